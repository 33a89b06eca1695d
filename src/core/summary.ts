/** Totals of a plan: VND overall, per standard and per funding source; counts; the total in words. */
import type { Finding, Plan, Summary } from "./types";
import { analyzeBudget, type BudgetAmount, type FundingSource } from "./parse/budget";
import { vndInWords } from "./parse/words";
import { NO_SOURCE_LABEL } from "./labels";
import { OCR_LOW_CONFIDENCE } from "./read/ocr";

export { vndInWords };

/** "10000000" → "10.000.000 đ" (vi-VN grouping). */
export function formatVnd(n: number): string {
  return `${Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")} đ`;
}

export function summarize(plan: Plan, findings?: Finding[]): Summary {
  const byStandard = new Map<number, { vnd: number; rows: number }>();
  const bySource = new Map<string, { vnd: number; rows: number }>();
  let totalVnd = 0;
  let rangeRows = 0;
  let uncertainRows = 0;
  let criterionRows = 0;
  let rows = 0;
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    rows++;
    if (row.kind === "criterion") criterionRows++;
    const std = row.standard ?? 0;
    const s = byStandard.get(std) ?? { vnd: 0, rows: 0 };
    s.rows++;
    const cell = row.cells.budget;
    let vnd = 0;
    let sources: FundingSource[] = [];
    let amounts: BudgetAmount[] = [];
    if (cell) {
      const a = analyzeBudget(cell.text, plan.budgetUnit);
      amounts = a.amounts;
      // A "/tháng" amount is budgeted for the school year's months (9 months, September–May).
      vnd = a.amounts.reduce((sum, x) => sum + (x.per === "month" ? x.vnd * 9 : x.vnd), 0);
      sources = a.sources;
      if (a.amounts.some((x) => x.low !== undefined)) rangeRows++;
      if (a.amounts.length && cell.confidence !== undefined && cell.confidence < OCR_LOW_CONFIDENCE) uncertainRows++;
    }
    s.vnd += vnd;
    byStandard.set(std, s);
    totalVnd += vnd;
    // Each amount under the source its own part of the cell names ("Ngân sách 5 triệu; XHH 2 triệu"), else under the
    // cell's first source; a row counts once under each of its sources.
    const shares = new Map<string, number>();
    if (vnd > 0)
      for (const x of amounts) {
        const label = x.source ?? sources[0] ?? NO_SOURCE_LABEL;
        shares.set(label, (shares.get(label) ?? 0) + (x.per === "month" ? x.vnd * 9 : x.vnd));
      }
    else if (sources.length) shares.set(sources[0], 0);
    for (const [label, share] of shares) {
      const b = bySource.get(label) ?? { vnd: 0, rows: 0 };
      b.vnd += share;
      b.rows++;
      bySource.set(label, b);
    }
  }
  const f = findings ?? [];
  return {
    rows,
    criterionRows,
    totalVnd,
    byStandard: [...byStandard.entries()]
      .filter(([n]) => n > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([standard, v]) => ({ standard, ...v })),
    bySource: [...bySource.entries()].map(([source, v]) => ({ source, ...v })),
    totalInWords: vndInWords(totalVnd),
    rangeRows,
    ...(uncertainRows ? { uncertainRows } : {}),
    totalLabel:
      (rangeRows ? "Tổng kinh phí (tối đa)" : "Tổng kinh phí") +
      (uncertainRows ? ` — có ${uncertainRows} khoản đọc từ ảnh chưa chắc chắn, hãy đối chiếu bản gốc` : ""),
    errors: f.filter((x) => x.severity === "error").length,
    warnings: f.filter((x) => x.severity === "warning").length,
    infos: f.filter((x) => x.severity === "info").length,
  };
}
