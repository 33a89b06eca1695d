/**
 * Carry-over: a 2018-regime plan → a draft Biểu 2 (TT 57/2026). Each row keeps its texts in the matching
 * columns (target → 3, tasks → 4, period → 6 (moved to the new school year), owner → 7, budget + support → 8),
 * the criterion becomes the primary TT57 criterion of the reviewed crosswalk (crosswalk.ts) with its confidence,
 * the alternatives and the 2018 code noted, always "gợi ý — cần rà soát"; 2018 evidence codes are listed for
 * re-coding. Nothing is invented: empty sources stay empty. Rows that cannot be mapped are kept.
 */
import type { Catalog, Plan, RenderedGrid, SchoolContext } from "../types";
import { renderGrid } from "../render";
import { findCriterion } from "../catalogs/index";
import { confidenceVi, crosswalkFor } from "./crosswalk";
import { REVIEW_MARK } from "./rules";
import { parseTarget } from "../parse/target";
import { withColumnUnit } from "../parse/budget-unit";

/**
 * A 2018 target above Mức 2 ("Đạt Mức 3"): TT 57 has only Mức 1 and Mức 2, so it becomes Mức 2 (its highest), with
 * a note on the row saying so. Other targets are kept as written.
 */
export function mapTargetToTt57(text: string): string {
  const { level, current } = parseTarget(text);
  if (level === null || level < 3) return text;
  // "Từ mức 2 lên mức 3": a 2018 current level says nothing of TT 57's, so only the goal is kept.
  const mapped =
    current !== null
      ? "Đạt Mức 2"
      : text.replace(/(m[ứu]c\s*(?:độ\s*)?)(?:3|4|III|IV)\b/giu, (_m, pre: string) => `${pre}2`);
  return `${mapped} (${REVIEW_MARK}: Mức ${level} theo thông tư 2018 — TT 57 chỉ có Mức 1 và Mức 2, đã ghi Mức 2)`;
}

export interface CarryOver {
  grid: RenderedGrid;
  context: SchoolContext;
  /** One per mapped criterion row: the crosswalk's primary TT57 criterion, its confidence and the alternatives. */
  mapping: {
    from: string | null;
    to: string | null;
    confidence: string;
    alternatives: string[];
    gridRow: number;
    note: string;
  }[];
  unmapped: { from: string | null; gridRow: number; text: string }[];
}

/** Moves the years of month references by `years` ("Tháng 9/2025" → "Tháng 9/2026"). */
export function shiftYears(text: string, years: number): string {
  if (!years) return text;
  return text.replace(
    /(\b\d{1,2}\s*[/-]\s*|tháng\s*\d{1,2}\s*năm\s*|năm học\s*|năm\s*)(20\d{2})(?:(\s*[-–]\s*)(20\d{2}))?/gi,
    (_m, pre: string, y1: string, sep?: string, y2?: string) =>
      `${pre}${Number(y1) + years}${sep && y2 ? `${sep}${Number(y2) + years}` : ""}`,
  );
}

export function convert2018ToTt57(
  plan: Plan,
  opts: { catalog2018: Catalog; tt57: Catalog; schoolYear: string },
): CarryOver {
  const from = plan.context.schoolYear ? Number(plan.context.schoolYear.slice(0, 4)) : null;
  const to = Number(opts.schoolYear.slice(0, 4));
  const shift = from !== null ? to - from : 0;
  const context: SchoolContext = {
    ...plan.context,
    regime: "2026",
    schoolYear: opts.schoolYear,
    circular: "57/2026/TT-BGDĐT",
  };
  const grid = renderGrid("tt57-bieu2", context, null, null);
  grid.rows = grid.rows.slice(0, 2);
  grid.kinds = grid.kinds.slice(0, 2);
  const mapping: CarryOver["mapping"] = [];
  const unmapped: CarryOver["unmapped"] = [];
  const col = (role: string) => grid.columns.findIndex((c) => c.role === role);
  let tt = 0;
  let current: { code2018: string | null; to: string | null } = { code2018: null, to: null };
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const out = new Array<string>(grid.columns.length).fill("");
    const t = (role: keyof typeof row.cells) => (row.cells[role]?.text ?? "").replace(/<\/?(p|i|b)>/g, "").trim();
    if (row.kind === "criterion") {
      const old = row.criterion ? findCriterion(opts.catalog2018, row.criterion) : null;
      const cw = old && row.criterion ? crosswalkFor(opts.catalog2018.circular, row.criterion, opts.tt57) : null;
      const likely = cw?.primary ?? null;
      current = { code2018: row.criterion, to: likely?.code ?? null };
      const unclear = likely?.confidence === "low" ? " — chưa có tiêu chí tương ứng rõ ràng, cần xem kỹ" : "";
      const confidence = likely ? `; độ tin cậy: ${confidenceVi(likely.confidence)}${unclear}` : "";
      const also = cw?.alternatives.length
        ? `; cũng liên quan: ${cw.alternatives.map((a) => `${a.code} (${confidenceVi(a.confidence)})`).join(", ")}`
        : "";
      const name2018 = old ? ` ${old.criterion.name}` : "";
      const from = `${opts.catalog2018.circular}: tiêu chí ${row.criterion ?? "?"}${name2018}`;
      const note = `(${REVIEW_MARK}${confidence}; ${from}${also})`;
      out[col("criterion")] = likely
        ? `Tiêu chí ${likely.code}: ${likely.name} ${note}`
        : `${note} ${t("criterion")}`.trim();
      if (likely && cw)
        mapping.push({
          from: row.criterion,
          to: likely.code,
          confidence: likely.confidence,
          alternatives: cw.alternatives.map((a) => a.code),
          gridRow: grid.rows.length,
          note,
        });
      else unmapped.push({ from: row.criterion, gridRow: grid.rows.length, text: t("criterion") });
    } else {
      out[col("criterion")] = current.code2018
        ? `(${REVIEW_MARK}; tiếp theo tiêu chí ${current.code2018})`
        : `(${REVIEW_MARK})`;
    }
    out[col("tt")] = String(++tt);
    out[col("target")] = mapTargetToTt57(t("target"));
    out[col("tasks")] = t("tasks");
    out[col("period")] = shiftYears(t("period"), shift);
    out[col("owner")] = t("owner");
    out[col("budget")] = [withColumnUnit(t("budget"), plan.budgetUnit), t("support")].filter(Boolean).join("; ");
    const codes = [
      ...new Set(Object.values(row.cells).flatMap((c) => (c ? (c.text.match(/\[H\d+-\d+\.\d+-\d+\]/g) ?? []) : []))),
    ];
    if (codes.length) out[col("evidence")] = `Cần mã hóa lại theo MC.x.y.zz: ${codes.join(", ")}`;
    grid.rows.push(out);
    grid.kinds.push(row.kind === "criterion" ? "criterion" : "task");
  }
  return { grid, context, mapping, unmapped };
}
