/**
 * The pane in Excel or Word: two main actions ("Chèn bảng kế hoạch", "Kiểm tra"), the rest in one menu, progress
 * while an action runs, then its result — message and findings — scrolled into view with focus on its heading.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, makeStyles } from "@fluentui/react-components";
import type { Catalog, Finding } from "../core/types";
import type { HostKind, PlanHost } from "../hosts/port";
import type { SchoolContextApi } from "../ui/context/useSchoolContext";
import { L, t, type Lang } from "../ui/i18n";
import { PaneActions, type PaneAction } from "./PaneActions";
import { ConfirmDialog, CriterionSearch } from "./lazy";
import { FindingsList, preloadResults } from "../ui/lazy";
import { catalogFor, useHostActions } from "./host/useHostActions";
import { carryOver, copyPlan, copyPlanRows, monitoring } from "./host/copyActions";
import { useResultFocus } from "../ui/useResultFocus";
import { SelfTestPanel } from "./SelfTestPanel";

export interface HostPanelProps {
  host: PlanHost;
  hostKind: HostKind;
  lang: Lang;
  ctx: SchoolContextApi;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "8px", minWidth: "0" },
  status: { minHeight: "0" },
  message: { outlineStyle: "none" },
});

export function HostPanel({ host, hostKind, lang, ctx }: HostPanelProps) {
  const s = useStyles();
  const heading = useResultFocus<HTMLHeadingElement>();
  const note = useResultFocus<HTMLDivElement>();
  const afterAction = React.useRef<"findings" | "message">("message");
  const a = useHostActions(host, hostKind, lang, ctx, () =>
    afterAction.current === "findings" ? heading.focusResult() : note.focusResult(),
  );
  const { actions, result } = a;
  const withTarget = (target: "findings" | "message", fn: () => void) => () => {
    afterAction.current = target;
    fn();
  };

  // The document's own context (level, year) as soon as the pane opens: every action then uses it.
  React.useEffect(() => {
    let live = true;
    const detect = async () => {
      const { mainPlan } = await import("../core/read/index");
      const plan = mainPlan((await host.read()).plans);
      if (live && (plan.context.level || plan.context.schoolYear)) ctx.adopt(plan);
    };
    // After the first screen is painted: the pane is usable first, the document is read just after.
    const later = () => {
      if (!live) return;
      detect().catch(() => undefined); // a document that cannot be read yet keeps the defaults
      preloadResults();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame =
      typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => (timer = setTimeout(later, 0))) : null;
    if (frame === null) timer = setTimeout(later, 0);
    return () => {
      live = false;
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // Once per host: the document's level/year are adopted at start-up only, whatever `ctx` (new each render) holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  // What this host, in this Office version, offers: the menu shows those actions only.
  const can = React.useMemo(() => host.capabilities(), [host]);
  const [pickCatalog, setPickCatalog] = React.useState<Catalog | null>(null);
  const { level, regime } = ctx.context;
  React.useEffect(() => {
    let live = true;
    if (can.pickCriterion) void catalogFor({ level, regime }).then((c) => live && setPickCatalog(c));
    return () => {
      live = false;
    };
  }, [can, level, regime]);

  const show = (p: Promise<{ intent: "success" | "warning" | "error" | "info"; text: string }>) =>
    a.run(L(lang, "Đang sao chép…", "Copying…"), async () => a.setMessage(await p));
  const more: PaneAction[] = [
    { key: "clear", label: t("clearMarks", lang), run: withTarget("message", () => void actions.clearMarks()) },
  ];
  if (can.dropdowns)
    more.push({
      key: "dropdowns",
      label: L(lang, "Tạo danh sách chọn tiêu chí", "Create criterion dropdowns"),
      run: withTarget("message", () => void actions.dropdowns()),
    });
  if (can.totalRow)
    more.push({
      key: "total",
      label: L(lang, "Chèn dòng tổng kinh phí", "Insert total row"),
      run: withTarget("message", () => void actions.totalRow()),
    });
  if (can.bieu2Tables && regime === "2026")
    more.push({
      key: "bieu2t",
      label: L(lang, "Chèn bảng Biểu 2 (mục IV, V, VI)", "Insert Biểu 2 tables (IV, V, VI)"),
      run: withTarget("message", () => void actions.bieu2Tables()),
    });
  if (can.documentParts)
    more.push({
      key: "parts",
      label: L(lang, "Chèn phần đầu văn bản", "Insert document header"),
      run: withTarget("message", () => void actions.documentParts()),
    });
  if (can.checkLayout)
    more.push({
      key: "format",
      label: L(lang, "Kiểm tra thể thức", "Check the layout"),
      run: withTarget("findings", () => void actions.checkFormat()),
    });
  if (can.wholeBieu2 && regime === "2026")
    more.push({
      key: "bieu2",
      label: L(lang, "Chèn Biểu 2 đầy đủ (TT 57/2026)", "Insert the whole Biểu 2"),
      run: withTarget("message", () => void actions.wholeBieu2()),
    });
  if (result) {
    const plan = result.plan;
    more.push({
      key: "copy",
      label: L(lang, "Sao chép bảng cho văn bản", "Copy the table for documents"),
      run: withTarget("message", () => void show(copyPlan(plan, lang))),
    });
    more.push({
      key: "copy-rows",
      label: L(
        lang,
        "Sao chép dòng dữ liệu (dán dưới tiêu đề của mẫu)",
        "Copy the data rows only (under the form's header)",
      ),
      run: withTarget("message", () => void show(copyPlanRows(plan, lang))),
    });
    if (plan.template === "2018-9col" && plan.rows.some((r) => r.kind === "criterion"))
      more.push({
        key: "carry",
        label: L(lang, "Chuyển sang Biểu 2 (TT 57/2026)", "Carry over to Biểu 2"),
        run: withTarget("message", () => void show(carryOver(plan, lang))),
      });
    if (plan.template === "tt57-bieu2") {
      more.push({
        key: "hk1",
        label: L(lang, "Báo cáo theo dõi cuối HK I", "Monitoring: end of semester I"),
        run: withTarget("message", () => void show(monitoring(plan, "hk1", lang))),
      });
      more.push({
        key: "year",
        label: L(lang, "Báo cáo theo dõi cuối năm", "Monitoring: year end"),
        run: withTarget("message", () => void show(monitoring(plan, "cuoi-nam", lang))),
      });
    }
  }
  if (can.liveCheck)
    more.push({
      key: "live",
      label: L(lang, "Tự kiểm tra khi sửa", "Re-check while editing"),
      checked: a.live,
      run: withTarget("message", () => void actions.toggleLive()),
    });

  const go = (f: Finding) => {
    if (f.cell && result) void host.select(f.cell, result.plan).catch(a.report);
  };

  return (
    <section
      aria-label={L(lang, "Thao tác trên tài liệu", "Document actions")}
      className={s.root}
      data-testid="host-panel"
    >
      <PaneActions
        primary={[
          { key: "insert", label: t("insertTable", lang), run: withTarget("message", () => void actions.insert()) },
          { key: "check", label: t("check", lang), run: withTarget("findings", () => void actions.check()) },
        ]}
        more={more}
        moreLabel={t("moreActions", lang)}
        disabled={a.busy !== null}
      />
      <div role="status" aria-live="polite" className={s.status}>
        {a.busy && <Spinner size="tiny" label={a.busy} labelPosition="after" data-testid="progress" />}
      </div>
      <div ref={note.ref} tabIndex={-1} className={s.message}>
        {a.message && (
          <MessageBar intent={a.message.intent} data-testid="host-message">
            <MessageBarBody>{a.message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {result && (
        <React.Suspense fallback={null}>
          <FindingsList
            findings={result.findings}
            summary={result.summary}
            lang={lang}
            locate={result.locate}
            onGo={go}
            headingRef={heading.ref}
            title={L(lang, "Kết quả kiểm tra tài liệu", "Document findings")}
            testId="host-findings"
          />
        </React.Suspense>
      )}
      {can.pickCriterion && pickCatalog && (
        <React.Suspense fallback={null}>
          <CriterionSearch catalog={pickCatalog} lang={lang} onPick={(code) => void actions.pick(pickCatalog, code)} />
        </React.Suspense>
      )}
      {/* Mounted only while asking: an idle dialog would leave focus traps in the page. */}
      {a.confirm !== null && (
        <React.Suspense fallback={null}>
          <ConfirmDialog
            open
            title={L(lang, "Ghi đè lên ô đã có dữ liệu?", "Overwrite cells that are not empty?")}
            safeLabel={L(lang, "Không ghi đè", "Cancel")}
            destructiveLabel={L(lang, "Ghi đè", "Overwrite")}
            onSafe={() => a.setConfirm(null)}
            onDestructive={() => {
              const c = a.confirm;
              a.setConfirm(null);
              void c?.proceed();
            }}
          >
            <p style={{ margin: "0 0 4px" }}>
              {L(
                lang,
                "Các ô sau đã có nội dung và sẽ bị thay thế:",
                "These cells have content that would be replaced:",
              )}
            </p>
            <ul data-testid="occupied" style={{ margin: 0, paddingLeft: 18, maxHeight: 160, overflowY: "auto" }}>
              {a.confirm?.occupied.slice(0, 20).map((o) => (
                <li key={o.address}>
                  {o.address}: {o.text}
                </li>
              ))}
            </ul>
          </ConfirmDialog>
        </React.Suspense>
      )}
      <SelfTestPanel host={host} lang={lang} />
    </section>
  );
}
