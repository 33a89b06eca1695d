/**
 * Text read from an image (OCR): words with boxes and confidences, plus the ruling lines found in the image, become
 * the positioned page that src/core/read/positions.ts already turns into a grid; and each grid cell gets back the
 * confidence of the words it was made of. Pure: pixels are handled by the file host (src/hosts/file/ocr/).
 * Image coordinates are pixels with y downwards; a page is given in points (72 per inch) like a PDF page.
 */
import type { PositionedPage, PositionedText, RulingLine } from "./positions";
import { splitGluedWords } from "./ocr-syllables";
import type { LangText } from "../text/message";

/** One OCR word: its text, its box in pixels, the baseline under it and its confidence (0–100). */
export interface OcrWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Baseline (pixels from the top) at the word. */
  baseline: number;
  /** Height of the word's text line (ascenders to descenders), pixels. */
  lineHeight: number;
  confidence: number;
  /** The word's characters with their left and right edges (pixels), when the engine gives them. */
  chars?: { text: string; x0: number; x1: number }[];
}

/** Below this confidence a cell read from an image gets a note and its amount is not totalled silently. */
export const OCR_LOW_CONFIDENCE = 75;

export const OCR_LOW_NOTE = "Đọc từ ảnh, độ tin cậy thấp — hãy đối chiếu bản gốc";
export const OCR_LOW_NOTE_EN = "Read from an image with low confidence: check against the original";

/** Table borders OCR may read as characters ("|", "[", "]"), at the ends of a word. */
const BORDER_CHARS = /^[|[\]!¦]+|[|[\]¦]+$/g;

