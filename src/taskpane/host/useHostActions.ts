/**
 * The pane's actions on the document it runs in, through the port: every action takes the one school context,
 * shows progress while it runs and a result (message or findings) when it ends. Views live in HostPanel.
 */
import * as React from "react";
import type { Catalog, Finding, Plan, Summary } from "../../core/types";
import type { HostKind, HostText, PlanHost, ReadResult } from "../../hosts/port";
import { loadEngine } from "../../ui/engine";
import { templateFor } from "../../core/templates";
import { needsFallback, type SchoolContextApi } from "../../ui/context/useSchoolContext";
import { L, type Lang } from "../../ui/i18n";
import { errorText } from "../../core/text/message";
import { documentLocator, pastedLocator, sheetLocator, type Locator } from "../../ui/findings/model";
import { checkMessage, type Intent, type PaneMessage } from "./messages";
import { catalogFor, documentActions, type Confirmation } from "./documentActions";

export type { Confirmation, Intent, PaneMessage };
export { catalogFor };

export interface CheckResult {
  plan: Plan;
  findings: Finding[];
  catalog: Catalog | null;
  summary: Summary;
  locate: Locator;
}

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
  const sayHost = (ok: boolean, text: HostText) => setMessage({ intent: ok ? "success" : "warning", text: text[lang] });
  const report = (e: unknown) =>
    setMessage({
      intent: "error",
      text: `${L(lang, "Có lỗi", "Error")}: ${errorText(e, lang)}`,
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
      const d = await host.setupDropdowns(catalog, plan).catch((e: unknown) => ({
        ok: false,
        message: { vi: errorText(e, "vi"), en: errorText(e, "en") },
      }));
      dropdowns =
        " " +
        (d.ok
          ? L(lang, "Đã tạo danh sách chọn tiêu chí và mức.", "Criterion and level dropdowns created.")
          : d.message[lang]);
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
      const canMark = host.capabilities().marks;
      const outcome = { plan, findings, markMessage: marked.message, problems: r.problems, canMark, kind };
      setMessage(checkMessage(outcome, lang));
    });

  const more = documentActions({
    host,
    lang,
    context: () => ctx.context,
    run,
    say,
    sayHost,
    readPlan,
    ask,
    showLayout: async (plan, findings) => {
      const { summarize } = await loadEngine();
      const locate = hostLocator(host, kind, plan, lang);
      setResult({ plan, findings, catalog: null, summary: summarize(plan, findings), locate });
    },
  });

  const actions = {
    insert: () => run(L(lang, "Đang chèn bảng…", "Inserting…"), () => insertNow(false)),
    check,
    clearMarks: () =>
      run(L(lang, "Đang xóa đánh dấu…", "Clearing…"), async () => {
        // What this Office could not remove (marks made by a newer one) is said exactly, never "cleared".
        const r = host.clearMarksReport ? await host.clearMarksReport() : (await host.clearMarks(), { message: null });
        if (r.message) sayHost(false, r.message);
        else say("info", "Đã xóa đánh dấu.", "Marks cleared.");
      }),
    ...more,
    toggleLive: () =>
      run(L(lang, "Đang bật/tắt…", "Switching…"), async () => {
        if (!live && host.startLiveCheck) {
          const [catalog, { mainPlan }] = await Promise.all([catalogFor(ctx.context), loadEngine()]);
          let unsupported: HostText | null = null;
          // The same as "Kiểm tra": read with the context chosen NOW (overrides, then fallbacks the document
          // lacks), check with that context's catalog, mark again (marks never go stale).
          const recheck = async (first: ReadResult) => {
            let plan = mainPlan(first.plans);
            const fallbacks = ctx.fallbacks();
            if (needsFallback(plan, fallbacks))
              plan = mainPlan((await host.read({ ...fallbacks, ...ctx.overrides() })).plans);
            const { findings } = await analyse(plan);
            if (host.capabilities().marks) await host.markFindings(findings, plan);
          };
          const stop = await host.startLiveCheck(
            (r) => void recheck(r).catch(report),
            600,
            catalog,
            (p) => {
              if (p.status === "unsupported") unsupported = p.message;
              setMessage({ intent: p.status === "mismatch" ? "warning" : "info", text: p.message[lang] });
            },
            () => ctx.overrides(),
          );
          if (unsupported !== null) {
            // This Office cannot re-check while editing: never say "on" (the switch stays off).
            await stop();
            setLive(false);
            sayHost(false, unsupported);
            return;
          }
          stopLive.current = stop;
          setLive(true);
          say("info", "Đã bật tự kiểm tra khi sửa.", "Re-check while editing is on.");
        } else {
          await stopLive.current?.();
          stopLive.current = null;
          setLive(false);
          say("info", "Đã tắt tự kiểm tra khi sửa.", "Re-check while editing is off.");
        }
      }),
  };

  return { busy, message, setMessage, confirm, setConfirm, result, live, actions, run, report };
}
