/**
 * PDF text assembly: the glyphs a page draws (each with its position, advance and size, in whatever font, run,
 * text object or order the generator used) → the positioned words the table finder works on.
 *
 * Generators cut text very differently: LibreOffice draws a word's letters missing from the main font in a second
 * pass with a fallback font, reportlab-like writers draw every code point on its own (combining marks too, NFD),
 * bold is faked by drawing a word twice a fraction of a point apart, scanners add an invisible OCR layer, TJ arrays
 * kern letter by letter. None of that is visible once the text is rebuilt from geometry alone:
 * - glyphs on one baseline are ordered by x, whatever item they came in;
 * - a glyph drawn again at (nearly) the same place with the same text is one glyph (overprinted bold);
 * - a combining mark attaches to the base letter it sits on (or right after, when drawn with no advance);
 * - a gap narrower than SPACE_GAP × font size joins, a wider one is one space; the text is NFC.
 * Pure: the file host extracts the glyphs with pdf.js (its operator list) and hands them here.
 */
import type { PositionedText } from "./positions";
import { alwaysNfc } from "../text/nfc";

export interface PdfGlyph {
  /** The glyph's text (ToUnicode): usually one character, a ligature may give two, a mark is a combining character. */
  text: string;
  /** Left edge (origin) of the glyph, points from the left of the page. */
  x: number;
  /** Baseline, points from the top of the page. */
  y: number;
  /** Advance width in points (0 for a mark drawn with no advance). */
  width: number;
  /** Font size in points (vertical scale of the text). */
  size: number;
}

/** Gap (fraction of the font size) from which two glyphs are separate words: a space is ≈ 0.25 em, kerning ≪ 0.1. */
export const SPACE_GAP = 0.15;

const COMBINING = /^[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]+$/;

/**
 * Glyphs drawn twice at the same place (bold by overprinting, shadow passes): the later copies are dropped. `line`
 * is ordered by x: a copy is within a fraction of an em, so only the few glyphs just before it are looked at.
 */
function dropOverprints(line: PdfGlyph[]): PdfGlyph[] {
  const out: PdfGlyph[] = [];
  for (const g of line) {
    const near = Math.min(g.size * 0.15, Math.max(0.6, g.width * 0.4));
    let copy = false;
    for (let k = out.length - 1; k >= 0 && g.x - out[k].x <= g.size * 0.15; k--) {
      const s = out[k];
      if (s.text === g.text && Math.abs(s.x - g.x) <= near && Math.abs(s.y - g.y) <= g.size * 0.1) {
        copy = true;
        break;
      }
    }
    if (!copy) out.push(g);
  }
  return out;
}

/** A line's letters ordered by x, and each letter's text with the marks drawn over it. */
interface PlacedLine {
  glyphs: PdfGlyph[];
  texts: string[];
}

/** A glyph's text is one combining mark or more (tested on the first code unit first: most glyphs are letters). */
const isMark = (text: string) => text.charCodeAt(0) >= 0x300 && COMBINING.test(text);
/** White space only (as /^\s+$/; printable ASCII answered without the pattern). */
const isBlank = (text: string) => {
  const c = text.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && /^\s+$/.test(text);
};

