/**
 * One pass over a page's pdf.js operator list: the ruling lines (straight segments of painted paths: stroked
 * lines, thin filled rectangles as Chromium/Skia draws borders, per-cell rectangles) and every glyph drawn, with
 * its exact position (the text state tracked as pdf.js's own canvas renderer does: Tm, Td/TD/T*, Tc, Tw, Tz, Ts,
 * TJ displacements; Type 3 widths through the font matrix). Invisible text (render mode 3, an OCR layer) counts.
 * Glyph positions are what text assembly needs (src/core/read/pdf-text.ts): getTextContent merges glyphs into runs
 * whose inner positions are lost (LibreOffice's fallback-font glyphs land inside another run's gaps).
 */
import type { RulingLine } from "../../core/read/positions";
import type { PdfGlyph } from "../../core/read/pdf-text";
import type { PdfJs, PdfPage } from "./pdf-lib";

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n as PDF concatenates matrices (n then m). */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

interface Font {
  fontMatrix?: number[];
  vertical?: boolean;
  isType3Font?: boolean;
}
interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

interface TextState {
  tm: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
  font: Font | null;
  fontSize: number;
  direction: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  /** Text rendering mode (Tr): 3 = invisible (the OCR layer of a "searchable" scan). */
  renderMode: number;
}

const freshText = (): TextState => ({
  tm: IDENTITY,
  x: 0,
  y: 0,
  lineX: 0,
  lineY: 0,
  font: null,
  fontSize: 0,
  direction: 1,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  leading: 0,
  rise: 0,
  renderMode: 0,
});

/** An image painted on the page: its pdf.js object id (or the inline image itself) and its placement. */
export interface PaintedImage {
  id: string | null;
  inline: unknown;
  /** Maps the image's unit square (0,0 = bottom left) to PDF user space of the page. */
  ctm: Matrix;
}

export interface PageGraphics {
  lines: RulingLine[];
  glyphs: PdfGlyph[];
  /** How many of the glyphs are drawn invisibly (render mode 3). */
  invisible: number;
  images: PaintedImage[];
}

/**
 * The ruling lines and glyphs of a page, in viewport coordinates (points, y from the top). `view` is the viewport's
 * transform (pdf.js PageViewport.transform): a point is placed as PageViewport.convertToViewportPoint places it
 * (Util.applyTransform, the same arithmetic in the same order), written out so that no array is made per glyph.
 */
