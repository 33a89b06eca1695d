/**
 * The pane's actions on the document it runs in, through the port: every action takes the one school context,
 * shows progress while it runs and a result (message or findings) when it ends. Views live in HostPanel.
 */
import * as React from "react";
import type { Catalog, Finding, Plan, SchoolContext, Summary } from "../../core/types";
import type { HostKind, PlanHost, ReadResult } from "../../hosts/port";
import { catalogIdFor, loadCatalog } from "../../core/catalogs/index";
import { loadEngine } from "../../ui/engine";
import { templateFor } from "../../core/templates";
import { needsFallback, type SchoolContextApi } from "../../ui/context/useSchoolContext";
import { bilingual, L, type Lang } from "../../ui/i18n";
import { count, documentLocator, pastedLocator, sheetLocator, type Locator } from "../../ui/findings/model";

export type Intent = "success" | "error" | "warning" | "info";
export interface PaneMessage {
  intent: Intent;
  text: string;
}
export interface CheckResult {
  plan: Plan;
  findings: Finding[];
  catalog: Catalog | null;
  summary: Summary;
  locate: Locator;
}
export interface Confirmation {
  occupied: { address: string; text: string }[];
  /** Runs the action again, this time writing over the cells listed. */
  proceed: () => Promise<void>;
}

export const catalogFor = async (ctx: Partial<SchoolContext>): Promise<Catalog | null> =>
  ctx.level && ctx.regime ? loadCatalog(catalogIdFor(ctx.level, ctx.regime)) : null;

/** Where findings of the last read are, in the host's own terms. */
export function hostLocator(host: PlanHost, kind: HostKind, plan: Plan, lang: Lang): Locator {
  if (kind === "excel" && host.toSheet) return sheetLocator(lang, host.toSheet({ row: 0, col: 0 }));
  if (kind === "word" && host.originOf) {
    return documentLocator(plan, lang, (pos) => {
      const o = host.originOf!(pos);
      return o && o.kind === "cell" ? { table: o.table, row: o.row } : null;
    });
  }
  return pastedLocator(plan, lang);
}

