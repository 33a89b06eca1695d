/**
 * The file host: the port over .xlsx / .docx / .txt files held in memory (Node and browser alike: bytes in,
 * bytes out, no fs). Reading never changes the input; edits are applied only to the copy that `save` returns.
 */
import type { CellPos, Finding, Plan, SchoolContext } from "../../core/types";
import { TextError, type LangText } from "../../core/text/message";
import { readPlans } from "../../core/read/index";
import { splitPastedText } from "../../core/read/pasted-pdf";
import { renderGrid } from "../../core/render";
import { getCatalog, catalogIdFor } from "../../core/catalogs/index";
import type { HostCapabilities, InsertOptions, InsertResult, PlanHost, ReadResult } from "../port";
import { FileProblem, classifyUnreadable, isZip } from "./errors";
import { loadXlsx, sheetToGrid, writeWorkbook } from "./xlsx";
import { fitRowHeights } from "./layout";
import { loadDocx, writeCells, type DocxGrid } from "./docx";
import { isPdf, readPdf } from "./pdf";
import { openScan, isImageFile, type ScanInfo } from "./scan";
import type { OcrOptions } from "./ocr/index";
import {
  LIMITS,
  LimitExceeded,
  censusPackage,
  checkCellLengths,
  checkZipEntryCount,
  checkFileSize,
  checkLineLengths,
  pastedTooLarge,
  tooLarge,
} from "./limits";
import { decodePlanText } from "./text";
import { docxGridTableRows } from "./places";
import { annotateScan } from "../../core/read/ocr-notes";
import { XmlLimitError, withoutHiddenControls, xmlSafeText, xmlWithoutHiddenControls } from "./xml";
import type ExcelJS from "exceljs";
import type JSZip from "jszip";

export { FileProblem } from "./errors";
export { LIMITS } from "./limits";
export { generateTemplate, writePlanFile } from "./generate";
export { planAsDocx, docxNameFor } from "./pdf-docx";
export { scanNoTableMessage } from "./scan";
import { garbledNotice } from "../../core/text/garble";

export type FileKind = "xlsx" | "docx" | "txt" | "pdf" | "jpg" | "png";

export interface OpenOptions {
  /** Read scanned PDFs and .jpg/.png files by OCR with these options; without them a scan is refused as before. */
  ocr?: OcrOptions | null;
  /** Text pasted into the page (no file): read as .txt whatever `name` is (a title such as "Bảng dán"). */
  pasted?: boolean;
}

export interface OpenedFile {
  name: string;
  kind: FileKind;
  /** One grid per worksheet (.xlsx) or one for the document (.docx, .txt). */
  grids: { source: string; grid: string[][] }[];
  /** File-level notices (merged cells, a garbled PDF, a legacy encoding converted…), in both languages. */
  problems: LangText[];
  /** The input, never modified. */
  bytes: Uint8Array;
  workbook?: ExcelJS.Workbook;
  docx?: { zip: JSZip; doc: DocxGrid };
  /** Set when the file was read from images (OCR): what was seen and each grid cell's confidence. */
  scan?: ScanInfo;
  /**
   * Set when the file is a searchable scan whose OCR layer reads poorly and was read without OCR: opened again with
   * OCR (the page's OCR worker), its pages are read again (pdf-reread.ts).
   */
  poorOcrLayer?: true;
}

/** The message shown (CLI and page) when a file opens but holds no plan table. */
export function noPlanTableMessage(name: string): { vi: string; en: string } {
  return {
    vi:
      `Không tìm thấy bảng kế hoạch cải tiến trong tệp "${name}": ` +
      "cần một bảng có dòng tiêu đề (Tiêu chí, Nội dung, Thời gian, Kinh phí…).",
    en:
      `No improvement-plan table found in "${name}": ` +
      "a table with a header row (criterion, content, timeline, budget…) is needed.",
  };
}

/**
 * A .docx grid cell in Word's terms, for the limit messages: "đoạn 3" for a paragraph (Word counts paragraphs, not
 * lines), "bảng 1, dòng 4, ô 2" for a table cell.
 */
function docxPlace(doc: DocxGrid): (row: number, col: number) => string {
  const tables = docxGridTableRows(doc);
  const paragraph: number[] = [];
  let n = 0;
  for (const t of tables) paragraph.push(t ? 0 : ++n);
  return (row, col) => {
    const t = tables[row];
    return t ? `bảng ${t.table + 1}, dòng ${t.row + 1}, ô ${col + 1}` : `đoạn ${paragraph[row] ?? row + 1}`;
  };
}

