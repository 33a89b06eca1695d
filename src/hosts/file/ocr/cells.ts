/**
 * The cells of a ruled table read one at a time. Tesseract finds text lines across the whole image: in a table of
 * narrow columns whose cells are centred vertically (each column's lines at its own height), a line it finds runs
 * on across a border into the next column, and the words at the crossing come out garbled ("100% học sinh khuyết
 * tật" beside "Tháng 10/20 27" read as "“À7", "uyế", "L tâ"). A cell read on its own is one block of text with
 * nothing beside it. Used for clean prints (a searchable scan's images read again): there the ruling lines are
 * exact; a photo's are not, and its page is read whole as before.
 */
import type { OcrWord } from "../../../core/read/ocr";
import type { RulingLine } from "../../../core/read/positions";
import type { GreyImage } from "./pixels";
import { scale } from "./prepare";
import { recountNumerals } from "./numerals";
import { CLOSER_SCALE, closerReadingBetter, needsCloserLook, unscaleWords } from "../../../core/read/ocr-closer";

/** A cell's inside, pixels of the page image (borders excluded). */
export interface CellBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Ink, as the ruling line detector counts it (ocr/lines.ts). */
const DARK = 200;

const isHorizontal = (l: RulingLine) => Math.abs(l.y1 - l.y2) < Math.abs(l.x1 - l.x2);

/**
 * Whether the image is ink all along the vertical line at x from y0 to y1 (a pixel either side allowed): a border
 * printed as a line, not a run the detector bridged over the letters of a heading that stand on a column's line
 * (those leave the space above and below the letters white).
 */
function solidAlong(img: GreyImage, x: number, y0: number, y1: number): boolean {
  const { width: w, data } = img;
  const cx = Math.round(x);
  let ink = 0;
  let n = 0;
  for (let y = Math.ceil(y0); y <= Math.floor(y1); y++) {
    n++;
    for (let dx = -2; dx <= 2; dx++) {
      const xx = cx + dx;
      if (xx >= 0 && xx < w && data[y * w + xx] < DARK) {
        ink++;
        break;
      }
    }
  }
  return n > 0 && ink >= 0.97 * n;
}

/**
 * The cells of the ruled tables of a page: between two neighbouring vertical borders, from the row border above to
 * the one below (a cell merged over several rows is one cell: only borders that run across the column close it).
 * Only borders printed solid in `ink` (the page before its borders were painted out) count, so a heading across the
 * table stays one cell. `tol`: how far (pixels) a line may stop short of the one it meets.
 */
