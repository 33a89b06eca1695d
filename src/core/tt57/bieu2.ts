/**
 * Biểu 2 (Mẫu số 2, Phụ lục V, TT 57/2026) as a whole document: sections I–VIII with the form's pre-printed text
 * as the reference gives it (tt57-2026.json plan_template; wording confidence noted there), the section IV and VI
 * tables (VI with its two review points, dated for the school year) and the section V table in between.
 */
import type { SchoolContext } from "../types";
import { TT57_PLAN_SECTIONS } from "../catalogs/plan-template";
import { canCuLines, type DocPart } from "../docparts/index";
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
    if (s.number === "I")
      sec.lines = (s.items as string[]).map((i, k) =>
        k === 0 && context.school ? `${i}: ${context.school}` : `${i}: …`,
      );
    else if (s.number === "II")
      sec.lines = [
        canCuLines(context.level ?? "thcs", "2026")[0],
        ...(s.items_preprinted_per_bac_lieu as string[]).map((i) => i.replace("{năm học}", year)),
      ];
    else if (s.number === "III")
      sec.lines = Object.entries(s.items as Record<string, string[]>).flatMap(([k, v]) => [k, ...v]);
    else if (s.number === "IV") {
      sec.table = { headers: s.table!.columns.map((c) => c.header), rows: [["1", "", "", "", "", ""]] };
      sec.noteUnder = s.note_under_table;
    } else if (s.number === "V") sec.planTable = true;
    else if (s.number === "VI")
      sec.table = {
        headers: s.table!.columns.map((c) => c.header),
        rows: reviewPoints(context.schoolYear).map((p) => [p, "", "", "", ""]),
      };
    else sec.lines = (s.items as string[]) ?? [];
    out.push(sec);
  }
  return out;
}

/** Biểu 2 sections as document parts (headings, the form's lines, the IV and VI tables, the plan table's place). */
export function bieu2DocParts(context: SchoolContext): DocPart[] {
  const out: DocPart[] = [];
  for (const sec of bieu2Sections(context)) {
    out.push({ kind: "heading", text: `${sec.number}. ${sec.title}` });
    for (const l of sec.lines) out.push({ kind: "paragraph", text: l });
    if (sec.table) out.push({ kind: "grid", rows: [sec.table.headers, ...sec.table.rows] });
    if (sec.noteUnder) out.push({ kind: "paragraph", text: sec.noteUnder, italic: true });
    if (sec.planTable) out.push({ kind: "table" });
  }
  return out;
}

/** Parts with the Biểu 2 placeholder expanded (what a host inserts). */
export function expandDocParts(parts: DocPart[]): DocPart[] {
  return parts.flatMap((p) => (p.kind === "bieu2-sections" ? bieu2DocParts(p.context) : [p]));
}
