/**
 * Specks in the table cells of a "searchable" scan's OCR layer: where Tesseract met a dotted border it wrote lines of
 * one letter or a few marks ("b", "A", "`", ": ‹ š") inside the cells, between the real lines. A line of a table
 * cell with no digit, at most one letter and nothing else but punctuation is dropped; a cell of only such a line is
 * kept as it is (it may be a mark the school wrote: "x"). Pure: used on grids read from an OCR layer only.
 */

/** A letter (no \p{L}: ES2017 engines); everything else on a line without digits is a mark. */
const LETTER = /[A-Za-zÀ-ỹĐđ]/g;

/** Words of one letter that may end a wrapped line of a cell ("ở", "ý", "y" of "y tế", "à"). */
const ONE_LETTER_WORDS = /^[ởýyà][,.;:]?$/;

function isSpeck(line: string): boolean {
  const t = line.trim();
  if (!t || /\d/.test(t) || ONE_LETTER_WORDS.test(t)) return false;
  // One letter and marks around it, or marks only (no word of Vietnamese is a lone capital with a quote).
  return (t.match(LETTER)?.length ?? 0) <= 1;
}

/** The grid with speck lines dropped from the cells of table rows (rows of more than one cell). */
export function dropSpeckLines(grid: string[][]): string[][] {
  return grid.map((row) =>
    row.length < 2
      ? row
      : row.map((cell) => {
          const lines = cell.split("\n");
          if (lines.length < 2) return cell;
          const kept = lines.filter((l) => !isSpeck(l));
          return kept.length ? kept.join("\n") : cell;
        }),
  );
}