export async function pageGraphics(pdfjs: PdfJs, page: PdfPage, view: readonly number[]): Promise<PageGraphics> {
  const [v0, v1, v2, v3, v4, v5] = view;
  const OPS = pdfjs.OPS;
  const painted = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const list = await page.getOperatorList();
  // pdf.js PDFPageProxy.commonObjs (PDFObjects: has, get): the fonts the operator list names.
  const objs = (page as unknown as { commonObjs?: { has(n: string): boolean; get(n: string): unknown } }).commonObjs;
  const fontOf = (name: unknown): Font | null => {
    try {
      return typeof name === "string" && objs?.has(name) ? (objs.get(name) as Font) : null;
    } catch {
      return null;
    }
  };
  const out: RulingLine[] = [];
  const glyphs: PdfGlyph[] = [];
  const images: PaintedImage[] = [];
  let invisible = 0;
  const stack: { ctm: Matrix; text: TextState; clip: Box | null }[] = [];
  let ctm: Matrix = IDENTITY;
  // The clipping box (bounding box of the clip paths, viewport coordinates) and the current path's box.
  let clip: Box | null = null;
  let pathBox: Box | null = null;
  let clipping = false;
  let ts = freshText();
  let pending: RulingLine[] = [];
  const seg = (ax: number, ay: number, bx: number, by: number) => {
    const m = ctm;
    const p1 = m[0] * ax + m[2] * ay + m[4];
    const q1 = m[1] * ax + m[3] * ay + m[5];
    const p2 = m[0] * bx + m[2] * by + m[4];
    const q2 = m[1] * bx + m[3] * by + m[5];
    const x1 = p1 * v0 + q1 * v2 + v4;
    const y1 = p1 * v1 + q1 * v3 + v5;
    const x2 = p2 * v0 + q2 * v2 + v4;
    const y2 = p2 * v1 + q2 * v3 + v5;
    pending.push({ x1, y1, x2, y2 });
    pathBox = grow(grow(pathBox, x1, y1), x2, y2);
  };
  const moveText = (x: number, y: number) => {
    ts.x = ts.lineX += x;
    ts.y = ts.lineY += y;
  };
  const showText = (items: (Glyph | number)[]) => {
    const font = ts.font;
    if (!font || !ts.fontSize || font.vertical) return;
    const fm = font.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const m = multiply(ctm, ts.tm);
    const toView = (x: number, y: number) => apply(view as Matrix, x, y);
    const [ox, oy] = toView(...apply(m, 0, 0));
    const [ux, uy] = toView(...apply(m, 0, 1));
    const vScale = Math.hypot(ux - ox, uy - oy);
    const [rx, ry] = toView(...apply(m, 1, 0));
    const hLen = Math.hypot(rx - ox, ry - oy);
    // Only text running left to right on the page (rotated labels are not plan text).
    const horizontal = hLen > 0 && Math.abs(ry - oy) <= 0.2 * hLen && rx > ox;
    const em = font.isType3Font ? Math.min(Math.abs(fm[3]) * 1000, 10) || 1 : 1;
    const size = ts.fontSize * vScale * em;
    const hScale = ts.hScale * ts.direction;
    let x = 0;
    for (const g of items) {
      if (typeof g === "number") {
        x -= (g * ts.fontSize) / 1000;
        continue;
      }
      const spacing = (g.isSpace ? ts.wordSpacing : 0) + ts.charSpacing;
      const advance = (g.width ?? 0) * fm[0] * ts.fontSize;
      if (horizontal && g.unicode) {
        // (apply(m, …) and the viewport's transform written out: per glyph, no intermediate arrays; the same
        // arithmetic in the same order.)
        const tx = ts.x + x * hScale;
        const ty = ts.y + ts.rise;
        const px = m[0] * tx + m[2] * ty + m[4];
        const py = m[1] * tx + m[3] * ty + m[5];
        const gx = px * v0 + py * v2 + v4;
        const gy = px * v1 + py * v3 + v5;
        if (clip && hiddenByClip(clip, gy, size)) {
          x += advance + spacing * ts.direction;
          continue;
        }
        const ex0 = ts.x + (x + advance) * hScale;
        const ex = (m[0] * ex0 + m[2] * ty + m[4]) * v0 + (m[1] * ex0 + m[3] * ty + m[5]) * v2 + v4;
        glyphs.push({ text: g.unicode, x: gx, y: gy, width: Math.max(0, ex - gx), size });
        if (ts.renderMode === 3) invisible++;
      }
      x += advance + spacing * ts.direction;
    }
    ts.x += x * hScale;
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, text: { ...ts }, clip });
        break;
      case OPS.restore: {
        const s = stack.pop();
        if (s) [ctm, ts, clip] = [s.ctm, s.text, s.clip];
        break;
      }
      case OPS.transform:
        ctm = multiply(ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, text: { ...ts }, clip });
        if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
        break;
      case OPS.paintFormXObjectEnd: {
        const s = stack.pop();
        if (s) [ctm, ts, clip] = [s.ctm, s.text, s.clip];
        break;
      }
      case OPS.beginText:
        ts.tm = IDENTITY;
        ts.x = ts.y = ts.lineX = ts.lineY = 0;
        break;
      case OPS.setFont: {
        ts.font = fontOf(args[0]);
        const size = Number(args[1]) || 0;
        ts.direction = size < 0 ? -1 : 1;
        ts.fontSize = Math.abs(size);
        break;
      }
      case OPS.setCharSpacing:
        ts.charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        ts.wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        ts.hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        ts.leading = -(Number(args[0]) || 0);
        break;
      case OPS.setTextRise:
        ts.rise = Number(args[0]) || 0;
        break;
      case OPS.setTextRenderingMode:
        ts.renderMode = Number(args[0]) || 0;
        break;
      case OPS.paintImageXObject:
        images.push({ id: typeof args[0] === "string" ? args[0] : null, inline: null, ctm });
        break;
      case OPS.paintInlineImageXObject:
        images.push({ id: null, inline: args[0], ctm });
        break;
      case OPS.moveText:
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        ts.leading = Number(args[1]) || 0;
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setTextMatrix:
        ts.tm = (args as number[]).slice(0, 6) as Matrix;
        ts.x = ts.y = ts.lineX = ts.lineY = 0;
        break;
      case OPS.nextLine:
        moveText(0, ts.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        if (Array.isArray(args[0])) showText(args[0] as (Glyph | number)[]);
        break;
      case OPS.constructPath:
        pathSegments(OPS, args, seg);
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipping = true;
        break;
      case OPS.endPath:
        if (clipping && pathBox) clip = intersect(clip, pathBox);
        clipping = false;
        pending = [];
        pathBox = null;
        break;
      default:
        if (painted.has(fn)) {
          if (clipping && pathBox) clip = intersect(clip, pathBox);
          clipping = false;
          out.push(...pending);
          pending = [];
          pathBox = null;
        }
    }
  }
  return { lines: out, glyphs, invisible, images };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const grow = (b: Box | null, x: number, y: number): Box =>
  b
    ? { x0: Math.min(b.x0, x), y0: Math.min(b.y0, y), x1: Math.max(b.x1, x), y1: Math.max(b.y1, y) }
    : { x0: x, y0: y, x1: x, y1: y };
