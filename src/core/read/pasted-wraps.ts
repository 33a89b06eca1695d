/**
 * What a narrow cell's edge does to a pasted table's visual lines (one line per visual line of each cell: Chromium/Edge
 * and Firefox viewers, `pdftotext -raw`), undone before the rows are put together:
 * - a word broken inside ("Khôn" / "g phát sinh", "mạng/m" / "ục tiêu", "Tiê" / "u chí") is joined when a piece
 *   alone is no Vietnamese syllable and the two together are one;
 * - a year broken inside ("12/202" / "6", "10/202" / "6 -") and a range's second year ("2026-" / "2027") are joined;
 * - an amount broken in its last thousands group ("5.000.00" / "0/năm") is joined — a short number such as a
 *   criterion code ("5.3" / "100% học sinh") is not;
 * - a row's first line that holds the first visual line of every cell ("2 Tiêu Nhân viên Cử nhân viên … HK II
 *   Không", then "chí", "2.3" on lines of their own) gets its criterion back ("2 Tiêu chí 2.3 Nhân viên …").
 */
import { wordKind } from "../text/garble";
import { LETTER_CLASS_ES2017 } from "../text/regex-compat";

const LAST_LETTERS = new RegExp(`[${LETTER_CLASS_ES2017}]+$`);
const FIRST_LETTERS = new RegExp(`^[${LETTER_CLASS_ES2017}]+`);

/** Whether `next` goes on `line` without a space: a word, a year or an amount broken at a cell's edge. */
export function gluedAcrossLines(line: string, next: string): boolean {
  // a year: "12/202" + "6", "2026-" + "2027"
  const yearHead = /(?:^|\D)\d{1,2}\/(\d{1,3})$/.exec(line);
  const yearTail = /^(\d{1,3})(?!\d)/.exec(next);
  if (yearHead && yearTail && yearHead[1].length + yearTail[1].length === 4) return true;
  if (/(?:^|\D)\d{4}[-–]$/.test(line) && /^\d{4}(?!\d)/.test(next)) return true;
  // an amount in thousands groups, its last group short: "5.000.00" + "0/năm"
  if (/(?:^|[^\d.,])\d{1,3}(?:[.,]\d{3})+[.,]\d{1,2}$/.test(line) && /^\d/.test(next)) return true;
  return wordBroken(line, next);
}

/** "Khôn" + "g", "Tiê" + "u": one piece is no syllable, the pieces together are; the second starts in lower case. */
function wordBroken(line: string, next: string): boolean {
  const head = LAST_LETTERS.exec(line)?.[0];
  const tail = FIRST_LETTERS.exec(next)?.[0];
  if (!head || !tail || tail !== tail.toLowerCase()) return false;
  if (wordKind(head) === "syllable" && wordKind(tail) === "syllable") return false;
  return wordKind(head + tail) === "syllable";
}

/** A cell's visual lines → one line: a space between lines, none where a word, year or amount was broken. */
export function joinVisualLines(lines: string[]): string {
  return lines.reduce((acc, l) => (!acc ? l : gluedAcrossLines(acc, l) ? acc + l : `${acc} ${l}`), "");
}

const CODE_LINE = /^\d{1,2}\s*\.\s*\d{1,2}:?$/;

/**
 * Lines whose row start holds the first visual line of every cell, the criterion's next words on lines of their
 * own: "2 Tiêu Nhân viên …" + "chí" + "2.3" → "2 Tiêu chí 2.3 Nhân viên …"; "3 TC Bổ sung …" + "3.5" → "3 TC 3.5 …".
 */
export function mendCriterionStarts(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const tieu = /^(\d{1,3}\s+)?(Tiêu|TIÊU)\s+(?!chí|chuẩn|CHÍ|CHUẨN)(\S.*)$/.exec(l);
    const word = lines[i + 1] ?? "";
    if (tieu && /^(chí|chuẩn|CHÍ|CHUẨN)$/.test(word) && CODE_LINE.test(lines[i + 2] ?? "")) {
      out.push(`${tieu[1] ?? ""}${tieu[2]} ${word} ${lines[i + 2]} ${tieu[3]}`);
      i += 2;
      continue;
    }
    const tc = /^(\d{1,3}\s+)?(TC\.?)\s+(?!\d)(\S.*)$/.exec(l);
    if (tc && CODE_LINE.test(word)) {
      out.push(`${tc[1] ?? ""}${tc[2]} ${word} ${tc[3]}`);
      i += 1;
      continue;
    }
    out.push(l);
  }
  return out;
}