/** A limit passed deep in a reader becomes the "too-large" message; anything else is "corrupt". */
function readFailure(e: unknown, name: string, corrupt: string): FileProblem {
  if (e instanceof FileProblem) return e;
  if (e instanceof LimitExceeded) return tooLarge(name, e.what, e.limit, e.whatEn);
  if (e instanceof XmlLimitError) {
    const what = e.what === "nodes" ? "số phần tử XML trong nội dung" : "độ lồng của các phần tử XML";
    return tooLarge(name, what, e.limit.toLocaleString("vi-VN"), e.what === "nodes" ? "XML elements" : "XML nesting");
  }
  // A string or array too long for the engine.
  if (e instanceof RangeError) return tooLarge(name, "dữ liệu khi đọc", "bộ nhớ cho phép", "data read");
  // Library messages are English ("Bug : uncompressed data size mismatch"): the user gets a Vietnamese reason.
  const msg = String((e as Error)?.message ?? "");
  const why = /[\u00c0-\u1ef9]/.test(msg) // our own readers' messages are Vietnamese: kept
    ? `: ${msg}`
    : /size mismatch|invalid (?:distance|code|block)|unexpected end|crc/i.test(msg)
      ? " (dữ liệu nén không khớp hoặc bị hỏng)"
      : "";
  return new FileProblem("corrupt", `${corrupt}${why}.`, `"${name}" is corrupt.`);
}

/**
 * Opens a plan file. Throws a FileProblem (Vietnamese message) for empty, corrupt, protected, legacy or oversized
 * files.
 */
export async function openPlanFile(
  input: Uint8Array | ArrayBuffer,
  name: string,
  options: OpenOptions = {},
): Promise<OpenedFile> {
  try {
    return await openAnyFile(input, name, options);
  } catch (e) {
    // A paste past a limit: said of the pasted text, not of a file named after its title.
    if (options.pasted && e instanceof FileProblem && e.code === "too-large" && e.limit) throw pastedTooLarge(e.limit);
    throw e;
  }
}

