/**
 * .pdf: pdf.js (pdfjs-dist, legacy build) extracts each page's text items with their positions and the ruling lines
 * drawn on it; src/core/read/positions.ts turns them into the grid every host hands to the reader.
 * pdf.js is loaded lazily (its own chunk in the page; nothing at start-up) and runs without a worker thread: its
 * worker module is loaded alongside and used on the same thread, so nothing is fetched from anywhere.
 * The input bytes are copied before pdf.js sees them (it takes ownership of the buffer it is given).
 */
import { gridFromPositions, textAmount, type PositionedPage, type RulingLine } from "../../core/read/positions";
import { FileProblem } from "./errors";
import { loadPdfJs, type PdfJs, type PdfPage } from "./pdf-lib";
import { PdfStructureError } from "./pdf-limits";

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

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
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

/** Straight segments of the painted paths (cell borders are stroked lines or thin filled rectangles). */
async function rulingLines(
  pdfjs: PdfJs,
  page: PdfPage,
  toView: (x: number, y: number) => [number, number],
): Promise<RulingLine[]> {
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
  const out: RulingLine[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let pending: RulingLine[] = [];
  const seg = (a: [number, number], b: [number, number]) => {
    const [x1, y1] = toView(...apply(ctm, a[0], a[1]));
    const [x2, y2] = toView(...apply(ctm, b[0], b[1]));
    pending.push({ x1, y1, x2, y2 });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const ops = args[0] as number[];
      const coords = args[1] as number[];
      let j = 0;
      let cur: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      for (const op of ops) {
        if (op === OPS.rectangle) {
          const [x, y, w, h] = coords.slice(j, j + 4);
          j += 4;
          if (Math.abs(h) < 2) seg([x, y + h / 2], [x + w, y + h / 2]);
          else if (Math.abs(w) < 2) seg([x + w / 2, y], [x + w / 2, y + h]);
          else {
            seg([x, y], [x + w, y]);
            seg([x + w, y], [x + w, y + h]);
            seg([x + w, y + h], [x, y + h]);
            seg([x, y + h], [x, y]);
          }
        } else if (op === OPS.moveTo) {
          cur = start = [coords[j], coords[j + 1]];
          j += 2;
        } else if (op === OPS.lineTo) {
          const next: [number, number] = [coords[j], coords[j + 1]];
          j += 2;
          seg(cur, next);
          cur = next;
        } else if (op === OPS.curveTo) j += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) j += 4;
        else if (op === OPS.closePath) {
          seg(cur, start);
          cur = start;
        }
      }
    } else if (painted.has(fn)) {
      out.push(...pending);
      pending = [];
    } else if (fn === OPS.endPath) pending = [];
  }
  return out;
}

async function readPage(pdfjs: PdfJs, page: PdfPage): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const toView = (x: number, y: number) => viewport.convertToViewportPoint(x, y) as [number, number];
  const content = await page.getTextContent();
  const items = [];
  for (const it of content.items) {
    if (!("str" in it) || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
    const [x, y] = toView(e, f);
    items.push({ str: it.str, x, y, width: it.width, size });
  }
  const lines = await rulingLines(pdfjs, page, toView);
  return { width: viewport.width, height: viewport.height, items, lines };
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
export async function readPdfPages(bytes: Uint8Array, name: string): Promise<PositionedPage[]> {
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
  });
  const pages: PositionedPage[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(pdfjs, page));
      page.cleanup();
    }
  } catch (e) {
    throw problemOf(e, name);
  } finally {
    await task.destroy();
  }
  if (textAmount(pages) === 0)
    throw new FileProblem(
      "scanned",
      `${SCANNED_PDF} ("${name}").`,
      `"${name}" is a scanned PDF (images only, no text): use the original Word/Excel file or paste the table.`,
    );
  return pages;
}

/** The grid of a PDF plan (paragraphs before the table, the table, what follows). */
export async function readPdfGrid(bytes: Uint8Array, name: string): Promise<string[][]> {
  return gridFromPositions(await readPdfPages(bytes, name));
}
