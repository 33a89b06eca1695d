/**
 * Plans that are not finished (issue 24):
 *   table.unfilled            a cell still holding a placeholder ("(cần điền)", "…", "...", "x.x", "Tháng …/2026")
 *                             or a required cell left empty that no other rule reports — one warning per cell;
 *   table.empty               a plan table with only its header (and number/standard rows): no content at all;
 *   table.standard-repeated   a standard heading written twice;
 *   table.standard-inside     a standard heading placed among another standard's criteria;
 *   target.above-goal         a target above the school's declared goal level (a note: effort the goal does not need).
 */
import type { ColumnRole, Finding, PlanCell, PlanRow } from "../types";
import { foldDiacritics } from "../text/normalize";
import { parseStandardRef } from "../parse/refs";
import { finding, said, type MessageTable, type Rule } from "./finding";
import { targetCellOf } from "./target";

/** Messages of the unfilled-form and structure rules found here. */
export const UNFILLED_TEXT = {
  empty: {
    rule: "table.empty",
    vi: "Bảng kế hoạch chưa có nội dung: chỉ có dòng tiêu đề (và dòng đánh số), chưa có dòng cải tiến nào.",
    en: "The plan table has no content: only its header.",
    suggestion: {
      vi: "Điền các dòng cải tiến (tiêu chí, mục tiêu, hoạt động, thời gian, người phụ trách…).",
      en: "Fill in the improvement rows (criterion, target, activities, period, person in charge…).",
    },
  },
  placeholder: {
    rule: "table.unfilled",
    vi: (header: string, role: string, placeholder: string) => `Ô “${header}” chưa điền (còn “${placeholder}”).`,
    en: (_header: string, role: string, placeholder: string) =>
      `The “${role}” cell is not filled in (still “${placeholder}”).`,
    suggestion: {
      vi: "Thay chỗ đánh dấu bằng nội dung của trường.",
      en: "Replace the placeholder with the school's own content.",
    },
  },
  blank: {
    rule: "table.unfilled",
    vi: (header: string | undefined, role: string, criterion: string | null) =>
      `Ô “${header}” chưa điền${criterion ? ` (tiêu chí ${criterion})` : ""}.`,
    en: (_header: string | undefined, role: string) => `The “${role}” cell is empty.`,
    suggestion: {
      vi: (header: string | undefined) => `Điền cột “${header}” cho dòng này.`,
      en: (header: string | undefined) => `Fill in the “${header}” column for this row.`,
    },
  },
  standardRepeated: {
    rule: "table.standard-repeated",
    vi: (n: number) => `Tiêu chuẩn ${n} được ghi hai lần trong bảng.`,
    en: (n: number) => `Standard ${n} heading appears twice.`,
    suggestion: {
      vi: (n: number) => `Gộp các tiêu chí của Tiêu chuẩn ${n} dưới một dòng tiêu chuẩn.`,
      en: (n: number) => `Put Standard ${n}'s criteria under one standard row.`,
    },
  },
  standardInside: {
    rule: "table.standard-inside",
    vi: (n: number, previous: number, after: string[]) =>
      `Dòng “Tiêu chuẩn ${n}” nằm giữa các tiêu chí của Tiêu chuẩn ${previous} (sau nó còn tiêu chí ` +
      `${after.join(", ")}).`,
    en: (n: number, previous: number) => `The Standard ${n} heading sits among Standard ${previous}'s criteria.`,
    suggestion: {
      vi: (n: number, previous: number) =>
        `Chuyển dòng “Tiêu chuẩn ${n}” xuống sau tiêu chí cuối cùng của Tiêu chuẩn ${previous}.`,
      en: (n: number, previous: number) =>
        `Move the “Tiêu chuẩn ${n}” row below the last criterion of Standard ${previous}.`,
    },
  },
  aboveGoal: {
    rule: "target.above-goal",
    vi: (level: number, goal: number, goalText: string) =>
      `Mục tiêu Mức ${level} cao hơn mức trường hướng tới (Mức ${goal}, “${goalText}”): tốn công sức mà mục ` +
      `tiêu của trường chưa cần.`,
    en: (level: number, goal: number) => `Target Level ${level} is above the school's goal (Level ${goal}).`,
    suggestion: {
      vi: (_level: number, goal: number) => `Đặt mục tiêu Mức ${goal} cho năm nay, trừ khi trường có lý do riêng.`,
      en: (_level: number, goal: number) =>
        `Set a Level ${goal} target for this year, unless the school has its own reason.`,
    },
  },
} satisfies MessageTable;

const HEADERS: Partial<Record<ColumnRole, string>> = {
  criterion: "Tiêu chuẩn, tiêu chí / Nội dung cải tiến",
  target: "Kết quả cần đạt / Mục tiêu cải tiến",
  tasks: "Công việc / Hoạt động, giải pháp",
  indicator: "Chỉ số đánh giá kết quả",
  period: "Thời gian thực hiện",
  owner: "Chủ trì / Đơn vị, cá nhân phụ trách",
  budget: "Kinh phí / Nguồn lực bảo đảm",
  support: "Điều kiện hỗ trợ khác",
  evidence: "Thông tin, dữ liệu hoặc minh chứng dự kiến",
  status: "Mức độ thực hiện",
  note: "Ghi chú",
};

