/**
 * "Searchable" scans (ocrmypdf, scanner software): the page is an image and its text an invisible OCR layer
 * (render mode 3). The layer has the words but not the table: the borders are only in the image, and OCR read some
 * of them as "|" glyphs. Here the ruling lines are found in the page image by issue 22's detector (ocr/lines.ts,
 * the same one the OCR of scans uses) and placed on the page; the border glyphs of the layer are dropped. The
 * layer's words are kept as they are (no OCR is run again).
 */
import type { PositionedText, RulingLine } from "../../core/read/positions";
import type { PdfGlyph } from "../../core/read/pdf-text";
import { findRulingLines } from "./ocr/lines";
import { greyFromPdfImage } from "./ocr/pixels";
import { imageExtent, imageObject } from "./pdf-image";
import { multiply, type Matrix, type PaintedImage } from "./pdf-ops";

/** What OCR makes of a vertical border: a bar (alone or glued to a word). Letters are never dropped. */
const BORDER_GLYPH = /^[|¦│┃]$/u;

/**
 * A thin grey border printed to a 1-bit image is dithered: every other pixel of a one-pixel line, or a line that
 * zig-zags between two pixel columns. A light pixel between two dark ones (left and right, or above and below) is
 * made dark, so that such a border is one solid run as the detector expects; letters change by a pixel at most.
 */
export function closeDots(data: Uint8Array, w: number): Uint8Array {
  const h = data.length / w;
  const out = data.slice();
  for (let y = 1; y < h - 1; y++) {
    const o = y * w;
    for (let x = 1; x < w - 1; x++) {
      const i = o + x;
      if (data[i] < 128) continue;
      if ((data[i - 1] < 128 && data[i + 1] < 128) || (data[i - w] < 128 && data[i + w] < 128)) out[i] = 0;
    }
  }
  return out;
}

/** The ruling lines of a page image, in viewport coordinates (null when pdf.js could not decode the image). */
export async function imageRulings(
  page: unknown,
  img: PaintedImage,
  toView: (x: number, y: number) => [number, number],
): Promise<RulingLine[] | null> {
  const obj = await imageObject(page, img);
  if (!obj) return null;
  const grey = { width: obj.width, height: obj.height, data: closeDots(greyFromPdfImage(obj), obj.width), dpi: 0 };
  grey.dpi = (obj.width * 72) / imageExtent(img).ptWidth;
  // Pixel (px, py), rows top to bottom → the image's unit square (origin bottom left) → the page.
  const toUnit: Matrix = [1 / obj.width, 0, 0, -1 / obj.height, 0, 1];
  const m = multiply(img.ctm, toUnit);
  const at = (x: number, y: number) => toView(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  return findRulingLines(grey).map((l) => {
    const [x1, y1] = at(l.x1, l.y1);
    const [x2, y2] = at(l.x2, l.y2);
    return { x1, y1, x2, y2 };
  });
}

/**
 * The layer's words as they sit in the image, without the bars OCR read from the borders. Tesseract's layer (what
 * ocrmypdf writes) draws each word with a glyphless font whose glyphs all have one advance, the word's trailing
 * space included, stretched (Tz) so that the whole — letters and space — spans the word's box in the image: the
 * letters alone would end a third of a word early and leave gaps wider than a column edge between words. So a word
 * of equal-advance glyphs followed by a space gets its letters spread over the whole box.
 */
export function layerWords(glyphs: PdfGlyph[]): PdfGlyph[] {
  const out: PdfGlyph[] = [];
  const isSpace = (g: PdfGlyph) => !g.text.trim();
  const next = (a: PdfGlyph, b: PdfGlyph) =>
    Math.abs(a.y - b.y) < 0.05 * a.size && Math.abs(a.x + a.width - b.x) < 0.05 * a.size;
  let i = 0;
  while (i < glyphs.length) {
    let e = i;
    while (e < glyphs.length && !isSpace(glyphs[e]) && (e === i || next(glyphs[e - 1], glyphs[e]))) e++;
    let f = e;
    while (f < glyphs.length && isSpace(glyphs[f]) && f > i && next(glyphs[f - 1], glyphs[f])) f++;
    const word = glyphs.slice(i, Math.max(e, i + 1));
    const w0 = word[0].width;
    const same = (g: PdfGlyph) => Math.abs(g.width - w0) <= 0.01 * Math.max(w0, 0.1);
    if (f > e && e > i && word.every(same) && same(glyphs[f - 1])) {
      const x0 = word[0].x;
      const step = (glyphs[f - 1].x + glyphs[f - 1].width - x0) / word.length;
      word.forEach((g, k) => out.push({ ...g, x: x0 + k * step, width: step }));
    } else out.push(...word);
    i = Math.max(f, i + 1);
  }
  return out.filter((g) => !BORDER_GLYPH.test(g.text.trim()));
}

/** The box of a word's letters on the page (its baseline y; ascenders up to about 0.8 of the OCR font size). */
const box = (w: PositionedText) => ({ x0: w.x, x1: w.x + w.width, y0: w.y - 0.8 * w.size, y1: w.y + 0.2 * w.size });

/**
 * The image's rulings without the strokes of letters: in a page image a border can run on into a letter it nearly
 * touches (a column border continued through the "T" of a heading below the table) and the serifs of a bold word can
 * make a long dark run. A vertical is cut back to the last border it crosses where it goes on through a word; a
 * horizontal lying inside one word's box is dropped.
 */
export function rulingsOffText(lines: RulingLine[], words: PositionedText[]): RulingLine[] {
  const boxes = words.map(box);
  const horizontal = (l: RulingLine) => Math.abs(l.y1 - l.y2) < Math.abs(l.x1 - l.x2);
  const hs = lines.filter(horizontal);
  const out: RulingLine[] = [];
  for (const l of lines) {
    if (horizontal(l)) {
      const [x0, x1] = [Math.min(l.x1, l.x2), Math.max(l.x1, l.x2)];
      const y = (l.y1 + l.y2) / 2;
      if (!boxes.some((b) => b.y0 <= y && y <= b.y1 && b.x0 - 2 <= x0 && x1 <= b.x1 + 2)) out.push(l);
      continue;
    }
    const x = (l.x1 + l.x2) / 2;
    let [top, bottom] = [Math.min(l.y1, l.y2), Math.max(l.y1, l.y2)];
    const crossed = hs
      .filter((h) => Math.min(h.x1, h.x2) - 2 <= x && x <= Math.max(h.x1, h.x2) + 2)
      .map((h) => (h.y1 + h.y2) / 2)
      .filter((y) => y >= top - 3 && y <= bottom + 3);
    if (crossed.length) {
      const [first, last] = [Math.min(...crossed), Math.max(...crossed)];
      const through = (a: number, b: number) => boxes.some((w) => w.x0 <= x && x <= w.x1 && w.y0 < b && w.y1 > a);
      if (bottom > last + 1 && through(last, bottom)) bottom = last;
      if (top < first - 1 && through(top, first)) top = first;
    }
    if (bottom > top) out.push({ x1: x, y1: top, x2: x, y2: bottom });
  }
  return out;
}
