/**
 * The port: "a place a plan lives". Every host (Excel, Word, files) implements it.
 * Adapters move data; they never decide what is valid (that is src/core's job).
 */
import type { Catalog, CellPos, Finding, Plan, SchoolContext, TemplateId } from "../core/types";
import type { DocPart } from "../core/docparts/index";
import type { LangText } from "../core/text/message";

/**
 * What a host says to the user, in both languages: the UI shows one at a time, Vietnamese first. A message the
 * adapters have only in Vietnamese is the same text in both (`viOnly`).
 */
export type HostText = LangText;
export { viOnly } from "../core/text/message";

export type HostKind = "excel" | "word" | "file" | "browser";

/**
 * What this host, in this Office version, can do; each adapter derives it from the requirement sets Office reports.
 * The pane shows an action when its flag is true and calls the optional method named beside it. An action whose
 * flag is true on an Office too old for part of it says so itself (a Vietnamese message), it never fails silently.
 */
export interface HostCapabilities {
  /** read(): the plan table(s) of the document. */
  read: boolean;
  /** insertTable(): a new plan table ("Chèn bảng kế hoạch"). */
  insert: boolean;
  /** markFindings() shows on the document (shading, notes, comments); otherwise the findings list only. */
  marks: boolean;
  /** insertDraft(): the gap board's drafted plan written into the document. */
  insertDraft: boolean;
  /** setupDropdowns(): criterion and level dropdowns on the sheet ("Tạo danh sách chọn tiêu chí"). */
  dropdowns: boolean;
  /** insertTotalRow(): the budget total row under the table. */
  totalRow: boolean;
  /** insertBieu2Tables(): the TT 57/2026 Biểu 2 tables of sections IV, V, VI. */
  bieu2Tables: boolean;
  /** insertBieu2(): the whole Biểu 2 (sections I–VIII). */
  wholeBieu2: boolean;
  /** insertDocumentParts(): header block, title and "Căn cứ". */
  documentParts: boolean;
  /** checkDocument(): the document's layout (thể thức) around the table. */
  checkLayout: boolean;
  /** startLiveCheck(): re-check while the user edits. */
  liveCheck: boolean;
  /** fillCriterionAtCursor(): the criterion search writing at the cursor. */
  pickCriterion: boolean;
  /** Requirement-set details behind the flags (e.g. "dataValidation", "comments"), for reports and tests. */
  features: Readonly<Record<string, boolean>>;
}

/** Where a grid position of the last read came from in a Word document. */
export type WordOrigin =
  { kind: "paragraph"; index: number } | { kind: "cell"; table: number; row: number; col: number };

export interface InsertOptions {
  template: TemplateId;
  context: SchoolContext;
  /** Write even over non-empty cells (only after the user confirmed). */
  overwrite?: boolean;
}

export type InsertResult =
  | { status: "inserted"; rows: number }
  /** Non-empty cells would be overwritten: the UI shows them and asks; nothing was written. */
  | { status: "needs-confirmation"; occupied: { address: string; text: string }[] }
  | { status: "unsupported"; message: HostText };

/** A drafted plan to insert (the gap board's draft): tables in order, each with an optional heading line. */
export interface DraftInsert {
  tables: { heading: string | null; rows: string[][]; headerRows: number }[];
  /** Write even over non-empty cells (only after the user confirmed). */
  overwrite?: boolean;
}

export interface ReadResult {
  /** One entry per plan table found (Word documents may hold several). */
  plans: Plan[];
  /** What could not be read (merged cells …), in both languages. */
  problems: HostText[];
}

/**
 * The whole contract between the UI and a host. Every host has the required members; the UI calls an optional one
 * only when the capability named in its comment is true (it reads capabilities(), it never probes for members).
 */
export interface PlanHost {
  readonly kind: HostKind;
  capabilities(): HostCapabilities;
  /** Writes the plan table; the catalog (when known) fills the criterion columns and dropdowns. */
  insertTable(options: InsertOptions, catalog?: Catalog | null): Promise<InsertResult>;
  read(context?: Partial<SchoolContext>): Promise<ReadResult>;
  markFindings(findings: Finding[], plan?: Plan): Promise<void>;
  /** As markFindings, with what could not be marked, in Vietnamese (null when everything was). */
  markFindingsReport?(findings: Finding[], plan?: Plan): Promise<{ message: HostText | null }>;
  clearMarks(): Promise<void>;
  /**
   * As clearMarks, with what this Office could not remove (marks a newer Office made), in Vietnamese; null when
   * everything KHCT had added is gone.
   */
  clearMarksReport?(): Promise<{ message: HostText | null }>;
  /** Move the user's selection to a cell of a plan read earlier. */
  select(pos: CellPos, plan?: Plan): Promise<void>;

  /** capabilities.insertDraft: a drafted plan at the selection / cursor, never over content without confirmation. */
  insertDraft?(draft: DraftInsert): Promise<InsertResult>;
  /** capabilities.dropdowns */
  setupDropdowns?(catalog: Catalog, plan: Plan): Promise<{ ok: boolean; message: HostText }>;
  /** capabilities.totalRow */
  insertTotalRow?(plan: Plan, totalVnd: number, words: string, overwrite?: boolean): Promise<InsertResult>;
  /** capabilities.bieu2Tables */
  insertBieu2Tables?(context: SchoolContext, overwrite?: boolean): Promise<InsertResult>;
  /** capabilities.wholeBieu2 */
  insertBieu2?(context: SchoolContext): Promise<void>;
  /** capabilities.documentParts */
  insertDocumentParts?(parts: DocPart[]): Promise<void>;
  /** capabilities.checkLayout */
  checkDocument?(plan: Plan): Promise<Finding[]>;
  /** capabilities.liveCheck: returns the function that stops it. */
  startLiveCheck?(
    onResult: (r: ReadResult) => void,
    debounceMs?: number,
    catalog?: Catalog | null,
    onPicked?: (r: { status: string; message: HostText }) => void,
    /** The level and year chosen now, read at every re-check (the live findings are those of "Kiểm tra"). */
    context?: () => Partial<SchoolContext> | undefined,
  ): Promise<() => Promise<void>>;
  /** capabilities.pickCriterion */
  fillCriterionAtCursor?(catalog: Catalog, code: string): Promise<{ ok: boolean; message: HostText }>;

  /** Excel: sheet position of a grid position of the last read (findings name sheet cells). */
  toSheet?(pos: CellPos): CellPos;
  /** Word: the table cell or paragraph a grid position of the last read came from. */
  originOf?(pos: CellPos): WordOrigin | undefined;
}
