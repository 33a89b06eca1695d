/**
 * Where a finding is, in the opened file's own terms: the A1 address in a workbook; "Bảng 2 · dòng 5 · cột Thời
 * gian" in a Word document or a PDF (rows counted from the table's first row, as a reader counts them); the line and
 * column of a text file. A finding in a paragraph outside any table has no place (it belongs to the document).
 * Used by the command line and the reports; the page's findings list counts table rows the same way.
 */
import type { CellPos, Finding, Plan } from "../../core/types";
import { columnLetter } from "../../core/rules/finding";
import { columnName } from "../../core/columns";
import type { OpenedFile } from "./index";
import type { DocxGrid } from "./docx";

export interface TableRow {
  /** 0-based table in document order. */
  table: number;
  /** 0-based row within that table. */
  row: number;
}

/**
 * The table and row of every grid row of a .docx: grid rows made of table cells (w:tc) that follow each other form
 * one table; paragraphs (w:p) are outside any table.
 */
export function docxTableRows(file: OpenedFile): (TableRow | null)[] {
  return file.docx ? docxGridTableRows(file.docx.doc) : [];
}

/** As docxTableRows, from the document's grid itself (before the file is opened whole). */
export function docxGridTableRows(doc: DocxGrid): (TableRow | null)[] {
  const out: (TableRow | null)[] = [];
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

/**
 * A document's table rows, or null for a workbook or a text file (their own rows and columns are the place). A PDF
 * has no cell structure to count: the rebuilt plan table's rows count from its header; paragraphs before it have none.
 */
export function tableRowOf(file: OpenedFile, plan: Plan): ((pos: CellPos) => TableRow | null) | null {
  if (file.kind === "docx") {
    const rows = docxTableRows(file);
    return (pos) => rows[pos.row] ?? null;
  }
  // A photo (.jpg/.png) is read by OCR like a scanned PDF: its rebuilt table's rows count from its header too.
  if (file.kind === "pdf" || file.kind === "jpg" || file.kind === "png") {
    const header = plan.headerRow;
    return (pos) => (header >= 0 && pos.row >= header ? { table: 0, row: pos.row - header } : null);
  }
  return null;
}

const WORDS = {
  vi: { table: "Bảng", tableRow: "dòng", row: "Dòng", column: "cột", document: "Văn bản" },
  en: { table: "Table", tableRow: "row", row: "Row", column: "column", document: "Document" },
};

/**
 * A finding's place as data, in the file's own terms (the `location` of `kehoach check --json`): a workbook's cell;
 * a Word or PDF table's row and column (1-based, rows counted from the table's first row); a text file's line and
 * column; the document outside any table.
 */
export type Location =
  | { kind: "cell"; ref: string }
  | { kind: "table"; table: number; row: number; column: string }
  | { kind: "line"; line: number; column: string }
  | { kind: "document" };

export interface FilePlaces {
  /** A grid row's place ("Dòng 29", "Bảng 2 · dòng 5"), or null for a paragraph outside any table. */
  row(row: number): string | null;
  /** A cell within its row: the A1 address in a workbook, else "cột Thời gian". */
  cell(pos: CellPos): string;
  /** The whole place of a finding in one text; "Văn bản" for the document outside any table. */
  of(f: Finding): string;
  /** The same place as data. */
  locate(f: Finding): Location;
}

export function filePlaces(file: OpenedFile, plan: Plan, lang: "vi" | "en"): FilePlaces {
  const w = WORDS[lang];
  const tables = tableRowOf(file, plan);
  const row = (r: number): string | null => {
    if (!tables) return `${w.row} ${r + 1}`;
    const at = tables({ row: r, col: 0 });
    return at ? `${w.table} ${at.table + 1} · ${w.tableRow} ${at.row + 1}` : null;
  };
  const cell = (pos: CellPos) =>
    file.kind === "xlsx"
      ? `${columnLetter(pos.col)}${pos.row + 1}`
      : `${w.column} ${columnName(plan, pos.col, lang) ?? pos.col + 1}`;
  return {
    row,
    cell,
    of(f) {
      if (!f.cell) return w.document;
      if (file.kind === "xlsx") return cell(f.cell);
      const r = row(f.cell.row);
      return r ? `${r} · ${cell(f.cell)}` : w.document;
    },
    locate(f) {
      if (!f.cell) return { kind: "document" };
      if (file.kind === "xlsx") return { kind: "cell", ref: `${columnLetter(f.cell.col)}${f.cell.row + 1}` };
      const column = columnName(plan, f.cell.col, lang) ?? String(f.cell.col + 1);
      if (!tables) return { kind: "line", line: f.cell.row + 1, column };
      const at = tables(f.cell);
      return at ? { kind: "table", table: at.table + 1, row: at.row + 1, column } : { kind: "document" };
    },
  };
}
