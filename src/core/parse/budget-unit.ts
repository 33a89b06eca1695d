/**
 * The budget column's unit given once in its header ("Kinh phí (triệu đồng)"), and the reading of one written number
 * ("2,5", "1.500", "15.000.000"). Apart from parse/budget.ts so that what only needs these (rendering a plan into a
 * new table) does not load the whole budget parser: the task pane's first load stays within its budget.
 */
import { foldDiacritics } from "../text/normalize";

/**
 * The value of a number as written ("10.000.000", "1,5"), or null when its grouping is broken ("1.000,000",
 * "10.0000"). The regexes that find numbers give no empty part (`\d+(?:[.,]\d+)*`).
 */
export function interpretNumber(raw: string, hasUnit: boolean): number | null {
  const parts = raw.split(/[.,]/);
  if (parts.length === 1) return Number(raw);
  const seps = raw.replace(/\d/g, "");
  const tail = parts.slice(1);
  const grouped = parts[0].length <= 3 && tail.every((p) => p.length === 3);
  if (grouped) {
    // "1.500" with unit triệu is read as 1500 triệu only when clearly grouped; decimals use 1-2 digits.
    if (new Set(seps).size > 1) return null; // "1.000,000"
    return Number(parts.join(""));
  }
  if (parts.length === 2 && tail[0].length <= 2) return Number(parts[0] + "." + tail[0]);
  // "1500.000 nghìn": a broken first group is read as grouped only before a unit of a thousand or more.
  if (parts.length === 2 && hasUnit && tail[0].length === 3) return Number(parts.join(""));
  return null;
}

/**
 * The unit a budget column's header gives its bare numbers: "Kinh phí (triệu đồng)", "Kinh phí (tr.đ)", "Dự kiến kinh
 * phí (ĐVT: nghìn đồng)", "Kinh phí (1.000 đ)" → 1,000,000 or 1,000; null when the header names no unit above the
 * đồng ("Kinh phí", "Kinh phí (đồng)", "Kinh phí (VNĐ)").
 *
 * What a cell under such a header means: the secretary wrote the unit once, in the header, so a bare "5" is 5 triệu
 * = 5,000,000 đ and "2,5" (a decimal comma) is 2,500,000 đ — in every form the plan arrives in (.docx, .xlsx, PDF,
 * paste), since all of them reach the reader as a grid with the header row. A cell with a unit of its own keeps
 * it ("500.000 đ", "3 triệu"); a bare number written in full ("5.000.000", whose value in the header's unit would be
 * 100 tỷ or more) is read in đồng; "0" is no spending, as "Không".
 */
export function budgetUnitOf(header: string): number | null {
  const f = foldDiacritics(String(header ?? "").normalize("NFC"))
    .toLowerCase()
    .replace(/\s+/g, " ");
  // The unit in brackets, or after "ĐVT:" / "đơn vị tính:" / "đơn vị:" (also inside the brackets).
  for (const m of f.matchAll(/\(([^)]*)\)|(?:dvt|don vi(?: tinh)?)\s*:\s*([^;,()]*)/g)) {
    const unit = (m[1] ?? m[2])
      .replace(/^\s*(?:dvt|don vi(?: tinh)?)\s*:/, "")
      .replace(/[\s.]+$/, "")
      .trim();
    if (/^(?:trieu|tr\.?)\s*(?:dong|d|vnd)?$|^trd$/.test(unit)) return 1e6;
    if (/^(?:nghin|ngan)\s*(?:dong|d|vnd)?$|^1[.,]?000\s*(?:dong|d|vnd)$/.test(unit)) return 1e3;
    if (/^(?:ty|ti)\s*(?:dong|d|vnd)?$/.test(unit)) return 1e9;
  }
  return null;
}

/** A bare number's value in đồng under a header unit (see budgetUnitOf): in full when it would be 100 tỷ or more. */
export const inColumnUnit = (value: number, column: number) => (value * column >= 1e11 ? value : value * column);

/**
 * A budget cell copied out of its column (into a table whose header names no unit, e.g. a Biểu 2 draft): a bare
 * number gets the header's unit written after it ("2,5" under "Kinh phí (triệu đồng)" → "2,5 triệu đồng"), so it
 * keeps its value; anything else is copied as written.
 */
export function withColumnUnit(text: string, column: number | undefined): string {
  const m = /^\s*(\d+(?:[.,]\d+)*)\s*$/.exec(text);
  const value = m && column && column > 1 ? interpretNumber(m[1], true) : null;
  if (!m || !value || inColumnUnit(value, column!) === value) return text;
  const word = column === 1e9 ? "tỷ đồng" : column === 1e6 ? "triệu đồng" : column === 1e3 ? "nghìn đồng" : null;
  return word ? `${m[1]} ${word}` : text;
}
