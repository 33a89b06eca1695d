/**
 * A table cell read again, closer. Tesseract reads a cell at the page's resolution; a word of a small print can come
 * out wrong and say so by its confidence: "Quý II/2026" (wrapped "Quý / II/202 / 6") read as "Quý 1/202 6", the
 * "1/202" at confidence 14 — a period that parses, and is wrong. The words that decide a plan's rows (periods,
 * amounts, criterion and evidence codes) all hold digits: a cell with such a word read at low confidence is read
 * again at twice the scale (the same crop, the same one-block segmentation), and the second reading is kept when
 * its weakest such word is clearly surer and it holds as many numbers and about as much text (a reading that lost
 * or gained words is no better reading of the same ink). Nothing is guessed: either reading is Tesseract's own of the
 * cell's image. Pure: words in, a choice out; the file host's OCR (src/hosts/file/ocr/cells.ts) does the reading.
 */
import type { OcrWord } from "./ocr";

/** A word holding a digit read below this confidence sends its cell to be read again. */
export const CLOSER_LOOK_BELOW = 60;
/** The gain in the weakest such word's confidence that makes the closer reading the better one. */
export const CLOSER_GAIN = 20;
/** The scale of the second reading. */
export const CLOSER_SCALE = 2;

const digitWords = (words: OcrWord[]) => words.filter((w) => /\d/.test(w.text));
const weakest = (words: OcrWord[]) => Math.min(100, ...digitWords(words).map((w) => w.confidence));
const inkLength = (words: OcrWord[]) => words.reduce((n, w) => n + w.text.replace(/\s/g, "").length, 0);
const mean = (words: OcrWord[]) => (words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0);

/** Whether a cell's words are worth a closer look: a word holding a digit read at low confidence. */
export function needsCloserLook(words: OcrWord[]): boolean {
  return weakest(words) < CLOSER_LOOK_BELOW;
}

/**
 * Whether the closer reading of a cell is the better one: its weakest word holding a digit at least CLOSER_GAIN
 * surer, its words on the whole no less sure, as many words holding digits, and its text within a quarter of the
 * first reading's length.
 */
export function closerReadingBetter(first: OcrWord[], closer: OcrWord[]): boolean {
  if (digitWords(closer).length !== digitWords(first).length) return false;
  const [a, b] = [inkLength(first), inkLength(closer)];
  if (b < 0.75 * a || b > 1.25 * a) return false;
  return weakest(closer) >= weakest(first) + CLOSER_GAIN && mean(closer) >= mean(first);
}

/** Words read from an image scaled by `f`, in the pixels of the image before scaling. */
export function unscaleWords(words: OcrWord[], f: number): OcrWord[] {
  return words.map((w) => ({
    ...w,
    x0: w.x0 / f,
    x1: w.x1 / f,
    y0: w.y0 / f,
    y1: w.y1 / f,
    baseline: w.baseline / f,
    lineHeight: w.lineHeight / f,
    chars: w.chars?.map((ch) => ({ ...ch, x0: ch.x0 / f, x1: ch.x1 / f })),
  }));
}