const plain = (s: string) =>
  s
    .replace(/<\/?[a-z][^>]*>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The placeholder a cell still holds, as written, or null. */
export function placeholderIn(text: string): string | null {
  const t = plain(text);
  if (!t) return null;
  const f = foldDiacritics(t);
  const fill = /[([]\s*can (dien|bo sung|ghi)\s*[)\]]/.exec(f);
  if (fill) return t.slice(fill.index, fill.index + fill[0].length);
  if (/^[.…\s]+$/.test(t) && /…|\.\.\./.test(t)) return t;
  const xx = /(?:^|[^\w])(x\.x(?:\.x+)?)(?![\w.])/i.exec(t);
  if (xx) return xx[1];
  // An ellipsis standing for a number or a name: "Tháng …/2026", "Mức …", "Tiêu chí …", "… triệu đồng".
  const gap = /(?:thang|muc|tieu chi|ngay|nam|so)\s*(?:…|\.{3})|(?:…|\.{3})\s*(?:\/|trieu|nghin|dong|%)/.exec(f);
  if (gap) return t.slice(Math.max(0, gap.index), gap.index + gap[0].length).trim();
  return null;
}

/** Required cells of a criterion row that no other rule reports when empty. */
function requiredEmpty(template: string): ColumnRole[] {
  return template === "tt57-bieu2" ? ["target", "budget", "evidence"] : ["target"];
}

export const unfilledRules: Rule = ({ plan }) => {
  const out: Finding[] = [];
  if (plan.headerRow < 0) return out;
  const rows = plan.rows;
  const content = (r: PlanRow) =>
    (r.kind === "criterion" || r.kind === "task") &&
    Object.entries(r.cells).some(
      ([role, c]) => role !== "tt" && c && plain(c.text) && !/^\(?\d+\)?$/.test(plain(c.text)),
    );
  if (!rows.some(content)) {
    out.push(
      finding({
        severity: "warning",
        cell: { row: plan.headerRow, col: 0 },
        ...said(UNFILLED_TEXT.empty),
      }),
    );
    return out;
  }
  for (const row of rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const base = { criterion: row.criterion, standard: row.standard };
    for (const [role, cell] of Object.entries(row.cells) as [ColumnRole, PlanCell][]) {
      if (role === "tt" || !cell) continue;
      const p = placeholderIn(cell.text);
      if (p)
        out.push(
          finding({
            ...base,
            severity: "warning",
            cell,
            ...said(UNFILLED_TEXT.placeholder, HEADERS[role] ?? role, role, p),
          }),
        );
    }
    // A carried-over row ("gợi ý — cần rà soát") already asks for its empty columns (tt57.review-needed).
    if (row.kind !== "criterion" || Object.values(row.cells).some((c) => c?.text.includes("cần rà soát"))) continue;
    for (const role of requiredEmpty(plan.template)) {
      const col = plan.columns[role];
      if (col === undefined || plain(row.cells[role]?.text ?? "")) continue;
      out.push(
        finding({
          ...base,
          severity: "warning",
          cell: { row: row.gridRows[0], col },
          ...said(UNFILLED_TEXT.blank, HEADERS[role], role, row.criterion),
        }),
      );
    }
  }
  out.push(...structure(rows));
  out.push(...aboveGoal(plan));
  return out;
};

/** Standard headings repeated, or placed among another standard's criteria. */
function structure(rows: PlanRow[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<number, number>();
  let previous: number | null = null;
  rows.forEach((row, i) => {
    if (row.kind !== "standard") return;
    const cell = row.cells.criterion ?? Object.values(row.cells).find(Boolean) ?? null;
    const n = parseStandardRef(plain(cell?.text ?? ""))?.number ?? row.standard;
    if (n === null || n === undefined) return;
    if (seen.has(n) && previous !== n)
      out.push(
        finding({
          severity: "warning",
          cell,
          standard: n,
          ...said(UNFILLED_TEXT.standardRepeated, n),
        }),
      );
    else if (previous !== null && previous !== n) {
      // Criteria of the previous standard after this heading, before the next one: the heading sits inside it.
      const after: string[] = [];
      for (let k = i + 1; k < rows.length && rows[k].kind !== "standard"; k++)
        if (rows[k].kind === "criterion" && rows[k].criterion?.split(".")[0] === String(previous))
          after.push(rows[k].criterion!);
      if (after.length)
        out.push(
          finding({
            severity: "warning",
            cell,
            standard: n,
            ...said(UNFILLED_TEXT.standardInside, n, previous, after),
          }),
        );
    }
    if (!seen.has(n)) seen.set(n, i);
    previous = n;
  });
  return out;
}

/** Targets above the school's declared goal (a note): the goal does not need them. */
function aboveGoal(plan: Parameters<Rule>[0]["plan"]): Finding[] {
  const goal = plan.goal?.level;
  if (!goal) return [];
  const out: Finding[] = [];
  for (const row of plan.rows) {
    const level = row.kind === "criterion" ? row.target?.level : null;
    const cell = targetCellOf(row);
    if (!level || level <= goal || !cell) continue;
    out.push(
      finding({
        severity: "info",
        cell,
        criterion: row.criterion,
        standard: row.standard,
        ...said(UNFILLED_TEXT.aboveGoal, level, goal, plan.goal!.text.slice(0, 60)),
      }),
    );
  }
  return out;
}