/** A speck read as a quote inside a word ("KH-“THCS"): a real opening quote follows a space. */
const GLUED_QUOTE = /([^\s([])[“”"„`](?=[A-Za-zĐđÀ-ỹ0-9])/g;

/** A criterion code glued to the word before it ("chí1.4"): OCR lost the space. */
const GLUED_CODE = /([A-Za-zÀ-ỹĐđ])(\d{1,2}\.\d{1,2}\b)/g;

/** An OCR word as text: border characters and specks dropped, glued codes and syllables split. */
const cleanWord = (text: string) =>
  splitGluedWords(
    text.normalize("NFC").replace(BORDER_CHARS, "").replace(GLUED_QUOTE, "$1").replace(GLUED_CODE, "$1 $2"),
  );

/** A letter or digit (no \p{L}: ES2017 engines). */
const SOLID = /[0-9A-Za-zÀ-ỹĐđ]/;

/**
 * Words split where their characters stand far apart: Tesseract sometimes reads two cells' texts as one word
 * ("1" in the TT column and "3.2" in the next read as "132", or "2" and "3.5" as "2.35" with a dot stretched over
 * the gap) when no border separates them. A gap between letters or digits wider than the line's height is no
 * space inside a word; punctuation in the gap goes with the side it stands nearer to. A bar between letters or
 * digits ("6|TC") is a border read as a character: the word is cut there too.
 */
export function splitWideWords(words: OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const w of words) {
    const chars = w.chars ?? [];
    const gap = Math.max(w.lineHeight, w.y1 - w.y0) * 0.9;
    const pieces: OcrWord[] = [];
    let from = 0;
    let solidEnd = -Infinity;
    let lastSolid = -1;
    const cut = (to: number) => {
      const part = chars.slice(from, to);
      const text = part.map((c) => c.text).join("");
      // The box from its letters and digits (a dot's box may stretch over the gap).
      const solid = part.filter((c) => SOLID.test(c.text));
      const box = solid.length ? solid : part;
      if (text.trim()) pieces.push({ ...w, text, x0: box[0].x0, x1: box[box.length - 1].x1, chars: part });
      from = to;
    };
    chars.forEach((c, i) => {
      // A border read as a bar between two cells' words ("6|TC" for "6" | "TC 3.4 -"): cut there, the bar dropped;
      // not between two digits, where it may be a slash misread ("09|2026").
      const next = chars.slice(i + 1).find((d) => SOLID.test(d.text));
      const digits = lastSolid >= 0 && /\d/.test(chars[lastSolid].text) && /^\d/.test(next?.text ?? "");
      if (/^[|¦]$/.test(c.text) && lastSolid >= from && next && !digits) {
        cut(i);
        from = i + 1;
        solidEnd = -Infinity;
        lastSolid = -1;
        return;
      }
      if (!SOLID.test(c.text)) return;
      if (i > from && lastSolid >= 0 && c.x0 - solidEnd > gap) {
        let at = lastSolid + 1;
        while (at < i && chars[at].x0 - solidEnd <= c.x0 - chars[at].x1) at++;
        cut(at);
      }
      solidEnd = c.x1;
      lastSolid = i;
    });
    if (pieces.length) {
      cut(chars.length);
      out.push(...pieces);
    } else out.push(w);
  }
  return out;
}

/** A page of OCR words and ruling lines (pixels, at `dpi`) as a positioned page in points. */
export function ocrPage(
  image: { width: number; height: number; dpi: number },
  words: OcrWord[],
  lines: RulingLine[],
): PositionedPage {
  const k = 72 / image.dpi;
  const items: PositionedText[] = [];
  for (const w of words) {
    const str = cleanWord(w.text);
    if (!str.trim()) continue;
    const height = Math.max(w.lineHeight, w.y1 - w.y0, 1);
    // Each OCR word is its own item: the trailing space keeps words apart when the line's runs are joined.
    items.push({
      str: `${str} `,
      x: w.x0 * k,
      y: w.baseline * k,
      width: Math.max(1, w.x1 - w.x0) * k,
      size: height * k * 0.85,
    });
  }
  return {
    width: image.width * k,
    height: image.height * k,
    items,
    lines: lines.map((l) => ({ x1: l.x1 * k, y1: l.y1 * k, x2: l.x2 * k, y2: l.y2 * k })),
  };
}

const fold = (s: string) => s.normalize("NFC").replace(BORDER_CHARS, "").replace(GLUED_QUOTE, "$1").toLowerCase();
const tokens = (s: string) => s.split(/\s+/).map(fold).filter(Boolean);

/**
 * The confidence of each grid cell: the words of the cell are found again among the OCR words (same text, taken in
 * reading order near the previous word of the same cell), and the cell gets their mean confidence weighted by
 * length; an amount's digits count at their lowest. null for an empty cell or one none of whose words were found.
 */
export function cellConfidences(grid: string[][], words: OcrWord[][]): (number | null)[][] {
  const all = words.flat();
  const byText = new Map<string, number[]>();
  all.forEach((w, i) => {
    for (const t of tokens(cleanWord(w.text))) {
      const list = byText.get(t) ?? [];
      list.push(i);
      byText.set(t, list);
    }
  });
  const used = new Uint8Array(all.length);
  let lastCell = 0;
  const take = (t: string, near: number): number => {
    const list = byText.get(t);
    if (!list) return -1;
    let best = -1;
    for (const i of list)
      if ((!used[i] || i === near) && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) best = i;
    if (best >= 0) used[best] = 1;
    return best;
  };
  return grid.map((row) =>
    row.map((cell) => {
      const ts = tokens(cell);
      if (!ts.length) return null;
      let near = lastCell;
      let sum = 0;
      let weight = 0;
      let digitsLow = 100;
      for (const t of ts) {
        const i = take(t, near);
        if (i < 0) continue;
        near = i;
        const c = all[i].confidence;
        sum += c * t.length;
        weight += t.length;
        if (/\d/.test(t)) digitsLow = Math.min(digitsLow, c);
      }
      if (!weight) return null;
      lastCell = near;
      return Math.round(Math.min(sum / weight, digitsLow));
    }),
  );
}

/** What OCR saw on a document, said when no plan could be read from it. */
export interface OcrSeen {
  pages: number;
  words: number;
  /** Mean word confidence, 0–100 (0 when no word was found). */
  meanConfidence: number;
  /** Warnings met while preparing the images (too skewed, too small …). */
  /** What may make a page read wrong, in both languages. */
  warnings: LangText[];
}

export function ocrSeen(words: OcrWord[][], warnings: LangText[]): OcrSeen {
  const all = words.flat();
  const mean = all.length ? all.reduce((s, w) => s + w.confidence, 0) / all.length : 0;
  return { pages: words.length, words: all.length, meanConfidence: Math.round(mean), warnings };
}

/** "3 trang, 812 chữ, độ tin cậy trung bình 84 %" */
export const seenLine = (s: OcrSeen) =>
  `${s.pages} trang, ${s.words} chữ đọc được, độ tin cậy trung bình ${s.meanConfidence} %`;
export const seenLineEn = (s: OcrSeen) =>
  `${s.pages} page(s), ${s.words} words read, mean confidence ${s.meanConfidence} %`;
