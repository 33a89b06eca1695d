/** timeline.*: the "Thời gian thực hiện và hoàn thành" column against the plan's school year. */
import { parsePeriod, type PeriodResult } from "../parse/period";
import { finding, said, type MessageTable, type Rule } from "./finding";

/** "2026-09" → "tháng 9/2026", as users write months. */
const monthVi = (ym: string) => `tháng ${Number(ym.slice(5, 7))}/${ym.slice(0, 4)}`;

/** Messages of the timeline.* rules (`shown`: the cell's text as written, `example`: a period in the plan's year). */
export const TIMELINE_TEXT = {
  empty: {
    rule: "timeline.empty",
    vi: "Chưa ghi thời gian thực hiện.",
    en: "No period is given.",
    suggestion: {
      vi: (example: string) => `Ghi thời gian bắt đầu và hoàn thành, ví dụ: ${example}.`,
      en: (example: string) => `Give the start and end, e.g. “${example}”.`,
    },
  },
  impossibleMonth: {
    rule: "timeline.impossible-month",
    vi: (shown: string) => `Tháng không hợp lệ trong "${shown}".`,
    en: (shown: string) => `Impossible month in "${shown}".`,
    suggestion: { vi: "Tháng phải từ 1 đến 12.", en: "A month is 1 to 12." },
  },
  vague: {
    rule: "timeline.vague",
    vi: (shown: string, _example: string) => `Thời gian chưa cụ thể: "${shown}".`,
    en: (shown: string) => `Vague period: "${shown}".`,
    suggestion: {
      vi: (_shown: string, example: string) => `Ghi rõ tháng/năm bắt đầu và hoàn thành, ví dụ: ${example}.`,
      en: (_shown: string, example: string) => `Give the start and end month/year, e.g. “${example}”.`,
    },
  },
  endBeforeStart: {
    rule: "timeline.end-before-start",
    vi: (shown: string, start: string | null, end: string | null) =>
      `"${shown}": thời gian hoàn thành (${end ? monthVi(end) : "?"}) trước thời gian bắt đầu ` +
      `(${start ? monthVi(start) : "?"}).`,
    en: (_shown: string, start: string | null, end: string | null) => `End (${end}) is before start (${start}).`,
    suggestion: { vi: "Kiểm tra lại thứ tự tháng/năm.", en: "Check the order of the months/years." },
  },
  beforeSchoolYear: {
    rule: "timeline.before-school-year",
    vi: (shown: string, start: string, y: number) =>
      `"${shown}": bắt đầu ${monthVi(start)}, trước năm học ${y}-${y + 1} (từ tháng 9/${y}).`,
    en: (_shown: string, start: string, y: number) =>
      `Starts (${start}) before school year ${y}-${y + 1} (from September ${y}).`,
    suggestion: {
      vi: (_shown: string, _start: string, y: number) => `Bắt đầu từ tháng 9/${y} trở đi.`,
      en: (_shown: string, _start: string, y: number) => `Start in September ${y} or later.`,
    },
  },
  afterSchoolYear: {
    rule: "timeline.after-school-year",
    vi: (shown: string, end: string, y: number) =>
      `"${shown}": hoàn thành ${monthVi(end)}, vượt quá năm học ${y}-${y + 1} (hết tháng 8/${y + 1}).`,
    en: (_shown: string, end: string, y: number) =>
      `Ends (${end}) after school year ${y}-${y + 1} (end of August ${y + 1}).`,
    suggestion: {
      vi: (_shown: string, _end: string, y: number) =>
        `Hoàn thành trong năm học, chậm nhất tháng 8/${y + 1} (thường là tháng 5/${y + 1}).`,
      en: (_shown: string, _end: string, y: number) =>
        `End within the school year, by August ${y + 1} at the latest (usually May ${y + 1}).`,
    },
  },
} satisfies MessageTable;

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
    const base = {
      cell: cell ?? row.cells.criterion ?? row.cells.tasks ?? null,
      criterion: row.criterion,
      standard: row.standard,
    };
    if (!cell || !cell.text.trim()) {
      if (hasPeriodColumn && (row.cells.tasks || row.cells.target))
        out.push(
          finding({
            ...base,
            cell: plan.columns.period !== undefined ? { row: row.gridRows[0], col: plan.columns.period } : base.cell,
            severity: "warning",
            ...said(TIMELINE_TEXT.empty, example(9)),
          }),
        );
      continue;
    }
    const p: PeriodResult = (row.period as PeriodResult | null) ?? parsePeriod(cell.text, sy);
    const shown = () =>
      cell.text
        .replace(/<\/?p>/g, "")
        .replace(/\s+/g, " ")
        .trim();
    if (p.issue === "impossible-month") {
      out.push(finding({ ...base, cell, severity: "error", ...said(TIMELINE_TEXT.impossibleMonth, shown()) }));
      continue;
    }
    if (p.kind === "unparsed") {
      out.push(
        finding({
          ...base,
          cell,
          severity: "warning",
          ...said(TIMELINE_TEXT.vague, shown().slice(0, 60), example(10)),
        }),
      );
      continue;
    }
    if (p.issue === "end-before-start" || (p.start && p.end && p.end < p.start)) {
      out.push(
        finding({
          ...base,
          cell,
          severity: "error",
          ...said(TIMELINE_TEXT.endBeforeStart, shown().slice(0, 60), p.start, p.end),
        }),
      );
      continue;
    }
    if (yearStart === null || !p.start || !p.end) continue;
    if (p.start < first)
      out.push(
        finding({
          ...base,
          cell,
          severity: "warning",
          ...said(TIMELINE_TEXT.beforeSchoolYear, shown().slice(0, 60), p.start, yearStart),
        }),
      );
    if (p.end > last)
      out.push(
        finding({
          ...base,
          cell,
          severity: "warning",
          ...said(TIMELINE_TEXT.afterSchoolYear, shown().slice(0, 60), p.end, yearStart),
        }),
      );
  }
  return out;
};
