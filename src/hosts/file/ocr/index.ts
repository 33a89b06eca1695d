/**
 * Scanned plans: the image of each page of an image-only PDF (or a .jpg/.png, wrapped as a one-page PDF) is
 * decoded by pdf.js, prepared (pixels.ts, prepare.ts), its ruling lines found (lines.ts) and its words read by
 * Tesseract (engine.ts); src/core/read/ocr.ts turns them into positioned pages for the usual grid pipeline, and
 * gives each grid cell the confidence of its words. Pages are read one at a time (memory stays that of one page).
 */
import { TextError, type LangText } from "../../../core/text/message";
import { gridFromPositions, type PositionedPage } from "../../../core/read/positions";
import { cellConfidences, ocrPage, ocrSeen, splitWideWords, type OcrSeen, type OcrWord } from "../../../core/read/ocr";
import { normalizeOcrGrid } from "../../../core/read/ocr-cells";
import { joinOcrPages } from "../../../core/read/ocr-pages";
import { loadPdfJs, type PdfPage } from "../pdf-lib";
import { findRulingLines } from "./lines";
import { linesOffCells, readByCells, tableCells } from "./cells";
import { greyFromPdfImage, orient, type GreyImage } from "./pixels";
import { preparePage } from "./prepare";
import { OcrEngine, type OcrEnv } from "./engine";
import { pageGraphics } from "../pdf-ops";
import { imageExtent, imageObject, largestImage } from "../pdf-image";
import { closeDots, rulingsOffText, verticalsOffWords } from "../pdf-ocr-layer";

export type { OcrEnv } from "./engine";

export interface OcrOptions {
  env: OcrEnv;
  /** Called before each page is read: page n of N (1-based). */
  onProgress?: (page: number, pages: number) => void;
  /** Called while a page is read: the share of it recognised so far (0–1). */
  onRecognize?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface ScanReading {
  grid: string[][];
  /** Confidence (0–100) of each grid cell; null where no OCR word was matched (or the cell is empty). */
  confidence: (number | null)[][];
  seen: OcrSeen;
  pages: PositionedPage[];
}

export class OcrCancelled extends TextError {
  constructor() {
    super({ vi: "Đã dừng đọc ảnh", en: "OCR cancelled" });
  }
}

/**
 * The largest image painted on a page, in grey, with its resolution on the page (`dpi` when known better); `dots`:
 * a 1-bit image's dotted grey borders closed into solid runs for the ruling line detector (pdf-ocr-layer.ts).
 */
async function pageImage(page: unknown, dpi?: number | null, dots = false): Promise<GreyImage | null> {
  const pdfjs = await loadPdfJs();
  const { images } = await pageGraphics(pdfjs, page as PdfPage, [1, 0, 0, 1, 0, 0]);
  const best = largestImage(images);
  const obj = best && (await imageObject(page, best));
  if (!best || !obj) return null;
  const { ptWidth } = imageExtent(best);
  const grey = dots && obj.kind === 1 ? closeDots(greyFromPdfImage(obj), obj.width) : greyFromPdfImage(obj);
  return { width: obj.width, height: obj.height, data: grey, dpi: dpi || (obj.width * 72) / ptWidth };
}

/** What is known of a scan's pages beforehand (from a "searchable" scan's OCR layer, pdf-ocr-layer.ts). */
export interface ScanHints {
  /** Each page image's resolution (0-based by page; null where the page's own placement is to be used). */
  dpi?: (number | null)[];
  /**
   * The pages are clean prints (a searchable scan's images): a 1-bit image's dotted grey borders are closed before
   * the ruling lines are looked for; each ruled cell is read on its own and the rest of the page as runs of words
   * (ocr/cells.ts; Tesseract's sparse-text segmentation, engine.ts: its layout analysis runs the lines of a dense
   * table across the columns); a border running on through a word (a bold full-width heading whose letters stand on
   * a column's line) is cut there.
   */
  cleanPrint?: boolean;
}

/** Reads a scanned PDF's pages by OCR (`orientation`: the EXIF orientation of a photo wrapped as a PDF). */
export async function readScan(
  pdf: Uint8Array,
  opts: OcrOptions,
  orientation = 1,
  hints: ScanHints = {},
): Promise<ScanReading> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: pdf.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    // Pixels, never an ImageBitmap: in a browser's worker pdf.js would otherwise decode JPEGs with ImageDecoder.
    isImageDecoderSupported: false,
    verbosity: 0,
  });
  const engine = new OcrEngine(opts.env, opts.onRecognize);
  const pages: PositionedPage[] = [];
  const words: OcrWord[][] = [];
  const warnings: LangText[] = [];
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
      const raw = await pageImage(page, hints.dpi?.[n - 1], hints.cleanPrint);
      page.cleanup();
      if (!raw) return null;
      const prepared = preparePage(orient(raw, orientation), n);
      // A clean print's cells are read one by one (ocr/cells.ts): its borders as printed, before they are painted out.
      const ink = hints.cleanPrint ? { ...prepared.image, data: prepared.image.data.slice() } : null;
      const lines = findRulingLines(prepared.image);
      const cells = ink ? tableCells(lines, ink) : [];
      return { prepared, lines: linesOffCells(lines, cells), cells };
    };
    let next = doc.numPages ? prepare(1) : null;
    for (let n = 1; n <= doc.numPages; n++) {
      cancelled();
      opts.onProgress?.(n, doc.numPages);
      const ready = await next;
      next = null;
      if (!ready) {
        warnings.push({ vi: `Trang ${n}: không có ảnh để đọc.`, en: `Page ${n}: no image to read.` });
        if (n < doc.numPages) next = prepare(n + 1);
        continue;
      }
      warnings.push(...ready.prepared.warnings);
      const img = ready.prepared.image;
      const reading = hints.cleanPrint
        ? readByCells(img, ready.cells, (i, mode) => engine.read(i, mode, !ready.cells.length), opts.onRecognize)
        : engine.read(img);
      // A failed read is reported by the await below; the next page's preparation waits for it to be seen.
      reading.catch(() => undefined);
      if (n < doc.numPages) {
        next = prepare(n + 1);
        next.catch(() => undefined);
      }
      const found = splitWideWords(await reading);
      cancelled();
      words.push(found);
      const page = ocrPage(img, found, ready.lines);
      if (hints.cleanPrint) page.lines = verticalsOffWords(rulingsOffText(page.lines, page.items), page.items);
      pages.push(page);
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
