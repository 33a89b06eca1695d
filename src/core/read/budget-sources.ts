/**
 * A budget given as one column per funding source under one label: "Kinh phí" over "Ngân sách" | "XHH" (a two-row
 * header; a .docx or .xlsx gives the label row, its merged cells empty, then the sub-label row). Each body row's
 * cells are read as one budget cell naming each amount's source ("Ngân sách: 5.000.000; XHH: 2.000.000"), in the
 * first column (the others are left empty in the copy the reader uses; the user's file is not changed): the row's
 * budget is the sum, an amount only under XHH is a xã hội hóa amount, "Không" or nothing under every source is none.
 */
import { fundingSourceOf, parseBudget } from "../parse/budget";
import { foldDiacritics } from "../text/normalize";
import { cleanHeader, isBlank } from "./headers";
import type { Region } from "./regions";

/** A sub-label that names a funding source ("Ngân sách", "NSNN", "XHH", "Xã hội hóa", "Huy động", "Khác"). */
function isSourceLabel(cell: unknown): boolean {
  const text = String(cell ?? "").trim();
  if (!text || text.length > 40 || /\d/.test(text)) return false;
  return fundingSourceOf(text) !== null || /^(nguon )?(khac|huy dong)$/.test(cleanHeader(foldDiacritics(text)));
}

/**
 * The source columns from the budget column c on: c and the columns after it whose labels name a source; under a
 * label row (`merged`), only those whose cell in it is empty (merged with "Kinh phí").
 */
function sourceColumns(labels: unknown[], c: number, merged?: unknown[]): number[] {
  const cols: number[] = [];
  for (let k = c; k < labels.length && isSourceLabel(labels[k]); k++) {
    if (merged && k > c && !isBlank(String(merged[k] ?? ""))) break;
    cols.push(k);
  }
  return cols.length >= 2 ? cols : [];
}

/** One body row's budget: each written amount after its source's label; "Không" alone when nothing is written. */
function joinedBudget(row: unknown[], cols: number[], labels: string[]): string {
  const parts: string[] = [];
  let none = "";
  cols.forEach((c, i) => {
    const text = String(row[c] ?? "").trim();
    if (isBlank(text)) return;
    const kind = parseBudget(text).kind;
    if (kind === "none") none ||= text;
    else parts.push(`${labels[i]}: ${text}`);
  });
  return parts.length ? parts.join("; ") : none;
}

/** The grid the reader uses: the same rows, but each row's source cells joined into the budget column. */
export function joinBudgetSources(grid: string[][], regions: Region[]): string[][] {
  let out = grid;
  for (const region of regions) {
    const h = region.header.row;
    const c = region.header.columns.budget;
    if (c === undefined) continue;
    const header = grid[h] ?? [];
    const sub = grid[h + 1] ?? [];
    // .docx, .xlsx: "Kinh phí" over the sources' row; a PDF or a one-row header: the sources on the header row.
    const under = sourceColumns(sub, c, header);
    const cols = under.length ? under : sourceColumns(header, c);
    if (!cols.length) continue;
    if (out === grid) out = grid.slice();
    const labelRow = under.length ? sub : header;
    const labels = cols.map((k) => String(labelRow[k]).replace(/\s+/g, " ").trim());
    if (under.length) out[h + 1] = sub.map((cell, k) => (cols.includes(k) ? "" : cell));
    for (let r = under.length ? h + 2 : h + 1; r < region.end; r++) {
      const row = out[r];
      if (!row || row.length <= c) continue;
      const copy = row.slice();
      copy[c] = joinedBudget(row, cols, labels);
      for (const k of cols.slice(1)) if (k < copy.length) copy[k] = "";
      out[r] = copy;
    }
  }
  return out;
}
