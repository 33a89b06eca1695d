/**
 * How well a plan was read from an image, judged without the original: for a "searchable" scan (ocrmypdf, scanner
 * software) whose invisible OCR layer may be garbled, and a reading of the same pages by our own OCR, which one to
 * keep (src/hosts/file/pdf-reread.ts). Pure: grids in, figures out.
 *
 * Typed text never holds a token such as "¬", "`", "‹", "„To" or "l$z": OCR makes them of specks, dotted borders and
 * letters it could not read. Their share among a document's tokens says that its text layer is poor (measured on
 * the layer of ocrmypdf -l vie over clean prints: at most 1 % of tokens on pages read well, 2–5 % where Tesseract
 * garbled whole cells).
 */
import type { Plan } from "../types";
import { KNOWN_SYLLABLES } from "./ocr-lexicon";
import { mainPlan, readPlans } from "./index";

/** Characters no typed plan uses, but OCR reads from specks and dotted lines. */
const JUNK_CHARS = /[`¬‹›„^ˆ~@«»¡¿$\\{}®©°šŠ]/;
/** A token of punctuation typed text may hold on its own (a dash between dates, "+", "%", "…"). */
const TYPED_MARKS = /^[-–—+*%.,;:()/&…"“”'‘’!?[\]=<>]+$/;
const SOLID = /[0-9A-Za-zÀ-ỹĐđ]/;

/** A token (no spaces) that typed text would not hold. */
export function isJunkToken(token: string): boolean {
  return JUNK_CHARS.test(token) || (!SOLID.test(token) && !TYPED_MARKS.test(token));
}

/** The share of junk tokens among the tokens of some texts (0 when there are none). */
export function junkShare(texts: string[]): { tokens: number; junk: number; share: number } {
  let tokens = 0;
  let junk = 0;
  for (const t of texts)
    for (const token of t.split(/\s+/)) {
      if (!token) continue;
      tokens++;
      if (isJunkToken(token)) junk++;
    }
  return { tokens, junk, share: tokens ? junk / tokens : 0 };
}

/** From this share of junk tokens on, a text layer is read again by OCR (when OCR is available). */
export const POOR_LAYER_SHARE = 0.015;

/** What a reading of a plan is worth, for choosing between two readings of the same pages. */
export interface ReadingQuality {
  /** Criterion rows the table gave (a garbled "Tiêu chí" cell loses its row to the one above). */
  criteria: number;
  /** Words of the table cells that are syllables of the legal texts (ocr-lexicon.ts), or numbers. */
  known: number;
  /** Junk tokens in the table cells. */
  junk: number;
  /** Periods and budgets of the table's rows that did not parse ("Tháng Tớ.", "3000.000"). */
  unparsed: number;
  /**
   * Periods and budgets of criterion rows left empty although the table has their column: a layer that lost a cell's
   * words ("Không", "5 triệu" missing from the OCR text) — a reason to read the page again, not a measure of worth.
   */
  empty: number;
}

const tableTexts = (plan: Plan): string[] => plan.rows.flatMap((r) => Object.values(r.cells).map((c) => c?.text ?? ""));

/** The quality of the plan a grid reads to (its main plan: the one with criterion rows). */
export function readingQuality(grid: string[][]): ReadingQuality {
  const plan = mainPlan(readPlans(grid));
  const texts = tableTexts(plan);
  let known = 0;
  for (const t of texts)
    for (const token of t.split(/[\s\-/.,;:()[\]"“”'‘’!?…–—+*=%&<>|_]+/)) {
      if (!token) continue;
      if (/^\d+$/.test(token) || KNOWN_SYLLABLES.has(token.normalize("NFC").toLowerCase())) known++;
    }
  const unparsed = plan.rows.filter((r) => r.period?.kind === "unparsed").length;
  const criterionRows = plan.rows.filter((r) => r.kind === "criterion" && r.criterion);
  const emptyIn = (role: "period" | "budget") =>
    plan.columns[role] === undefined ? 0 : criterionRows.filter((r) => !r.cells[role]?.text.trim()).length;
  return {
    criteria: criterionRows.length,
    known,
    junk: junkShare(texts).junk,
    unparsed: unparsed + plan.rows.filter((r) => r.budget?.kind === "unparsed").length,
    empty: emptyIn("period") + emptyIn("budget"),
  };
}

/**
 * Whether reading B is better than reading A: a criterion row found is worth two periods or budgets read (a garbled
 * "Tiêu chí" cell loses its whole row to the one above); at equal worth, less junk in the table and no fewer known
 * words, or as much junk and clearly more known words (KNOWN_MARGIN: a layer without junk whose table kept a third of
 * the words our reading has, "'15 triệu" for "15 triệu đồng", is the worse one; 454 against 457 words is no
 * difference). Anything else keeps A.
 */
export function betterReading(a: ReadingQuality, b: ReadingQuality): boolean {
  const worth = (q: ReadingQuality) => 2 * q.criteria - q.unparsed;
  if (worth(b) !== worth(a)) return worth(b) > worth(a);
  if (b.junk === a.junk) return b.known > KNOWN_MARGIN * a.known;
  return b.junk < a.junk && b.known >= a.known;
}

/** How many times the known words of the other reading make it the better one at equal worth and junk. */
export const KNOWN_MARGIN = 1.25;
