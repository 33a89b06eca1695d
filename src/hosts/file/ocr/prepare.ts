/**
 * Preparing a scanned page for OCR: resampled to 250–400 dpi, uneven light evened out and contrast stretched,
 * turned straight (the skew found by a projection profile, up to a few degrees). Plain arrays, no canvas: the same
 * code runs in Node and in a browser worker.
 */
import type { GreyImage } from "./pixels";
import type { LangText } from "../../../core/text/message";

// Math's functions as module constants: the loops below run once per pixel, and where the global object is a
// sandbox's (jest runs each test file in a vm context) every lookup of the global `Math` is slow — 10–20 times the
// time of the whole preparation.
const { abs, ceil, floor, max, min, round } = Math;

/** Pages are read at this resolution (OCR works best on text 20–30 pixels high). */
export const TARGET_DPI = 250;
/** The skew the deskew searches, degrees either way. */
export const MAX_SKEW = 5;

/** Bilinear resampling by a factor. */
export function scale(img: GreyImage, f: number): GreyImage {
  if (abs(f - 1) < 0.05) return img;
  const w = max(1, round(img.width * f));
  const h = max(1, round(img.height * f));
  const out = new Uint8Array(w * h);
  const src = img.data;
  const sw = img.width;
  const sh = img.height;
  for (let y = 0; y < h; y++) {
    const fy = min(sh - 1, (y + 0.5) / f - 0.5);
    const y0 = max(0, floor(fy));
    const y1 = min(sh - 1, y0 + 1);
    const ty = max(0, fy - y0);
    for (let x = 0; x < w; x++) {
      const fx = min(sw - 1, (x + 0.5) / f - 0.5);
      const x0 = max(0, floor(fx));
      const x1 = min(sw - 1, x0 + 1);
      const tx = max(0, fx - x0);
      const a = src[y0 * sw + x0] * (1 - tx) + src[y0 * sw + x1] * tx;
      const b = src[y1 * sw + x0] * (1 - tx) + src[y1 * sw + x1] * tx;
      out[y * w + x] = a * (1 - ty) + b * ty;
    }
  }
  return { width: w, height: h, data: out, dpi: img.dpi * f };
}

/**
 * Evens out the light (each pixel divided by the paper's brightness around it: the brightest values of 32-pixel
 * blocks, smoothed) and stretches the contrast so that paper is white and ink is dark.
 */
export function evenLight(img: GreyImage): GreyImage {
  const { width: w, height: h, data } = img;
  const B = 48;
  const bw = ceil(w / B);
  const bh = ceil(h / B);
  const bg = new Float32Array(bw * bh);
  const hist = new Uint32Array(256);
  for (let by = 0; by < bh; by++)
    for (let bx = 0; bx < bw; bx++) {
      hist.fill(0);
      let n = 0;
      for (let y = by * B; y < min(h, by * B + B); y++)
        for (let x = bx * B; x < min(w, bx * B + B); x++) {
          hist[data[y * w + x]]++;
          n++;
        }
      // The paper: the 90th percentile of the block (text covers far less than 10 % of a block).
      let acc = 0;
      let v = 255;
      while (v > 0 && acc + hist[v] < n * 0.1) acc += hist[v--];
      bg[by * bw + bx] = max(v, 40);
    }
  // Smooth the background over neighbouring blocks (a block full of ink takes its neighbours' paper).
  const sm = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by++)
    for (let bx = 0; bx < bw; bx++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx;
          const y = by + dy;
          if (x >= 0 && y >= 0 && x < bw && y < bh) m = max(m, bg[y * bw + x]);
        }
      sm[by * bw + bx] = m;
    }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const fy = min(bh - 1, max(0, (y - B / 2) / B));
    const y0 = floor(fy);
    const y1 = min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = min(bw - 1, max(0, (x - B / 2) / B));
      const x0 = floor(fx);
      const x1 = min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const paper =
        (sm[y0 * bw + x0] * (1 - tx) + sm[y0 * bw + x1] * tx) * (1 - ty) +
        (sm[y1 * bw + x0] * (1 - tx) + sm[y1 * bw + x1] * tx) * ty;
      const v = (data[y * w + x] / paper) * 255;
      // Contrast: paper (≥ 92 % of its brightness) white, the rest stretched.
      out[y * w + x] = v >= 235 ? 255 : max(0, round((v - 20) * (255 / 215)));
    }
  }
  return { ...img, data: out };
}

/** Dark pixels of a small copy (a quarter of the size), for the skew search. */
function darkPoints(img: GreyImage, step: number): { xs: Int32Array; ys: Int32Array } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += step)
    for (let x = 0; x < img.width; x += step)
      if (img.data[y * img.width + x] < 128) {
        xs.push(x);
        ys.push(y);
      }
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys) };
}

