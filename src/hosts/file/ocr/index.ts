/**
 * Scanned plans: the image of each page of an image-only PDF (or a .jpg/.png, wrapped as a one-page PDF) is
 * decoded by pdf.js, prepared (pixels.ts, prepare.ts), its ruling lines found (lines.ts) and its words read by
 * Tesseract (engine.ts); src/core/read/ocr.ts turns them into positioned pages for the usual grid pipeline, and
 * gives each grid cell the confidence of its words. Pages are read one at a time (memory stays that of one page).
 */
import { gridFromPositions, type PositionedPage } from "../../../core/read/positions";
import { cellConfidences, ocrPage, ocrSeen, splitWideWords, type OcrSeen, type OcrWord } from "../../../core/read/ocr";
import { normalizeOcrGrid } from "../../../core/read/ocr-cells";
import { joinOcrPages } from "../../../core/read/ocr-pages";
import { loadPdfJs } from "../pdf-lib";
import { findRulingLines } from "./lines";
import { greyFromPdfImage, orient, type GreyImage } from "./pixels";
import { preparePage } from "./prepare";
import { OcrEngine, type OcrEnv } from "./engine";
import { multiply, type Matrix } from "../pdf-ops";

export type { OcrEnv } from "./engine";

export interface OcrOptions {
  env: OcrEnv;
  /** Called before each page is read: page n of N (1-based). */
  onProgress?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

export interface ScanReading {
  grid: string[][];
  /** Confidence (0–100) of each grid cell; null where no OCR word was matched (or the cell is empty). */
  confidence: (number | null)[][];
  seen: OcrSeen;
  pages: PositionedPage[];
}

export class OcrCancelled extends Error {
  constructor() {
    super("Đã dừng đọc ảnh / OCR cancelled");
  }
}


interface PdfImageObj {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}
interface ObjStore {
  get(id: string, cb: (o: unknown) => void): void;
}

/** The largest image painted on a page, in grey, with its resolution on the page. */
async function pageImage(page: unknown): Promise<GreyImage | null> {
  const pdfjs = await loadPdfJs();
  const OPS = pdfjs.OPS;
  const p = page as {
    getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
    objs: ObjStore;
    commonObjs: ObjStore;
  };
  const list = await p.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let best: { id: string | null; inline: PdfImageObj | null; area: number; ptWidth: number } | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const ptWidth = Math.hypot(ctm[0], ctm[1]);
      const area = ptWidth * Math.hypot(ctm[2], ctm[3]);
      if (!best || area > best.area) {
        const inline = fn === OPS.paintInlineImageXObject ? (args[0] as PdfImageObj) : null;
        best = { id: inline ? null : (args[0] as string), inline, area, ptWidth };
      }
    }
  }
  if (!best) return null;
  const obj =
    best.inline ??
    (await new Promise<PdfImageObj>((resolve) =>
      (best.id!.startsWith("g_") ? p.commonObjs : p.objs).get(best.id!, (o) => resolve(o as PdfImageObj)),
    ));
  if (!obj?.data || !obj.width) return null;
  return { width: obj.width, height: obj.height, data: greyFromPdfImage(obj), dpi: (obj.width * 72) / best.ptWidth };
}

/** Reads a scanned PDF's pages by OCR (`orientation`: the EXIF orientation of a photo wrapped as a PDF). */
export async function readScan(pdf: Uint8Array, opts: OcrOptions, orientation = 1): Promise<ScanReading> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  const engine = new OcrEngine(opts.env);
  const pages: PositionedPage[] = [];
  const words: OcrWord[][] = [];
  const warnings: string[] = [];
  const cancelled = () => {
    if (opts.signal?.aborted) throw new OcrCancelled();
  };
  const onAbort = () => void engine.terminate();
  opts.signal?.addEventListener("abort", onAbort);
  try {
    const doc = await task.promise;
    // Page n+1 is decoded and prepared (JavaScript, this thread) while Tesseract reads page n (its own thread): on
    // two cores the preparation costs no time; two pages' images are held at most.
    const prepare = async (n: number) => {
      const page = await doc.getPage(n);
      const raw = await pageImage(page);
      page.cleanup();
      if (!raw) return null;
      const prepared = preparePage(orient(raw, orientation), n);
      return { prepared, lines: findRulingLines(prepared.image) };
    };
    let next = doc.numPages ? prepare(1) : null;
    for (let n = 1; n <= doc.numPages; n++) {
      cancelled();
      opts.onProgress?.(n, doc.numPages);
      const ready = await next;
      next = null;
      if (!ready) {
        warnings.push(`Trang ${n}: không có ảnh để đọc.`);
        if (n < doc.numPages) next = prepare(n + 1);
        continue;
      }
      warnings.push(...ready.prepared.warnings);
      const img = ready.prepared.image;
      const reading = engine.read(img);
      // A failed read is reported by the await below; the next page's preparation waits for it to be seen.
      reading.catch(() => undefined);
      if (n < doc.numPages) {
        next = prepare(n + 1);
        next.catch(() => undefined);
      }
      const found = splitWideWords(await reading);
      cancelled();
      words.push(found);
      pages.push(ocrPage(img, found, ready.lines));
    }
  } catch (e) {
    if (opts.signal?.aborted) throw new OcrCancelled();
    throw e;
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    await engine.terminate();
    await task.destroy();
  }
  const raw = gridFromPositions(pages);
  const joined = joinOcrPages(raw, cellConfidences(raw, words));
  return { grid: normalizeOcrGrid(joined.grid), confidence: joined.confidence, seen: ocrSeen(words, warnings), pages };
}
