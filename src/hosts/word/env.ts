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

/**
 * Where a grid cell lives in the document (after read). `key` is the text of the whole row (or paragraph) at the
 * read and `nth` which occurrence of that text it was: a place is found again by its row's text, not its index, so
 * it survives rows and paragraphs added or deleted above it; when the row's text changed, the place is gone.
 */
export type Origin = WordOrigin & { key?: string; nth?: number };

/** The key of a table row (its cells' text) or of a paragraph. */
export const rowKey = (cells: readonly unknown[]) => cells.map((v) => String(v ?? "")).join("\u0001");

/**
 * Where each key occurs in a loaded list (table values or paragraphs), computed once per loaded array: a read or a
 * mark looks up every finding's place, and scanning the whole table for each would grow with rows × findings.
 */
const placesCache = new WeakMap<readonly unknown[], Map<string, number[]>>();
function placesByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  let places = placesCache.get(items);
  if (!places) {
    const built = new Map<string, number[]>();
    items.forEach((item, i) => {
      const k = keyOf(item);
      const at = built.get(k);
      if (at) at.push(i);
      else built.set(k, [i]);
    });
    placesCache.set(items, (places = built));
  }
  return places;
}

/** Index of the nth place of a key, or null (closest to `hint` when the count no longer matches). */
function nthWithKey(at: readonly number[] | undefined, nth: number, hint: number): number | null {
  if (!at?.length) return null;
  if (at.length > nth && at[nth] !== undefined) return at[nth];
  return at.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
}

/** Row (or paragraph) index of an origin now, or null when its text is no longer in the document. */
export function indexNow(
  origin: Origin,
  tables: Word.TableCollection,
  paragraphs: Word.ParagraphCollection | null,
): number | null {
  if (origin.kind === "paragraph") {
    if (!paragraphs) return null;
    if (origin.key === undefined) return origin.index;
    return nthWithKey(placesByKey(paragraphs.items, (p) => p.text).get(origin.key), origin.nth ?? 0, origin.index);
  }
  const t = tables.items[origin.table];
  if (!t) return null;
  if (origin.key === undefined) return origin.row;
  return nthWithKey(placesByKey(t.values, rowKey).get(origin.key), origin.nth ?? 0, origin.row);
}

/** The range of an origin, or null when the document no longer has it (edited since the read). */
export function rangeAt(
  origin: Origin,
  tables: Word.TableCollection,
  paragraphs: Word.ParagraphCollection,
): Word.Range | null {
  const i = indexNow(origin, tables, paragraphs);
  if (i === null) return null;
  if (origin.kind === "paragraph") return paragraphs.items[i]?.getRange("Whole") ?? null;
  const t = tables.items[origin.table];
  if (!t || i >= t.values.length || origin.col >= (t.values[i]?.length ?? 0)) return null;
  return t.getCell(i, origin.col).body.getRange("Whole");
}

/** The text at an origin now (tables loaded with values, paragraphs with text), or null when it is gone. */
export function textAt(
  origin: Origin,
  tables: Word.TableCollection,
  paragraphs: Word.ParagraphCollection,
): string | null {
  const i = indexNow(origin, tables, paragraphs);
  if (i === null) return null;
  if (origin.kind === "paragraph") return paragraphs.items[i]?.text ?? null;
  const v = tables.items[origin.table]?.values?.[i]?.[origin.col];
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
