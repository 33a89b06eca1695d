/**
 * Findings of the pasted-text box point into the pasted grid only (issue 11, defect 10): the character range of a
 * grid cell in the text the user pasted, to select it in the box. Never a position in the document.
 */
import type { CellPos } from "../core/types";

/** [start, end) of the cell in the pasted text; the whole line when the row has no tabs; null when unknown. */
export function pastedCellRange(text: string, pos: CellPos): { start: number; end: number } | null {
  const lines = text.split("\n");
  // Row numbers follow the lines only when no cell spans lines (a quoted cell with a line break).
  if (/"[^"\t]*\n/.test(text) || pos.row < 0 || pos.row >= lines.length) return null;
  let start = 0;
  for (let r = 0; r < pos.row; r++) start += lines[r].length + 1;
  const line = lines[pos.row].replace(/\r$/, "");
  if (!line.includes("\t")) return { start, end: start + line.length };
  const cells = line.split("\t");
  if (pos.col >= cells.length) return { start, end: start + line.length };
  for (let c = 0; c < pos.col; c++) start += cells[c].length + 1;
  return { start, end: start + cells[pos.col].length };
}

/**
 * What to select in the box for a finding on the cell at `pos` whose text is `cellText`: that cell's own place
 * (two rows with the same text each select their own), its surrounding spaces left out. When the rows do not follow
 * the lines (a PDF viewer's copy rebuilt into a table, a Markdown separator line), the first place the text occurs.
 */
export function pastedSelection(text: string, pos: CellPos, cellText: string): { start: number; end: number } | null {
  const wanted = cellText.split("\n")[0].trim();
  if (!wanted) return null;
  const range = pastedCellRange(text, pos);
  if (range) {
    const raw = text.slice(range.start, range.end);
    if (raw.trim().normalize("NFC") === wanted.normalize("NFC")) {
      const start = range.start + (raw.length - raw.trimStart().length);
      return { start, end: start + raw.trim().length };
    }
  }
  const at = text.indexOf(wanted);
  return at >= 0 ? { start: at, end: at + wanted.length } : null;
}
