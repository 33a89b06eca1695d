/**
 * Monitoring report of a Biểu 2 whose column 10 is filled: counts by status, overdue rows, spending against
 * planned resources — as a grid to paste into the review minutes (renderHtml / renderTsv).
 */
import type { Plan, RenderedGrid } from "../types";
import { foldDiacritics } from "../text/normalize";
import { analyzeBudget } from "../parse/budget";
import { STATUS_VALUES } from "./rules";

export interface Monitoring {
  counts: Record<string, number>;
  overdue: { ref: string; criterion: string | null; end: string; status: string }[];
  plannedVnd: number;
  grid: RenderedGrid;
}

/** reviewMonth "YYYY-MM"; "hk1" = end of semester I (January of the second year), "cuoi-nam" = May. */
export function monitorTt57(plan: Plan, review: string): Monitoring {
  const y0 = plan.context.schoolYear ? Number(plan.context.schoolYear.slice(0, 4)) : null;
  const month = review === "hk1" && y0 ? `${y0 + 1}-01` : review === "cuoi-nam" && y0 ? `${y0 + 1}-05` : review;
  // "Chưa ghi": column 10 empty; "Khác": written, in words other than the usual ones (counted, never lost).
  const counts: Record<string, number> = Object.fromEntries([...STATUS_VALUES, "Khác", "Chưa ghi"].map((s) => [s, 0]));
  const overdue: Monitoring["overdue"] = [];
  let plannedVnd = 0;
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const st = (row.cells.status?.text ?? "").trim();
    const known =
      STATUS_VALUES.find((v) => foldDiacritics(st).startsWith(foldDiacritics(v))) ?? (st ? "Khác" : "Chưa ghi");
    counts[known]++;
    if (row.cells.budget) plannedVnd += analyzeBudget(row.cells.budget.text, plan.budgetUnit).parse.vnd ?? 0;
    const end = row.period?.end;
    if (end && end <= month && known !== "Hoàn thành" && known !== "Không thực hiện") {
      const pos = (row.cells.period ?? row.cells.tasks)?.pos;
      overdue.push({
        ref: pos ? `${String.fromCharCode(65 + pos.col)}${pos.row + 1}` : "",
        criterion: row.criterion,
        end,
        status: known,
      });
    }
  }
  const rows: string[][] = [["Nội dung", "Số dòng / giá trị"]];
  for (const [k, v] of Object.entries(counts)) if (v) rows.push([`Mức độ thực hiện: ${k}`, String(v)]);
  rows.push([`Quá hạn tại thời điểm rà soát (${month})`, String(overdue.length)]);
  for (const o of overdue)
    rows.push([`— ${o.criterion ? `tiêu chí ${o.criterion}, ` : ""}hạn ${o.end} (${o.status})`, o.ref]);
  rows.push(["Nguồn lực dự kiến (đồng)", plannedVnd.toLocaleString("vi-VN")]);
  const grid: RenderedGrid = {
    template: "tt57-bieu2",
    columns: [
      { role: "criterion", header: "Nội dung", headerEn: "Item", width: 70 },
      { role: "note", header: "Số dòng / giá trị", headerEn: "Count / value", width: 30 },
    ],
    rows,
    kinds: rows.map((_, i) => (i === 0 ? "header" : "task")),
  };
  return { counts, overdue, plannedVnd, grid };
}