async function openAnyFile(input: Uint8Array | ArrayBuffer, name: string, options: OpenOptions): Promise<OpenedFile> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  checkFileSize(name, bytes.length);
  const problem = classifyUnreadable(bytes, name);
  if (problem) throw problem;
  const ext = options.pasted ? "txt" : name.toLowerCase().replace(/^[\s\S]*\./, "");
  if (isZip(bytes)) {
    let zipKind: FileKind | null = null;
    let zip: JSZip;
    try {
      checkZipEntryCount(bytes, name); // from the central directory: JSZip keeps one entry per name
      const JSZipMod = (await import("jszip")).default;
      zip = await JSZipMod.loadAsync(bytes);
      zipKind = zip.file("word/document.xml") ? "docx" : zip.file("xl/workbook.xml") ? "xlsx" : null;
    } catch (e) {
      if (e instanceof FileProblem) throw e;
      throw new FileProblem(
        "corrupt",
        `Tệp "${name}" bị hỏng, không mở được (lỗi nén zip).`,
        `"${name}" is corrupt (bad zip).`,
      );
    }
    if (zipKind) {
      // Sizes, rows and cells are checked on a streamed pre-pass, before anything is parsed or kept.
      try {
        const sheet = (p: string) => zipKind === "xlsx" && /^xl\/worksheets\/[^/]+\.xml$/.test(p);
        await censusPackage(zip, name, sheet, (p) => p === "word/document.xml");
      } catch (e) {
        throw readFailure(e, name, `Tệp "${name}" bị hỏng, không giải nén được`);
      }
    }
    if (zipKind === "docx") {
      try {
        const docx = await loadDocx(bytes, zip!, { maxNodes: LIMITS.xmlNodes, maxDepth: LIMITS.xmlDepth });
        checkCellLengths(name, [{ source: "document", grid: docx.doc.grid }], docxPlace(docx.doc));
        return {
          name,
          kind: "docx",
          grids: [{ source: "document", grid: docx.doc.grid }],
          problems: docx.doc.problems,
          bytes,
          docx,
        };
      } catch (e) {
        throw readFailure(e, name, `Tệp "${name}" bị hỏng`);
      }
    }
    if (zipKind === "xlsx") {
      try {
        const workbook = await loadXlsx(bytes);
        const grids: OpenedFile["grids"] = [];
        const problems: LangText[] = [];
        const slots = { left: LIMITS.gridSlots };
        workbook.eachSheet((ws) => {
          if (ws.name === HIDDEN_CATALOG_SHEET) return;
          const g = sheetToGrid(ws, slots);
          grids.push({ source: ws.name, grid: g.grid });
          problems.push(...g.problems);
        });
        checkCellLengths(name, grids);
        return { name, kind: "xlsx", grids, problems, bytes, workbook };
      } catch (e) {
        throw readFailure(e, name, `Tệp "${name}" bị hỏng, Excel không đọc được`);
      }
    }
    throw new FileProblem(
      "unsupported",
      `Tệp "${name}" không phải .xlsx hay .docx.`,
      `"${name}" is neither .xlsx nor .docx.`,
    );
  }
  if (isPdf(bytes)) {
    try {
      // A searchable scan whose OCR layer reads poorly is read again by OCR when OCR is available (pdf-reread.ts).
      const { grid, scan, notes, poorOcrLayer } = await readPdf(bytes, name, options.ocr);
      const grids = [{ source: "document", grid }];
      checkCellLengths(name, grids);
      // The garbled-text guard: a file-level notice when too many extracted words are no Vietnamese syllable.
      const garbled = garbledNotice(grid);
      const problems = [...notes, ...(garbled ? [garbled] : [])];
      return {
        name,
        kind: "pdf",
        grids,
        problems,
        bytes,
        ...(scan ? { scan } : {}),
        ...(poorOcrLayer && { poorOcrLayer }),
      };
    } catch (e) {
      if (!(e instanceof FileProblem && e.code === "scanned" && options.ocr)) throw e;
      return openScan(bytes, name, "pdf", options.ocr);
    }
  }
  const image = isImageFile(bytes, ext);
  if (image) return openScan(bytes, name, image, options.ocr ?? null);
  if (ext === "pdf")
    throw new FileProblem(
      "corrupt",
      `Tệp "${name}" không phải PDF hợp lệ (thiếu phần đầu %PDF).`,
      `"${name}" is not a valid PDF.`,
    );
  if (ext === "xlsx" || ext === "docx")
    throw new FileProblem(
      "corrupt",
      `Tệp "${name}" bị hỏng hoặc không đúng định dạng .${ext}.`,
      `"${name}" is corrupt or not a real .${ext}.`,
    );
  if (ext === "txt" || ext === "tsv" || ext === "csv" || ext === "") {
    const { text, note } = decodePlanText(bytes, name);
    if (text.slice(0, 2000).includes(String.fromCharCode(0)))
      throw new FileProblem("unsupported", `Tệp "${name}" không phải văn bản thuần.`, `"${name}" is not plain text.`);
    checkLineLengths(name, text); // before splitting: one giant line is never processed
    const grids = [{ source: "text", grid: splitPastedText(text) }];
    checkCellLengths(name, grids);
    return { name, kind: "txt", grids, problems: note ? [note] : [], bytes };
  }
  throw new FileProblem(
    "unsupported",
    `Chưa hỗ trợ loại tệp ".${ext}" (dùng .xlsx, .docx, .pdf, .txt, .jpg hoặc .png).`,
    `Unsupported file type ".${ext}".`,
  );
}

export const HIDDEN_CATALOG_SHEET = "KHCT_DanhMuc";

interface Edit {
  source: string;
  row: number;
  col: number;
  text: string;
}

/** The port over an opened file. */
export class FileHost implements PlanHost {
  readonly kind = "file" as const;
  private edits: Edit[] = [];
  private marks: Finding[] = [];
  private selection: CellPos | null = null;
  private sources = new WeakMap<Plan, string>();

  constructor(readonly file: OpenedFile) {}

  capabilities(): HostCapabilities {
    const none = { insertDraft: false, dropdowns: false, totalRow: false, bieu2Tables: false, wholeBieu2: false };
    // A plan read from a PDF or an image is never written back to it ("Lưu thành .docx" instead).
    const fromPdfOrImage = this.file.kind === "pdf" || this.file.kind === "jpg" || this.file.kind === "png";
    return {
      ...none,
      read: true,
      insert: this.file.kind === "xlsx",
      marks: true,
      documentParts: false,
      checkLayout: false,
      liveCheck: false,
      pickCriterion: false,
      features: { edit: true, save: !fromPdfOrImage },
    };
  }

  async read(context?: Partial<SchoolContext>): Promise<ReadResult> {
    const plans: Plan[] = [];
    for (const g of this.file.grids) {
      for (const p of readPlans(g.grid, context)) {
        if (p.headerRow < 0 && this.file.grids.length > 1) continue;
        this.sources.set(p, g.source);
        plans.push(p);
      }
    }
    if (!plans.length) plans.push(...readPlans(this.file.grids[0]?.grid ?? [], context));
    if (this.file.scan) for (const p of plans) annotateScan(p, this.file.scan);
    return { plans, problems: [...this.file.problems] };
  }

