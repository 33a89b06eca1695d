/**
 * "Searchable" scans (ocrmypdf, scanner software): the page is an image and its text an invisible OCR layer
 * (render mode 3). The layer has the words but not the table: the borders are only in the image, and OCR read some
 * of them as "|" glyphs. Here the ruling lines are found in the page image by issue 22's detector (ocr/lines.ts,
 * the same one the OCR of scans uses) and placed on the page; the border glyphs of the layer are dropped. Dithered
 * grey borders are closed first, and a page drawn larger than life is measured by its text. The layer's words are
 * kept as OCR read them (no OCR is run again), except where the image's ink shows more: a word cut where its letters
 * stand a space apart ("133.2" → "1 3 3.2"), a letter with no ink of its own among digits dropped. The cells are
 * then read again by column (src/core/read/ocr-cells.ts, ocr-specks.ts, ocr-names.ts; src/hosts/file/pdf.ts).
 */
import type { PositionedText, RulingLine } from "../../core/read/positions";
import type { PdfGlyph } from "../../core/read/pdf-text";
import { findRulingLines } from "./ocr/lines";
import { greyFromPdfImage, type GreyImage } from "./ocr/pixels";
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
  // From each ink pixel: the light pixel to its right (below) is filled when the next one is ink again. Most of a page
  // is paper: four paper pixels at a time are passed over.
  const words = data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : null;
  for (let i = 0; i < data.length; i++) {
    if (words && (i & 3) === 0 && words[i >> 2] === 0xffffffff && i + 4 <= data.length) {
      i += 3;
      continue;
    }
    if (data[i] >= 128) continue;
    const x = i % w;
    if (x + 2 < w && data[i + 1] >= 128 && data[i + 2] < 128) out[i + 1] = 0;
    if (i + 2 * w < data.length && data[i + w] >= 128 && data[i + 2 * w] < 128 && h > 2) out[i + w] = 0;
  }
  return out;
}

/**
 * The page image where the layer's words lie: which pixels are ink, looked up in page (viewport) points. Only an
 * image placed upright (no rotation or skew, as ocrmypdf and scanner software place the page) is looked into.
 */
export interface PageInk {
  /** Points per pixel across. */
  step: number;
  /** For each pixel column from x0 to x1 (points), whether any pixel between y0 and y1 is ink; and x of the first. */
  columns(x0: number, x1: number, y0: number, y1: number): { dark: Uint8Array; from: number };
}

function pageInk(grey: GreyImage, at: (x: number, y: number) => [number, number]): PageInk | null {
  const [ox, oy] = at(0, 0);
  const [ax, ay1] = at(1, 0);
  const [bx, by] = at(0, 1);
  const [sx, sy] = [ax - ox, by - oy];
  if (Math.abs(ay1 - oy) > 1e-6 || Math.abs(bx - ox) > 1e-6 || sx <= 0 || !sy) return null;
  const { width: w, height: h, data } = grey;
  const px = (x: number) => Math.min(w - 1, Math.max(0, Math.floor((x - ox) / sx)));
  const py = (y: number) => Math.min(h - 1, Math.max(0, Math.floor((y - oy) / sy)));
  return {
    step: sx,
    columns(x0, x1, y0, y1) {
      const [c0, c1] = [px(x0), px(x1)];
      const [r0, r1] = [Math.min(py(y0), py(y1)), Math.max(py(y0), py(y1))];
      const dark = new Uint8Array(Math.max(0, c1 - c0 + 1));
      for (let r = r0; r <= r1; r++) {
        const o = r * w;
        for (let c = c0; c <= c1; c++) if (data[o + c] < 128) dark[c - c0] = 1;
      }
      return { dark, from: ox + c0 * sx };
    },
  };
}

/** Body text is about this size (points); the detector's lengths in millimetres assume it. */
const BODY_TEXT = 12;

/**
 * How much larger than life the page is drawn: an image without a resolution is placed by img2pdf at 96 dpi, so a
 * 200 dpi scan makes a page 24 inches wide whose text is 25 pt. The detector measures borders in millimetres; on such
 * a page a letter's stem would be long enough to be a border. The layer's median glyph size tells the scale (1 when
 * it is within 1.5 times body text).
 */
export function textScale(glyphs: PdfGlyph[]): number {
  const sizes = glyphs
    .filter((g) => g.text.trim())
    .map((g) => g.size)
    .sort((a, b) => a - b);
  const median = sizes.length ? sizes[sizes.length >> 1] : BODY_TEXT;
  return median > 1.5 * BODY_TEXT ? median / BODY_TEXT : 1;
}

/** Resolutions scanners and rasterisers use (dpi). */
const SCAN_DPI = [75, 96, 100, 120, 150, 200, 240, 300, 400, 600];

