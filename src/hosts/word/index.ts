/**
 * Word adapter of the port. Reads every table of the body with the paragraphs around them (one load, one sync),
 * inserts the plan table in the official layout (Times New Roman 12 pt, bold centred header repeated on each page,
 * single borders, proportional widths, no merged cells), marks findings as "[KHCT]" comments (WordApi 1.4) or as
 * highlights whose previous colour is restored, and removes only its own marks. Fixed syncs per operation.
 */
import type { Catalog, CellPos, Finding, Plan, SchoolContext } from "../../core/types";
import { readPlans } from "../../core/read/index";
import { renderGrid } from "../../core/render";
import { findCriterion } from "../../core/catalogs/index";
import { checkDocumentParts, planDocumentParts, type DocPart } from "../../core/docparts/index";
import { queueDraftTables } from "./draft";
import type { DraftInsert, HostCapabilities, InsertOptions, InsertResult, PlanHost, ReadResult } from "../port";

export const MARK_PREFIX = "[KHCT]";

export interface WordEnv {
  run<T>(fn: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeEnv(): WordEnv {
  return { run: (fn) => Word.run(fn), isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) };
}

/** Where a grid cell lives in the document. */
type Origin = { kind: "paragraph"; index: number } | { kind: "cell"; table: number; row: number; col: number };

export class WordHost implements PlanHost {
  readonly kind = "word" as const;
  private origins = new Map<string, Origin>();
  /** Highlights KHCT replaced, to restore exactly. */
  private savedHighlights: { origin: Origin; color: string | null }[] = [];
  private lastGrid: string[][] = [];
  /** Ids of the comments KHCT added in this session. */
  private commentIds = new Set<string>();

  constructor(private readonly env: WordEnv = officeEnv()) {}

  private api(v: string): boolean {
    try {
      return this.env.isSetSupported("WordApi", v);
    } catch {
      return false;
    }
  }

  async capabilities(): Promise<HostCapabilities> {
    return { read: this.api("1.3"), insert: this.api("1.3"), tableHeaderRows: this.api("1.3"), comments: this.api("1.4"), marks: this.api("1.3"), contentControlsDropdown: this.api("1.9"), dataValidation: this.api("1.9"), ooxml: true };
  }

