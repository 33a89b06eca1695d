/**
 * What every Word operation shares: the Office environment (injected, so tests run against a strict fake), the
 * requirement-set checks with the plain message shown when Word is too old, and where a grid cell lives.
 */
import type { WordOrigin } from "../port";

export interface WordEnv {
  run<T>(fn: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.diagnostics, when known. */
  diagnostics?(): { version: string; platform: string } | null;
}

export function officeEnv(): WordEnv {
  return {
    run: (fn) => Word.run(fn),
    isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v),
    diagnostics: () => {
      const d = Office.context?.diagnostics;
      return d ? { version: String(d.version ?? "?"), platform: String(d.platform ?? "?") } : null;
    },
  };
}

export function hasWordApi(env: WordEnv, version: string): boolean {
  try {
    return env.isSetSupported("WordApi", version);
  } catch {
    return false;
  }
}

/** Which Word versions carry a requirement set (Word JavaScript API requirement sets, Office.js reference). */
const WHERE: Record<string, string> = {
  "1.3": "Word 2019, Word 2021, Word 2024, Microsoft 365 hoặc Word trên web",
  "1.4": "Word 2024, Microsoft 365 hoặc Word trên web",
  "1.9": "Microsoft 365 (bản 2411 trở lên) hoặc Word trên web",
};

/** "<what> cần Word mới hơn (WordApi x.y: …)": the one message shown when Word is too old for an action. */
export function needsNewerWord(what: string, version: string): string {
  return `${what} cần Word mới hơn (WordApi ${version}: ${WHERE[version] ?? "Word mới hơn"}).`;
}

/** Thrown (and shown as is by the pane) when an action needs a newer Word: never an ApiNotFound from Office. */
export class NeedsNewerWord extends Error {
  constructor(
    what: string,
    readonly version: string,
  ) {
    super(needsNewerWord(what, version));
    this.name = "NeedsNewerWord";
  }
}

/** Where a grid cell lives in the document (after read). */
/** Where a grid position came from (the port's WordOrigin). */
export type Origin = WordOrigin;

/** The range of an origin, or null when the document no longer has it (edited since the read). */
export function rangeAt(
  origin: Origin,
  tables: Word.TableCollection,
  paragraphs: Word.ParagraphCollection,
): Word.Range | null {
  if (origin.kind === "paragraph") return paragraphs.items[origin.index]?.getRange("Whole") ?? null;
  const t = tables.items[origin.table];
  if (!t || origin.row >= t.values.length || origin.col >= (t.values[origin.row]?.length ?? 0)) return null;
  return t.getCell(origin.row, origin.col).body.getRange("Whole");
}

/** The text at an origin now (tables loaded with values, paragraphs with text), or null when it is gone. */
export function textAt(
  origin: Origin,
  tables: Word.TableCollection,
  paragraphs: Word.ParagraphCollection,
): string | null {
  if (origin.kind === "paragraph") return paragraphs.items[origin.index]?.text ?? null;
  const v = tables.items[origin.table]?.values?.[origin.row]?.[origin.col];
  return v === undefined ? null : String(v ?? "");
}

/**
 * The place new content goes after: the cursor, or the table around the cursor (Word nests a table inserted at a
 * position inside a cell, and a paragraph would land inside the cell). One sync, made by the caller.
 */
export function queueAnchor(context: Word.RequestContext): () => Word.Range | Word.Table {
  const table = context.document.getSelection().parentTableOrNullObject;
  table.load("rowCount");
  return () => (table.isNullObject ? context.document.getSelection() : table);
}