/**
 * A page image's resolution: as placed on the page; on a page drawn larger than life (`scale` > 1, textScale), as
 * the layer's text tells it, taken to the usual scanning resolution within 6 % of it (text is not exactly 12 pt:
 * 197 dpi is a 200 dpi scan).
 */
export function imageDpi(placed: number, scale: number): number {
  if (scale === 1) return placed;
  const told = placed * scale;
  return SCAN_DPI.find((d) => Math.abs(told - d) <= 0.06 * d) ?? told;
}

/**
 * The ruling lines of a page image, in viewport coordinates, the image's ink without them and its resolution as
 * the layer's text tells it (null when pdf.js could not decode the image).
 */
export async function imageRulings(
  page: unknown,
  img: PaintedImage,
  toView: (x: number, y: number) => [number, number],
  glyphs: PdfGlyph[],
): Promise<{ lines: RulingLine[]; ink: PageInk | null; dpi: number } | null> {
  const obj = await imageObject(page, img);
  if (!obj) return null;
  const grey = { width: obj.width, height: obj.height, data: closeDots(greyFromPdfImage(obj), obj.width), dpi: 0 };
  grey.dpi = imageDpi((obj.width * 72) / imageExtent(img).ptWidth, textScale(glyphs));
  // Pixel (px, py), rows top to bottom → the image's unit square (origin bottom left) → the page.
  const toUnit: Matrix = [1 / obj.width, 0, 0, -1 / obj.height, 0, 1];
  const m = multiply(img.ctm, toUnit);
  const at = (x: number, y: number) => toView(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  // The detector paints the borders it finds white: what is left is the ink of the words.
  const lines = findRulingLines(grey).map((l) => {
    const [x1, y1] = at(l.x1, l.y1);
    const [x2, y2] = at(l.x2, l.y2);
    return { x1, y1, x2, y2 };
  });
  return { lines, ink: pageInk(grey, at), dpi: grey.dpi };
}

/**
 * The layer's words as they sit in the image, without the bars OCR read from the borders. Tesseract's layer (what
 * ocrmypdf writes) draws each word with a glyphless font whose glyphs all have one advance, the word's trailing
 * space included, stretched (Tz) so that the whole — letters and space — spans the word's box in the image: the
 * letters alone would end a third of a word early and leave gaps wider than a column edge between words. So a word
 * of equal-advance glyphs followed by a space gets its letters spread over the whole box.
 */
export function layerWords(glyphs: PdfGlyph[], ink: PageInk | null = null): PdfGlyph[] {
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
      const spread = word.map((g, k) => ({ ...g, x: x0 + k * step, width: step }));
      out.push(...(ink ? splitAtInkGaps(spread, ink) : spread));
    } else out.push(...word);
    i = Math.max(f, i + 1);
  }
  return out.filter((g) => !BORDER_GLYPH.test(g.text.trim()));
}

/** The box of a word's letters on the page (its baseline y; ascenders up to about 0.8 of the OCR font size). */
const box = (w: PositionedText) => ({ x0: w.x, x1: w.x + w.width, y0: w.y - 0.8 * w.size, y1: w.y + 0.2 * w.size });

const isHorizontal = (l: RulingLine) => Math.abs(l.y1 - l.y2) < Math.abs(l.x1 - l.x2);

/** The heights at which horizontals `hs` cross the vertical line at x (within 2 points of their ends). */
const crossings = (hs: RulingLine[], x: number): number[] =>
  hs.filter((h) => Math.min(h.x1, h.x2) - 2 <= x && x <= Math.max(h.x1, h.x2) + 2).map((h) => (h.y1 + h.y2) / 2);

/**
 * The image's rulings without the strokes of letters: in a page image a border can run on into a letter it nearly
 * touches (a column border continued through the "T" of a heading below the table) and the serifs of a bold word can
 * make a long dark run. A vertical is cut back to the last border it crosses where it goes on through a word; a
 * horizontal lying inside one word's box is dropped.
 */
