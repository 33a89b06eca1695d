/**
 * .pdf: pdf.js (pdfjs-dist, legacy build) extracts each page's text items with their positions and the ruling lines
 * drawn on it; src/core/read/positions.ts turns them into the grid every host hands to the reader.
 * pdf.js is loaded lazily (its own chunk in the page; nothing at start-up) and runs without a worker thread: its
 * worker module is loaded alongside and used on the same thread, so nothing is fetched from anywhere.
 * The input bytes are copied before pdf.js sees them (it takes ownership of the buffer it is given).
 */
import { gridFromPositions, hasText, type PositionedPage } from "../../core/read/positions";
import { FileProblem } from "./errors";
import { loadPdfJs, type PdfJs, type PdfPage } from "./pdf-lib";
import { pageGraphics } from "./pdf-ops";
import { ocrLayerImage } from "./pdf-image";
import { assembleText, glyphsOfRuns } from "../../core/read/pdf-text";
import { PdfStructureError } from "./pdf-limits";
import { normalizeOcrGrid } from "../../core/read/ocr-cells";
import { respellCriterionNames } from "../../core/read/ocr-names";
import { dropSpeckItems, dropSpeckLines } from "../../core/read/ocr-specks";
import { CATALOG_IDS, loadCatalog } from "../../core/catalogs";
import type { OcrOptions } from "./ocr/index";
import type { ScanInfo } from "./scan";
import type { LangText } from "../../core/text/message";

export const SCANNED_PDF = "Tệp PDF là ảnh quét, không có chữ để đọc: hãy dùng bản Word/Excel gốc hoặc dán bảng";

export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

/** A complete PDF ends with %%EOF (incremental updates too); a download cut short does not. */
function isTruncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return !tail.includes("%%EOF");
}

/** What a file drew besides text: a PDF without text is a scan only when it holds images. */
interface Drawn {
  images: number;
  lines: number;
}

/**
 * A page read; `ocrLayer` when its words came from a "searchable" scan's invisible OCR layer, with `imageDpi` the
 * resolution of the page image under it (as the layer's text size tells it).
 */
export type ReadPage = PositionedPage & { ocrLayer?: true; imageDpi?: number };

async function readPage(pdfjs: PdfJs, page: PdfPage, drawn: Drawn): Promise<ReadPage> {
  const viewport = page.getViewport({ scale: 1 });
  const toView = (x: number, y: number) => viewport.convertToViewportPoint(x, y) as [number, number];
  const graphics = await pageGraphics(pdfjs, page, viewport.transform);
  drawn.images += graphics.images.length;
  drawn.lines += graphics.lines.length;
  const image = ocrLayerImage(graphics, viewport.width, viewport.height);
  if (image) {
    // A "searchable" scan: the borders are in the image, the words in the invisible OCR layer.
    const layer = await import(/* webpackChunkName: "pdf-ocr-layer" */ "./pdf-ocr-layer");
    const found = await layer.imageRulings(page, image, toView, graphics.glyphs);
    if (found) {
      const items = assembleText(layer.layerWords(graphics.glyphs, found.ink));
      const lines = [...graphics.lines, ...layer.rulingsOffText(found.lines, items)];
      return { width: viewport.width, height: viewport.height, items, lines, ocrLayer: true, imageDpi: found.dpi };
    }
  }
  const { lines, glyphs } = graphics;
  // Glyph positions from the operator list; pdf.js's text runs only where no glyph was found (fonts not loaded).
  const items = assembleText(glyphs.length ? glyphs : glyphsOfRuns(await contentRuns(page, toView)));
  return { width: viewport.width, height: viewport.height, items, lines };
}