export function useHostActions(
  host: PlanHost,
  kind: HostKind,
  lang: Lang,
  ctx: SchoolContextApi,
  onResult: () => void,
) {
  const [busy, setBusy] = React.useState<string | null>(null);
  const [message, setMessage] = React.useState<PaneMessage | null>(null);
  const [confirm, setConfirm] = React.useState<Confirmation | null>(null);
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [live, setLive] = React.useState(false);
  const stopLive = React.useRef<null | (() => Promise<void>)>(null);
  /** Set when an action stopped to ask the user: the dialog has the focus then, not the result. */
  const asked = React.useRef(false);
  const ask = (c: Confirmation) => {
    asked.current = true;
    setConfirm(c);
  };
  const say = (intent: Intent, vi: string, en: string) => setMessage({ intent, text: L(lang, vi, en) });
  const sayHost = (ok: boolean, text: string) =>
    setMessage({ intent: ok ? "success" : "warning", text: bilingual(text, lang) });
  const report = (e: unknown) =>
    setMessage({
      intent: "error",
      text: `${L(lang, "Có lỗi", "Error")}: ${bilingual(String((e as Error)?.message ?? e), lang)}`,
    });

  /** Runs an action with progress, then moves the user to its result. */
  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    setMessage(null);
    asked.current = false;
    try {
      await action();
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
      if (!asked.current) onResult();
    }
  };

  /** Reads the document with the context: the user's choices win; defaults fill only what the document lacks. */
  const readPlan = async (): Promise<{ r: ReadResult; plan: Plan }> => {
    const overrides = ctx.overrides();
    const [{ mainPlan }, first] = await Promise.all([loadEngine(), host.read(overrides)]);
    let r = first;
    let plan = mainPlan(r.plans);
    const fallbacks = ctx.fallbacks();
    if (needsFallback(plan, fallbacks)) {
      r = await host.read({ ...fallbacks, ...overrides });
      plan = mainPlan(r.plans);
    }
    return { r, plan };
  };

  const analyse = async (plan: Plan): Promise<CheckResult> => {
    const [{ checkPlan, summarize }, catalog] = await Promise.all([loadEngine(), catalogFor(plan.context)]);
    const findings = checkPlan(plan, catalog);
    const res = {
      plan,
      findings,
      catalog,
      summary: summarize(plan, findings),
      locate: hostLocator(host, kind, plan, lang),
    };
    setResult(res);
    ctx.adopt(plan);
    return res;
  };

  const insertNow = async (overwrite: boolean): Promise<void> => {
    const context = ctx.context;
    if (!context.level || !context.regime) {
      say("warning", "Hãy chọn cấp học và năm học trước khi chèn bảng.", "Choose the school level and year first.");
      return;
    }
    const catalog = await catalogFor(context);
    const r = await host.insertTable({ template: templateFor(context.regime).id, context, overwrite }, catalog);
    if (r.status === "needs-confirmation") {
      ask({
        occupied: r.occupied,
        proceed: () => run(L(lang, "Đang chèn bảng…", "Inserting…"), () => insertNow(true)),
      });
      return;
    }
    if (r.status === "unsupported") {
      sayHost(false, r.message);
      return;
    }
    let dropdowns = "";
    // Excel: the criterion and level dropdowns come with the table (the same context, the same catalog).
    if (host.capabilities().dropdowns && host.setupDropdowns && catalog) {
      const { plan } = await readPlan();
      const d = await host.setupDropdowns(catalog, plan).catch((e: Error) => ({ ok: false, message: e.message }));
      dropdowns =
        " " +
        (d.ok
          ? L(lang, "Đã tạo danh sách chọn tiêu chí và mức.", "Criterion and level dropdowns created.")
          : bilingual(d.message, lang));
    }
    say("success", `Đã chèn bảng (${r.rows} dòng).${dropdowns}`, `Table inserted (${r.rows} rows).${dropdowns}`);
  };

  const check = () =>
    run(L(lang, "Đang kiểm tra…", "Checking…"), async () => {
      const { r, plan } = await readPlan();
      const { findings } = await analyse(plan);
      const marked = host.markFindingsReport
        ? await host.markFindingsReport(findings, plan)
        : (await host.markFindings(findings, plan), { message: null });
      const notes = [
        marked.message ? bilingual(marked.message, lang) : "",
        ...r.problems.map((p) => bilingual(p, lang)),
      ]
        .filter(Boolean)
        .join(" ");
      const errors = findings.filter((f) => f.severity === "error").length;
      const warnings = findings.filter((f) => f.severity === "warning").length;
      const canMark = host.capabilities().marks;
      const markedNote = marked.message
        ? ""
        : !canMark
          ? L(
              lang,
              " Office này chưa đánh dấu được trên ô; xem danh sách bên dưới.",
              " This Office cannot mark cells; see the list below.",
            )
          : kind === "word"
          ? L(
              lang,
              " Chỗ có lỗi được đánh dấu bằng nhận xét “[KHCT]”; bỏ bằng “Xóa đánh dấu” trong Thao tác khác.",
              " Problems are marked with “[KHCT]” comments; “Clear marks” under More actions removes them.",
            )
          : L(
              lang,
              " Ô có lỗi được tô màu và ghi chú “[KHCT]”; bỏ bằng “Xóa đánh dấu” trong Thao tác khác.",
              " Cells with problems are shaded and noted “[KHCT]”; “Clear marks” under More actions removes them.",
            );
      const head =
        plan.headerRow < 0
          ? L(lang, "Không tìm thấy bảng kế hoạch trong tài liệu.", "No plan table found in the document.")
          : L(
              lang,
              `Đã kiểm tra ${plan.rows.length} dòng: ${errors} lỗi, ${warnings} cảnh báo.`,
              `Checked ${plan.rows.length} rows: ${count(errors, "errors", lang)}, ${count(warnings, "warnings", lang)}.`,
            ) + (findings.some((f) => f.cell) ? markedNote : "");
      setMessage({
        intent: errors || plan.headerRow < 0 ? "warning" : "success",
        text: `${head}${notes ? " " + notes : ""}`,
      });
    });

  const needConfirm = (occupied: Confirmation["occupied"], again: () => Promise<void>) =>
    ask({ occupied, proceed: () => run(L(lang, "Đang ghi…", "Writing…"), again) });

  const actions = {
    insert: () => run(L(lang, "Đang chèn bảng…", "Inserting…"), () => insertNow(false)),
    check,
    clearMarks: () =>
      run(L(lang, "Đang xóa đánh dấu…", "Clearing…"), async () => {
        await host.clearMarks();
        say("info", "Đã xóa đánh dấu.", "Marks cleared.");
      }),
    dropdowns: () =>
      run(L(lang, "Đang tạo danh sách chọn…", "Creating dropdowns…"), async () => {
        const { plan } = await readPlan();
        const catalog = await catalogFor(plan.context);
        if (!catalog) return say("warning", "Hãy chọn cấp học và năm học trước.", "Choose the level and year first.");
        const d = await host.setupDropdowns!(catalog, plan);
        sayHost(d.ok, d.message);
      }),
    totalRow: () =>
      run(L(lang, "Đang chèn dòng tổng…", "Inserting total…"), async () => {
        const write = async (overwrite: boolean): Promise<void> => {
          const { plan } = await readPlan();
          const sum = (await loadEngine()).summarize(plan);
          const r = await host.insertTotalRow!(plan, sum.totalVnd, sum.totalInWords, overwrite);
          if (r.status === "needs-confirmation" && r.occupied) return needConfirm(r.occupied, () => write(true));
          if (r.status === "inserted") say("success", "Đã chèn dòng tổng.", "Total row inserted.");
          else say("warning", "Không chèn được dòng tổng.", "The total row was not inserted.");
        };
        await write(false);
      }),
    bieu2Tables: () =>
      run(L(lang, "Đang chèn Biểu 2…", "Inserting Biểu 2…"), async () => {
        const write = async (overwrite: boolean): Promise<void> => {
          const r = await host.insertBieu2Tables!(ctx.context, overwrite);
          if (r.status === "needs-confirmation") return needConfirm(r.occupied, () => write(true));
          if (r.status === "inserted")
            say("success", "Đã chèn các bảng mục IV, V, VI của Biểu 2.", "Biểu 2 tables IV, V, VI inserted.");
          else sayHost(false, r.message);
        };
        await write(false);
      }),
    documentParts: () =>
      run(L(lang, "Đang chèn…", "Inserting…"), async () => {
        const { planDocumentParts } = await import(/* webpackChunkName: "docparts" */ "../../core/docparts/index");
        await host.insertDocumentParts!(planDocumentParts(ctx.context));
        say("success", "Đã chèn phần đầu văn bản, tiêu đề và Căn cứ.", "Header block, title and legal basis inserted.");
      }),
    wholeBieu2: () =>
      run(L(lang, "Đang chèn Biểu 2…", "Inserting Biểu 2…"), async () => {
        await host.insertBieu2!(ctx.context);
        say("success", "Đã chèn Biểu 2 (mục I–VIII).", "Biểu 2 inserted (sections I–VIII).");
      }),
    checkFormat: () =>
      run(L(lang, "Đang kiểm tra thể thức…", "Checking the layout…"), async () => {
        const { plan } = await readPlan();
        const found = (await host.checkDocument!(plan)) ?? [];
        const { summarize } = await loadEngine();
        setResult({
          plan,
          findings: found,
          catalog: null,
          summary: summarize(plan, found),
          locate: hostLocator(host, kind, plan, lang),
        });
        if (found.length) say("warning", `Thể thức: ${found.length} điểm cần sửa.`, `Layout: ${found.length} issues.`);
        else say("success", "Thể thức văn bản đúng.", "The layout is correct.");
      }),
    toggleLive: () =>
      run(L(lang, "Đang bật/tắt…", "Switching…"), async () => {
        if (!live && host.startLiveCheck) {
          const [catalog, { mainPlan }] = await Promise.all([catalogFor(ctx.context), loadEngine()]);
          stopLive.current = await host.startLiveCheck(
            (r) => void analyse(mainPlan(r.plans)),
            600,
            catalog,
            (p) =>
              setMessage({ intent: p.status === "mismatch" ? "warning" : "info", text: bilingual(p.message, lang) }),
          );
          setLive(true);
          say("info", "Đã bật tự kiểm tra khi sửa.", "Re-check while editing is on.");
        } else {
          await stopLive.current?.();
          stopLive.current = null;
          setLive(false);
          say("info", "Đã tắt tự kiểm tra khi sửa.", "Re-check while editing is off.");
        }
      }),
    pick: (catalog: Catalog, code: string) =>
      run(L(lang, "Đang ghi tiêu chí…", "Writing…"), async () => {
        const r = await host.fillCriterionAtCursor!(catalog, code);
        sayHost(r.ok, r.message);
      }),
  };

  return { busy, message, setMessage, confirm, setConfirm, result, live, actions, run, report };
}
