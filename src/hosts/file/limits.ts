/**
 * Limits that no real plan reaches and every "small file that expands" attack does. They are checked before the
 * expensive work (inflating, parsing, building the grid), so a hostile file ends with a clear message instead of
 * holding the CPU or the memory. The largest real plans seen are a few hundred rows; the page and the command
 * line are measured up to 50,000 rows (bench/file.ts), far below every limit here.
 */
import type JSZip from "jszip";
import { FileProblem } from "./errors";

export const LIMITS = {
  /** The file itself as read from disk or dropped on the page. */
  fileBytes: 100 * 1024 * 1024,
  /** One part of an .xlsx/.docx package once inflated (word/document.xml, a worksheet, shared strings…). */
  partBytes: 60 * 1024 * 1024,
  /** All parts together once inflated. */
  totalBytes: 200 * 1024 * 1024,
  /** Parts in one package. */
  parts: 10_000,
  /** Elements in one XML part read by the file host (word/document.xml). */
  xmlNodes: 600_000,
  /** Elements in all XML parts of a package together (styles, shared strings, drawings…; a 50,000-row plan ≈ 1.2 M). */
  packageElements: 8_000_000,
  /** Element nesting depth. */
  xmlDepth: 256,
  /** Cells with content in one workbook (a 50,000-row plan has about 600,000). */
  cells: 600_000,
  /** Rows of one worksheet, or lines of a text file (Excel allows 1,048,576; a plan has hundreds). */
  rows: 50_000,
  /** Row × column slots of the grids built from one file (cells plus the empty ones between them). */
  gridSlots: 20_000_000,
  /**
   * Characters in one cell, one paragraph or one line of a text file (Excel itself allows 32,767 in a cell; a plan's
   * longest cell is a few hundred). A longer one is reported, never processed.
   */
  cellChars: 100_000,
  /**
   * Characters of text in one file (all cells, paragraphs or lines together): a 50,000-row plan has about 12 million;
   * 49,999 lines of 2,000 characters (99 MB of text) took the file's whole time budget and 1.6–2 GB.
   */
  textChars: 20_000_000,
  /**
   * Rows of a self-assessment levels file (`check --levels`, `new --from`): 15 to 28 criteria fit in a few hundred
   * rows; reading levels from a 50,000-row grid would take most of the file's time budget.
   */
  levelRows: 5_000,
  /** Pages of one PDF (a plan has a few dozen; a page tree claiming millions is refused before any page is read). */
  pdfPages: 2_000,
  /** One PDF stream once decoded (a page's content, an image, an object stream). */
  pdfStreamBytes: 200 * 1024 * 1024,
  /** All Flate streams of one PDF once decoded. */
  pdfTotalStreamBytes: 1024 * 1024 * 1024,
};

/**
 * The memory and time budget of one file's check: the command line reads each file in a worker thread whose heap
 * is capped at workerHeapMb (the whole process stays within memoryMb: main thread, worker heap, and the file's bytes
 * and inflated parts outside the heap), and stops a file after fileTimeMs ("too complex"). The limits above are set
 * so that a file just under each of them is read within this budget (measured: README, "Giới hạn").
 */
export const BUDGET = {
  memoryMb: 1024,
  workerHeapMb: 768,
  fileTimeMs: 45_000,
};

/** A file whose reading ran out of the memory budget (the worker thread's heap, or the browser's worker). */
export function outOfMemoryMessage(name: string, mb?: number): string {
  const limit = mb ? `giới hạn ${mb} MB` : "giới hạn của trình duyệt";
  return `Tệp quá lớn hoặc bất thường: "${name}" — bộ nhớ cần để đọc tệp vượt ${limit}. Tệp không bị thay đổi.`;
}

/** A file still being read when its time budget ran out. */
export function tooSlowMessage(name: string, ms: number): string {
  return (
    `Tệp quá phức tạp: "${name}" — chưa đọc xong sau ${Math.round(ms / 1000)} giây (giới hạn thời gian cho một tệp). ` +
    "Tệp không bị thay đổi."
  );
}

