/**
 * Excel adapter of the port. Every operation makes a fixed number of context.sync() calls whatever the row count:
 * reads are one load + one sync, writes are queued and flushed together. Features that need newer requirement
 * sets degrade with a Vietnamese message (Excel 2016 runs ExcelApi 1.1–1.2: reading and checking still work).
 */
import type { Catalog, CellPos, Finding, Plan, SchoolContext } from "../../core/types";
import { readPlans } from "../../core/read/index";
import { renderGrid } from "../../core/render";
import { columnLetter } from "../../core/rules/finding";
import { catalogIdFor, findCriterion, getCatalog } from "../../core/catalogs/index";
import { parseCriterionRef, parseStandardRef } from "../../core/parse/refs";
import { foldDiacritics } from "../../core/text/normalize";
import { getTemplate } from "../../core/templates";
import { stackTables } from "../../core/assess/stack";
import type { DraftInsert, HostCapabilities, InsertOptions, InsertResult, PlanHost, ReadResult } from "../port";

export const CATALOG_SHEET = "KHCT_DanhMuc";
export const FLAG_SHEET = "KHCT_KiemTra";
export const MARK_PREFIX = "[KHCT]";
const FILL = { header: "#DDEBF7", section: "#F2F2F2", error: "#FDE7E9", warning: "#FFF4CE" };

export interface ExcelEnv {
  run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeEnv(): ExcelEnv {
  return {
    run: (fn) => Excel.run(fn),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** "C12" for a 0-based sheet position. */
const addr = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;
const areaAddr = (row: number, col: number, rows: number, cols: number) => `${addr(row, col)}:${addr(row + rows - 1, col + cols - 1)}`;

export class ExcelHost implements PlanHost {
  readonly kind = "excel" as const;
  /** Sheet offset of the grid last read (grid positions → sheet positions). */
  private origin = { row: 0, col: 0, sheet: "" };
  /** Generation counter of KHCT's own writes, so live re-check ignores them. */
  private ownWrites = 0;
  private lastOwnWrite = 0;
  /** Sheet that carries KHCT's conditional formats (null when nothing is marked). */
  private markedSheet: string | null = null;

  constructor(private readonly env: ExcelEnv = officeEnv()) {}

  private api(v: string): boolean {
    try {
      return this.env.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  }

  async capabilities(): Promise<HostCapabilities> {
    return {
      read: true,
      insert: true,
      conditionalFormats: this.api("1.6"),
      freeze: this.api("1.7"),
      hiddenSheets: this.api("1.7"),
      onChanged: this.api("1.7"),
      dataValidation: this.api("1.8"),
      pageLayout: this.api("1.9"),
      comments: this.api("1.10"),
      notes: this.api("1.18"),
      marks: this.api("1.6"),
    };
  }

  /** Marks the start of a write by KHCT (live re-check skips changes until the write has settled). */
  private beginWrite() {
    this.ownWrites++;
    this.lastOwnWrite = Date.now();
  }

  isOwnWrite(now = Date.now()): boolean {
    return now - this.lastOwnWrite < 1500;
  }

  async read(schoolContext?: Partial<SchoolContext>): Promise<ReadResult> {
    return this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const used = this.api("1.4") ? ws.getUsedRangeOrNullObject(true) : this.api("1.2") ? ws.getUsedRange(true) : ws.getUsedRange();
      used.load("text, rowIndex, columnIndex");
      ws.load("name");
      // Merged cells hide text in all but the top-left cell: report them (getMergedAreas needs ExcelApi 1.13).
      const merged = this.api("1.13") ? used.getMergedAreasOrNullObject() : null;
      merged?.load("address");
      await context.sync();
      if ((used as Excel.Range).isNullObject) {
        this.origin = { row: 0, col: 0, sheet: ws.name };
        return { plans: readPlans([], schoolContext), problems: [] };
      }
      this.origin = { row: used.rowIndex, col: used.columnIndex, sheet: ws.name };
      const grid = used.text.map((r) => r.map((c) => String(c ?? "")));
      const plans = readPlans(grid, schoolContext);
      const problems: string[] = [];
      if (merged && !merged.isNullObject && merged.address) {
        const list = merged.address.split(",").map((a) => a.trim().replace(/^.*!/, "")).filter(Boolean);
        problems.push(`Bảng có ô gộp (${list.slice(0, 10).join(", ")}${list.length > 10 ? ", …" : ""}): chỉ đọc được chữ ở ô đầu của mỗi vùng gộp. Nên bỏ gộp ô trước khi kiểm tra. / Merged cells: only the top-left cell of each merged area is read.`);
      }
      return { plans, problems };
    });
  }

  /** Sheet position of a grid position of the last read. */
  toSheet(pos: CellPos): CellPos {
    return { row: pos.row + this.origin.row, col: pos.col + this.origin.col };
  }

  /**
   * Writes `values` at the selection in 3 syncs: (1) where the selection is, (2) what the target area holds — any
   * non-empty cell and no `overwrite` → needs-confirmation and nothing written — (3) the values plus the formatting
   * `style` queues (no sync of its own).
   */
  private writeAtSelection(values: string[][], overwrite: boolean, style: (ws: Excel.Worksheet, target: Excel.Range, r0: number, c0: number) => void): Promise<InsertResult> {
    const rows = values.length;
    const cols = Math.max(...values.map((r) => r.length));
    return this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const sel = context.workbook.getSelectedRange();
      sel.load("rowIndex, columnIndex");
      await context.sync(); // 1
      const r0 = sel.rowIndex;
      const c0 = sel.columnIndex;
      const target = ws.getRange(areaAddr(r0, c0, rows, cols));
      target.load("text");
      await context.sync(); // 2
      const occupied: { address: string; text: string }[] = [];
      target.text.forEach((row, r) => row.forEach((t, c) => {
        if (String(t ?? "").trim()) occupied.push({ address: addr(r0 + r, c0 + c), text: String(t) });
      }));
      if (occupied.length && !overwrite) return { status: "needs-confirmation", occupied };
      this.beginWrite();
      target.values = values;
      target.format.wrapText = true;
      target.format.verticalAlignment = "Top";
      target.format.font.name = "Times New Roman";
      target.format.font.size = 12;
      style(ws, target, r0, c0);
      await context.sync(); // 3
      return { status: "inserted", rows };
    });
  }

