/** timeline.*: the "Thời gian thực hiện và hoàn thành" column against the plan's school year. */
import { parsePeriod, type PeriodResult } from "../parse/period";
import { finding, type Rule } from "./finding";

/** "2026-09" → "tháng 9/2026", as users write months. */
const monthVi = (ym: string) => `tháng ${Number(ym.slice(5, 7))}/${ym.slice(0, 4)}`;

export const timelineRules: Rule = ({ plan, yearStart }) => {
  const out = [];
  const hasPeriodColumn = plan.columns.period !== undefined;
  const first = yearStart !== null ? `${yearStart}-09` : "";
  const last = yearStart !== null ? `${yearStart + 1}-08` : "";
  const sy = yearStart !== null ? `${yearStart}-${yearStart + 1}` : null;
  // Examples in the plan's own school year (a 2026-2027 plan is shown "Tháng 10/2026 - tháng 5/2027").
  const y0 = yearStart ?? 2025;
  const example = (m: number) => `Tháng ${m}/${y0} - tháng 5/${y0 + 1}`;
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const cell = row.cells.period;
    const base = { cell: cell ?? row.cells.criterion ?? row.cells.tasks ?? null, criterion: row.criterion, standard: row.standard };
    if (!cell || !cell.text.trim()) {
      if (hasPeriodColumn && (row.cells.tasks || row.cells.target))
        out.push(finding({ ...base, cell: plan.columns.period !== undefined ? { row: row.gridRows[0], col: plan.columns.period } : base.cell, rule: "timeline.empty", severity: "warning", message: "Chưa ghi thời gian thực hiện.", messageEn: "No period is given.", suggestion: `Ghi thời gian bắt đầu và hoàn thành, ví dụ: ${example(9)}.` }));
      continue;
    }
    const p: PeriodResult = (row.period as PeriodResult | null) ?? parsePeriod(cell.text, sy);
    const shown = () => cell.text.replace(/<\/?p>/g, "").replace(/\s+/g, " ").trim();
    if (p.issue === "impossible-month") {
      out.push(finding({ ...base, cell, rule: "timeline.impossible-month", severity: "error", message: `Tháng không hợp lệ trong "${shown()}".`, messageEn: `Impossible month in "${shown()}".`, suggestion: "Tháng phải từ 1 đến 12." }));
      continue;
    }
    if (p.kind === "unparsed") {
      out.push(finding({ ...base, cell, rule: "timeline.vague", severity: "warning", message: `Thời gian chưa cụ thể: "${shown().slice(0, 60)}".`, messageEn: `Vague period: "${shown().slice(0, 60)}".`, suggestion: `Ghi rõ tháng/năm bắt đầu và hoàn thành, ví dụ: ${example(10)}.` }));
      continue;
    }
    if (p.issue === "end-before-start" || (p.start && p.end && p.end < p.start)) {
      out.push(finding({ ...base, cell, rule: "timeline.end-before-start", severity: "error", message: `"${shown().slice(0, 60)}": thời gian hoàn thành (${p.end ? monthVi(p.end) : "?"}) trước thời gian bắt đầu (${p.start ? monthVi(p.start) : "?"}).`, messageEn: `End (${p.end}) is before start (${p.start}).`, suggestion: "Kiểm tra lại thứ tự tháng/năm." }));
      continue;
    }
    if (yearStart === null || !p.start || !p.end) continue;
    if (p.start < first)
      out.push(finding({ ...base, cell, rule: "timeline.before-school-year", severity: "warning", message: `"${shown().slice(0, 60)}": bắt đầu ${monthVi(p.start)}, trước năm học ${yearStart}-${yearStart + 1} (từ tháng 9/${yearStart}).`, messageEn: `Starts (${p.start}) before school year ${yearStart}-${yearStart + 1} (from September ${yearStart}).`, suggestion: `Bắt đầu từ tháng 9/${yearStart} trở đi.` }));
    if (p.end > last)
      out.push(finding({ ...base, cell, rule: "timeline.after-school-year", severity: "warning", message: `"${shown().slice(0, 60)}": hoàn thành ${monthVi(p.end)}, vượt quá năm học ${yearStart}-${yearStart + 1} (hết tháng 8/${yearStart + 1}).`, messageEn: `Ends (${p.end}) after school year ${yearStart}-${yearStart + 1} (end of August ${yearStart + 1}).`, suggestion: `Hoàn thành trong năm học, chậm nhất tháng 8/${yearStart + 1} (thường là tháng 5/${yearStart + 1}).` }));
  }
  return out;
};
