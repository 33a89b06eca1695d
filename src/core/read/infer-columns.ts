/**
 * A plan table whose period column's label was not recognised ("Thời gian" read as "bọn Ø" by an OCR layer, or a
 * label the header patterns do not know) still has its periods: an unlabelled column whose body cells are mostly
 * periods ("HK I", "Tháng 9 - 12/2025", "Cả năm học") is the period column.
 */
import { foldDiacritics } from "../text/normalize";
import { parsePeriod } from "../parse/period";
import { isBlank, stripTags } from "./headers";
import type { Region } from "./regions";

const PERIOD_WORDS = /thang|hoc ky|\bhk\b|nam hoc|\bquy\b|\d{1,2}\s*\/\s*\d{4}/;

export function inferPeriodColumn(grid: string[][], region: Region, schoolYear: string | null): void {
  const cols = region.header.columns;
  if (cols.period !== undefined) return;
  const taken = new Set(Object.values(cols));
  const width = Math.max(...grid.slice(region.header.row, region.end).map((r) => r?.length ?? 0));
  let best: { c: number; share: number } | null = null;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    let filled = 0;
    let periods = 0;
    for (let r = region.header.row + 1; r < region.end; r++) {
      const text = String(grid[r]?.[c] ?? "");
      if (isBlank(text)) continue;
      filled++;
      const kind = parsePeriod(text, schoolYear).kind;
      const known = kind !== "unparsed" && kind !== "empty";
      if (known && PERIOD_WORDS.test(foldDiacritics(stripTags(text)))) periods++;
    }
    const share = filled ? periods / filled : 0;
    if (periods >= 2 && share >= 0.6 && (!best || share > best.share)) best = { c, share };
  }
  if (best) cols.period = best.c;
}