export function tableCells(lines: RulingLine[], ink: GreyImage): CellBox[] {
  const tol = Math.max(3, ink.dpi / 25.4); // about a millimetre
  const hs = lines
    .filter(isHorizontal)
    .map((l) => ({ y: (l.y1 + l.y2) / 2, x0: Math.min(l.x1, l.x2), x1: Math.max(l.x1, l.x2) }));
  const vs = lines
    .filter((l) => !isHorizontal(l))
    .map((l) => ({ x: (l.x1 + l.x2) / 2, y0: Math.min(l.y1, l.y2), y1: Math.max(l.y1, l.y2) }));
  const ys = [...new Set(hs.map((h) => Math.round(h.y)))].sort((a, b) => a - b);
  const cells: CellBox[] = [];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < ys.length; i++) {
    const [a, b] = [ys[i], ys[i + 1]];
    if (b - a < 2 * tol) continue;
    // The borders printed across this band, left to right.
    const xs = vs
      .filter((v) => v.y0 <= a + tol && v.y1 >= b - tol && solidAlong(ink, v.x, a + tol, b - tol))
      .map((v) => v.x)
      .sort((p, q) => p - q)
      .filter((x, k, all) => k === 0 || x - all[k - 1] > tol);
    for (let k = 0; k + 1 < xs.length; k++) {
      const [left, right] = [xs[k], xs[k + 1]];
      if (right - left < 2 * tol) continue;
      const across = (h: { x0: number; x1: number }) => h.x0 <= left + tol && h.x1 >= right - tol;
      const top = Math.max(...hs.filter((h) => h.y <= a + 1 && across(h)).map((h) => h.y));
      const bottom = Math.min(...hs.filter((h) => h.y >= b - 1 && across(h)).map((h) => h.y));
      if (!Number.isFinite(top) || !Number.isFinite(bottom)) continue;
      const key = `${Math.round(left)},${Math.round(top)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const standing = (x: number) =>
        vs.some((v) => Math.abs(v.x - x) <= tol && v.y0 <= top + tol && v.y1 >= bottom - tol) &&
        solidAlong(ink, x, top + tol, bottom - tol);
      if (!standing(left) || !standing(right)) continue;
      const m = Math.ceil(tol / 2);
      cells.push({
        x0: Math.round(left) + m,
        y0: Math.round(top) + m,
        x1: Math.round(right) - m,
        y1: Math.round(bottom) - m,
      });
    }
  }
  return cells;
}

/** The parts of the span [from, to] outside the spans cut out of it (each [a, b]). */
function subtract(from: number, to: number, cuts: [number, number][]): [number, number][] {
  let parts: [number, number][] = [[from, to]];
  for (const [a, b] of cuts)
    parts = parts.flatMap(([p, q]): [number, number][] =>
      b <= p || a >= q
        ? [[p, q]]
        : (
            [
              [p, a],
              [b, q],
            ] as [number, number][]
          ).filter(([u, v]) => v - u > 1),
    );
  return parts;
}

/**
 * The ruling lines without their pieces inside a cell: a cell's inside has no border, so a line the detector ran on
 * into it (a column's line continued a few millimetres into a heading across the table, over the letters standing on
 * it) would only cut the cell's text in two.
 */
export function linesOffCells(lines: RulingLine[], cells: CellBox[]): RulingLine[] {
  return lines.flatMap((l) => {
    if (isHorizontal(l)) {
      const y = (l.y1 + l.y2) / 2;
      const cuts = cells.filter((c) => c.y0 < y && y < c.y1).map((c): [number, number] => [c.x0, c.x1]);
      return subtract(Math.min(l.x1, l.x2), Math.max(l.x1, l.x2), cuts).map(([a, b]) => ({
        x1: a,
        y1: y,
        x2: b,
        y2: y,
      }));
    }
    const x = (l.x1 + l.x2) / 2;
    const cuts = cells.filter((c) => c.x0 < x && x < c.x1).map((c): [number, number] => [c.y0, c.y1]);
    return subtract(Math.min(l.y1, l.y2), Math.max(l.y1, l.y2), cuts).map(([a, b]) => ({ x1: x, y1: a, x2: x, y2: b }));
  });
}

/** Whether a box of the image holds any ink (an empty cell is not read). */
function hasInk(img: GreyImage, c: CellBox): boolean {
  const { width: w, data } = img;
  for (let y = c.y0; y < c.y1; y++) for (let x = c.x0; x < c.x1; x++) if (data[y * w + x] < 128) return true;
  return false;
}

/** White paper around a cropped cell: Tesseract finds no text touching the image's edge. */
const PAD = 12;

/** A cell of the image on white paper. */
export function cropCell(img: GreyImage, c: CellBox): GreyImage {
  const [cw, ch] = [c.x1 - c.x0, c.y1 - c.y0];
  const w = cw + 2 * PAD;
  const h = ch + 2 * PAD;
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < ch; y++) {
    const from = (c.y0 + y) * img.width + c.x0;
    data.set(img.data.subarray(from, from + cw), (y + PAD) * w + PAD);
  }
  return { width: w, height: h, data, dpi: img.dpi };
}

/** The image with the cells' insides white: what is left (paragraphs, unruled parts) is read as a page. */
export function withoutCells(img: GreyImage, cells: CellBox[]): GreyImage {
  const data = img.data.slice();
  for (const c of cells) for (let y = c.y0; y < c.y1; y++) data.fill(255, y * img.width + c.x0, y * img.width + c.x1);
  return { ...img, data };
}

/** Words read from a cropped cell, moved to where the cell is on the page. */
export function placeCellWords(words: OcrWord[], c: CellBox): OcrWord[] {
  const dx = c.x0 - PAD;
  const dy = c.y0 - PAD;
  return words.map((w) => ({
    ...w,
    x0: w.x0 + dx,
    x1: w.x1 + dx,
    y0: w.y0 + dy,
    y1: w.y1 + dy,
    baseline: w.baseline + dy,
    chars: w.chars?.map((ch) => ({ ...ch, x0: ch.x0 + dx, x1: ch.x1 + dx })),
  }));
}

/**
 * A clean print's page read cell by cell: the ruled cells one at a time (`read` with "block"), the rest of the page
 * (its cells whited out) as sparse text. Empty cells are not read; a cell with a number read unsurely is read again
 * at twice the scale (src/core/read/ocr-closer.ts), and a period's Roman numeral is recounted on the image
 * (numerals.ts). `progress` hears the share of the jobs done.
 */
export async function readByCells(
  img: GreyImage,
  cells: CellBox[],
  read: (img: GreyImage, mode: true | "block") => Promise<OcrWord[]>,
  progress?: (fraction: number) => void,
): Promise<OcrWord[]> {
  const inked = cells.filter((c) => hasInk(img, c));
  const words = await read(cells.length ? withoutCells(img, cells) : img, true);
  for (let k = 0; k < inked.length; k++) {
    progress?.((k + 1) / (inked.length + 1));
    const crop = cropCell(img, inked[k]);
    let found = await read(crop, "block");
    // A word holding a digit read unsurely: the cell read again closer, the surer reading kept (ocr-closer.ts).
    if (needsCloserLook(found)) {
      const closer = unscaleWords(await read(scale(crop, CLOSER_SCALE), "block"), CLOSER_SCALE);
      if (closerReadingBetter(found, closer)) found = closer;
    }
    // A period's Roman numeral read one stroke short or long ("Quý III" as "II"): its strokes counted (numerals.ts).
    words.push(...placeCellWords(recountNumerals(crop, found), inked[k]));
  }
  return words;
}