/** How sharply the rows' dark counts peak when the page is turned by `deg` (text lines and borders align). */
function profileScore(p: { xs: Int32Array; ys: Int32Array }, deg: number, height: number, step: number): number {
  const t = Math.tan((deg * Math.PI) / 180);
  const bins = new Float64Array(ceil(height / step) + 64);
  const off = 32;
  for (let i = 0; i < p.xs.length; i++) {
    const b = round((p.ys[i] - p.xs[i] * t) / step) + off;
    if (b >= 0 && b < bins.length) bins[b]++;
  }
  let s = 0;
  for (let i = 1; i < bins.length; i++) s += (bins[i] - bins[i - 1]) ** 2;
  return s;
}

/** The skew of the text lines in degrees (positive: lines fall to the right), searched within ±MAX_SKEW. */
export function findSkew(img: GreyImage, region?: { x0: number; x1: number }): { deg: number; sharpness: number } {
  const step = max(1, round(img.dpi / 75));
  let p = darkPoints(img, step);
  if (region) {
    const keep: number[] = [];
    for (let i = 0; i < p.xs.length; i++) if (p.xs[i] >= region.x0 && p.xs[i] < region.x1) keep.push(i);
    p = { xs: Int32Array.from(keep.map((i) => p.xs[i])), ys: Int32Array.from(keep.map((i) => p.ys[i])) };
  }
  if (!p.xs.length) return { deg: 0, sharpness: 0 };
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, by: number) => {
    for (let d = from; d <= to + 1e-9; d += by) {
      const s = profileScore(p, d, img.height, step);
      if (s > bestScore) {
        bestScore = s;
        best = d;
      }
    }
  };
  search(-MAX_SKEW, MAX_SKEW, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.05);
  const flat = profileScore(p, best + 2, img.height, step);
  return { deg: best, sharpness: flat > 0 ? bestScore / flat : 0 };
}

/** Turns the image by -deg around its centre (bilinear; outside is white paper). */
export function rotate(img: GreyImage, deg: number): GreyImage {
  if (abs(deg) < 0.05) return img;
  const { width: w, height: h, data } = img;
  const a = (deg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // Source point: the destination turned back by +deg (the skewed page).
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = floor(sx);
      const y0 = floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
        out[y * w + x] = 255;
        continue;
      }
      const tx = sx - x0;
      const ty = sy - y0;
      const i = y0 * w + x0;
      out[y * w + x] =
        (data[i] * (1 - tx) + data[i + 1] * tx) * (1 - ty) + (data[i + w] * (1 - tx) + data[i + w + 1] * tx) * ty;
    }
  }
  return { ...img, data: out };
}

/**
 * The lean of the vertical strokes (table borders) after the rows are straight, degrees (positive: they lean to the
 * right going down): a photo taken at an angle shears the page. Found by the same profile along the columns.
 */
export function findShear(img: GreyImage): number {
  const step = max(1, round(img.dpi / 75));
  const p = darkPoints(img, step);
  if (!p.xs.length) return 0;
  const swapped = { xs: p.ys, ys: p.xs };
  let best = 0;
  let bestScore = -1;
  for (let d = -3; d <= 3 + 1e-9; d += 0.1) {
    const s = profileScore(swapped, d, img.width, step);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  return round(best * 10) / 10;
}

/** Undoes a shear: each row moved sideways so that lines leaning by `deg` stand upright. */
export function unshear(img: GreyImage, deg: number): GreyImage {
  if (abs(deg) < 0.15) return img;
  const { width: w, height: h, data } = img;
  const t = Math.tan((deg * Math.PI) / 180);
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    const dx = (y - h / 2) * t;
    const x0 = floor(dx);
    const f = dx - x0;
    for (let x = 0; x < w; x++) {
      const sx = x + x0;
      if (sx < 0 || sx + 1 >= w) continue;
      out[y * w + x] = data[y * w + sx] * (1 - f) + data[y * w + sx + 1] * f;
    }
  }
  return { ...img, data: out };
}

/**
 * Undoes rows bent by a perspective: the left half's rows lean by `leftDeg`, the right half's by `rightDeg` (the
 * lean growing evenly across the page: their mean at the centre, k more per pixel), so each column is read
 * `mean·u + k·u²/2` lower, u its distance from the centre.
 */
export function unbend(img: GreyImage, leftDeg: number, rightDeg: number): GreyImage {
  const { width: w, height: h, data } = img;
  const tan = (d: number) => Math.tan((d * Math.PI) / 180);
  const k = (tan(rightDeg) - tan(leftDeg)) / (w / 2);
  const mean = (tan(rightDeg) + tan(leftDeg)) / 2;
  const out = new Uint8Array(w * h).fill(255);
  for (let x = 0; x < w; x++) {
    const u = x - w / 2;
    const dy = mean * u + (k * u * u) / 2;
    const y0 = floor(dy);
    const f = dy - y0;
    for (let y = 0; y < h; y++) {
      const sy = y + y0;
      if (sy < 0 || sy + 1 >= h) continue;
      out[y * w + x] = data[sy * w + x] * (1 - f) + data[(sy + 1) * w + x] * f;
    }
  }
  return { ...img, data: out };
}

