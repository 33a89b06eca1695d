/** What the pane may use of an adapter beyond the port (each present only where the host offers it). */
import type { Catalog, CellPos, Finding, Plan, SchoolContext } from "../../core/types";
import type { InsertResult, PlanHost, ReadResult } from "../../hosts/port";
import type { planDocumentParts } from "../../core/docparts/index";

export interface HostExtras {
  insertBieu2?(context: SchoolContext): Promise<void>;
  fillCriterionAtCursor?(catalog: Catalog, code: string): Promise<{ ok: boolean; message: string }>;
  insertDocumentParts?(parts: ReturnType<typeof planDocumentParts>): Promise<void>;
  checkDocument?(plan: Plan): Promise<Finding[]>;
  insertBieu2Tables?(context: SchoolContext, overwrite?: boolean): Promise<InsertResult>;
  setupDropdowns?(catalog: Catalog, plan: Plan): Promise<{ ok: boolean; message: string }>;
  insertTotalRow?(
    plan: Plan,
    totalVnd: number,
    words: string,
    overwrite?: boolean,
  ): Promise<{ status: string; occupied?: { address: string; text: string }[] }>;
  startLiveCheck?(
    cb: (r: ReadResult) => void,
    ms?: number,
    catalog?: Catalog | null,
    onPicked?: (r: { status: string; message: string }) => void,
  ): Promise<() => Promise<void>>;
  markFindingsReport?(findings: Finding[], plan?: Plan): Promise<{ message: string | null }>;
  /** Excel: sheet position of a grid position of the last read. */
  toSheet?(pos: CellPos): CellPos;
  /** Word: the table cell or paragraph a grid position came from (last read). */
  originOf?(
    pos: CellPos,
  ): { kind: "paragraph"; index: number } | { kind: "cell"; table: number; row: number; col: number } | undefined;
}

export type PaneHost = PlanHost &
  HostExtras & {
    insertTable(options: Parameters<PlanHost["insertTable"]>[0], catalog?: Catalog | null): Promise<InsertResult>;
  };
