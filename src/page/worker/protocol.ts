/** Messages between the page and its plan worker (parse, check, edit and save off the main thread). */
import type { Finding, Plan } from "../../core/types";
import type { FileKind } from "../../hosts/file/index";

export interface Analysis {
  name: string;
  kind: FileKind;
  plan: Plan;
  findings: Finding[];
  /** Reading problems, and the "no plan table" message when the file holds none. */
  problems: string[];
  /** The catalog's criteria as "Tiêu chí 1.4: …", for one shared list. */
  criteria: string[];
  /** Milliseconds spent in the worker (open + read + check). */
  ms: number;
  /** Characters of text in the file's grids: a small plan with much text stays in the worker too. */
  chars?: number;
  /** Characters of the file's longest cell (a real plan's are a few hundred). */
  longest?: number;
}

export type WorkerRequest =
  | { id: number; type: "open"; bytes: Uint8Array; name: string; lang: "vi" | "en" }
  | { id: number; type: "edit"; row: number; col: number; text: string }
  | { id: number; type: "check" }
  | { id: number; type: "save" };

export type WorkerReply =
  | { id: number; ok: true; analysis?: Analysis; bytes?: Uint8Array }
  | { id: number; ok: false; error: string; /** a FileProblem: the file's own fault, said as is */ problem: boolean };