const MB = 1024 * 1024;
const fmt = (n: number) => n.toLocaleString("vi-VN");
export const fmtBytes = (n: number): string => (n >= MB ? `${fmt(Math.round(n / MB))} MB` : `${fmt(n)} byte`);

/** "Tệp quá lớn hoặc bất thường: … vượt giới hạn …" */
export function tooLarge(name: string, what: string, limit: string, whatEn: string): FileProblem {
  return new FileProblem(
    "too-large",
    `Tệp quá lớn hoặc bất thường: "${name}" — ${what} vượt giới hạn ${limit}. Tệp không bị thay đổi.`,
    `File too large or abnormal: "${name}" — ${whatEn} exceeds the limit of ${limit}. The file was not changed.`,
    { what, limit, whatEn },
  );
}

/**
 * The same limit for text pasted into the page: it speaks of the pasted text ("Nội dung dán"), not of a file the
 * user never made, and says what to do instead.
 */
export function pastedTooLarge(p: { what: string; limit: string; whatEn: string }): FileProblem {
  return new FileProblem(
    "too-large",
    `Nội dung dán quá lớn: ${p.what} vượt giới hạn ${p.limit}. Hãy dán riêng bảng kế hoạch (bỏ phần còn lại), ` +
      "hoặc mở trực tiếp tệp gốc (“Mở tệp”).",
    `The pasted text is too large: ${p.whatEn} exceeds the limit of ${p.limit}. Paste the plan table alone, or ` +
      "open the original file itself (“Open file”).",
    p,
  );
}

/** A limit passed where the file name is not known; openPlanFile turns it into tooLarge(name, …). */
export class LimitExceeded extends Error {
  constructor(
    readonly what: string,
    readonly limit: string,
    readonly whatEn: string,
  ) {
    super(`${what} vượt giới hạn ${limit}`);
  }
}

export function checkFileSize(name: string, size: number): void {
  if (size > LIMITS.fileBytes)
    throw tooLarge(name, `kích thước ${fmtBytes(size)}`, fmtBytes(LIMITS.fileBytes), `its size ${fmtBytes(size)}`);
}

/** What the pre-pass over an .xlsx/.docx package found, without keeping the inflated bytes. */
export interface PackageCensus {
  totalBytes: number;
  /** Rows and cells counted in the worksheet parts ("<row", "<c" start tags). */
  rows: Map<string, number>;
  /** Element start tags counted in the parts the host parses itself (word/document.xml). */
  elements: Map<string, number>;
  cells: number;
}

interface JSZipEntry {
  name: string;
  dir: boolean;
  _data?: { uncompressedSize?: number };
  internalStream(type: "uint8array"): {
    on(ev: "data", cb: (chunk: Uint8Array) => void): unknown;
    on(ev: "error", cb: (e: Error) => void): unknown;
    on(ev: "end", cb: () => void): unknown;
    resume(): unknown;
    pause(): unknown;
  };
}

const LT = 0x3c;
const isTagEnd = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e || b === 0x2f;

const isNameStart = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f;

/** Counts element start tags, and "<row" / "<c" ones, across chunk boundaries (a carry of the last 4 bytes). */
class TagCounter {
  elements = 0;
  rows = 0;
  cells = 0;
  private carry = new Uint8Array(0);
  feed(chunk: Uint8Array): void {
    const buf = this.carry.length ? concat(this.carry, chunk) : chunk;
    const stop = buf.length - 5;
    let i = buf.indexOf(LT);
    while (i >= 0 && i <= stop) {
      if (isNameStart(buf[i + 1])) this.elements++;
      if (buf[i + 1] === 0x63 && isTagEnd(buf[i + 2])) this.cells++;
      else if (buf[i + 1] === 0x72 && buf[i + 2] === 0x6f && buf[i + 3] === 0x77 && isTagEnd(buf[i + 4])) this.rows++;
      i = buf.indexOf(LT, i + 1);
    }
    this.carry = buf.slice(Math.max(0, stop + 1));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Inflates one part chunk by chunk, counting, and stops as soon as a limit is passed. */
function streamPart(
  entry: JSZipEntry,
  fileName: string,
  counter: TagCounter | null,
  budget: { left: number },
): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let done = false;
    const stream = entry.internalStream("uint8array");
    const fail = (e: Error) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(e);
    };
    stream.on("data", (chunk: Uint8Array) => {
      if (done) return;
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > LIMITS.partBytes) {
        fail(
          tooLarge(
            fileName,
            `phần "${entry.name}" khi giải nén lớn hơn ${fmtBytes(LIMITS.partBytes)}`,
            fmtBytes(LIMITS.partBytes),
            `part "${entry.name}" inflated`,
          ),
        );
      } else if (budget.left < 0) {
        fail(tooLarge(fileName, "tổng dung lượng khi giải nén", fmtBytes(LIMITS.totalBytes), "the inflated total"));
      } else counter?.feed(chunk);
    });
    stream.on("error", (e: Error) => fail(e));
    stream.on("end", () => {
      if (done) return;
      done = true;
      resolve(size);
    });
    stream.resume();
  });
}

