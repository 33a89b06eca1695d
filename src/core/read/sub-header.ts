/**
 * A period given as two columns under one label: "Thời gian" over "Bắt đầu" | "Hoàn thành" (a two-row header). A
 * .docx gives the label row then the sub-label row; a PDF may give the label alone on a line above (its other
 * labels, merged over both rows, sit lower). Each body row's two cells are read as one period, "start - end", in
 * the first column (the second is left empty in the copy the reader uses; the user's file is not changed).
 */
import { foldDiacritics } from "../text/normalize";
import { cleanHeader, isBlank } from "./headers";
import type { Region } from "./regions";

// Compared without spaces: a narrow printed column breaks a label inside a word ("Thờ" + "i gian bắt đầu"); OCR may
// read a speck in it ("Thờ Hgian bắt đầu": up to two stray letters between "thờ" and "gian").
const START = /^(tho[a-z]{0,2}gian|ngay|thang)?(batdau|tu|tungay|tuthang)$/;
const END = /^(tho[a-z]{0,2}gian|ngay|thang)?(hoanthanh|ketthuc|den|denngay|denthang)$/;

const label = (s: unknown) => cleanHeader(foldDiacritics(String(s ?? ""))).replace(/\s+/g, "");

/** The first column c of a start | end label pair in the row, or -1. */
function pairIn(row: unknown[]): number {
  for (let c = 0; c + 1 < row.length; c++) if (START.test(label(row[c])) && END.test(label(row[c + 1]))) return c;
  return -1;
}

/** A row of short labels only (no digits): a header's second row. */
function labelsOnly(row: unknown[]): boolean {
  const filled = row.map((c) => String(c ?? "").trim()).filter(Boolean);
  return filled.length >= 2 && filled.every((c) => c.length <= 40 && !/\d/.test(c));
}

/** The grid the reader uses: the same rows, but start | end period cells joined (copies of the rows changed). */
export function joinPeriodPairs(grid: string[][], regions: Region[]): string[][] {
  let out = grid;
  for (const region of regions) {
    const h = region.header.row;
    const cols = region.header.columns;
    let c = -1;
    let first = h + 1;
    const sub = grid[h + 1] ?? [];
    if (labelsOnly(sub) && pairIn(sub) >= 0 && (cols.period === undefined || cols.period === pairIn(sub))) {
      c = pairIn(sub); // .docx: "Thời gian" (spanning two columns) over "Bắt đầu" | "Hoàn thành"
      first = h + 2;
    } else if (pairIn(grid[h] ?? []) >= 0 && [undefined, pairIn(grid[h]), pairIn(grid[h]) + 1].includes(cols.period)) {
      // PDF: the labels on the header row itself; or one-row headers "Thời gian bắt đầu" | "Thời gian kết thúc"
      // (either already taken for the period — the second when OCR misread the first label: they are one period)
      c = pairIn(grid[h]);
    }
    if (c < 0) continue;
    if (out === grid) out = grid.slice();
    if (first === h + 2) out[h + 1] = sub.map(() => "");
    for (let r = first; r < region.end; r++) {
      const row = out[r];
      if (!row || row.length <= c + 1) continue;
      const [a, b] = [String(row[c] ?? "").trim(), String(row[c + 1] ?? "").trim()];
      if (isBlank(a) && isBlank(b)) continue;
      if (/^\(\d+\)$/.test(a) && /^\(\d+\)$/.test(b)) continue; // the column numbers row "(6)" "(7)"
      const copy = row.slice();
      copy[c] = a && b ? `${a} - ${b}` : a || b;
      copy[c + 1] = "";
      out[r] = copy;
    }
    cols.period = c;
  }
  return out;
}
