/**
 * Scanned PDFs and .jpg/.png photos: read by OCR when the caller gives OCR options (the CLI unless --no-ocr, the
 * page's worker), else refused with a clear message as before. The OCR code is loaded only when a scan is opened.
 */
import { seenLine, seenLineEn, type OcrSeen } from "../../core/read/ocr";
import { FileProblem } from "./errors";
import type { OcrOptions } from "./ocr/index";
import { SCANNED_PDF } from "./pdf";
import type { OpenedFile } from "./index";

export interface ScanInfo {
  seen: OcrSeen;
  /** Confidence (0–100) of each grid cell, null where unknown. */
  confidence: (number | null)[][];
}

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const isPng = (b: Uint8Array) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;

/** "jpg" / "png" for an image file (by its bytes, or its name for a broken one), else null. */
export function isImageFile(bytes: Uint8Array, ext: string): "jpg" | "png" | null {
  if (isJpeg(bytes)) return "jpg";
  if (isPng(bytes)) return "png";
  if (ext === "jpg" || ext === "jpeg" || ext === "png") return null;
  return null;
}

export async function openScan(
  bytes: Uint8Array,
  name: string,
  kind: "pdf" | "jpg" | "png",
  ocr: OcrOptions | null,
): Promise<OpenedFile> {
  if (!ocr) {
    if (kind === "pdf") throw new FileProblem("scanned", `${SCANNED_PDF} ("${name}").`, `"${name}" is a scanned PDF.`);
    throw new FileProblem(
      "scanned",
      `Tệp "${name}" là ảnh: cần đọc chữ từ ảnh (OCR) nhưng OCR đang tắt — hãy dùng bản Word/Excel gốc.`,
      `"${name}" is an image and OCR is off: use the original Word/Excel file.`,
    );
  }
  const { readScan } = await import(/* webpackChunkName: "ocr" */ "./ocr/index");
  let pdf = bytes;
  let orientation = 1;
  if (kind !== "pdf") {
    const { imageAsPdf } = await import(/* webpackChunkName: "ocr" */ "./ocr/pixels");
    const wrapped = imageAsPdf(bytes);
    if (typeof wrapped === "string")
      throw new FileProblem(
        "unsupported",
        `Không đọc được ảnh "${name}": ${wrapped}. Hãy lưu lại thành .jpg.`,
        `Cannot read the image "${name}".`,
      );
    pdf = wrapped.pdf;
    orientation = wrapped.orientation;
  }
  const r = await readScan(pdf, ocr, orientation);
  return {
    name,
    kind,
    grids: [{ source: "document", grid: r.grid }],
    problems: r.seen.warnings,
    bytes,
    scan: { seen: r.seen, confidence: r.confidence },
  };
}

/**
 * Page warnings, short and said once each: each keeps what was found, not its consequence and advice (after " — ":
 * the message ends with the advice once); pages that met the same warnings are named together, in the order first
 * met ("Trang 1: ảnh quá nhỏ (…) — chữ có thể đọc sai; …", the same on page 2 → "Trang 1, 2: ảnh quá nhỏ (…)").
 */
export function pageWarnings(warnings: readonly string[], page: "Trang" | "Page" = "Trang"): string[] {
  const byPage = new Map<string, string[]>();
  const pageLine = new RegExp(`^${page} (\\d+): ([\\s\\S]*)$`);
  for (const w of warnings) {
    const m = pageLine.exec(w);
    const page = m ? m[1] : "";
    const head = (m ? m[2] : w).split(" — ")[0].replace(/[\s.;]+$/, "");
    const heads = byPage.get(page) ?? [];
    if (!heads.includes(head)) heads.push(head);
    byPage.set(page, heads);
  }
  const groups = new Map<string, string[]>();
  for (const [page, heads] of byPage) {
    const key = heads.join("; ");
    const pages = groups.get(key) ?? [];
    if (page) pages.push(page);
    groups.set(key, pages);
  }
  return [...groups].map(([text, p]) => (p.length ? `${page} ${p.join(", ")}: ${text}.` : `${text}.`));
}

const ADVICE = {
  vi: "Hãy dùng bản Word/Excel gốc, hoặc quét lại rõ hơn (từ 200 dpi, thẳng trang).",
  en: "Use the original Word/Excel file, or scan it again more clearly (200 dpi or more, pages straight).",
};

/** The message when a scan holds no plan table: what was seen, the pages' warnings, the advice to use the original. */
export function scanNoTableMessage(name: string, seen: OcrSeen): { vi: string; en: string } {
  const none = seen.words === 0;
  const why = none ? "không đọc được chữ nào" : `đã thấy ${seenLine(seen)} nhưng không có bảng kế hoạch`;
  const whyEn = none ? `no text could be read (${seen.pages} page(s))` : `${seenLineEn(seen)}, but no plan table`;
  const pages = pageWarnings(seen.warnings.map((w) => w.vi)).join(" ");
  const pagesEn = pageWarnings(
    seen.warnings.map((w) => w.en),
    "Page",
  ).join(" ");
  return {
    vi: `Tệp "${name}" là ảnh quét/ảnh chụp: ${why}.${pages ? ` ${pages}` : ""} ${ADVICE.vi}`,
    en: `"${name}" is a scan or photo: ${whyEn}.${pagesEn ? ` ${pagesEn}` : ""} ${ADVICE.en}`,
  };
}
