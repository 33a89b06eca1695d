/**
 * Actions on the document the pane runs in (Excel or Word), through the port: insert the plan table, check the
 * document and mark findings in place, clear the marks, copy the table for official forms; Excel extras
 * (dropdowns, total row, live re-check) when the adapter offers them.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Switch, Text } from "@fluentui/react-components";
import type { PlanHost, ReadResult } from "../hosts/port";
import type { Catalog, Finding, Plan, SchoolContext, SchoolLevel } from "../core/types";
import { catalogIdFor, loadCatalog } from "../core/catalogs/index";
import { checkPlan } from "../core/rules/index";
import { mainPlan } from "../core/read/index";
import { summarize, formatVnd } from "../core/summary";
import { renderGrid } from "../core/render";
import { templateFor } from "../core/templates";
import { regimeForYear } from "../core/context";
import { copyGridToClipboard } from "../hosts/clipboard";
import { planDocumentParts } from "../core/docparts/index";
import { searchCriteria } from "../core/search";
import type { Lang } from "./i18n";
import { SelfTestPanel } from "./SelfTestPanel";

const L = (lang: Lang, vi: string, en: string) => (lang === "vi" ? vi : en);

interface WordExtras {
  insertBieu2?(context: SchoolContext): Promise<void>;
  fillCriterionAtCursor?(catalog: Catalog, code: string): Promise<{ ok: boolean; message: string }>;
  insertDocumentParts?(parts: ReturnType<typeof planDocumentParts>): Promise<void>;
  checkDocument?(plan: Plan): Promise<Finding[]>;
}

interface ExcelExtras extends WordExtras {
  insertBieu2Tables?(context: SchoolContext, overwrite?: boolean): ReturnType<PlanHost["insertTable"]>;
  setupDropdowns?(catalog: Catalog, plan: Plan): Promise<{ ok: boolean; message: string }>;
  insertTotalRow?(plan: Plan, totalVnd: number, words: string, overwrite?: boolean): Promise<{ status: string }>;
  startLiveCheck?(cb: (r: ReadResult) => void, ms?: number, catalog?: Catalog | null, onPicked?: (r: { status: string; message: string }) => void): Promise<() => Promise<void>>;
  insertTable(options: Parameters<PlanHost["insertTable"]>[0], catalog?: Catalog | null): ReturnType<PlanHost["insertTable"]>;
}

export interface HostPanelProps {
  host: PlanHost;
  lang: Lang;
  level: SchoolLevel | "";
  schoolYear: string;
}

export function HostPanel({ host, lang, level, schoolYear }: HostPanelProps) {
  const extra = host as unknown as PlanHost & ExcelExtras;
  const [message, setMessage] = React.useState<{ intent: "success" | "error" | "warning" | "info"; text: string } | null>(null);
  // Cells an insert would overwrite, and the insert to retry once the user agrees.
  const [confirm, setConfirmState] = React.useState<{ occupied: { address: string; text: string }[]; retry: () => void } | null>(null);
  const setConfirm = (occupied: { address: string; text: string }[] | null, retry: () => void = () => void insert(true)) => setConfirmState(occupied ? { occupied, retry } : null);
  const [state, setState] = React.useState<{ plan: Plan; findings: Finding[]; catalog: Catalog | null } | null>(null);
  const [live, setLive] = React.useState(false);
  const stopLive = React.useRef<null | (() => Promise<void>)>(null);
  const valid = /^\d{4}-\d{4}$/.test(schoolYear);
  const context: SchoolContext = { level: level || null, regime: valid ? regimeForYear(schoolYear) : null, schoolYear: valid ? schoolYear : null, school: null };

  const catalogFor = async (ctx: Partial<SchoolContext>) => (ctx.level && ctx.regime ? loadCatalog(catalogIdFor(ctx.level, ctx.regime)) : null);
  const report = (e: unknown) => setMessage({ intent: "error", text: `${L(lang, "Có lỗi", "Error")}: ${String((e as Error)?.message ?? e)}` });

  const insert = async (overwrite = false) => {
    setConfirm(null);
    if (!context.level || !context.regime) {
      setMessage({ intent: "warning", text: L(lang, "Hãy chọn cấp học và năm học trước khi chèn bảng.", "Choose the school level and year first.") });
      return;
    }
    try {
      const catalog = await catalogFor(context);
      const r = await extra.insertTable({ template: templateFor(context.regime).id, context, overwrite }, catalog);
      if (r.status === "needs-confirmation") setConfirm(r.occupied);
      else if (r.status === "unsupported") setMessage({ intent: "warning", text: r.message });
      else setMessage({ intent: "success", text: L(lang, `Đã chèn bảng (${r.rows} dòng).`, `Table inserted (${r.rows} rows).`) });
    } catch (e) {
      report(e);
    }
  };

  const analyse = async (r: ReadResult) => {
    const plan = mainPlan(r.plans);
    const catalog = await catalogFor(plan.context);
    const findings = checkPlan(plan, catalog);
    setState({ plan, findings, catalog });
    return { plan, findings };
  };

  const check = async () => {
    try {
      const user: Partial<SchoolContext> = {};
      if (level) user.level = level;
      const r = await host.read(user);
      const { plan, findings } = await analyse(r);
      await host.markFindings(findings, plan);
      const caps = await host.capabilities();
      const note = caps.marks === false ? L(lang, " Office này chưa đánh dấu được trên ô; xem danh sách bên dưới.", " This Office cannot mark cells; see the list below.") : "";
      setMessage({ intent: findings.some((f) => f.severity === "error") ? "warning" : "success", text: L(lang, `Đã kiểm tra: ${findings.length} mục.`, `Checked: ${findings.length} findings.`) + note + (r.problems.length ? " " + r.problems.join(" ") : "") });
    } catch (e) {
      report(e);
    }
  };

  const toggleLive = async (on: boolean) => {
    setLive(on);
    if (on && extra.startLiveCheck) stopLive.current = await extra.startLiveCheck((r) => void analyse(r), 600, pickCatalog, (p) => setMessage({ intent: p.status === "mismatch" ? "warning" : "info", text: p.message }));
    else if (stopLive.current) {
      await stopLive.current();
      stopLive.current = null;
    }
  };

  const [query, setQuery] = React.useState("");
  const [pickCatalog, setPickCatalog] = React.useState<Catalog | null>(null);
  React.useEffect(() => {
    let live = true;
    if (context.level && context.regime) void loadCatalog(catalogIdFor(context.level, context.regime)).then((c) => live && setPickCatalog(c));
    return () => {
      live = false;
    };
  }, [context.level, context.regime]);
  const hits = pickCatalog && query.trim() ? searchCriteria(pickCatalog, query, 6) : [];
  const pick = (code: string) =>
    pickCatalog && extra.fillCriterionAtCursor && void extra.fillCriterionAtCursor(pickCatalog, code).then((r) => setMessage({ intent: r.ok ? "success" : "warning", text: r.message }), report);
  const checkFormat = async () => {
    try {
      const r = await host.read();
      const plan = r.plans[0];
      const found = (await extra.checkDocument!(plan)) ?? [];
      setState({ plan, findings: found, catalog: null });
      setMessage({ intent: found.length ? "warning" : "success", text: found.length ? L(lang, `Thể thức: ${found.length} điểm cần sửa.`, `Layout: ${found.length} issues.`) : L(lang, "Thể thức văn bản đúng.", "The layout is correct.") });
    } catch (e) {
      report(e);
    }
  };

  // TT57: carry a 2018-regime plan over to a draft Biểu 2, or report monitoring; both go to the clipboard.
  const carryOver = async () => {
    if (!state) return;
    try {
      const lv = state.plan.context.level;
      if (!lv) throw new Error(L(lang, "Chưa xác định cấp học.", "School level unknown."));
      const [{ convert2018ToTt57 }, c2018, c57] = await Promise.all([import(/* webpackChunkName: "tt57" */ "../core/tt57/convert"), loadCatalog(catalogIdFor(lv, "2018")), loadCatalog(catalogIdFor(lv, "2026"))]);
      const y = state.plan.context.schoolYear ? Number(state.plan.context.schoolYear.slice(0, 4)) : 2025;
      const draft = convert2018ToTt57(state.plan, { catalog2018: c2018, tt57: c57, schoolYear: `${Math.max(2026, y + 1)}-${Math.max(2027, y + 2)}` });
      const r = await copyGridToClipboard(draft.grid);
      setMessage({ intent: r.ok ? "success" : "warning", text: r.ok ? L(lang, `Đã sao chép bản nháp Biểu 2 (${draft.mapping.length} dòng có tiêu chí gợi ý, ${draft.unmapped.length} dòng chưa xác định — cần rà soát). Dán vào mục V của Biểu 2.`, `Draft Biểu 2 copied (${draft.mapping.length} suggested, ${draft.unmapped.length} unmapped — review).`) : r.message });
    } catch (e) {
      report(e);
    }
  };
  const monitoring = async (when: "hk1" | "cuoi-nam") => {
    if (!state) return;
    const { monitorTt57 } = await import(/* webpackChunkName: "tt57" */ "../core/tt57/monitor");
    const m = monitorTt57(state.plan, when);
    const r = await copyGridToClipboard(m.grid);
    setMessage({ intent: r.ok ? "success" : "warning", text: r.ok ? L(lang, `Đã sao chép báo cáo theo dõi: ${m.overdue.length} dòng quá hạn. Dán vào biên bản rà soát.`, `Monitoring report copied: ${m.overdue.length} overdue rows.`) : r.message });
  };

  const summary = state ? summarize(state.plan, state.findings) : null;
  return (
    <section aria-label={L(lang, "Thao tác trên văn bản", "Document actions")} style={{ display: "flex", flexDirection: "column", gap: 6 }} data-testid="host-panel">
      <div style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
        <Button appearance="primary" onClick={() => void insert()}>
          {L(lang, "Chèn bảng kế hoạch", "Insert plan table")}
        </Button>
        <Button onClick={() => void check()}>{L(lang, "Kiểm tra bảng trong tài liệu", "Check the document")}</Button>
        <Button onClick={() => void host.clearMarks().then(() => setMessage({ intent: "info", text: L(lang, "Đã xóa đánh dấu.", "Marks cleared.") }), report)}>{L(lang, "Xóa đánh dấu", "Clear marks")}</Button>
        {state && (
          <Button onClick={() => void copyGridToClipboard(renderGrid(state.plan.template, state.plan.context, state.plan)).then((r) => setMessage({ intent: r.ok ? "success" : "warning", text: r.message }))}>
            {L(lang, "Sao chép cho văn bản", "Copy for documents")}
          </Button>
        )}
        {state && state.plan.template === "2018-9col" && state.plan.rows.some((r) => r.kind === "criterion") && (
          <Button onClick={() => void carryOver()}>{L(lang, "Chuyển sang Biểu 2 (TT 57/2026)", "Carry over to Biểu 2 (TT 57/2026)")}</Button>
        )}
        {state && state.plan.template === "tt57-bieu2" && (
          <>
            <Button onClick={() => void monitoring("hk1")}>{L(lang, "Báo cáo theo dõi cuối HK I", "Monitoring: end of semester I")}</Button>
            <Button onClick={() => void monitoring("cuoi-nam")}>{L(lang, "Báo cáo theo dõi cuối năm", "Monitoring: year end")}</Button>
          </>
        )}
        {state && extra.setupDropdowns && state.catalog && (
          <Button onClick={() => void extra.setupDropdowns!(state.catalog!, state.plan).then((r) => setMessage({ intent: r.ok ? "success" : "warning", text: r.message }), report)}>
            {L(lang, "Tạo danh sách chọn tiêu chí", "Create criterion dropdowns")}
          </Button>
        )}
        {state && summary && extra.insertTotalRow && (
          <Button onClick={() => void extra.insertTotalRow!(state.plan, summary.totalVnd, summary.totalInWords).then((r) => setMessage({ intent: r.status === "inserted" ? "success" : "warning", text: r.status === "inserted" ? L(lang, "Đã chèn dòng tổng.", "Total row inserted.") : L(lang, "Dòng ngay dưới bảng đã có dữ liệu: không ghi đè.", "The row below the table is not empty: nothing written.") }), report)}>
            {L(lang, "Chèn dòng tổng", "Insert total row")}
          </Button>
        )}
      </div>
      {extra.insertBieu2Tables && context.regime === "2026" && (
        <Button
          onClick={() =>
            void extra.insertBieu2Tables!(context).then((r) => {
              if (r.status === "needs-confirmation")
                setConfirm(r.occupied, () => {
                  setConfirm(null);
                  void extra.insertBieu2Tables!(context, true).then(() => setMessage({ intent: "success", text: L(lang, "Đã chèn các bảng mục IV, V, VI của Biểu 2.", "Biểu 2 tables IV, V, VI inserted.") }), report);
                });
              else setMessage({ intent: r.status === "inserted" ? "success" : "warning", text: r.status === "inserted" ? L(lang, "Đã chèn các bảng mục IV, V, VI của Biểu 2.", "Biểu 2 tables IV, V, VI inserted.") : r.message });
            }, report)
          }
        >
          {L(lang, "Chèn bảng Biểu 2 (mục IV, V, VI)", "Insert Biểu 2 tables (IV, V, VI)")}
        </Button>
      )}
      {extra.insertDocumentParts && (
        <div style={{ display: "flex", flexWrap: "wrap", gap: 6 }}>
          <Button onClick={() => void extra.insertDocumentParts!(planDocumentParts(context)).then(() => setMessage({ intent: "success", text: L(lang, "Đã chèn phần đầu văn bản, tiêu đề và Căn cứ.", "Header block, title and legal basis inserted.") }), report)}>
            {L(lang, "Chèn phần đầu văn bản", "Insert document header")}
          </Button>
          {extra.checkDocument && <Button onClick={() => void checkFormat()}>{L(lang, "Kiểm tra thể thức", "Check the layout")}</Button>}
          {extra.insertBieu2 && context.regime === "2026" && (
            <Button onClick={() => void extra.insertBieu2!(context).then(() => setMessage({ intent: "success", text: L(lang, "Đã chèn Biểu 2 (mục I–VIII).", "Biểu 2 inserted (sections I–VIII).") }), report)}>
              {L(lang, "Chèn Biểu 2 đầy đủ (TT 57/2026)", "Insert the whole Biểu 2")}
            </Button>
          )}
        </div>
      )}
      {extra.fillCriterionAtCursor && pickCatalog && (
        <div>
          <label htmlFor="criterion-search">{L(lang, "Tìm tiêu chí (mã hoặc từ, không cần dấu) rồi chọn để ghi vào ô đang đặt con trỏ", "Find a criterion (code or words) and pick it to fill the cell at the cursor")}</label>
          <input id="criterion-search" value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: "100%" }} />
          <ul style={{ paddingLeft: 16, margin: 0 }}>
            {hits.map((h) => (
              <li key={h.code}>
                <button type="button" onClick={() => pick(h.code)} style={{ all: "unset", cursor: "pointer" }}>
                  {h.code} — {h.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {extra.startLiveCheck && <Switch label={L(lang, "Tự kiểm tra khi sửa", "Re-check while editing")} checked={live} onChange={(_, d) => void toggleLive(d.checked)} />}
      <SelfTestPanel host={host} lang={lang} />
      {message && (
        <MessageBar intent={message.intent} data-testid="host-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {state && (
        <section data-testid="host-findings">
          <Text weight="semibold">
            {L(lang, "Trong tài liệu", "In the document")}: {summary!.errors} {L(lang, "lỗi", "errors")}, {summary!.warnings} {L(lang, "cảnh báo", "warnings")} — {L(lang, "tổng kinh phí", "total")} {formatVnd(summary!.totalVnd)}
          </Text>
          <ul style={{ paddingLeft: 16, margin: 0 }}>
            {state.findings.map((f, i) => (
              <li key={i}>
                <button type="button" data-rule={f.rule} onClick={() => f.cell && void host.select(f.cell, state.plan).catch(report)} style={{ all: "unset", cursor: f.cell ? "pointer" : "default" }}>
                  [{f.ref ?? "—"}] {lang === "vi" ? f.message : f.messageEn}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {confirm !== null && (
        // Inline confirmation (no portal: the pane stays light and keyboard focus stays in place).
        <div role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-desc" style={{ border: "1px solid #c50f1f", borderRadius: 4, padding: 8 }}>
          <Text id="confirm-title" weight="semibold">
            {L(lang, "Ghi đè lên ô đã có dữ liệu?", "Overwrite cells that are not empty?")}
          </Text>
          <p id="confirm-desc" style={{ margin: "4px 0" }}>
            {L(lang, "Các ô sau đã có nội dung và sẽ bị thay thế:", "These cells have content that would be replaced:")}
          </p>
          <ul data-testid="occupied" style={{ margin: 0 }}>
            {confirm.occupied.slice(0, 20).map((o) => (
              <li key={o.address}>
                {o.address}: {o.text}
              </li>
            ))}
          </ul>
          <div style={{ display: "flex", gap: 6, marginTop: 6 }}>
            <Button appearance="secondary" onClick={() => setConfirm(null)}>
              {L(lang, "Không ghi đè", "Cancel")}
            </Button>
            <Button appearance="primary" onClick={() => confirm.retry()}>
              {L(lang, "Ghi đè", "Overwrite")}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