export function rulingsOffText(lines: RulingLine[], words: PositionedText[]): RulingLine[] {
  const boxes = words.map(box);
  const hs = lines.filter(isHorizontal);
  const out: RulingLine[] = [];
  for (const l of lines) {
    if (isHorizontal(l)) {
      const [x0, x1] = [Math.min(l.x1, l.x2), Math.max(l.x1, l.x2)];
      const y = (l.y1 + l.y2) / 2;
      if (!boxes.some((b) => b.y0 <= y && y <= b.y1 && b.x0 - 2 <= x0 && x1 <= b.x1 + 2)) out.push(l);
      continue;
    }
    const x = (l.x1 + l.x2) / 2;
    let [top, bottom] = [Math.min(l.y1, l.y2), Math.max(l.y1, l.y2)];
    const crossed = crossings(hs, x).filter((y) => y >= top - 3 && y <= bottom + 3);
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

/**
 * Verticals cut out of the rows where they run through the middle of a word: a column border found running on
 * through a full-width row (a "Tiêu chuẩn 3: …" heading whose letters stand on the column's line bridge the gap
 * between the borders above and below it) would split the heading into cells. Between each two row borders a
 * vertical crosses, the piece is dropped when a word's box reaches a quarter of its font size past the line on both
 * sides (a border beside a word only touches its box).
 */
export function verticalsOffWords(lines: RulingLine[], words: PositionedText[]): RulingLine[] {
  const hs = lines.filter(isHorizontal);
  const out: RulingLine[] = [];
  for (const l of lines) {
    if (isHorizontal(l)) {
      out.push(l);
      continue;
    }
    const x = (l.x1 + l.x2) / 2;
    const [top, bottom] = [Math.min(l.y1, l.y2), Math.max(l.y1, l.y2)];
    const crossed = crossings(hs, x).filter((y) => y > top && y < bottom);
    const stops = [top, ...crossed.sort((a, b) => a - b), bottom];
    const through = (a: number, b: number) =>
      words.some((w) => {
        const k = box(w);
        const margin = 0.25 * w.size;
        return k.x0 + margin < x && x < k.x1 - margin && k.y0 < b && k.y1 > a;
      });
    let from: number | null = null;
    for (let i = 0; i + 1 < stops.length; i++) {
      const [a, b] = [stops[i], stops[i + 1]];
      if (!through(a, b)) from ??= a;
      else if (from !== null) {
        out.push({ x1: x, y1: from, x2: x, y2: a });
        from = null;
      }
    }
    if (from !== null) out.push({ x1: x, y1: from, x2: x, y2: bottom });
  }
  return out;
}

/** Between two cells' texts OCR read as one word ("1 3 3.2" → "133.2") the ink leaves a gap of a space or more. */
const CELL_GAP = 0.33;

/**
 * A word of the layer cut where its letters stand apart in the image: Tesseract sometimes reads the texts of narrow
 * neighbouring cells, or two words whose space it missed ("Tinhọc"), as one word, and its layer then spreads the
 * letters evenly over the whole box, so the glyphs show no gap. The image does: the ink of the word's box, in
 * columns, falls into pieces (a letter with its marks is one piece, as the marks stand over or under it). When there
 * are exactly as many pieces as characters, each character is known, and a gap of at least a third of the font size
 * (a space; letters of one word stand less than a quarter apart) cuts the word. Anything else is left as it is.
 */
export function splitAtInkGaps(word: PdfGlyph[], ink: PageInk): PdfGlyph[] {
  if (word.length < 2) return word;
  const g = word[0];
  const last = word[word.length - 1];
  const segs = inkSegments(ink, g.x, last.x + last.width, g.y - 0.8 * g.size, g.y + 0.2 * g.size);
  // One letter among digits with ink for the digits only ("j0" over a lone "0" by a border): the letter is a speck
  // (not l, i, o: OCR reads those for 1 and 0, and ocr-cells.ts turns them back).
  const text = word.map((c) => c.text).join("");
  if (segs.length === word.length - 1 && /^[\d.,]*[a-hjkmnp-z][\d.,]*$/.test(text) && /\d/.test(text))
    return word.filter((c) => !/[a-z]/.test(c.text));
  if (segs.length !== word.length) return word;
  const cuts = [0];
  for (let k = 1; k < segs.length; k++) if (segs[k][0] - segs[k - 1][1] >= CELL_GAP * g.size) cuts.push(k);
  if (cuts.length === 1) return word;
  cuts.push(word.length);
  const out: PdfGlyph[] = [];
  for (let p = 0; p + 1 < cuts.length; p++) {
    const [from, to] = [cuts[p], cuts[p + 1]];
    const x0 = segs[from][0];
    const step = (segs[to - 1][1] - x0) / (to - from);
    for (let k = from; k < to; k++) out.push({ ...word[k], x: x0 + (k - from) * step, width: step });
  }
  return out;
}

/** The runs of ink columns in a box, [left, right] in points. */
function inkSegments(ink: PageInk, x0: number, x1: number, y0: number, y1: number): [number, number][] {
  const { dark, from } = ink.columns(x0, x1, y0, y1);
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= dark.length; i++) {
    if (i < dark.length && dark[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([from + start * ink.step, from + i * ink.step]);
      start = -1;
    }
  }
  return out;
}