const intersect = (a: Box | null, b: Box): Box =>
  a ? { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) } : b;

/**
 * A glyph the clip shows less than half of, vertically (its body taken as 0.75 em above the baseline): the tops of
 * a heading's tall accented capitals that Chromium paints, clipped, at the foot of the page before the one the
 * heading is printed on, or the feet of a line cut at a page's top. The text is printed whole on the other page.
 */
function hiddenByClip(clip: Box, baseline: number, size: number): boolean {
  const top = baseline - 0.75 * size;
  const seen = Math.min(baseline, clip.y1) - Math.max(top, clip.y0);
  return seen < 0.5 * (baseline - top);
}

/** The straight segments of a constructPath (rectangles: thin ones as one line, others as their four sides). */
function pathSegments(
  OPS: Record<string, number>,
  args: unknown[],
  seg: (ax: number, ay: number, bx: number, by: number) => void,
): void {
  const ops = args[0] as number[];
  const coords = args[1] as number[];
  let j = 0;
  let curX = 0;
  let curY = 0;
  let startX = 0;
  let startY = 0;
  for (const op of ops) {
    if (op === OPS.rectangle) {
      const x = coords[j];
      const y = coords[j + 1];
      const w = coords[j + 2];
      const h = coords[j + 3];
      j += 4;
      if (Math.abs(h) < 2) seg(x, y + h / 2, x + w, y + h / 2);
      else if (Math.abs(w) < 2) seg(x + w / 2, y, x + w / 2, y + h);
      else {
        seg(x, y, x + w, y);
        seg(x + w, y, x + w, y + h);
        seg(x + w, y + h, x, y + h);
        seg(x, y + h, x, y);
      }
    } else if (op === OPS.moveTo) {
      curX = startX = coords[j];
      curY = startY = coords[j + 1];
      j += 2;
    } else if (op === OPS.lineTo) {
      seg(curX, curY, coords[j], coords[j + 1]);
      curX = coords[j];
      curY = coords[j + 1];
      j += 2;
    } else if (op === OPS.curveTo) j += 6;
    else if (op === OPS.curveTo2 || op === OPS.curveTo3) j += 4;
    else if (op === OPS.closePath) {
      seg(curX, curY, startX, startY);
      curX = startX;
      curY = startY;
    }
  }
}
