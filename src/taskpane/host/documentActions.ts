/**
 * The pane's actions that only some hosts offer (capabilities in src/hosts/port.ts): dropdowns, total row, Biểu 2
 * tables, header block, whole Biểu 2, layout check, criterion at the cursor. A plain factory over what the hook gives
 * (run with progress, say, read the plan, ask before overwriting): testable without rendering.
 */
import type { Catalog, Finding, Plan, SchoolContext } from "../../core/types";
import type { HostText, PlanHost, ReadResult } from "../../hosts/port";
import { catalogIdFor, loadCatalog } from "../../core/catalogs/index";
import { loadEngine } from "../../ui/engine";
import { L, type Lang } from "../../ui/i18n";
import type { Intent } from "./messages";

export interface Confirmation {
  occupied: { address: string; text: string }[];
  /** Runs the action again, this time writing over the cells listed. */
  proceed: () => Promise<void>;
}

export const catalogFor = async (ctx: Partial<SchoolContext>): Promise<Catalog | null> =>
  ctx.level && ctx.regime ? loadCatalog(catalogIdFor(ctx.level, ctx.regime)) : null;

/** What the hook lends the actions. */
export interface ActionKit {
  host: PlanHost;
  lang: Lang;
  /** The school context now (the user's choices). */
  context: () => SchoolContext;
  /** Runs an action with progress, errors reported, then the user moved to its result. */
  run: (label: string, action: () => Promise<void>) => Promise<void>;
  say: (intent: Intent, vi: string, en: string) => void;
  /** A host's message (shown in the pane's language): success or warning. */
  sayHost: (ok: boolean, text: HostText) => void;
  readPlan: () => Promise<{ r: ReadResult; plan: Plan }>;
  /** Stops to ask before writing over the cells listed. */
  ask: (c: Confirmation) => void;
  /** Shows findings of the document's layout as the result. */
  showLayout: (plan: Plan, findings: Finding[]) => Promise<void>;
}

export function documentActions(k: ActionKit) {
  const { host, lang, run, say, sayHost, readPlan } = k;
  const needConfirm = (occupied: Confirmation["occupied"], again: () => Promise<void>) =>
    k.ask({ occupied, proceed: () => run(L(lang, "Đang ghi…", "Writing…"), again) });

  return {
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
          const r = await host.insertBieu2Tables!(k.context(), overwrite);
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
        await host.insertDocumentParts!(planDocumentParts(k.context()));
        say("success", "Đã chèn phần đầu văn bản, tiêu đề và Căn cứ.", "Header block, title and legal basis inserted.");
      }),
    wholeBieu2: () =>
      run(L(lang, "Đang chèn Biểu 2…", "Inserting Biểu 2…"), async () => {
        await host.insertBieu2!(k.context());
        say("success", "Đã chèn Biểu 2 (mục I–VIII).", "Biểu 2 inserted (sections I–VIII).");
      }),
    checkFormat: () =>
      run(L(lang, "Đang kiểm tra thể thức…", "Checking the layout…"), async () => {
        const { plan } = await readPlan();
        const found = (await host.checkDocument!(plan)) ?? [];
        await k.showLayout(plan, found);
        if (found.length) say("warning", `Thể thức: ${found.length} điểm cần sửa.`, `Layout: ${found.length} issues.`);
        else say("success", "Thể thức văn bản đúng.", "The layout is correct.");
      }),
    pick: (catalog: Catalog, code: string) =>
      run(L(lang, "Đang ghi tiêu chí…", "Writing…"), async () => {
        const r = await host.fillCriterionAtCursor!(catalog, code);
        sayHost(r.ok, r.message);
      }),
  };
}
