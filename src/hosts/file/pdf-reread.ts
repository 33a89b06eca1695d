/**
 * A "searchable" scan whose OCR layer reads poorly, read again by our own OCR. Tesseract as ocrmypdf runs it reads a
 * dense table page by its layout analysis, which runs lines across the columns and garbles whole cells where dotted
 * borders cross them ("Tiêu chí 1.9: Thực hiện quy chế dân chủ cơ sở" → "sa ¬ ẻ SN nh chủ cờ Sở"). When the layer's
 * text holds many tokens typed text never holds (src/core/read/ocr-quality.ts) and OCR is available (the CLI unless
 * --no-ocr, the page's OCR worker), the page images are read by ocr/index.ts — at the resolution the layer's text
 * tells (one for the pages of one scan), dotted borders closed, each ruled cell read on its own (ocr/cells.ts) and
 * the rest of the page as runs of words (Tesseract's sparse-text segmentation) — and the reading with more criterion
 * rows, or clearly more known words, is kept — each criterion, period or budget cell the other reading reads better
 * taken from that one (src/core/read/ocr-choice.ts). A layer that reads well costs no OCR.
 */
import { betterReading, junkShare, POOR_LAYER_SHARE, readingQuality } from "../../core/read/ocr-quality";
import { respellCriterionNames } from "../../core/read/ocr-names";
import { chooseCells } from "../../core/read/ocr-choice";
import { CATALOG_IDS, loadCatalog } from "../../core/catalogs";
import { OcrCancelled, readScan, type OcrOptions } from "./ocr/index";
import type { PdfReading, ReadPage } from "./pdf";
import type { LangText } from "../../core/text/message";

/** The start of the file-level note when the pages were read again and that reading kept. */
export const REREAD_NOTE = "Lớp chữ OCR có sẵn trong tệp PDF đọc kém";

/** Whether the pages are a searchable scan whose layer reads poorly: every page with text has it from the layer. */
export function poorLayer(pages: ReadPage[]): { poor: boolean; share: number } {
  const withText = pages.filter((p) => p.items.length);
  if (!withText.length || withText.some((p) => !p.ocrLayer)) return { poor: false, share: 0 };
  const { share } = junkShare(withText.flatMap((p) => p.items.map((i) => i.str)));
  return { poor: share >= POOR_LAYER_SHARE, share };
}

/**
 * Why a searchable scan's pages should be read again (null: its layer reads well): a poor layer (junk tokens), or a
 * layer whose table lost words — criterion rows with an empty or unreadable period or budget cell (the layer may
 * simply have no text where the image has "Không" or "5 triệu"). Reading again costs time only: the better of the two
 * readings is kept.
 */
export function layerNeedsReread(pages: ReadPage[], layerGrid: string[][]): LangText | null {
  const { poor, share } = poorLayer(pages);
  const pct = Math.round(share * 1000) / 10;
  if (poor)
    return {
      vi: `${REREAD_NOTE} (${pct.toLocaleString("vi-VN")} % ký hiệu lạ): KHCT đã đọc lại chữ từ ảnh các trang.`,
      en: `The PDF's own OCR text layer reads poorly (${pct} % stray symbols): KHCT read the pages' images again.`,
    };
  if (!pages.some((p) => p.ocrLayer) || pages.some((p) => p.items.length && !p.ocrLayer)) return null;
  const { empty, unparsed } = readingQuality(layerGrid);
  const cells = empty + unparsed;
  if (!cells) return null;
  return {
    vi:
      `${REREAD_NOTE} (${cells} ô thời gian/kinh phí trống hoặc không đọc được): ` +
      "KHCT đã đọc lại chữ từ ảnh các trang.",
    en:
      `The PDF's own OCR text layer reads poorly (${cells} period/budget cells empty or unreadable): ` +
      "KHCT read the pages' images again.",
  };
}

export async function rereadPoorLayer(
  bytes: Uint8Array,
  pages: ReadPage[],
  layerGrid: string[][],
  ocr: OcrOptions,
): Promise<PdfReading> {
  const why = layerNeedsReread(pages, layerGrid);
  if (!why) return { grid: layerGrid, notes: [] };
  let read;
  try {
    read = await readScan(bytes, ocr, 1, { dpi: sharedResolution(pages), cleanPrint: true });
  } catch (e) {
    // Stopped: the layer's reading stands (it is a reading of the whole file).
    if (e instanceof OcrCancelled) return { grid: layerGrid, notes: [] };
    throw e;
  }
  const catalogs = await Promise.all(CATALOG_IDS.map((id) => loadCatalog(id)));
  const grid = respellCriterionNames(read.grid, catalogs);
  // The better reading is kept, each of its cells the other one reads better taken from that one (ocr-choice.ts).
  if (!betterReading(readingQuality(layerGrid), readingQuality(grid))) {
    const chosen = chooseCells(layerGrid, grid);
    return { grid: chosen.grid, notes: chosen.taken.length ? [why, ...read.seen.warnings] : [] };
  }
  // The cells get no confidence notes: the layer's reading, OCR too, has none either, and the plan's findings are
  // the same whichever reading was kept.
  return { grid: chooseCells(grid, layerGrid).grid, notes: [why, ...read.seen.warnings] };
}

/**
 * The resolution of each page's image for reading it again: pages of one size (one scan) get one resolution. The
 * layer tells each page's from the size of its text (pdf-ocr-layer.ts, imageDpi), and a page of larger text (a title
 * page, the signatures) can be told 240 dpi where its neighbours are 200: its table's columns would then not line
 * up with the next page's, and a row split by the page break would not be joined. Among pages of the same size
 * whose resolutions are within a quarter of each other, the one told by the most words is kept.
 */
export function sharedResolution(pages: ReadPage[]): (number | null)[] {
  const size = (p: ReadPage) => `${Math.round(p.width)}x${Math.round(p.height)}`;
  return pages.map((p) => {
    const dpi = p.imageDpi;
    if (!dpi) return null;
    const votes = new Map<number, number>();
    for (const q of pages)
      if (q.imageDpi && size(q) === size(p) && Math.abs(q.imageDpi - dpi) <= 0.25 * Math.min(q.imageDpi, dpi))
        votes.set(q.imageDpi, (votes.get(q.imageDpi) ?? 0) + q.items.length);
    let best = dpi;
    for (const [d, n] of votes) if (n > (votes.get(best) ?? 0)) best = d;
    return best;
  });
}