  async read(schoolContext?: Partial<SchoolContext>): Promise<ReadResult> {
    if (!this.api("1.3")) return { plans: readPlans([], schoolContext), problems: ["Word này chưa đọc được bảng (cần WordApi 1.3, Word 2016 trở lên). / Reading tables needs WordApi 1.3."] };
    return this.env.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      const tables = body.tables;
      paragraphs.load("items/text, items/tableNestingLevel");
      tables.load("items/values, items/rowCount");
      await context.sync(); // 1
      const grid: string[][] = [];
      const problems: string[] = [];
      this.origins.clear();
      let t = 0;
      let inTable = false;
      paragraphs.items.forEach((p, i) => {
        if (p.tableNestingLevel > 0) {
          if (!inTable && t < tables.items.length) {
            const table = tables.items[t];
            const width = Math.max(...table.values.map((r) => r.length));
            table.values.forEach((row, r) => {
              if (row.length !== width && problems.length < 10) problems.push(`Bảng ${t + 1}, dòng ${r + 1}: có ô gộp, nội dung được đọc theo thứ tự ô / merged cells in table ${t + 1}, row ${r + 1}`);
              row.forEach((_, c) => this.origins.set(`${grid.length}:${c}`, { kind: "cell", table: t, row: r, col: c }));
              grid.push(row.map((v) => String(v ?? "")));
            });
            t++;
          }
          inTable = true;
          return;
        }
        inTable = false;
        this.origins.set(`${grid.length}:0`, { kind: "paragraph", index: i });
        grid.push([p.text]);
      });
      this.lastGrid = grid;
      const plans = readPlans(grid, schoolContext);
      return { plans, problems };
    });
  }

  /** The document object a grid position came from (after read). */
  originOf(pos: CellPos): Origin | undefined {
    return this.origins.get(`${pos.row}:${pos.col}`);
  }

  private rangeOf(origin: Origin, tables: Word.TableCollection, paragraphs: Word.ParagraphCollection): Word.Range {
    if (origin.kind === "paragraph") return paragraphs.items[origin.index].getRange("Whole");
    return tables.items[origin.table].getCell(origin.row, origin.col).body.getRange("Whole");
  }

  async insertTable(options: InsertOptions, catalog?: Catalog | null): Promise<InsertResult> {
    if (!this.api("1.3")) return { status: "unsupported", message: "Word này chưa chèn được bảng (cần WordApi 1.3). Hãy dùng tệp mẫu .docx của KHCT. / Needs WordApi 1.3." };
    const grid = renderGrid(options.template, options.context, null, catalog ?? null);
    return this.env.run(async (context) => {
      const inTable = context.document.getSelection().parentTableOrNullObject;
      inTable.load("rowCount");
      await context.sync(); // 1
      // Never inside an existing table (Word would nest it): the table goes after it. Nothing is overwritten.
      const anchor: Word.Range | Word.Table = inTable.isNullObject ? context.document.getSelection() : inTable;
      const table = anchor.insertTable(grid.rows.length, grid.columns.length, "After", grid.rows);
      table.font.name = "Times New Roman";
      table.font.size = 12;
      table.headerRowCount = 1;
      for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const) {
        const border = table.getBorder(b);
        border.type = "Single";
        border.width = 0.5;
        border.color = "#000000";
      }
      const total = grid.columns.reduce((s, c) => s + c.width, 0);
      grid.columns.forEach((c, i) => (table.getCell(0, i).columnWidth = Math.round((c.width / total) * 770)));
      grid.kinds.forEach((kind, r) => {
        if (kind === "header" || kind === "number-row" || kind === "section" || kind === "standard") {
          const row = table.getCell(r, 0).parentRow;
          row.font.bold = true;
          if (kind === "header" || kind === "number-row") row.horizontalAlignment = "Centered";
        }
      });
      await context.sync(); // 2
      return { status: "inserted", rows: grid.rows.length };
    });
  }

  /** A drafted plan (gap board) after the cursor: each table with its bold heading, never inside a table; 2 syncs. */
  async insertDraft(draft: DraftInsert): Promise<InsertResult> {
    if (!this.api("1.3")) return { status: "unsupported", message: "Word này chưa chèn được bảng (cần WordApi 1.3). Hãy tải bản nháp .docx từ trang độc lập. / Needs WordApi 1.3." };
    return this.env.run(async (context) => {
      const inTable = context.document.getSelection().parentTableOrNullObject;
      inTable.load("rowCount");
      await context.sync(); // 1
      const at: Word.Range | Word.Table = inTable.isNullObject ? context.document.getSelection() : inTable;
      const rows = queueDraftTables(at, draft.tables);
      await context.sync(); // 2
      return { status: "inserted", rows };
    });
  }

  /** Header block, title, "Căn cứ", headings, recipients and signature at the cursor (ND30 layout). */
  async insertDocumentParts(parts: DocPart[] = planDocumentParts({ level: null, regime: null, schoolYear: null, school: null })): Promise<void> {
    await this.env.run(async (context) => {
      queueDocumentParts(context.document.getSelection(), parts);
      await context.sync(); // 1: everything was queued above
    });
  }

  /**
   * Biểu 2 (TT 57/2026) as a whole document at the cursor: header block, title, sections I–VIII in order with the
   * form's text, the section IV and VI tables (VI with its two dated review points) and the section V plan table.
   */
  async insertBieu2(context: SchoolContext, grid?: import("../../core/types").RenderedGrid): Promise<void> {
    const { bieu2Sections } = await import(/* webpackChunkName: "bieu2" */ "../../core/tt57/bieu2");
    const sections = bieu2Sections(context);
    const plan = grid ?? renderGrid("tt57-bieu2", context, null, null);
    const head = planDocumentParts(context).filter((p) => p.kind === "header-block" || p.kind === "title");
    await this.env.run(async (context2) => {
      let at: Word.Range | Word.Paragraph | Word.Table = context2.document.getSelection();
      const para = (text: string, bold = false, align: "Left" | "Centered" | "Justified" = "Justified") => {
        const p: Word.Paragraph = at.insertParagraph(text, "After");
        p.font.name = "Times New Roman";
        p.font.size = 13;
        p.font.bold = bold;
        p.alignment = align;
        at = p;
      };
      const table = (rows: string[][], header = true) => {
        const t: Word.Table = at.insertTable(rows.length, rows[0].length, "After", rows);
        t.font.name = "Times New Roman";
        t.font.size = 12;
        if (header) {
          t.headerRowCount = 1;
          t.getCell(0, 0).parentRow.font.bold = true;
        }
        for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const) t.getBorder(b).type = "Single";
        at = t;
      };
      for (const part of head) {
        if (part.kind === "header-block") {
          const t: Word.Table = at.insertTable(3, 2, "After", part.left.map((l, i) => [l, part.right[i] ?? ""]));
          for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const) t.getBorder(b).type = "None";
          at = t;
        } else if (part.kind === "title") part.lines.forEach((l) => para(l, true, "Centered"));
      }
      for (const sec of sections) {
        para(`${sec.number}. ${sec.title}`, true, "Left");
        for (const l of sec.lines) para(l);
        if (sec.table) table([sec.table.headers, ...sec.table.rows]);
        if (sec.noteUnder) para(sec.noteUnder);
        if (sec.planTable) table(plan.rows);
      }
      para("Nơi nhận: - Phòng Văn hóa - Xã hội xã/phường …; - Lưu: VT.", false, "Left");
      para("HIỆU TRƯỞNG", true, "Centered");
      await context2.sync(); // 1
    });
  }

  /** Checks the document's header block, "Căn cứ" and recipients (after read). */
  async checkDocument(plan: Plan): Promise<Finding[]> {
    const inPlan = new Set<number>([plan.headerRow, ...plan.rows.flatMap((r) => r.gridRows)]);
    const lines: { text: string; row: number }[] = [];
    this.lastGrid.forEach((row, r) => {
      if (inPlan.has(r)) return;
      for (const cell of row) for (const text of cell.split("\n")) if (text.trim()) lines.push({ text, row: r });
    });
    return checkDocumentParts(lines, plan.context);
  }

  /**
   * Dropdown-list content controls (WordApi 1.9) in the empty criterion cells of the plan table read last, listing
   * the catalog's criteria; elsewhere the pane's search picker does the same job. Two syncs whatever the row count.
   */
  async setupDropdowns(catalog: Catalog, plan: Plan): Promise<{ ok: boolean; message: string }> {
    if (!this.api("1.9")) return { ok: false, message: "Word này chưa có ô chọn (content control, cần WordApi 1.9): hãy dùng ô tìm tiêu chí trong ngăn. / Dropdowns need WordApi 1.9; use the picker." };
    const col = plan.columns.criterion;
    if (col === undefined || plan.headerRow < 0) return { ok: false, message: "Chưa thấy bảng kế hoạch. / No plan table." };
    const targets = plan.rows
      .filter((r) => (r.kind === "task" || r.kind === "criterion") && !(r.cells.criterion?.text.trim()))
      .map((r) => this.originOf({ row: r.gridRows[0], col }))
      .filter((o): o is Origin => Boolean(o) && o!.kind === "cell");
    if (!targets.length) return { ok: false, message: "Không còn ô tiêu chí trống để đặt danh sách chọn. / No empty criterion cells." };
    const items = catalog.standards.flatMap((st) => st.criteria.map((c) => `Tiêu chí ${c.code}: ${c.name}`));
    return this.env.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load("items");
      await context.sync(); // 1
      this.queueDropdowns(tables, targets, items);
      await context.sync(); // 2
      return { ok: true, message: `Đã đặt danh sách chọn tiêu chí vào ${targets.length} ô. / Dropdowns added to ${targets.length} cells.` };
    });
  }

  private queueDropdowns(tables: Word.TableCollection, targets: Origin[], items: string[]): void {
    for (const o of targets) {
      if (o.kind !== "cell") continue;
      const cc = tables.items[o.table].getCell(o.row, o.col).body.insertContentControl("DropDownList");
      cc.title = "Tiêu chí";
      cc.tag = "KHCT-tieu-chi";
      for (const text of items) cc.dropDownListContentControl.addListItem(text, text);
    }
  }

  /** Picker: writes the official criterion into the table cell at the cursor; adds its standard row when missing. */
  async fillCriterionAtCursor(catalog: Catalog, code: string): Promise<{ ok: boolean; message: string }> {
    const hit = findCriterion(catalog, code);
    if (!hit) return { ok: false, message: `Không có tiêu chí ${code} trong ${catalog.circular}.` };
    return this.env.run(async (context) => {
      const cell = context.document.getSelection().parentTableCellOrNullObject;
      cell.load("rowIndex, cellIndex");
      const table = context.document.getSelection().parentTableOrNullObject;
      table.load("values");
      await context.sync(); // 1
      if (cell.isNullObject || table.isNullObject) return { ok: false, message: "Hãy đặt con trỏ vào ô “Tiêu chuẩn, tiêu chí” của bảng. / Put the cursor in the criterion cell." };
      cell.value = `Tiêu chí ${hit.criterion.code}: ${hit.criterion.name}`;
      const standardText = `Tiêu chuẩn ${hit.standard.number}: ${hit.standard.name}`;
      // The standard row above: the nearest row whose text starts "Tiêu chuẩn".
      let above: string | null = null;
      for (let r = cell.rowIndex - 1; r >= 0; r--) {
        const t = (table.values[r] ?? []).join(" ");
        if (/Tiêu chuẩn\s*\d+/i.test(t)) {
          above = t;
          break;
        }
      }
      const m = above ? /Tiêu chuẩn\s*(\d+)/i.exec(above) : null;
      let added = false;
      if (!m || Number(m[1]) !== hit.standard.number) {
        const values = new Array(table.values[0]?.length ?? 9).fill("");
        values[cell.cellIndex] = standardText;
        cell.parentRow.insertRows("Before", 1, [values]);
        added = true;
      }
      await context.sync(); // 2
      return { ok: true, message: `Đã ghi Tiêu chí ${code}${added ? ` và thêm dòng “${standardText}”` : ""}.` };
    });
  }

  async markFindings(findings: Finding[], plan?: Plan): Promise<void> {
    void plan;
    if (!this.api("1.3")) return;
    const located = findings.filter((f) => f.cell && this.originOf(f.cell)).map((f) => ({ f, origin: this.originOf(f.cell!)! }));
    await this.clearMarks();
    await this.env.run(async (context) => {
      const body = context.document.body;
      const tables = body.tables;
      const paragraphs = body.paragraphs;
      tables.load("items");
      paragraphs.load("items");
      await context.sync(); // 1
      const useComments = this.api("1.4");
      const ranges = located.map(({ origin }) => this.rangeOf(origin, tables, paragraphs));
      if (!useComments) for (const r of ranges) r.font.load("highlightColor");
      await context.sync(); // 2
      const added: Word.Comment[] = [];
      located.forEach(({ f, origin }, i) => {
        const r = ranges[i];
        if (useComments) added.push(r.insertComment(`${MARK_PREFIX} ${f.message}${f.suggestion ? ` — ${f.suggestion}` : ""}`).load("id"));
        else {
          this.savedHighlights.push({ origin, color: r.font.highlightColor ?? null });
          r.font.highlightColor = f.severity === "error" ? "#FF9999" : "Yellow";
        }
      });
      await context.sync(); // 3
      // Remember exactly which comments KHCT added: clearing deletes those (and, after a reload of the pane,
      // falls back to the "[KHCT]" prefix).
      for (const c of added) this.commentIds.add(c.id);
    });
  }

  /** Deletes only KHCT's comments and restores the highlights KHCT replaced. */
  async clearMarks(): Promise<void> {
    if (!this.api("1.3")) return;
    const saved = this.savedHighlights;
    this.savedHighlights = [];
    await this.env.run(async (context) => {
      const body = context.document.body;
      const comments = this.api("1.4") ? body.getComments() : null;
      comments?.load("items/content, items/id");
      const tables = body.tables;
      const paragraphs = body.paragraphs;
      tables.load("items");
      paragraphs.load("items");
      await context.sync(); // 1
      this.queueRemoval(comments, saved, tables, paragraphs);
      await context.sync(); // 2
    });
  }

  /** Queues the deletion of KHCT's comments and the restoration of the highlights it replaced (no sync). */
  private queueRemoval(comments: Word.CommentCollection | null, saved: { origin: Origin; color: string | null }[], tables: Word.TableCollection, paragraphs: Word.ParagraphCollection): void {
    const known = this.commentIds.size > 0;
    for (const c of comments?.items ?? []) if (c.content.startsWith(MARK_PREFIX) && (!known || this.commentIds.has(c.id))) c.delete();
    this.commentIds.clear();
    for (const s of saved) this.rangeOf(s.origin, tables, paragraphs).font.highlightColor = s.color as string;
  }

  async select(pos: CellPos): Promise<void> {
    const origin = this.originOf(pos);
    if (!origin) return;
    await this.env.run(async (context) => {
      const tables = context.document.body.tables;
      const paragraphs = context.document.body.paragraphs;
      tables.load("items");
      paragraphs.load("items");
      await context.sync();
      this.rangeOf(origin, tables, paragraphs).select();
      await context.sync();
    });
  }
}

