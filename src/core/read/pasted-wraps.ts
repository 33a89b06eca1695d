/**
 * What a narrow cell's edge does to a pasted table's visual lines (one line per visual line of each cell: Chromium/Edge
 * and Firefox viewers, `pdftotext -raw`), undone before the rows are put together:
 * - a word broken inside ("Khôn" / "g phát sinh", "mạng/m" / "ục tiêu", "Tiê" / "u chí") is joined when a piece
 *   alone is no Vietnamese syllable and the two together are one;
 * - a year broken inside ("12/202" / "6", "10/202" / "6 -") and a range's second year ("2026-" / "2027") are joined;
 * - an amount broken in its last thousands group ("5.000.00" / "0/năm") is joined — a short number such as a
 *   criterion code ("5.3" / "100% học sinh") is not;
 * - a row's criterion whose words came apart ("2 Tiêu Nhân viên Cử nhân viên … HK II Không", then "chí", "2.3"
 *   on lines of their own, or further down past a page break) gets them back ("2 Tiêu chí 2.3 Nhân viên …").
 */
import { wordKind } from "../text/garble";
import { LETTER_CLASS_ES2017 } from "../text/regex-compat";

const LAST_LETTERS = new RegExp(`[${LETTER_CLASS_ES2017}]+$`);
const FIRST_LETTERS = new RegExp(`^[${LETTER_CLASS_ES2017}]+`);

/** Whether `next` goes on `line` without a space: a word, a year or an amount broken at a cell's edge. */
export function gluedAcrossLines(line: string, next: string): boolean {
  // a year: "12/202" + "6", "Quý II/202" + "6", "2026-" + "2027"
  const yearHead = /(?:^|\D)(?:\d{1,2}|\b[IV]{1,3})\/(\d{1,3})$/.exec(line);
  const yearTail = /^(\d{1,3})(?!\d)/.exec(next);
  if (yearHead && yearTail && yearHead[1].length + yearTail[1].length === 4) return true;
  if (/(?:^|\D)\d{4}[-–]$/.test(line) && /^\d{4}(?!\d)/.test(next)) return true;
  // a date broken in its month or before its year: "15/1" + "0/20", "30/4/" + "2026"
  if (/(?:^|[^\d/])\d{1,2}\/1$/.test(line) && /^[0-2]\/\d{1,4}(?![\d/])/.test(next)) return true;
  if (/(?:^|[^\d/])\d{1,2}\/0$/.test(line) && /^[1-9]\/\d{1,4}(?![\d/])/.test(next)) return true; // "15/0" + "1/20"
  // "01/9" + "/202" (the day and month on one line, the year's slash on the next)
  if (/(?:^|[^\d/])\d{1,2}\/\d{1,2}$/.test(line) && /^\/\d{1,4}(?![\d/])/.test(next)) return true;
  if (/(?:^|[^\d/])\d{1,2}\/\d{1,2}\/$/.test(line) && /^\d{4}(?!\d)/.test(next)) return true;
  // an amount in thousands groups, its last group short: "5.000.00" + "0/năm"
  if (/(?:^|[^\d.,])\d{1,3}(?:[.,]\d{3})+[.,]\d{1,2}$/.test(line) && /^\d/.test(next)) return true;
  // an amount whose last group has a digit too many, its unit on the next line: "15.000.000" + "0 đ"
  if (/(?:^|[^\d.,])\d{1,3}(?:[.,]\d{3})+$/.test(line) && /^\d{1,2}\s*(?:đ|đồng|vnđ)(?=\s|$)/.test(next)) return true;
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
 * A row's lines whose criterion's words came apart: the row's first line holding the first visual line of every
 * cell ("2 Tiêu Nhân viên Cử nhân viên … HK II Không"), or a page break between "Tiêu" and "chí" — the criterion's
 * next words ("chí", "2.3"; for "TC" its code) further down on lines of their own are put back after its head:
 * "2 Tiêu chí 2.3 Nhân viên …", "3 TC 3.5 Bổ sung …".
 */
export function mendCriterionStart(row: string[]): string[] {
  for (let i = 0; i < Math.min(2, row.length); i++) {
    const tieu = /^(\d{1,3}\s+)?(Tiêu|TIÊU)(?:\s+(?!chí|chuẩn|CHÍ|CHUẨN)(\S.*))?$/.exec(row[i]);
    if (tieu) {
      const j = row.findIndex((l, k) => k > i && /^(chí|chuẩn|CHÍ|CHUẨN)$/.test(l) && CODE_LINE.test(row[k + 1] ?? ""));
      if (j < 0) return row;
      const head = `${tieu[1] ?? ""}${tieu[2]} ${row[j]} ${row[j + 1]}${tieu[3] ? ` ${tieu[3]}` : ""}`;
      return [...row.slice(0, i), head, ...row.slice(i + 1, j), ...row.slice(j + 2)];
    }
    const tc = /^(\d{1,3}\s+)?(TC\.?)(?:\s+(?!\d)(\S.*))?$/.exec(row[i]);
    if (tc) {
      const j = row.findIndex((l, k) => k > i && CODE_LINE.test(l));
      if (j < 0) return row;
      const head = `${tc[1] ?? ""}${tc[2]} ${row[j]}${tc[3] ? ` ${tc[3]}` : ""}`;
      return [...row.slice(0, i), head, ...row.slice(i + 1, j), ...row.slice(j + 1)];
    }
  }
  return row;
}
