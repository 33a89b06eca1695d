/**
 * Page furniture in text copied out of a PDF viewer one visual line at a time (`pdftotext -raw`, pdf.js): a running
 * head printed at the top of every page ("Trường THPT Hùng Vương - Kế hoạch cải tiến chất lượng năm học" /
 * "2026-2027") comes back between a table's rows — often inside a row split by the page break — and would be read
 * as the row's text. The head is the text's first lines where they recur further on, line for line. Also the lines
 * that end a table or number its pages, as these texts write them.
 */

/**
 * A section heading ending the table ("IV. TỔ CHỨC THỰC HIỆN", "3. Tổ chức thực hiện"), not a standard's group row
 * numbered with a Roman numeral inside it ("I. Tiêu chuẩn 1: Quản trị nhà trường …", a Biểu 2 plan's).
 */
export const SECTION = /^([IVX]+|\d+)\.\s+\S/;
export const STANDARD_GROUP = /^[IVX]+\.\s*(?:Tiêu chuẩn|TIÊU CHUẨN)\s*\d/;
export const romanSection = (l: string) => /^[IVX]+\.\s+\S/.test(l) && !STANDARD_GROUP.test(l);

/** A page number on a line of its own. */
// ("- 3 -", "Trang 3", "Trang 3/10"; not "9-", a range's start wrapped: "Tháng" / "9-" / "12/2025")
export const PAGE_NUMBER = /^-\s*\d{1,3}\s*-$|^(trang\s*)?\d{1,3}$|^(trang\s*)?\d{1,3}\s*\/\s*\d{1,3}$/i;

/** The fewest times a page's first line must recur to be a running head (a three-page table at least). */
const MIN_RECURRENCES = 2;
/** A running head's first line is a sentence, not a word ("2026-2027", "TT" recur as cells). */
const MIN_HEAD_LENGTH = 20;

/** The lines without the running head's recurrences after the first page (its first printing is kept). */
export function withoutRunningHeads(lines: string[]): string[] {
  const first = lines[0];
  if (!first || first.length < MIN_HEAD_LENGTH) return lines;
  const at = lines.map((l, i) => (i > 0 && l === first ? i : -1)).filter((i) => i > 0);
  if (at.length < MIN_RECURRENCES) return lines;
  // the head's further lines: as many as follow it alike at every recurrence (at most two more)
  let size = 1;
  while (size < 3 && at.every((i) => lines[i + size] === lines[size])) size++;
  const dropped = new Set(at.flatMap((i) => [...Array(size).keys()].map((d) => i + d)));
  return lines.filter((_, i) => !dropped.has(i));
}
