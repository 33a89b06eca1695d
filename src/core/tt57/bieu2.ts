/**
 * Biểu 2 (Mẫu số 2, Phụ lục V, TT 57/2026) as a whole document: sections I–VIII with the form's pre-printed text
 * as the reference gives it (tt57-2026.json plan_template; wording confidence noted there), the section IV and VI
 * tables (VI with its two review points, dated for the school year) and the section V table in between.
 */
import type { SchoolContext } from "../types";
import { TT57_PLAN_SECTIONS } from "../catalogs/plan-template";
import { canCuLines } from "../docparts/index";
import { reviewPoints } from "./rules";

export interface Bieu2Section {
  number: string;
  title: string;
  lines: string[];
  table?: { headers: string[]; rows: string[][] };
  /** Section V: the plan table goes here. */
  planTable?: boolean;
  noteUnder?: string;
}

export { reviewPoints };

export function bieu2Sections(context: SchoolContext): Bieu2Section[] {
  const year = context.schoolYear ?? "…";
  const out: Bieu2Section[] = [];
  for (const s of TT57_PLAN_SECTIONS) {
    const sec: Bieu2Section = { number: s.number, title: s.title, lines: [] };
    if (s.number === "I") sec.lines = (s.items as string[]).map((i, k) => (k === 0 && context.school ? `${i}: ${context.school}` : `${i}: …`));
    else if (s.number === "II") sec.lines = [canCuLines(context.level ?? "thcs", "2026")[0], ...(s.items_preprinted_per_bac_lieu as string[]).map((i) => i.replace("{năm học}", year))];
    else if (s.number === "III") sec.lines = Object.entries(s.items as Record<string, string[]>).flatMap(([k, v]) => [k, ...v]);
    else if (s.number === "IV") {
      sec.table = { headers: s.table!.columns.map((c) => c.header), rows: [["1", "", "", "", "", ""]] };
      sec.noteUnder = s.note_under_table;
    } else if (s.number === "V") sec.planTable = true;
    else if (s.number === "VI") sec.table = { headers: s.table!.columns.map((c) => c.header), rows: reviewPoints(context.schoolYear).map((p) => [p, "", "", "", ""]) };
    else sec.lines = (s.items as string[]) ?? [];
    out.push(sec);
  }
  return out;
}
