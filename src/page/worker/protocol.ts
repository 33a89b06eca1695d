/** Messages between the page and its plan worker (parse, check, edit and save off the main thread). */
import type { Finding, Plan, SchoolContext } from "../../core/types";
import type { FileKind } from "../../hosts/file/index";
import type { LangText } from "../../core/text/message";

export interface Analysis {
  name: string;
  kind: FileKind;
  plan: Plan;
  findings: Finding[];
  /** Reading problems, and the "no plan table" message when the file holds none. */
  problems: LangText[];
  /** The catalog's criteria as "Tiêu chí 1.4: …", for one shared list. */
  criteria: string[];
  /** Milliseconds spent in the worker (open + read + check). */
  ms: number;
  /**
   * A Word or PDF plan's table and row of each grid row (null outside any table), so the page names places as the
   * file does ("Bảng 1 · dòng 6"); absent for a workbook or a text file (their own rows are the place).
   */
  tableRows?: ({ table: number; row: number } | null)[];
  /** Characters of text in the file's grids: a small plan with much text stays in the worker too. */
  chars?: number;
  /** Characters of the file's longest cell (a real plan's are a few hundred). */
  longest?: number;
}

/**
 * The context bar's values a check reads with, as the page's own view does: `overrides` (what the user chose) win
 * over the document; `fallbacks` fill only what the document does not say.
 */
export interface CheckContext {
  overrides: Partial<SchoolContext>;
  fallbacks: Partial<SchoolContext>;
}

export type WorkerRequest =
  /** `pasted`: text pasted into the page, `name` its title ("Bảng dán"), not a file's name. */
  | { id: number; type: "open"; bytes: Uint8Array; name: string; lang: "vi" | "en"; pasted?: boolean }
  | { id: number; type: "edit"; row: number; col: number; text: string }
  /** `context`: the context bar changed; this check and every later one read with it (until another file opens). */
  | { id: number; type: "check"; context?: CheckContext }
  | { id: number; type: "save" }
  /** The single-file report of the plan as it stands (same writer as the page's small view). */
  | { id: number; type: "report"; kind: "xlsx" | "html"; now?: number };

export type WorkerReply =
  | { id: number; ok: true; analysis?: Analysis; bytes?: Uint8Array; text?: string; savedAs?: string }
  | {
      id: number;
      ok: false;
      error: string;
      /** The error's English, when it has one (a FileProblem, a TextError). */
      errorEn?: string;
      /** a FileProblem: the file's own fault, said as is */
      problem: boolean;
      /** the FileProblem's code ("scanned": the page reads it by OCR instead) */
      code?: string;
    };