/** Queues the official document parts after a position (no sync: the caller sends them in one round trip). */
function queueDocumentParts(start: Word.Range, parts: DocPart[]): void {
  let at: Word.Range | Word.Paragraph | Word.Table = start;
  const para = (text: string, o: { bold?: boolean; italic?: boolean; size?: number; align?: "Left" | "Centered" | "Right" | "Justified" } = {}) => {
    const p: Word.Paragraph = at.insertParagraph(text, "After");
    p.font.name = "Times New Roman";
    p.font.size = o.size ?? 13;
    p.font.bold = Boolean(o.bold);
    p.font.italic = Boolean(o.italic);
    p.alignment = o.align ?? "Justified";
    at = p;
  };
  for (const part of parts) {
    if (part.kind === "header-block") {
      const t: Word.Table = at.insertTable(3, 2, "After", part.left.map((l, i) => [l, part.right[i] ?? ""]));
      t.font.name = "Times New Roman";
      t.font.size = 13;
      t.horizontalAlignment = "Centered";
      for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const) t.getBorder(b).type = "None";
      t.getCell(1, 0).body.font.bold = true;
      t.getCell(0, 1).body.font.bold = true;
      t.getCell(1, 1).body.font.bold = true;
      t.getCell(2, 1).body.font.italic = true;
      at = t;
    } else if (part.kind === "title") part.lines.forEach((l) => para(l, { bold: true, size: 14, align: "Centered" }));
    else if (part.kind === "heading") para(part.text, { bold: true });
    else if (part.kind === "paragraph") para(part.text, { italic: part.italic, bold: part.bold });
    else if (part.kind === "recipients") part.lines.forEach((l, i) => para(l, { bold: i === 0, italic: i === 0, size: i === 0 ? 12 : 11, align: "Left" }));
    else if (part.kind === "signature") part.lines.forEach((l, i) => para(l, { bold: i === 0, italic: i > 0, align: "Right" }));
    else if (part.kind === "table") para("[Bảng kế hoạch: bấm “Chèn bảng kế hoạch” để chèn tại đây]", { italic: true });
  }
}

export function createWordHost(): WordHost {
  return new WordHost(officeEnv());
}