async function contentRuns(page: PdfPage, toView: (x: number, y: number) => [number, number]) {
  const content = await page.getTextContent();
  const runs = [];
  for (const it of content.items) {
    if (!("str" in it) || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
    const [x, y] = toView(e, f);
    runs.push({ str: it.str, x, y, width: it.width, size });
  }
  return runs;
}

/** A PDF with no text and no image: nothing was scanned, there is nothing to read (blank pages, or only drawings). */
function emptyPdf(name: string, drawings: boolean): FileProblem {
  const what = drawings
    ? "chỉ có đường kẻ, hình vẽ (không có chữ, không có ảnh)"
    : "chỉ có trang trắng (không có chữ, không có ảnh)";
  return new FileProblem(
    "empty",
    `Tệp "${name}" là PDF không có nội dung để đọc: ${what}. Hãy kiểm tra lại tệp, hoặc dùng bản Word/Excel gốc.`,
    `"${name}" is a PDF with nothing to read: ${drawings ? "only lines and drawings" : "blank pages"} ` +
      "(no text, no image). Check the file, or use the original Word/Excel file.",
  );
}

function problemOf(e: unknown, name: string): FileProblem {
  if (e instanceof PdfStructureError) return e.problem(name); // a structure limit (pdf-limits.ts)
  const err = e as { name?: string; message?: string };
  if (err?.name === "PasswordException") {
    return new FileProblem(
      "encrypted",
      `Tệp "${name}" là PDF có mật khẩu, không đọc được. Hãy dùng bản không đặt mật khẩu (hoặc bản Word/Excel gốc).`,
      `"${name}" is a password-protected PDF: use an unprotected copy or the original Word/Excel file.`,
    );
  }
  return new FileProblem(
    "corrupt",
    `Tệp "${name}" là PDF bị hỏng, không đọc được (${err?.message ?? "lỗi không rõ"}). ` +
      "Hãy tải lại tệp hoặc dùng bản Word/Excel gốc.",
    `"${name}" is a broken PDF: download it again or use the original Word/Excel file.`,
  );
}

/** The pages of a PDF as positioned text; FileProblem for encrypted, broken, truncated or scanned files. */
export async function readPdfPages(bytes: Uint8Array, name: string): Promise<ReadPage[]> {
  if (isTruncated(bytes)) {
    throw new FileProblem(
      "corrupt",
      `Tệp "${name}" là PDF không trọn vẹn (bị cắt mất phần cuối, có thể do tải về chưa xong). Hãy tải lại tệp.`,
      `"${name}" is a truncated PDF (its end is missing): download it again.`,
    );
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: true,
    // Pixels, never an ImageBitmap: a browser would otherwise hand a searchable scan's page image over as a bitmap,
    // and its ruling lines (pdf-ocr-layer.ts) could not be looked for.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  const pages: ReadPage[] = [];
  const drawn: Drawn = { images: 0, lines: 0 };
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(pdfjs, page, drawn));
      page.cleanup();
    }
  } catch (e) {
    throw problemOf(e, name);
  } finally {
    await task.destroy();
  }
  const noText = !hasText(pages);
  if (noText && drawn.images === 0) throw emptyPdf(name, drawn.lines > 0);
  if (noText)
    throw new FileProblem(
      "scanned",
      `${SCANNED_PDF} ("${name}").`,
      `"${name}" is a scanned PDF (images only, no text): use the original Word/Excel file or paste the table.`,
    );
  return pages;
}

/** The grid of a PDF plan (paragraphs before the table, the table, what follows). */
export async function readPdfGrid(bytes: Uint8Array, name: string): Promise<string[][]> {
  return gridOfPages(await readPdfPages(bytes, name));
}

/** A PDF plan read: its grid and, when its pages were read again by OCR (pdf-reread.ts), what OCR saw. */
export interface PdfReading {
  grid: string[][];
  scan?: ScanInfo;
  /** File-level notes: why the pages were read again, what OCR warned of. */
  notes: LangText[];
  /** A searchable scan whose OCR layer reads poorly, read without OCR: a reader with OCR would read it again. */
  poorOcrLayer?: true;
}

/**
 * A PDF plan's grid; with `ocr`, a "searchable" scan whose OCR layer reads poorly is read again from its page
 * images by our own OCR, and the better reading kept (pdf-reread.ts).
 */
export async function readPdf(bytes: Uint8Array, name: string, ocr?: OcrOptions | null): Promise<PdfReading> {
  const pages = await readPdfPages(bytes, name);
  const grid = await gridOfPages(pages);
  if (!pages.some((p) => p.ocrLayer)) return { grid, notes: [] };
  const { layerNeedsReread, rereadPoorLayer } = await import(/* webpackChunkName: "ocr" */ "./pdf-reread");
  if (!ocr) return layerNeedsReread(pages, grid) ? { grid, notes: [], poorOcrLayer: true } : { grid, notes: [] };
  return rereadPoorLayer(bytes, pages, grid, ocr);
}

async function gridOfPages(pages: ReadPage[]): Promise<string[][]> {
  if (!pages.some((p) => p.ocrLayer)) return gridFromPositions(pages);
  // The layer's specks are dropped before its rows are built (the pages keep them: they tell how poor the layer is).
  const grid = gridFromPositions(
    pages.map((p) => (p.ocrLayer ? { ...p, items: dropSpeckItems(p.items, p.lines) } : p)),
  );
  // Words from an OCR layer carry OCR's slips ("1o/2025", "l.l"): undone by column, as for our own OCR of scans;
  // criterion names misread are spelled again from the catalogs (all of them: the plan's level is not known yet).
  const catalogs = await Promise.all(CATALOG_IDS.map((id) => loadCatalog(id)));
  return respellCriterionNames(normalizeOcrGrid(dropSpeckLines(grid)), catalogs);
}
