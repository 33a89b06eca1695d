/**
 * Structure limits of a PDF, checked around pdf.js (pdf-lib.ts hooks them in) so that a hostile file ends with a
 * clear message instead of holding the CPU or the memory:
 * - every Flate stream is inflated once, chunk by chunk, before pdf.js sees the file: one stream over
 *   LIMITS.pdfStreamBytes or all of them over LIMITS.pdfTotalStreamBytes once decoded is "too large" (a compression
 *   bomb), never "corrupt", and nothing large is kept;
 * - the page count is capped (LIMITS.pdfPages): a page tree whose nodes are shared (a DAG that claims millions of
 *   pages) is refused before any page is read;
 * - each page is visited once: the same page object reached twice in the page tree is a structure error.
 */
import { FileProblem } from "./errors";
import { LIMITS, fmtBytes, tooLarge } from "./limits";

const fmt = (n: number) => n.toLocaleString("vi-VN");

function indexOfBytes(hay: Uint8Array, needle: number[], from: number): number {
  for (let i = hay.indexOf(needle[0], from); i >= 0; i = hay.indexOf(needle[0], i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const STREAM = ascii("stream");
const ENDSTREAM = ascii("endstream");
const latin1 = (b: Uint8Array) => String.fromCharCode.apply(null, b as unknown as number[]);

/** Inflated size of one zlib stream, stopping as soon as it passes `cap` (then cap + 1). Undecodable: its size so far. */
async function inflatedSize(data: Uint8Array, cap: number): Promise<number> {
  const DS = (globalThis as { DecompressionStream?: new (f: string) => TransformStream<Uint8Array, Uint8Array> })
    .DecompressionStream;
  if (!DS) return 0; // no streaming inflater here: pdf.js and the time budget are the only guards
  let size = 0;
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DS("deflate")).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > cap) {
        await reader.cancel();
        return cap + 1;
      }
    }
  } catch {
    // a damaged or truncated stream: pdf.js reports the file itself
  }
  return size;
}

/** The Flate bomb check (before pdf.js parses anything). */
export async function checkPdfStreams(bytes: Uint8Array, name: string): Promise<void> {
  let total = 0;
  for (let at = indexOfBytes(bytes, STREAM, 0); at >= 0; at = indexOfBytes(bytes, STREAM, at + 6)) {
    const isEnd = at >= 3 && latin1(bytes.subarray(at - 3, at)) === "end";
    if (isEnd) continue;
    let start = at + 6;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a) continue;
    start++;
    const dict = latin1(bytes.subarray(Math.max(0, at - 2048), at));
    const own = dict.slice(dict.lastIndexOf(" obj") + 1);
    if (!/\/FlateDecode|\/Fl\b/.test(own)) continue;
    const end = indexOfBytes(bytes, ENDSTREAM, start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    const left = LIMITS.pdfTotalStreamBytes - total;
    const size = await inflatedSize(data, Math.min(LIMITS.pdfStreamBytes, left));
    if (size > LIMITS.pdfStreamBytes)
      throw tooLarge(
        name,
        "một luồng dữ liệu nén khi giải nén",
        fmtBytes(LIMITS.pdfStreamBytes),
        "one compressed stream once inflated",
      );
    total += size;
    if (total > LIMITS.pdfTotalStreamBytes)
      throw tooLarge(
        name,
        "tổng dữ liệu nén khi giải nén",
        fmtBytes(LIMITS.pdfTotalStreamBytes),
        "the compressed streams once inflated",
      );
    if (end > 0) at = end + 9;
  }
}

/** The page count cap, checked as soon as the document is opened. */
export function checkPdfPageCount(numPages: number, name: string): void {
  if (numPages > LIMITS.pdfPages)
    throw tooLarge(name, `${fmt(numPages)} trang`, `${fmt(LIMITS.pdfPages)} trang`, `${numPages} pages`);
}

/** Each page object once: a page reached twice through shared page-tree nodes is a structure error. */
export function pageVisitGuard(name: string): (ref: { num: number; gen: number } | null | undefined) => void {
  const seen = new Set<string>();
  return (ref) => {
    if (!ref) return;
    const key = `${ref.num} ${ref.gen}`;
    if (seen.has(key))
      throw new FileProblem(
        "corrupt",
        `Tệp "${name}" có cấu trúc PDF bất thường: cùng một trang xuất hiện nhiều lần trong cây trang ` +
          "(các nút của cây trang dùng chung). Tệp không bị thay đổi.",
        `"${name}" has an abnormal PDF structure: the same page appears several times in the page tree.`,
      );
    seen.add(key);
  };
}

/** A structure limit passed inside pdf.js's loading, before the file name is known; pdf.ts names the file. */
export class PdfStructureError extends Error {
  constructor(readonly problem: (name: string) => FileProblem) {
    super("PDF structure limit");
  }
}

/**
 * A form XObject that draws itself, directly or through other forms, sends pdf.js into a recursion whose stack
 * overflow V8 reports on the process's own stderr (pages of library source). The forms written as plain objects
 * are read before pdf.js runs: their /XObject references form a graph, and a cycle is a structure error.
 */
export function checkFormLoops(bytes: Uint8Array, name: string): void {
  const text = new TextDecoder("latin1").decode(bytes);
  if (!text.includes("/Form")) return;
  const edges = new Map<number, number[]>();
  const objects = /(\d+)\s+\d+\s+obj\b/g;
  for (let m = objects.exec(text); m; m = objects.exec(text)) {
    const start = m.index + m[0].length;
    const stop = [text.indexOf("stream", start), text.indexOf("endobj", start)].filter((i) => i >= 0);
    const body = text.slice(start, stop.length ? Math.min(...stop) : start + 4096);
    if (!/\/Subtype\s*\/Form/.test(body)) continue;
    const at = body.indexOf("/XObject");
    if (at < 0) continue;
    const dictEnd = body.indexOf(">>", at);
    const refs = [...body.slice(at, dictEnd < 0 ? undefined : dictEnd).matchAll(/(\d+)\s+\d+\s+R\b/g)].map((r) =>
      Number(r[1]),
    );
    edges.set(Number(m[1]), refs);
  }
  const state = new Map<number, 1 | 2>(); // 1 on the path, 2 done
  const loops = (n: number): boolean => {
    const s = state.get(n);
    if (s === 1) return true;
    if (s === 2) return false;
    state.set(n, 1);
    for (const k of edges.get(n) ?? []) if (edges.has(k) && loops(k)) return true;
    state.set(n, 2);
    return false;
  };
  for (const n of edges.keys()) {
    if (loops(n))
      throw new FileProblem(
        "corrupt",
        `Tệp "${name}" có cấu trúc PDF bất thường: một hình vẽ (form XObject) tự vẽ lại chính nó thành vòng lặp. ` +
          "Tệp không bị thay đổi.",
        `"${name}" has an abnormal PDF structure: a form XObject draws itself in a loop.`,
      );
  }
}
