/**
 * What every Excel operation shares: the Office entry points (ExcelEnv, replaceable by the fake in tests), sheet
 * addresses, and the session state of one pane (the sheet last read, KHCT's marks, KHCT's own writes).
 */
import { columnLetter } from "../../core/rules/finding";
import { OwnWrites } from "./own-writes";

export const CATALOG_SHEET = "KHCT_DanhMuc";
export const FLAG_SHEET = "KHCT_KiemTra";
export const MARK_PREFIX = "[KHCT]";
export const FILL = { header: "#DDEBF7", section: "#F2F2F2", error: "#FDE7E9", warning: "#FFF4CE" };

export interface ExcelEnv {
  /**
   * Excel.run. With `reuse`, re-enters that RequestContext (Excel.run(context, batch)): event handlers can only be
   * removed with the context they were added in.
   */
  run<T>(fn: (context: Excel.RequestContext) => Promise<T>, reuse?: Excel.RequestContext): Promise<T>;
  isSetSupported(name: string, version?: string): boolean;
  /** Office.context.diagnostics (version, platform), when known. */
  diagnostics?(): { version: string; platform: string };
}

export function officeEnv(): ExcelEnv {
  return {
    run: (fn, reuse) => (reuse ? Excel.run(reuse, fn) : Excel.run(fn)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    diagnostics: () => {
      const d = Office.context.diagnostics;
      return { version: d?.version ?? "?", platform: String(d?.platform ?? "?") };
    },
  };
}

/** "C12" for a 0-based sheet position. */
export const addr = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
export const areaAddr = (row: number, col: number, rows: number, cols: number) =>
  `${addr(row, col)}:${addr(row + rows - 1, col + cols - 1)}`;
/** "'Kế hoạch'!B7": a sheet name quoted for an address. */
export const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export interface Origin {
  row: number;
  col: number;
  /** Name and ID of the sheet last read; the ID survives a rename. */
  sheet: string;
  sheetId: string;
}

/** State of one pane's Excel session, shared by the operation modules. */
export class ExcelSession {
  /** Sheet offset of the grid last read (grid positions → sheet positions). */
  origin: Origin = { row: 0, col: 0, sheet: "", sheetId: "" };
  /** ID (or name) of the sheet that carries KHCT's conditional formats (null when nothing is marked). */
  markedSheet: string | null = null;
  readonly writes = new OwnWrites();
  constructor(readonly env: ExcelEnv) {}

  api(version: string, set = "ExcelApi"): boolean {
    try {
      return this.env.isSetSupported(set, version);
    } catch {
      return false;
    }
  }

  /** The sheet last read (by ID, so a rename or a switch to another sheet in between does not matter). */
  sheetRead(context: Excel.RequestContext, id = this.origin.sheetId || this.origin.sheet): Excel.Worksheet {
    return id ? context.workbook.worksheets.getItem(id) : context.workbook.worksheets.getActiveWorksheet();
  }
}