  async insertTable(options: InsertOptions, catalog?: Catalog | null): Promise<InsertResult> {
    const ctx = options.context;
    const cat = catalog ?? (ctx.level && ctx.regime ? getCatalog(catalogIdFor(ctx.level, ctx.regime)) ?? null : null);
    const grid = renderGrid(options.template, ctx, null, cat);
    const cols = grid.columns.length;
    return this.writeAtSelection(grid.rows, Boolean(options.overwrite), (ws, target, r0, c0) => {
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) target.format.borders.getItem(edge).style = "Continuous";
      const head = ws.getRange(areaAddr(r0, c0, 2, cols));
      head.format.font.bold = true;
      head.format.horizontalAlignment = "Center";
      head.format.fill.color = FILL.header;
      grid.kinds.forEach((kind, r) => {
        if (kind === "section" || kind === "standard") {
          const line = ws.getRange(areaAddr(r0 + r, c0, 1, cols));
          line.format.font.bold = true;
          if (kind === "section") line.format.fill.color = FILL.section;
        }
      });
      const total = grid.columns.reduce((sum, c) => sum + c.width, 0);
      grid.columns.forEach((c, i) => {
        ws.getRange(`${columnLetter(c0 + i)}:${columnLetter(c0 + i)}`).format.columnWidth = Math.round((c.width / total) * 1100);
      });
      // Freeze through the header row when the table starts near the top (a deep freeze would hide the sheet).
      if (this.api("1.7") && r0 < 10) ws.freezePanes.freezeRows(r0 + 1);
      if (this.api("1.9")) {
        ws.pageLayout.orientation = "Landscape";
        ws.pageLayout.paperSize = "A4";
        ws.pageLayout.setPrintTitleRows(`$${r0 + 1}:$${r0 + 1}`);
      }
    });
  }

  /**
   * Biểu 2 (TT 57/2026) in Excel: the section IV (priority issues), V (plan) and VI (monitoring, two dated review
   * points) tables stacked at the selection. Asks before overwriting; 3 syncs whatever the size.
   */
  async insertBieu2Tables(context: SchoolContext, overwrite = false): Promise<InsertResult> {
    const { bieu2Sections } = await import(/* webpackChunkName: "bieu2" */ "../../core/tt57/bieu2");
    const sections = bieu2Sections(context);
    const plan = renderGrid("tt57-bieu2", context, null, null);
    const width = plan.columns.length;
    const pad = (r: string[]) => [...r, ...new Array(Math.max(0, width - r.length)).fill("")].slice(0, width);
    const rows: string[][] = [];
    const bold: number[] = [];
    for (const sec of sections.filter((x) => x.number === "IV" || x.number === "V" || x.number === "VI")) {
      if (rows.length) rows.push(pad([]));
      bold.push(rows.length);
      rows.push(pad([`${sec.number}. ${sec.title}`]));
      if (sec.table) {
        bold.push(rows.length);
        rows.push(pad(sec.table.headers), ...sec.table.rows.map(pad));
      }
      if (sec.planTable) {
        bold.push(rows.length, rows.length + 1);
        rows.push(...plan.rows.map(pad));
      }
    }
    return this.writeAtSelection(rows, overwrite, (ws, _target, r0, c0) => boldRows(ws, bold.map((r) => areaAddr(r0 + r, c0, 1, width))));
  }

  /** A drafted plan (gap board): its tables stacked at the selection, headings and header rows bold; 3 syncs. */
  async insertDraft(draft: DraftInsert): Promise<InsertResult> {
    const { rows, bold, spans } = stackTables(draft.tables);
    const width = rows[0]?.length ?? 1;
    return this.writeAtSelection(rows, Boolean(draft.overwrite), (ws, _target, r0, c0) => {
      boldRows(ws, bold.map((r) => areaAddr(r0 + r, c0, 1, width)));
      for (const s of spans) {
        const table = ws.getRange(areaAddr(r0 + s.row, c0, s.rows, s.cols));
        for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) table.format.borders.getItem(edge).style = "Continuous";
      }
    });
  }

  /**
   * Criterion and level dropdowns: a very hidden sheet holds the catalog; list validation on the criterion and
   * target columns points at named ranges (inline lists stop at 255 characters).
   */
  async setupDropdowns(catalog: Catalog, plan: Plan, extraRows = 200): Promise<{ ok: boolean; message: string }> {
    if (!this.api("1.8")) return { ok: false, message: "Excel này chưa hỗ trợ danh sách chọn (cần ExcelApi 1.8, Excel 2019/Microsoft 365). / Dropdowns need ExcelApi 1.8." };
    const criteria = catalog.standards.flatMap((s) => s.criteria.map((c) => [`Tiêu chí ${c.code}: ${c.name}`]));
    const levels = Array.from({ length: catalog.maxLevel }, (_, i) => [`Đạt mức ${i + 1}`]);
    const critCol = plan.columns.criterion;
    const targetCol = plan.columns.target;
    if (critCol === undefined || plan.headerRow < 0) return { ok: false, message: "Chưa thấy bảng kế hoạch: hãy chèn bảng trước. / Insert the table first." };
    return this.env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(CATALOG_SHEET);
      const nameA = context.workbook.names.getItemOrNullObject("DS_TieuChi");
      const nameB = context.workbook.names.getItemOrNullObject("DS_Muc");
      await context.sync(); // 1
      this.beginWrite();
      if (!existing.isNullObject) existing.delete();
      if (!nameA.isNullObject) nameA.delete();
      if (!nameB.isNullObject) nameB.delete();
      const hidden = sheets.add(CATALOG_SHEET);
      hidden.getRange(`A1:A${criteria.length}`).values = criteria;
      hidden.getRange(`B1:B${levels.length}`).values = levels;
      hidden.visibility = "VeryHidden";
      context.workbook.names.add("DS_TieuChi", hidden.getRange(`A1:A${criteria.length}`));
      context.workbook.names.add("DS_Muc", hidden.getRange(`B1:B${levels.length}`));
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const first = this.origin.row + plan.headerRow + 2;
      const last = first + Math.max(plan.rows.length, 1) + extraRows;
      const crit = ws.getRange(`${columnLetter(this.origin.col + critCol)}${first + 1}:${columnLetter(this.origin.col + critCol)}${last}`);
      crit.dataValidation.clear();
      crit.dataValidation.rule = { list: { inCellDropDown: true, source: "=DS_TieuChi" } };
      crit.dataValidation.errorAlert = { showAlert: false, message: "", title: "", style: "Information" };
      if (targetCol !== undefined) {
        const tgt = ws.getRange(`${columnLetter(this.origin.col + targetCol)}${first + 1}:${columnLetter(this.origin.col + targetCol)}${last}`);
        tgt.dataValidation.clear();
        tgt.dataValidation.rule = { list: { inCellDropDown: true, source: "=DS_Muc" } };
        tgt.dataValidation.errorAlert = { showAlert: false, message: "", title: "", style: "Information" };
      }
      await context.sync(); // 2
      return { ok: true, message: `Đã tạo danh sách chọn ${criteria.length} tiêu chí và ${levels.length} mức. / Dropdowns created.` };
    });
  }

  /**
   * Marks findings without touching the user's formatting: flags go to a very hidden sheet and ONE conditional
   * format over the plan area reads them; messages become notes (1.18) or comments (1.10) marked "[KHCT]".
   */
  async markFindings(findings: Finding[], plan?: Plan): Promise<void> {
    await this.markFindingsReport(findings, plan);
  }

  /** As markFindings, telling the pane what was done (or why nothing was painted) in Vietnamese. */
  async markFindingsReport(findings: Finding[], plan?: Plan): Promise<{ marked: number; attached: "notes" | "comments" | "none"; message: string | null }> {
    if (!this.api("1.6")) {
      return { marked: 0, attached: "none", message: "Excel này chưa hỗ trợ tô màu có điều kiện (cần ExcelApi 1.6): các lỗi chỉ hiện trong khung bên phải, bảng không bị sửa. / This Excel cannot mark cells (needs ExcelApi 1.6): findings are listed in the pane only." };
    }
    if (!plan || plan.headerRow < 0) return { marked: 0, attached: "none", message: "Chưa thấy bảng kế hoạch để đánh dấu. / No plan table to mark." };
    const attached = this.api("1.18") ? "notes" : this.api("1.10") ? "comments" : "none";
    const marked = new Set(findings.filter((f) => f.cell).map((f) => `${f.cell!.row}:${f.cell!.col}`)).size;
    await this.paintMarks(findings, plan);
    return {
      marked,
      attached,
      message: attached === "none" ? "Đã tô các ô có lỗi; Excel này chưa hỗ trợ ghi chú/bình luận (cần ExcelApi 1.10) nên lời giải thích chỉ ở khung bên phải. / Cells marked; messages are in the pane only." : null,
    };
  }

  private async paintMarks(findings: Finding[], plan: Plan): Promise<void> {
    const cells = findings.filter((f) => f.cell);
    let maxRow = 0;
    let maxCol = 0;
    for (const f of cells) {
      maxRow = Math.max(maxRow, f.cell!.row);
      maxCol = Math.max(maxCol, f.cell!.col);
    }
    const lastRow = Math.max(maxRow, ...plan.rows.flatMap((r) => r.gridRows));
    const lastCol = Math.max(maxCol, ...Object.values(plan.columns).map((c) => c ?? 0));
    const flags: number[][] = Array.from({ length: lastRow + 1 }, () => new Array(lastCol + 1).fill(0));
    for (const f of cells) flags[f.cell!.row][f.cell!.col] = Math.max(flags[f.cell!.row][f.cell!.col], f.severity === "error" ? 2 : 1);
    const o = this.origin;
    await this.env.run(async (context) => {
      await this.queueClear(context); // 2 syncs; the old marks go in the same batch as the new ones
      this.beginWrite();
      this.markedSheet = o.sheet;
      const flagSheet = context.workbook.worksheets.add(FLAG_SHEET);
      flagSheet.getRange(areaAddr(o.row, o.col, lastRow + 1, lastCol + 1)).values = flags;
      if (this.api("1.7")) flagSheet.visibility = "VeryHidden";
      const ws = context.workbook.worksheets.getItem(o.sheet);
      const area = ws.getRange(areaAddr(o.row, o.col, lastRow + 1, lastCol + 1));
      const top = addr(o.row, o.col).replace(/([A-Z]+)(\d+)/, "$1$2");
      for (const [level, color] of [[2, FILL.error], [1, FILL.warning]] as const) {
        const cf = area.conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=${FLAG_SHEET}!${top}=${level}`;
        cf.custom.format.fill.color = color;
      }
      const note = (f: Finding) => `${MARK_PREFIX} ${f.message}${f.suggestion ? ` — ${f.suggestion}` : ""}`;
      const quoted = `'${o.sheet.replace(/'/g, "''")}'`;
      const byCell = new Map<string, Finding[]>();
      for (const f of cells) {
        const a = addr(o.row + f.cell!.row, o.col + f.cell!.col);
        byCell.set(a, [...(byCell.get(a) ?? []), f]);
      }
      if (this.api("1.18")) for (const [a, fs] of byCell) context.workbook.notes.add(`${quoted}!${a}`, fs.map(note).join("\n"));
      else if (this.api("1.10")) for (const [a, fs] of byCell) context.workbook.comments.add(`${quoted}!${a}`, fs.map(note).join("\n"));
      await context.sync(); // 3
    });
  }

  /** Removes KHCT's flag sheet, its conditional formats and its notes/comments; nothing of the user's. */
  async clearMarks(): Promise<void> {
    if (!this.api("1.6")) return;
    await this.env.run(async (context) => {
      await this.queueClear(context); // 2 syncs
      await context.sync(); // 3
    });
  }

  /**
   * Loads what KHCT added (2 syncs) and queues its deletion; the caller's next sync applies it. Only KHCT's own
   * objects are touched: the flag sheet, custom conditional formats whose formula reads it, "[KHCT]" notes/comments.
   */
  private async queueClear(context: Excel.RequestContext): Promise<void> {
    const sheet = this.markedSheet ?? this.origin.sheet;
    const flagSheet = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
    // Only the sheet last marked can carry KHCT's conditional formats.
    const cfs = sheet ? context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats : null;
    cfs?.load("items/type");
    const notes = this.api("1.18") ? context.workbook.notes : null;
    const comments = this.api("1.10") ? context.workbook.comments : null;
    notes?.load("items/content");
    comments?.load("items/content");
    await context.sync();
    const customItems = (cfs?.items ?? []).filter((cf) => cf.type === "Custom");
    // One load per custom format, all sent in the next round trip.
    const customs = customItems.map((cf) => cf.customOrNullObject.load("rule/formula"));

    await context.sync();
    this.beginWrite();
    customs.forEach((c, i) => {
      if (!c.isNullObject && c.rule.formula.includes(`${FLAG_SHEET}!`)) customItems[i].delete();
    });
    for (const n of notes?.items ?? []) if (n.content.startsWith(MARK_PREFIX)) n.delete();
    for (const c of comments?.items ?? []) if (c.content.startsWith(MARK_PREFIX)) c.delete();
    if (!flagSheet.isNullObject) flagSheet.delete();
    this.markedSheet = null;
  }

  async select(pos: CellPos): Promise<void> {
    const p = this.toSheet(pos);
    await this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(this.origin.sheet);
      ws.activate();
      ws.getRange(addr(p.row, p.col)).select();
      await context.sync();
    });
  }

  /**
   * After the user picked a criterion in the cell at `address` (sheet address, e.g. "B7"): checks that the nearest
   * standard row above in the same column is that criterion's standard; fills it in when the row just above is
   * empty. Two syncs at most; never writes over text.
   */
  async onCriterionPicked(address: string, catalog: Catalog): Promise<{ status: "ok" | "filled" | "mismatch" | "missing" | "not-criterion"; message: string }> {
    const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
    if (!m) return { status: "not-criterion", message: `Địa chỉ ô không hợp lệ: ${address}. / Bad address.` };
    const col = m[1];
    const row = Number(m[2]);
    return this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const top = Math.max(1, row - 400);
      const above = ws.getRange(`${col}${top}:${col}${row}`);
      above.load("text");
      await context.sync(); // 1
      const texts = above.text.map((r) => String(r[0] ?? ""));
      const ref = parseCriterionRef(texts[texts.length - 1]);
      const found = ref ? findCriterion(catalog, ref.code) : null;
      if (!ref || !found) return { status: "not-criterion", message: "Ô này không phải một tiêu chí trong danh mục. / Not a catalog criterion." };
      const label = `Tiêu chuẩn ${found.standard.number}: ${found.standard.name}`;
      const aboveEmpty = texts.length >= 2 && !texts[texts.length - 2].trim();
      let other: number | null = null;
      for (let i = texts.length - 2; i >= 0; i--) {
        const std = parseStandardRef(texts[i]);
        if (std) {
          if (std.number === found.standard.number) return { status: "ok", message: `Tiêu chí ${ref.code} nằm đúng dưới Tiêu chuẩn ${std.number}. / Standard row matches.` };
          other = std.number;
          break;
        }
        if (/^muc\s/.test(foldDiacritics(texts[i]).toLowerCase().trim())) break; // section row: no standard row in this section yet
      }
      if (!aboveEmpty) {
        return other !== null
          ? { status: "mismatch", message: `Tiêu chí ${ref.code} thuộc Tiêu chuẩn ${found.standard.number}, nhưng dòng tiêu chuẩn phía trên là Tiêu chuẩn ${other}. / The criterion sits under another standard.` }
          : { status: "missing", message: `Chưa có dòng "${label}" phía trên tiêu chí ${ref.code}: hãy chèn một dòng trống phía trên để KHCT điền. / No standard row above.` };
      }
      this.beginWrite();
      const cell = ws.getRange(`${col}${row - 1}`);
      cell.values = [[label]];
      cell.format.font.bold = true;
      await context.sync(); // 2
      return { status: "filled", message: `Đã điền dòng "${label}". / Standard row filled.` };
    });
  }

  /** "Chèn dòng tổng": the total of the parsed amounts, as a value, below the plan (asks before overwriting). */
  async insertTotalRow(plan: Plan, totalVnd: number, totalInWords: string, overwrite = false): Promise<InsertResult> {
    const budgetCol = plan.columns.budget;
    if (budgetCol === undefined) return { status: "unsupported", message: "Bảng không có cột kinh phí. / The table has no budget column." };
    const lastGridRow = Math.max(plan.headerRow, ...plan.rows.flatMap((r) => r.gridRows));
    const row = this.origin.row + lastGridRow + 1;
    const cols = Math.max(...Object.values(plan.columns).map((c) => c ?? 0)) + 1;
    return this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(this.origin.sheet);
      const line = ws.getRange(areaAddr(row, this.origin.col, 1, cols));
      line.load("text");
      await context.sync(); // 1
      const occupied = line.text[0].map((t, c) => ({ address: addr(row, this.origin.col + c), text: String(t ?? "") })).filter((x) => x.text.trim());
      if (occupied.length && !overwrite) return { status: "needs-confirmation", occupied };
      this.beginWrite();
      const values = new Array(cols).fill("");
      values[plan.columns.criterion ?? 1] = "Tổng cộng";
      values[budgetCol] = totalVnd;
      const noteCol = plan.columns.note ?? plan.columns.support;
      if (noteCol !== undefined) values[noteCol] = `Tổng các số tiền đọc được trong cột kinh phí (${totalInWords}); không phải công thức SUM vì ô ghi dạng chữ như "10 triệu".`;
      line.values = [values];
      line.format.font.bold = true;
      ws.getRange(addr(row, this.origin.col + budgetCol)).numberFormat = [["#,##0"]];
      await context.sync(); // 2
      return { status: "inserted", rows: 1 };
    });
  }

  /**
   * Live re-check: re-reads on edits (debounced), ignoring KHCT's own writes. Returns a stop function.
   * Dropdown picks do not always raise events, so the pane keeps its "Kiểm tra" button.
   */
  async startLiveCheck(onResult: (result: ReadResult) => void, debounceMs = 600, catalog?: Catalog | null, onPicked?: (r: { status: string; message: string }) => void): Promise<() => Promise<void>> {
    if (!this.api("1.7")) return async () => undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const handler = async (event: { source?: string; address?: string }) => {
      if (event?.source === "Remote" || this.isOwnWrite()) return;
      // A single cell picked from the criterion dropdown: fill or check its standard row first.
      if (catalog && event.address && /^\$?[A-Z]+\$?\d+$/.test(event.address)) {
        const picked = await this.onCriterionPicked(event.address, catalog).catch(() => null);
        if (picked && picked.status !== "not-criterion") onPicked?.(picked);
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void this.read().then(onResult, () => undefined);
      }, debounceMs);
    };
    const registration = await this.env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const reg = ws.onChanged.add(handler);
      await context.sync();
      return reg;
    });
    return async () => {
      if (timer) clearTimeout(timer);
      await this.env.run(async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }
}

/** Queues bold on whole rows (no sync). */
function boldRows(ws: Excel.Worksheet, addresses: string[]): void {
  for (const a of addresses) ws.getRange(a).format.font.bold = true;
}

export function createExcelHost(): ExcelHost {
  return new ExcelHost(officeEnv());
}

export { getTemplate };