/** Whether any pixel is dark (below mid-grey). */
function hasDark(img: GreyImage): boolean {
  const d = img.data;
  for (let i = 0; i < d.length; i++) if (d[i] < 128) return true;
  return false;
}

export interface Prepared {
  image: GreyImage;
  /** The skew corrected, degrees. */
  skew: number;
  /** What may make the page read wrong, in both languages. */
  warnings: LangText[];
}

/** Grey page → resampled, light evened, straightened; with warnings when it is too small or too skewed to trust. */
export function preparePage(src: GreyImage, page: number): Prepared {
  const warnings: LangText[] = [];
  const where = `Trang ${page}`;
  const whereEn = `Page ${page}`;
  if (src.dpi < 100 || min(src.width, src.height) < 600) {
    // The resolution when it says why (a figure of 0 or above 100 would not); else the image's size in pixels.
    const dpi = round(src.dpi);
    const known = dpi >= 1 && dpi < 100;
    const size = known ? `khoảng ${dpi} dpi` : `${src.width} × ${src.height} điểm ảnh`;
    const sizeEn = known ? `about ${dpi} dpi` : `${src.width} × ${src.height} pixels`;
    warnings.push({
      vi: `${where}: ảnh quá nhỏ (${size}) — chữ có thể đọc sai; hãy quét lại từ 200 dpi.`,
      en: `${whereEn}: the image is too small (${sizeEn}) — text may be misread; scan again at 200 dpi or more.`,
    });
  }
  // Low resolutions are brought up to TARGET_DPI; 200–400 dpi are read as they are (time grows with the pixels).
  const f = src.dpi < 200 ? TARGET_DPI / src.dpi : src.dpi > 400 ? 300 / src.dpi : 1;
  let img = evenLight(scale(src, min(f, 3)));
  // A page without a dark pixel (the skew search's threshold) holds nothing to straighten: blank, not skewed.
  if (!hasDark(img)) {
    warnings.push({ vi: `${where}: trang trống hoặc chữ quá mờ.`, en: `${whereEn}: the page is blank or too faint.` });
    return { image: img, skew: 0, warnings };
  }
  const { deg, sharpness } = findSkew(img);
  if (abs(deg) >= MAX_SKEW - 0.3 || sharpness < 1.05)
    warnings.push({
      vi:
        `${where}: ảnh bị nghiêng hoặc chụp lệch quá nhiều, không chỉnh thẳng được — bảng có thể đọc sai; ` +
        "hãy chụp thẳng từ trên xuống hoặc dùng bản quét/bản gốc.",
      en:
        `${whereEn}: the image is too tilted or skewed to straighten — the table may be misread; ` +
        "take the photo straight from above, or use a scan or the original.",
    });
  img = rotate(img, abs(deg) < MAX_SKEW - 0.3 ? deg : 0);
  if (sharpness >= 1.05 && abs(deg) < MAX_SKEW - 0.3) {
    // Perspective (a photo taken at an angle): the rows of the two halves of the straightened page still lean,
    // differently. Each column is moved up or down so that the rows are straight again (a keystone correction);
    // a strong one is said, since letters near the edges stay distorted.
    const left = findSkew(img, { x0: 0, x1: img.width / 2 });
    const right = findSkew(img, { x0: img.width / 2, x1: img.width });
    const bend = right.deg - left.deg;
    if (abs(bend) >= 0.4 && abs(bend) <= 2 * MAX_SKEW - 1) img = unbend(img, left.deg, right.deg);
    if (abs(bend) > 1.2)
      warnings.push({
        vi:
          `${where}: ảnh chụp xiên (hai nửa trang nghiêng ${left.deg.toFixed(1)}° và ${right.deg.toFixed(1)}°) — ` +
          "đã chỉnh nhưng các cột có thể lệch; hãy chụp thẳng từ trên xuống hoặc dùng bản quét/bản gốc.",
        en:
          `${whereEn}: photo taken at an angle (the page's halves lean ${left.deg.toFixed(1)}° and ` +
          `${right.deg.toFixed(1)}°) — corrected, but columns may be off; take the photo straight from above, or ` +
          "use a scan or the original.",
      });
  }
  const shear = findShear(img);
  if (abs(shear) >= 0.15) {
    img = unshear(img, shear);
    if (abs(shear) >= 2.5)
      warnings.push({
        vi:
          `${where}: ảnh chụp xiên (các cột nghiêng ${shear.toFixed(1)}°) — đã chỉnh nhưng bảng có thể đọc sai; ` +
          "hãy chụp thẳng từ trên xuống hoặc dùng bản quét/bản gốc.",
        en:
          `${whereEn}: photo taken at an angle (the columns lean ${shear.toFixed(1)}°) — corrected, but the table ` +
          "may be misread; take the photo straight from above, or use a scan or the original.",
      });
  }
  return { image: img, skew: deg, warnings };
}

/** The image as a binary PGM file (a format Tesseract's image library reads). */
export function toPgm(img: GreyImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}
