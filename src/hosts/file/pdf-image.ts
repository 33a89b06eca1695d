/**
 * The images a PDF page paints (found by src/hosts/file/pdf-ops.ts) and their decoded pixels, from pdf.js's object
 * stores (PDFPageProxy.objs / commonObjs: get(id, callback)). Shared by the OCR of scans (ocr/index.ts) and the
 * reading of "searchable" scans (pdf-ocr-layer.ts), whose text is an invisible OCR layer over a page image.
 */
import type { PageGraphics, PaintedImage } from "./pdf-ops";

/** A decoded image as pdf.js gives it (ImageKind: 1 = 1 bit grey, 2 = RGB, 3 = RGBA). */
export interface PdfImageObj {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

interface ObjStore {
  get(id: string, cb: (o: unknown) => void): void;
}

/** Area (square points) an image covers on the page and its width in points. */
export function imageExtent(img: PaintedImage): { area: number; ptWidth: number } {
  const [a, b, c, d] = img.ctm;
  return { area: Math.abs(a * d - b * c), ptWidth: Math.hypot(a, b) };
}

/** The image painted largest on the page, or null. */
export function largestImage(images: PaintedImage[]): PaintedImage | null {
  let best: PaintedImage | null = null;
  for (const img of images) if (!best || imageExtent(img).area > imageExtent(best).area) best = img;
  return best;
}

/**
 * A "searchable" scan page (what scanners and ocrmypdf write): all of its text is drawn invisibly (render mode 3)
 * over an image covering most of the page. Its table borders exist only in the image. Returns that image.
 */
export function ocrLayerImage(g: PageGraphics, pageWidth: number, pageHeight: number): PaintedImage | null {
  if (!g.glyphs.length || g.invisible < g.glyphs.length) return null;
  const img = largestImage(g.images);
  return img && imageExtent(img).area >= 0.5 * pageWidth * pageHeight ? img : null;
}

/** The decoded pixels of a painted image (null when pdf.js could not decode it). */
export async function imageObject(page: unknown, img: PaintedImage): Promise<PdfImageObj | null> {
  const p = page as { objs: ObjStore; commonObjs: ObjStore };
  const obj =
    (img.inline as PdfImageObj | null) ??
    (img.id
      ? await new Promise<PdfImageObj>((resolve) =>
          (img.id!.startsWith("g_") ? p.commonObjs : p.objs).get(img.id!, (o) => resolve(o as PdfImageObj)),
        )
      : null);
  return obj?.data && obj.width ? obj : null;
}