/**
 * The pre-pass: declared sizes first (free), then every part inflated as a stream and counted (declared sizes can
 * lie); worksheet rows and cells are counted on the way. Throws a "too-large" FileProblem at the first limit passed.
 */
export async function censusPackage(
  zip: JSZip,
  fileName: string,
  worksheets: (path: string) => boolean,
  parsed: (path: string) => boolean = () => false,
): Promise<PackageCensus> {
  const entries = Object.values(zip.files as unknown as Record<string, JSZipEntry>).filter((e) => !e.dir);
  if (entries.length > LIMITS.parts)
    throw tooLarge(
      fileName,
      `${fmt(entries.length)} phần trong gói`,
      `${fmt(LIMITS.parts)} phần`,
      "the number of parts",
    );
  let declared = 0;
  for (const e of entries) {
    const size = e._data?.uncompressedSize ?? 0;
    declared += size;
    if (size > LIMITS.partBytes)
      throw tooLarge(
        fileName,
        `phần "${e.name}" (${fmtBytes(size)} khi giải nén)`,
        fmtBytes(LIMITS.partBytes),
        `part "${e.name}"`,
      );
  }
  if (declared > LIMITS.totalBytes)
    throw tooLarge(
      fileName,
      `tổng dung lượng khi giải nén (${fmtBytes(declared)})`,
      fmtBytes(LIMITS.totalBytes),
      "the inflated total",
    );
  const budget = { left: LIMITS.totalBytes };
  const census: PackageCensus = { totalBytes: 0, rows: new Map(), cells: 0, elements: new Map() };
  let allElements = 0;
  for (const e of entries) {
    const isSheet = worksheets(e.name);
    const counter = /\.(xml|rels|vml)$/i.test(e.name) ? new TagCounter() : null;
    census.totalBytes += await streamPart(e, fileName, counter, budget);
    if (!counter) continue;
    allElements += counter.elements;
    if (allElements > LIMITS.packageElements)
      throw tooLarge(
        fileName,
        `hơn ${fmt(LIMITS.packageElements)} phần tử XML trong cả gói`,
        `${fmt(LIMITS.packageElements)} phần tử`,
        "XML elements in the package",
      );
    census.elements.set(e.name, counter.elements);
    if (!isSheet && !parsed(e.name)) continue;
    if (!isSheet) {
      if (counter.elements > LIMITS.xmlNodes)
        throw tooLarge(
          fileName,
          `phần "${e.name}" có ${fmt(counter.elements)} phần tử XML`,
          `${fmt(LIMITS.xmlNodes)} phần tử`,
          `XML elements in "${e.name}"`,
        );
      continue;
    }
    census.rows.set(e.name, counter.rows);
    census.cells += counter.cells;
    if (counter.rows > LIMITS.rows)
      throw tooLarge(
        fileName,
        `trang tính "${e.name}" có ${fmt(counter.rows)} dòng`,
        `${fmt(LIMITS.rows)} dòng`,
        `${counter.rows} rows in "${e.name}"`,
      );
    if (census.cells > LIMITS.cells)
      throw tooLarge(
        fileName,
        `hơn ${fmt(LIMITS.cells)} ô có dữ liệu`,
        `${fmt(LIMITS.cells)} ô`,
        "the number of cells",
      );
  }
  return census;
}

