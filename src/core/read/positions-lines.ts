/**
 * Positioned text items → lines and words, and the text of one table cell: its lines joined with a space where the
 * line was wrapped (the next word would not have fitted) and with a line break where the writer broke the line.
 * A Vietnamese syllable is never hyphenated, so "…/TT-" + "BGDĐT" at a wrap is rejoined without a space.
 */
import type { PositionedText } from "./positions";
import { LETTER_CLASS_ES2017, modernRegExp } from "../text/regex-compat";
import { nfc } from "../text/nfc";

export interface Word {
  x: number;
  width: number;
  size: number;
  text: string;
  /**
   * The text items the run was joined from (set by groupLines), each with the separator before it: a borderless
   * table's run may join the ends of two neighbouring cells across a narrow gutter, and is split again there.
   */
  pieces?: Piece[];
  /** Left edge of each character of a run of one item, when known. */
  starts?: number[];
}

export interface Piece {
  x: number;
  width: number;
  text: string;
  /** " " or "" before this piece in its run. */
  sep: string;
  /** Left edge of each character (code point), when known. */
  starts?: number[];
}

export interface Line {
  y: number;
  size: number;
  x0: number;
  x1: number;
  words: Word[];
}

/** Items on (nearly) the same baseline form a line; items closer than a space's width form one word run. */
export function groupLines(items: PositionedText[]): Line[] {
  // (Called for every cell of every page: no object spreads or array spreads here. The words are this call's own.)
  if (!items.length) return [];
  const sorted = items.filter((it) => NOT_BLANK.test(it.str)).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let last: Line | null = null;
  for (const it of sorted) {
    if (last && Math.abs(it.y - last.y) <= Math.min(it.size, last.size) * 0.4) last.words.push(wordOf(it));
    else lines.push((last = { y: it.y, size: it.size, x0: 0, x1: 0, words: [wordOf(it)] }));
  }
  const out: Line[] = [];
  for (const l of lines) {
    l.words.sort((a, b) => a.x - b.x);
    const merged: Word[] = [];
    let prev: Word | null = null;
    // The text prev's run ends with (its last item's, never empty): tested instead of the run's growing text, which
    // the engine would copy whole for every test.
    let prevEnd = "";
    for (const w of l.words) {
      const gap = prev ? w.x - (prev.x + prev.width) : Infinity;
      if (prev && gap < w.size * 0.6) {
        const space = gap > w.size * 0.12 && !/\s$/.test(prevEnd) && !/^\s/.test(w.text) ? " " : "";
        // (pieces only for joined runs: most runs are one item)
        if (!prev.pieces)
          prev.pieces = [{ x: prev.x, width: prev.width, text: prev.text, sep: "", starts: prev.starts }];
        prev.pieces.push({ x: w.x, width: w.width, text: w.text, sep: space, starts: w.starts });
        prev.text += space + w.text;
        prev.width = w.x + w.width - prev.x;
      } else merged.push((prev = w));
      prevEnd = w.text;
    }
    const words: Word[] = [];
    let x1 = -Infinity;
    let size = -Infinity;
    for (const w of merged) {
      // (Most runs have no white space to collapse or trim: the patterns are not run on those.)
      if (UNTIDY_SPACE.test(w.text)) w.text = w.text.replace(/\s+/g, " ").trim();
      if (!w.text) continue;
      words.push(w);
      x1 = Math.max(x1, w.x + w.width);
      size = Math.max(size, w.size);
    }
    if (!words.length) continue;
    l.words = words;
    l.x0 = words[0].x;
    l.x1 = x1;
    l.size = size;
    out.push(l);
  }
  return out;
}

/** Text with a character other than white space (what `str.trim()` keeps: the same characters as \s). */
const NOT_BLANK = /\S/;
/**
 * Text that `.replace(/\s+/g, " ").trim()` changes: white space other than one plain space between two other
 * characters (an empty text is left as it is too).
 */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

const wordOf = (it: PositionedText): Word => ({
  x: it.x,
  width: it.width,
  size: it.size,
  text: it.str,
  starts: it.starts,
});