/** Glyphs on (nearly) the same baseline, each line ordered by x; marks placed after their base letter. */
function lines(sorted: PdfGlyph[]): PlacedLine[] {
  // (`sorted` is the caller's own array, ordered by y then x. A page draws thousands of glyphs: no object per glyph.)
  const out: { y: number; size: number; glyphs: PdfGlyph[] }[] = [];
  for (const g of sorted) {
    // A baseline within 0.3 em of the line's is the same line (marks drawn a little up or down, sub-pixel jitter).
    const line = out.length ? out[out.length - 1] : null;
    if (line && Math.abs(g.y - line.y) <= Math.min(g.size, line.size) * 0.3) line.glyphs.push(g);
    else out.push({ y: g.y, size: g.size, glyphs: [g] });
  }
  return out.map((l) => {
    // (One pass tells letters from marks.)
    const letters: PdfGlyph[] = [];
    const drawnMarks: PdfGlyph[] = [];
    for (const g of l.glyphs) (isMark(g.text) ? drawnMarks : letters).push(g);
    const bases = dropOverprints(letters.sort((a, b) => a.x - b.x));
    const texts = bases.map((g) => g.text);
    if (!drawnMarks.length) return { glyphs: bases, texts };
    const marks = dropOverprints(drawnMarks.sort((a, b) => a.x - b.x));
    for (const m of marks) {
      // The base is the last letter starting before the mark (a mark drawn with no advance after its base starts
      // exactly where the base ends, i.e. where the next letter starts: "before" is strict, with a small margin).
      const limit = m.x - Math.min(0.05 * m.size, 0.3);
      let lo = 0;
      let hi = bases.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (bases[mid].x < limit) lo = mid + 1;
        else hi = mid;
      }
      const k = Math.max(0, lo - 1);
      if (bases[k]) texts[k] += m.text;
    }
    return { glyphs: bases, texts };
  });
}

/** Positioned words of a page: glyphs → lines → runs split at gaps ≥ SPACE_GAP × size, NFC. */
export function assembleText(glyphs: PdfGlyph[]): PositionedText[] {
  const visible = glyphs.filter((g) => g.text && g.size > 0 && !isBlank(g.text));
  visible.sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PositionedText[] = [];
  // Each glyph's text in NFC, once per distinct text (a page draws a few thousand glyphs from a few dozen letters).
  const nfc = new Map<string, string>();
  const nfcOf = (s: string) => {
    if (s.length === 1 && s.charCodeAt(0) < 0x300) return s;
    let t = nfc.get(s);
    if (t === undefined) nfc.set(s, (t = s.normalize("NFC")));
    return t;
  };
  for (const { glyphs: line, texts } of lines(visible)) {
    let start = 0;
    let end = -Infinity;
    let size = 0;
    const flush = (to: number) => {
      if (to <= start) return;
      let text = "";
      let plain = true;
      // Where each character starts (a table printed with no gutter joins two cells' text in one item: the reader
      // cuts it again at the column edge).
      const starts: number[] = [];
      for (let i = start; i < to; i++) {
        const t = nfcOf(texts[i]);
        for (let n = t.length; n > 0; n -= t.codePointAt(t.length - n)! > 0xffff ? 2 : 1) starts.push(line[i].x);
        text += t;
        plain &&= alwaysNfc(t);
      }
      const x = line[start].x;
      // (Glyphs' texts each in NFC and all of the kind alwaysNfc tells: their concatenation is NFC too.)
      const str = plain ? text : text.normalize("NFC");
      const item: PositionedText = { str, x, y: line[start].y, width: Math.max(0, end - x), size };
      if (to - start > 1 && str === text && starts.length === codePoints(str)) item.starts = starts;
      out.push(item);
    };
    for (let i = 0; i < line.length; i++) {
      const g = line[i];
      // The run's right edge so far (a glyph may overhang the next one's start: the furthest end counts).
      if (i > start && g.x - end >= SPACE_GAP * Math.max(g.size, size)) {
        flush(i);
        start = i;
        end = -Infinity;
        size = 0;
      }
      end = Math.max(end, g.x + g.width);
      size = Math.max(size, g.size);
    }
    flush(line.length);
  }
  return out;
}

/** How many code points a string has (as many as `[...s]` gives, without making the array). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += s.codePointAt(i)! > 0xffff ? 2 : 1) n++;
  return n;
}

/**
 * The same assembly over text items that are not single glyphs (a PDF library's text runs): each item's letters
 * spread evenly over its width. Used when glyph positions are not available.
 */
export function glyphsOfRuns(runs: PositionedText[]): PdfGlyph[] {
  const out: PdfGlyph[] = [];
  for (const r of runs) {
    const chars = [...r.str.normalize("NFC")];
    if (!chars.length) continue;
    const step = r.width / chars.length;
    chars.forEach((c, i) => out.push({ text: c, x: r.x + i * step, y: r.y, width: step, size: r.size }));
  }
  return out;
}