/** Column letters of a 0-based column (0 → A, 27 → AB). */
function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One cell longer than LIMITS.cellChars: the file is reported (where, how long), its text is not processed. */
export function checkCellLengths(
  name: string,
  grids: { source: string; grid: string[][] }[],
  placeOf?: (row: number, col: number) => string,
): void {
  let total = 0;
  for (const { source, grid } of grids) {
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        const n = row[c]?.length ?? 0;
        total += n;
        if (total > LIMITS.textChars) throw tooMuchText(name);
        if (n <= LIMITS.cellChars) continue;
        const where = placeOf
          ? placeOf(r, c)
          : source === "document" || source === "text"
            ? `dòng ${r + 1}`
            : `ô ${source}!${columnName(c)}${r + 1}`;
        throw tooLarge(
          name,
          `${where} dài ${fmt(n)} ký tự`,
          `${fmt(LIMITS.cellChars)} ký tự`,
          `one cell (${n} characters)`,
        );
      }
    }
  }
}

function tooMuchText(name: string): FileProblem {
  return tooLarge(name, `hơn ${fmt(LIMITS.textChars)} ký tự văn bản`, `${fmt(LIMITS.textChars)} ký tự`, "its text");
}

/**
 * A text longer than LIMITS.textChars, with one line longer than LIMITS.cellChars, or with more than LIMITS.rows
 * lines, is refused first.
 */
export function checkLineLengths(name: string, text: string): void {
  if (text.length > LIMITS.textChars) throw tooMuchText(name);
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    if (line > LIMITS.rows)
      throw tooLarge(name, `hơn ${fmt(LIMITS.rows)} dòng`, `${fmt(LIMITS.rows)} dòng`, "the number of lines");
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > LIMITS.cellChars)
      throw tooLarge(
        name,
        `dòng ${line} dài ${fmt(stop - start)} ký tự`,
        `${fmt(LIMITS.cellChars)} ký tự`,
        `line ${line}`,
      );
    if (end < 0) break;
    start = end + 1;
  }
}

/**
 * Entries declared in a zip's central directory (end-of-central-directory record, APPNOTE 4.3.16; Zip64 4.3.14),
 * checked before the package is opened: a million entries under one name pass any count made after loading.
 */
export function checkZipEntryCount(bytes: Uint8Array, name: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    let count = view.getUint16(i + 10, true);
    if (count === 0xffff && i >= 20 && view.getUint32(i - 20, true) === 0x07064b50) {
      const at = Number(view.getBigUint64(i - 12, true));
      if (at + 40 <= bytes.length && view.getUint32(at, true) === 0x06064b50)
        count = Number(view.getBigUint64(at + 32, true));
    } else if (count === 0xffff) {
      // 65,535 in the 16-bit field means "at least": the directory's own records are counted (APPNOTE 4.3.12).
      const end = Math.min(bytes.length, view.getUint32(i + 16, true) + view.getUint32(i + 12, true));
      count = 0;
      for (let at = view.getUint32(i + 16, true); at + 46 <= end && view.getUint32(at, true) === 0x02014b50; count++)
        at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    if (count > LIMITS.parts)
      throw tooLarge(name, `${fmt(count)} phần trong gói`, `${fmt(LIMITS.parts)} phần`, "the number of parts");
    return;
  }
}

/**
 * A levels file (`--levels`, `new --from`) of more than LIMITS.levelRows rows is refused before its levels are
 * read.
 */
export function checkLevelRows(name: string, grids: { grid: string[][] }[]): void {
  const rows = grids.reduce((n, g) => n + g.grid.length, 0);
  if (rows > LIMITS.levelRows)
    throw tooLarge(
      name,
      `tệp mức tự đánh giá có ${fmt(rows)} dòng`,
      `${fmt(LIMITS.levelRows)} dòng`,
      `the levels file's ${rows} rows`,
    );
}
