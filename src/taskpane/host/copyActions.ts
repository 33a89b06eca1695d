/** Actions that put a table on the clipboard for official forms: the plan as read, a draft Biểu 2, monitoring. */
import type { Plan, RenderedGrid } from "../../core/types";
import { catalogIdFor, loadCatalog } from "../../core/catalogs/index";
import { renderGrid } from "../../core/render";
import { copyGridToClipboard } from "../../hosts/clipboard";
import { L, type Lang } from "../../ui/i18n";
import type { PaneMessage } from "./useHostActions";

export async function copyPlan(plan: Plan, lang: Lang): Promise<PaneMessage> {
  const r = await copyGridToClipboard(renderGrid(plan.template, plan.context, plan));
  return { intent: r.ok ? "success" : "warning", text: r.message[lang] };
}

/**
 * The plan's rows without the header and the (1)…(n) column-number row: the official form already has its header, so
 * this is what is pasted under it.
 */
export function dataRowsOnly(grid: RenderedGrid): RenderedGrid {
  const keep = grid.kinds.map((k) => k !== "header" && k !== "number-row");
  return { ...grid, rows: grid.rows.filter((_, i) => keep[i]), kinds: grid.kinds.filter((_, i) => keep[i]) };
}

export async function copyPlanRows(plan: Plan, lang: Lang): Promise<PaneMessage> {
  const r = await copyGridToClipboard(dataRowsOnly(renderGrid(plan.template, plan.context, plan)));
  return { intent: r.ok ? "success" : "warning", text: r.message[lang] };
}

/** TT57: a 2018-regime plan carried over to a draft Biểu 2 (every row marked for review). */
export async function carryOver(plan: Plan, lang: Lang): Promise<PaneMessage> {
  const lv = plan.context.level;
  if (!lv)
    return {
      intent: "warning",
      text: L(lang, "Chưa xác định cấp học: hãy chọn cấp học ở trên.", "School level unknown: choose it above."),
    };
  const [{ convert2018ToTt57 }, c2018, c57] = await Promise.all([
    import(/* webpackChunkName: "tt57" */ "../../core/tt57/convert"),
    loadCatalog(catalogIdFor(lv, "2018")),
    loadCatalog(catalogIdFor(lv, "2026")),
  ]);
  const y = plan.context.schoolYear ? Number(plan.context.schoolYear.slice(0, 4)) : 2025;
  const draft = convert2018ToTt57(plan, {
    catalog2018: c2018,
    tt57: c57,
    schoolYear: `${Math.max(2026, y + 1)}-${Math.max(2027, y + 2)}`,
  });
  const r = await copyGridToClipboard(draft.grid);
  if (!r.ok) return { intent: "warning", text: r.message[lang] };
  return {
    intent: "success",
    text: L(
      lang,
      `Đã sao chép bản nháp Biểu 2 (${draft.mapping.length} dòng có tiêu chí gợi ý, ${draft.unmapped.length} ` +
        `dòng chưa xác định — cần rà soát). Dán vào mục V của Biểu 2.`,
      `Draft Biểu 2 copied (${draft.mapping.length} suggested, ${draft.unmapped.length} unmapped — review).`,
    ),
  };
}

export async function monitoring(plan: Plan, when: "hk1" | "cuoi-nam", lang: Lang): Promise<PaneMessage> {
  const { monitorTt57 } = await import(/* webpackChunkName: "tt57" */ "../../core/tt57/monitor");
  const m = monitorTt57(plan, when);
  const r = await copyGridToClipboard(m.grid);
  if (!r.ok) return { intent: "warning", text: r.message[lang] };
  return {
    intent: "success",
    text: L(
      lang,
      `Đã sao chép báo cáo theo dõi: ${m.overdue.length} dòng quá hạn. Dán vào biên bản rà soát.`,
      `Monitoring report copied: ${m.overdue.length} overdue rows.`,
    ),
  };
}