/** A run's pieces (a run of one item has one: itself). */
export const piecesOf = (w: Word): Piece[] =>
  w.pieces ?? [{ x: w.x, width: w.width, text: w.text, sep: "", starts: w.starts }];

/** The run made of some of a run's pieces (consecutive, in order). */
export function runOf(pieces: Piece[], size: number): Word {
  const text = pieces
    .map((p, i) => (i ? p.sep : "") + p.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  const x = pieces[0].x;
  const end = Math.max(...pieces.map((p) => p.x + p.width));
  return { x, width: end - x, size, text, pieces: pieces.map((p, i) => (i ? p : { ...p, sep: "" })) };
}

/** The text of a line: its word runs joined with single spaces. */
export const lineText = (l: Line) => l.words.map((w) => w.text).join(" ");

/** Joins a cell's lines: a wrap (the next line's first word would not have fitted) is a space, else a line break. */
export function joinLines(lines: Line[], left: number, right: number): string {
  if (!lines.length) return "";
  const pad = Math.max(0, Math.min(...lines.map((l) => l.x0)) - left);
  const limit = right - pad;
  let out = lineText(lines[0]);
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const next = lineText(lines[i]);
    const space = next.indexOf(" ");
    const firstWord = space < 0 ? next : next.slice(0, space);
    const w = lines[i].words[0];
    const wordWidth = w.text.length ? (w.width * firstWord.length) / w.text.length : 0;
    const wrapped = prev.x1 + wordWidth + prev.size * 0.25 >= limit - prev.size * 0.2;
    // A word broken where it met the edge: a Vietnamese syllable always has a vowel, so a lone lower-case consonant
    // run at the end of the line (".../n" + "ăm", "M" + "ức") or at the start of the next ("nă" + "m") is half a word.
    // Tested on NFC text: in NFD a tone mark is not a letter, and "cần" would end in a lone "n" ("cầnđạt").
    const brokenWord = wrapped && (BROKEN_END.test(nfc(out)) || BROKEN_START.test(nfc(next)));
    // A number broken at a narrow cell's edge ("15.000.000" + "0 đồng") is one token again: rejoined without a
    // space, a malformed amount stays malformed (and is reported) instead of becoming a different amount.
    const nearEdge = prev.x1 >= limit - prev.size * 1.2;
    const brokenNumber = (wrapped || nearEdge) && /\d[.,]?\d*$/.test(out) && /\d$/.test(out) && /^\d/.test(next);
    // An evidence code broken after one of its dots ("(MC.2." + "2.02)", "[H1-1." + "3-02]") is one code again.
    const brokenCode = (wrapped || nearEdge) && /\b[A-Z]{1,3}\d*([.-]\d+)*[.-]$/.test(out) && /^\d/.test(next);
    // Closing punctuation or a hyphen glued to the next word never starts a line after a space: the writer broke
    // "(1)" as "(1" + ")" or "18/2018/TT" + "-BGDĐT" in a narrow cell.
    const glued = wrapped && /[^\s]$/.test(out) && (/^[)\]}.,;:!?%]/.test(next) || /^-[^\s-]/.test(next));
    if (
      (wrapped && /[^\s-]-$/.test(out) && /^[A-ZĐ0-9]/.test(next)) ||
      brokenWord ||
      brokenNumber ||
      brokenCode ||
      glued
    )
      out += next;
    else out += (wrapped ? " " : "\n") + next;
  }
  return out;
}

// \p{L} built at run time (regex-compat): every chunk must parse as ES2017.
const BROKEN_END = modernRegExp(
  "(^|[^\\p{L}])([bcdđghklmnpqrstvx]+|[BCDĐGHKLMNPQRSTVX])$",
  "u",
  `(^|[^${LETTER_CLASS_ES2017}])([bcdđghklmnpqrstvx]+|[BCDĐGHKLMNPQRSTVX])$`,
);
const BROKEN_START = modernRegExp(
  "^[bcdđghklmnpqrstvx]+(?![\\p{L}])",
  "u",
  `^[bcdđghklmnpqrstvx]+(?![${LETTER_CLASS_ES2017}])`,
);

/** The text of one cell from its items and its left and right edges. */
export function cellTextOf(items: PositionedText[], left: number, right: number): string {
  return joinLines(groupLines(items), left, right);
}
