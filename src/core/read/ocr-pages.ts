/**
 * Page breaks in a grid read by OCR: the header row a table repeats at the top of each page is read a little
 * differently each time ("Công việc" / "©Công việc"), so the exact comparison of positions.ts misses it. Here a row
 * that resembles the table's first header row closely is dropped, and the row after it joins the row above when it
 * continues it (no TT, no criterion of its own) — the row the page break split. Confidences follow their cells.
 */
import { foldDiacritics } from "../text/normalize";
import { roleOfHeader } from "./headers";

/** A string's letters as similarLetters compares them: diacritics folded, lower case, a–z only. */
export const letters = (s: string) =>
  foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z]/g, "");

/** Similarity of two strings' letters, 0–1 (1 − edit distance / longer length). */
export function similarLetters(a: string, b: string): number {
  return similarOfLetters(letters(a), letters(b));
}

/** similarLetters of two strings already reduced to their letters (letters()). */
export function similarOfLetters(x: string, y: string): number {
  if (!x.length && !y.length) return 1;
  const prev = new Array<number>(y.length + 1).fill(0).map((_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (x[i - 1] === y[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}

const isHeader = (row: string[]) => row.filter((c) => c.trim() && roleOfHeader(c)).length >= 3;
const sameHeader = (row: string[], header: string[]) =>
  row.length === header.length && similarLetters(row.join(" "), header.join(" ")) >= 0.85;
/**
 * A row of its own: a TT, or a cell starting with a criterion or standard ("<p>Tiêu chí 1.10" too: after tags); one
 * mentioned inside a cell's text ("… 18/2018: tiêu chí 1.4 …") starts nothing.
 */
const startsEntry = (row: string[]) =>
  Boolean(row[0]?.trim()) ||
  row.some((c) => /^\s*(<[^>]+>\s*)*((tiêu chí|tieu chi|tiêu chu[ẩấ]n|tieu chuan)\s*\d|\d{1,2}\.\d{1,2}\b)/i.test(c));

/** The grid (and its confidences) with the repeated headers dropped and split rows joined again. */
export function joinOcrPages(
  grid: string[][],
  confidence: (number | null)[][],
): {
  grid: string[][];
  confidence: (number | null)[][];
} {
  const outGrid: string[][] = [];
  const outConf: (number | null)[][] = [];
  let header: string[] | null = null;
  let afterRepeat = false;
  grid.forEach((row, i) => {
    // The header of the table being read: a later table (Biểu 2's plan table after its section IV table) has its own.
    if (isHeader(row) && (!header || row.length !== header.length)) header = row;
    else if (header && sameHeader(row, header)) {
      afterRepeat = true;
      return;
    } else if (afterRepeat) {
      afterRepeat = false;
      const above = outGrid[outGrid.length - 1];
      if (above && above.length === row.length && !startsEntry(row) && row.some((c) => c.trim())) {
        const conf = outConf[outConf.length - 1];
        row.forEach((c, k) => {
          if (!c.trim()) return;
          above[k] = above[k]?.trim() ? `${above[k]} ${c.trim()}` : c.trim();
          const a = conf[k];
          const b = confidence[i]?.[k] ?? null;
          conf[k] = a === null ? b : b === null ? a : Math.min(a, b);
        });
        return;
      }
    }
    outGrid.push([...row]);
    outConf.push([...(confidence[i] ?? [])]);
  });
  return { grid: outGrid, confidence: outConf };
}
