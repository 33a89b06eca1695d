/**
 * Roman numerals of periods counted on the image. In a serif print the strokes of "II" and "III" are joined by their
 * serifs, and Tesseract reads them one short or long, sure of itself: "Quý III/2026" as "II/20" at confidence 87,
 * "Quý II/2027" as "I/2027" at 74 — a period that parses, and is wrong. Between the serifs the strokes stand apart:
 * across the middle of the line, the ink of the numeral is one run of dark columns per stroke. Where a quarter's or
 * a semester's numeral was read as I's (or 1s, bars) and the image holds another number of strokes (one to three),
 * the numeral is written with as many I's. Only the numeral's own ink is counted; nothing else of the cell changes.
 */
import type { OcrWord } from "../../../core/read/ocr";
import type { GreyImage } from "./pixels";

/** Ink, as the ruling line detector counts it. */
const DARK = 128;

/** Runs of columns with ink between x0 and x1 (pixels), in the band y0–y1. */
function inkRuns(img: GreyImage, x0: number, x1: number, y0: number, y1: number): number {
  const { width: w, height: h, data } = img;
  let runs = 0;
  let inRun = false;
  for (let x = Math.max(0, Math.round(x0)); x <= Math.min(w - 1, Math.round(x1)); x++) {
    let ink = false;
    for (let y = Math.max(0, Math.round(y0)); y <= Math.min(h - 1, Math.round(y1)) && !ink; y++)
      ink = data[y * w + x] < DARK;
    if (ink && !inRun) runs++;
    inRun = ink;
  }
  return runs;
}

/**
 * A word that is a period's numeral: after "Quý", "kỳ" or "HK", or glued to "HK"; its I's, then "/" and a year, or
 * nothing.
 */
const NUMERAL = /^(HK)?([Il1|]{1,3})(\/\d.*)?$/;
const BEFORE = /^(quý|kỳ|hk)$/i;

/**
 * The words with each period numeral read as I's recounted on the image (`img`: the pixels the words' boxes are
 * in). A numeral is counted between the word's left edge (or the end of "HK") and the first digit after its "/" —
 * the slash is one more run there — in the middle third of the word's height (below the top serifs, above the
 * bottom ones); a count that does not make one to three strokes changes nothing.
 */
export function recountNumerals(img: GreyImage, words: OcrWord[]): OcrWord[] {
  return words.map((w, k) => {
    const m = NUMERAL.exec(w.text);
    if (!m || !w.chars || w.chars.length !== w.text.length) return w;
    if (!m[1] && !(k > 0 && BEFORE.test(words[k - 1].text))) return w;
    // Glued to "HK": from the numeral's box, but never over the K's (Tesseract's boxes overlap; the K's right leg
    // counted as a stroke made "HKI" "HKII").
    const from = m[1] ? Math.max(w.chars[m[1].length].x0, w.chars[m[1].length - 1].x1 + 1) : w.x0;
    const n = m[2].length;
    const to = m[3] ? w.chars[(m[1]?.length ?? 0) + n + 1]?.x0 : w.chars[w.chars.length - 1].x1;
    if (to === undefined) return w;
    const h = w.y1 - w.y0;
    const runs = inkRuns(img, from, m[3] ? to - 1 : to, w.y0 + h / 3, w.y1 - h / 3) - (m[3] ? 1 : 0);
    if (runs < 1 || runs > 3 || runs === n) return w;
    return { ...w, text: `${m[1] ?? ""}${"I".repeat(runs)}${m[3] ?? ""}`, chars: undefined };
  });
}
