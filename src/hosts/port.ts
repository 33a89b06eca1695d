/**
 * The port: "a place a plan lives". Every host (Excel, Word, files) implements it.
 * Adapters move data; they never decide what is valid (that is src/core's job).
 */
import type { CellPos, Finding, Plan, SchoolContext, TemplateId } from "../core/types";

export type HostKind = "excel" | "word" | "file" | "browser";

export interface HostCapabilities {
  /** Free-form feature flags, e.g. "dataValidation", "comments", "notes", "contentControls". */
  [feature: string]: boolean;
}

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
  | { status: "unsupported"; message: string };

/** A drafted plan to insert (the gap board's draft): tables in order, each with an optional heading line. */
export interface DraftInsert {
  tables: { heading: string | null; rows: string[][]; headerRows: number }[];
  /** Write even over non-empty cells (only after the user confirmed). */
  overwrite?: boolean;
}

export interface ReadResult {
  /** One entry per plan table found (Word documents may hold several). */
  plans: Plan[];
  /** Vietnamese messages about what could not be read (merged cells …). */
  problems: string[];
}

export interface PlanHost {
  readonly kind: HostKind;
  capabilities(): Promise<HostCapabilities>;
  insertTable(options: InsertOptions): Promise<InsertResult>;
  read(context?: Partial<SchoolContext>): Promise<ReadResult>;
  /** Inserts a drafted plan at the selection / cursor, never over content without confirmation (Excel, Word). */
  insertDraft?(draft: DraftInsert): Promise<InsertResult>;
  markFindings(findings: Finding[], plan?: Plan): Promise<void>;
  clearMarks(): Promise<void>;
  /** Move the user's selection to a cell of a plan read earlier. */
  select(pos: CellPos, plan?: Plan): Promise<void>;
}
