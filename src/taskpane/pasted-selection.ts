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
