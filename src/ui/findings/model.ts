/**
 * What the findings list shows, independent of the screen: findings grouped by the row they point at, groups and
 * items ordered errors → warnings → notes, and where each one is in the user's terms.
 */
import type { CellPos, Finding, Plan, Severity } from "../../core/types";
import { columnLetter } from "../../core/rules/finding";
import { columnName } from "../../core/columns";
import { t, type Lang } from "../i18n";

/**
 * Where a finding is, as the user reads it: the row ("Dòng 29", "Bảng 2 · dòng 5") and the cell ("G29",
 * "cột Thời gian").
 */
export interface Place {
  row: string;
  cell: string;
}

/** Turns a grid position into a place; null for positions outside any table the user sees. */
export type Locator = (pos: CellPos) => Place | null;

export interface FindingGroup {
  key: string;
  /** "Dòng 29 — 1.4"; the document group when the findings are not in a table row. */
  label: string;
  worst: Severity;
  items: { finding: Finding; place: Place | null }[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupFindings(findings: Finding[], locate: Locator, lang: Lang): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { order: number }>();
  for (const f of findings) {
    const place = f.cell ? locate(f.cell) : null;
    const key = place ? `r:${place.row}` : "doc";
    let g = groups.get(key);
    if (!g) {
      const label = place ? `${place.row}${f.criterion ? ` — ${f.criterion}` : ""}` : t("document", lang);
      g = { key, label, worst: f.severity, items: [], order: place && f.cell ? f.cell.row : -1 };
      groups.set(key, g);
    }
    if (RANK[f.severity] < RANK[g.worst]) g.worst = f.severity;
    if (!g.label.includes(" — ") && f.criterion && place) g.label = `${place.row} — ${f.criterion}`;
    g.items.push({ finding: f, place });
  }
  const out = [...groups.values()];
  for (const g of out) g.items.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);
  out.sort((a, b) => RANK[a.worst] - RANK[b.worst] || a.order - b.order);
  return out.map(({ order, ...g }) => (void order, g));
}

/** Short column names for places ("cột Thời gian"). */
export { columnName };

const columnPart = (plan: Plan, col: number, lang: Lang) => {
  const name = columnName(plan, col, lang);
  return name ? `${t("column", lang)} ${name}` : `${t("column", lang)} ${col + 1}`;
};

/** A sheet: the real A1 address, given where the grid starts on the sheet. */
export function sheetLocator(lang: Lang, origin: CellPos = { row: 0, col: 0 }): Locator {
  return (pos) => {
    const row = pos.row + origin.row;
    return { row: `${t("row", lang)} ${row + 1}`, cell: `${columnLetter(pos.col + origin.col)}${row + 1}` };
  };
}

/** A word-processing document: "Bảng 2 · dòng 5 · cột Thời gian"; paragraphs are outside the table. */
export function documentLocator(
  plan: Plan,
  lang: Lang,
  tableOf: (pos: CellPos) => { table: number; row: number } | null,
): Locator {
  return (pos) => {
    const where = tableOf(pos);
    if (!where) return null;
    return {
      row: `${t("table", lang)} ${where.table + 1} · ${t("tableRow", lang)} ${where.row + 1}`,
      cell: columnPart(plan, pos.col, lang),
    };
  };
}

/** Pasted text: the line of the pasted text and the column. */
export function pastedLocator(plan: Plan, lang: Lang): Locator {
  return (pos) => ({ row: `${t("row", lang)} ${pos.row + 1}`, cell: columnPart(plan, pos.col, lang) });
}

export function placeText(place: Place): string {
  return /^[A-Z]+\d+$/.test(place.cell) ? place.cell : `${place.row} · ${place.cell}`;
}

export const severityLabel = (s: Severity, lang: Lang) =>
  t(s === "error" ? "sevError" : s === "warning" ? "sevWarning" : "sevInfo", lang);

/** "2 lỗi, 1 cảnh báo, 0 lưu ý" / "2 errors, 1 warning, 0 notes". */
export const countsText = (c: { errors: number; warnings: number; infos: number }, lang: Lang) =>
  [count(c.errors, "errors", lang), count(c.warnings, "warnings", lang), count(c.infos, "infos", lang)].join(", ");

/** A count with its noun: Vietnamese nouns do not change; English ones lose their "s" for one. */
export function count(n: number, key: "errors" | "warnings" | "infos", lang: Lang): string {
  const noun = t(key, lang);
  return `${n} ${lang === "en" && n === 1 ? noun.replace(/s$/, "") : noun}`;
}
