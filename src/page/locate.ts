/** Where a finding of an opened file is, in that file's terms: A1 for .xlsx, "Bảng 2 · dòng 5" for .docx and .pdf. */
import type { CellPos, Plan } from "../core/types";
import type { OpenedFile } from "../hosts/file/index";
import { documentLocator, pastedLocator, sheetLocator, type Locator } from "../taskpane/findings/model";
import type { Lang } from "../taskpane/i18n";

/**
 * The table (0-based, in document order) and row within it of every grid row of a .docx: grid rows made of table
 * cells (w:tc) that follow each other form one table; paragraphs (w:p) are outside any table.
 */
export function docxTableRows(file: OpenedFile): ({ table: number; row: number } | null)[] {
  const doc = file.docx?.doc;
  if (!doc) return [];
  const out: ({ table: number; row: number } | null)[] = [];
  let table = -1;
  let row = 0;
  let inTable = false;
  for (let r = 0; r < doc.grid.length; r++) {
    const isCell = doc.cells.get(`${r}:0`)?.node.name === "w:tc";
    if (!isCell) {
      inTable = false;
      out.push(null);
      continue;
    }
    if (!inTable) {
      table++;
      row = 0;
      inTable = true;
    }
    out.push({ table, row: row++ });
  }
  return out;
}

export function fileLocator(file: OpenedFile, plan: Plan, lang: Lang): Locator {
  if (file.kind === "xlsx") return sheetLocator(lang);
  if (file.kind === "docx") {
    const rows = docxTableRows(file);
    return documentLocator(plan, lang, (pos: CellPos) => rows[pos.row] ?? null);
  }
  if (file.kind === "pdf") {
    // A PDF has no cell addresses and its line numbers mean nothing to the reader: rows of the rebuilt plan table
    // are counted from its header row (as for a .docx table); paragraphs before it belong to the document.
    const header = plan.headerRow;
    return documentLocator(plan, lang, (pos: CellPos) =>
      header >= 0 && pos.row >= header ? { table: 0, row: pos.row - header } : null,
    );
  }
  return pastedLocator(plan, lang);
}