  /** Which worksheet a plan came from ("document" for .docx, "text" for .txt). */
  sourceOf(plan: Plan): string {
    return this.sources.get(plan) ?? this.file.grids[0]?.source ?? "";
  }

  async insertTable(options: InsertOptions): Promise<InsertResult> {
    if (this.file.kind !== "xlsx")
      return {
        status: "unsupported",
        message: {
          vi: "Với tệp .docx/.txt, hãy dùng “Tạo mẫu” để tạo tệp kế hoạch mới.",
          en: "Use “Create template” for .docx/.txt.",
        },
      };
    const g = this.file.grids[0];
    const catalog =
      options.context.level && options.context.regime
        ? (getCatalog(catalogIdFor(options.context.level, options.context.regime)) ?? null)
        : null;
    const rendered = renderGrid(options.template, options.context, null, catalog);
    const occupied: { address: string; text: string }[] = [];
    rendered.rows.forEach((row, r) =>
      row.forEach((_, c) => {
        const text = g.grid[r]?.[c] ?? "";
        if (text.trim()) occupied.push({ address: `${String.fromCharCode(65 + c)}${r + 1}`, text });
      }),
    );
    if (occupied.length && !options.overwrite) return { status: "needs-confirmation", occupied };
    rendered.rows.forEach((row, r) => row.forEach((text, c) => this.setCellAt(g.source, r, c, text)));
    return { status: "inserted", rows: rendered.rows.length };
  }

  async markFindings(findings: Finding[]): Promise<void> {
    this.marks = findings.filter((f) => f.cell);
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
  }

  async select(pos: CellPos): Promise<void> {
    this.selection = pos;
  }

  get selected(): CellPos | null {
    return this.selection;
  }

  get marked(): Finding[] {
    return [...this.marks];
  }

  /** Edits one cell of a plan read from this file (the saved copy gets it; the input bytes never change). */
  setCell(plan: Plan, pos: CellPos, text: string): void {
    this.setCellAt(this.sourceOf(plan), pos.row, pos.col, text);
  }

  private setCellAt(source: string, row: number, col: number, text: string): void {
    const g = this.file.grids.find((x) => x.source === source);
    if (!g) throw new TextError({ vi: `Không có trang "${source}"`, en: `no sheet "${source}"` });
    while (g.grid.length <= row) g.grid.push([]);
    while (g.grid[row].length <= col) g.grid[row].push("");
    g.grid[row][col] = text;
    this.edits = this.edits.filter((e) => !(e.source === source && e.row === row && e.col === col));
    this.edits.push({ source, row, col, text });
  }

  get pendingEdits(): number {
    return this.edits.length;
  }

  /** The corrected file, same format; everything not edited stays as it was. */
  async save(): Promise<Uint8Array> {
    if (this.file.kind === "pdf" || this.file.kind === "jpg" || this.file.kind === "png")
      throw new Error("Không lưu lại được tệp PDF hay ảnh: hãy dùng “Lưu thành .docx”.");
    // What is saved never carries a bidirectional override or a C1 control (withoutHiddenControls), edited or not.
    if (this.file.kind === "txt")
      return new TextEncoder().encode(
        withoutHiddenControls(this.file.grids[0].grid.map((r) => r.join("\t")).join("\n")),
      );
    if (this.file.kind === "xlsx" && this.file.workbook) {
      for (const e of this.edits) {
        const ws = this.file.workbook.getWorksheet(e.source);
        if (!ws) continue;
        ws.getCell(e.row + 1, e.col + 1).value = xmlSafeText(e.text);
        fitRowHeights(ws, [e.row + 1], { growOnly: true }); // the edited row still shows its wrapped text in full
      }
      clearHiddenControls(this.file.workbook);
      return writeWorkbook(this.file.workbook);
    }
    if (this.file.kind === "docx" && this.file.docx) {
      const { zip, doc } = this.file.docx;
      const xml = writeCells(
        doc,
        this.edits.map((e) => ({ row: e.row, col: e.col, text: e.text })),
      );
      zip.file("word/document.xml", xmlWithoutHiddenControls(xml));
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    }
    throw new TextError({ vi: "Không lưu được tệp này", en: "cannot save this file" });
  }
}

/** Every text cell of a workbook about to be saved, without bidirectional overrides or C1 controls. */
function clearHiddenControls(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (typeof v === "string") {
          const clean = withoutHiddenControls(v);
          if (clean !== v) cell.value = clean;
        } else if (v && typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText)) {
          for (const run of (v as { richText: { text: string }[] }).richText)
            run.text = withoutHiddenControls(run.text);
        }
      }),
    ),
  );
}
