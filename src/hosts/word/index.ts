/**
 * Word adapter of the port. Each operation lives in its own module (read, insert, docparts, picker, mark, selftest)
 * and makes a fixed number of context.sync() calls whatever the row count; every member used is checked against
 * the requirement sets Word reports, and an action Word is too old for says so plainly instead of failing. Reading,
 * inserting the plan table and marking are in the adapter's chunk; the rest loads on first use (more.ts).
 */
import type { Catalog, CellPos, Finding, Plan, RenderedGrid, SchoolContext } from "../../core/types";
import type { DocPart } from "../../core/docparts/index";
import {
  viOnly,
  type DraftInsert,
  type HostCapabilities,
  type HostText,
  type InsertOptions,
  type InsertResult,
  type PlanHost,
  type ReadResult,
} from "../port";
import type { SelfTestable, SelfTestReport } from "../selftest";
import { loadPart } from "../lazy";
import { hasWordApi, officeEnv, rangeAt, textAt, type Origin, type WordEnv } from "./env";
import { readDocument } from "./read";
import { insertPlanTable } from "./insert";
import { clearAllMarks, markLocated, type Located } from "./mark";

/**
 * Kept out of the first load (bench/bundle): what most sessions never run, and the self-test. Each is loaded when its
 * action runs, under that action's progress text; a failed load is said plainly and the next try loads again.
 */
const more = () => loadPart(() => import(/* webpackChunkName: "word-more" */ "./more"));
const selfTestPart = () => loadPart(() => import(/* webpackChunkName: "selftest-word" */ "./selftest"));

export { MARK_PREFIX } from "./mark";
export type { WordEnv } from "./env";
export { officeEnv } from "./env";

export class WordHost implements PlanHost, SelfTestable {
  readonly kind = "word" as const;
  private origins = new Map<string, Origin>();
  private lastGrid: string[][] = [];
  /** Ids of the comments KHCT added in this session. */
  private commentIds = new Set<string>();
  /** Findings the last markFindings could not place because the document had changed since the read. */
  staleMarks = 0;

  constructor(private readonly env: WordEnv = officeEnv()) {}

  private api(v: string): boolean {
    return hasWordApi(this.env, v);
  }

  capabilities(): HostCapabilities {
    const tables = this.api("1.3");
    // Every Word action is offered; on a Word older than WordApi 1.3 each says so when run. Word's criterion
    // dropdowns are content controls written by the search at the cursor (pickCriterion), not a sheet action.
    return {
      read: tables,
      insert: tables,
      marks: tables,
      insertDraft: true,
      dropdowns: false,
      totalRow: false,
      bieu2Tables: false,
      wholeBieu2: true,
      documentParts: true,
      checkLayout: true,
      liveCheck: false,
      pickCriterion: true,
      features: {
        tableHeaderRows: tables,
        comments: this.api("1.4"),
        contentControlsDropdown: this.api("1.9"),
        dataValidation: this.api("1.9"),
        documentParts: tables,
        ooxml: true,
      },
    };
  }

  async read(schoolContext?: Partial<SchoolContext>): Promise<ReadResult> {
    const r = await readDocument(this.env, schoolContext);
    if (r.grid.length || this.api("1.3")) {
      this.origins = r.origins;
      this.lastGrid = r.grid;
    }
    return { plans: r.plans, problems: r.problems };
  }

  /** The document object a grid position came from (after read). */
  originOf(pos: CellPos): Origin | undefined {
    return this.origins.get(`${pos.row}:${pos.col}`);
  }

  insertTable(options: InsertOptions, catalog?: Catalog | null): Promise<InsertResult> {
    return insertPlanTable(this.env, options, catalog);
  }

  /** Header block, title, "Căn cứ", headings, recipients and signature after the cursor (ND30 layout). */
  async insertDocumentParts(parts?: DocPart[]): Promise<void> {
    return (await more()).insertDocumentParts(this.env, parts);
  }

  /** A drafted plan (gap board) after the cursor: each table with its bold heading, never inside a table; 2 syncs. */
  async insertDraft(draft: DraftInsert): Promise<InsertResult> {
    if (!hasWordApi(this.env, "1.3"))
      return {
        status: "unsupported",
        message: viOnly("Word này chưa chèn được bảng (cần WordApi 1.3). Hãy tải bản nháp .docx từ trang độc lập."),
      };
    const { queueDraftTables } = await more();
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

  async insertBieu2(context: SchoolContext, grid?: RenderedGrid): Promise<void> {
    return (await more()).insertBieu2(this.env, context, grid);
  }

  /** Checks the document's header block, "Căn cứ" and recipients (after read). */
  async checkDocument(plan: Plan): Promise<Finding[]> {
    const inPlan = new Set<number>([plan.headerRow, ...plan.rows.flatMap((r) => r.gridRows)]);
    const lines: { text: string; row: number }[] = [];
    this.lastGrid.forEach((row, r) => {
      if (inPlan.has(r)) return;
      for (const cell of row) for (const text of cell.split("\n")) if (text.trim()) lines.push({ text, row: r });
    });
    return (await more()).checkDocumentParts(lines, plan.context);
  }

  /** The picker says what it did in Vietnamese only (the same text in both languages). */
  async setupDropdowns(catalog: Catalog, plan: Plan): Promise<{ ok: boolean; message: HostText }> {
    const origin = (row: number, col: number) => this.originOf({ row, col });
    const r = await (await more()).setupDropdowns(this.env, catalog, plan, origin, this.lastGrid);
    return { ok: r.ok, message: viOnly(r.message) };
  }

  async fillCriterionAtCursor(catalog: Catalog, code: string): Promise<{ ok: boolean; message: HostText }> {
    const r = await (await more()).fillCriterionAtCursor(this.env, catalog, code);
    return { ok: r.ok, message: viOnly(r.message) };
  }

  async markFindings(findings: Finding[], plan?: Plan): Promise<void> {
    void plan;
    if (!this.api("1.3")) return;
    const located: Located[] = [];
    for (const finding of findings) {
      const origin = finding.cell && this.originOf(finding.cell);
      if (origin) located.push({ finding, origin, text: this.lastGrid[finding.cell!.row]?.[finding.cell!.col] ?? "" });
    }
    await this.clearMarks();
    const out = await markLocated(this.env, located);
    this.staleMarks = out.stale;
    for (const id of out.commentIds) this.commentIds.add(id);
  }

  /** Marks, then says what could not be marked: cells whose text changed since the read (the pane shows it). */
  async markFindingsReport(findings: Finding[], plan?: Plan): Promise<{ message: HostText | null }> {
    await this.markFindings(findings, plan);
    if (!this.staleMarks) return { message: null };
    const n = this.staleMarks;
    return {
      message: {
        vi:
          `Đã đánh dấu các chỗ có lỗi; ${n} chỗ đã thay đổi sau lần đọc nên chưa được đánh dấu: hãy bấm Kiểm ` +
          `tra lại. ` +
          "Bỏ đánh dấu bằng “Xóa đánh dấu” trong Thao tác khác.",
        en:
          `Problems marked; ${n} place(s) changed since the document was read and were not marked: check again. ` +
          "“Clear marks” under More actions removes the marks.",
      },
    };
  }

  /** Deletes only KHCT's comments and mark controls, restoring the highlights they replaced. */
  async clearMarks(): Promise<void> {
    await this.clearMarksReport();
  }

  /** As clearMarks, saying what this Word could not remove ("[KHCT]" comments need WordApi 1.4). */
  async clearMarksReport(): Promise<{ message: HostText | null }> {
    const out = await clearAllMarks(this.env, this.commentIds);
    this.commentIds.clear(); // only once Word has deleted them
    return { message: out.message === null ? null : viOnly(out.message) };
  }

  async select(pos: CellPos): Promise<void> {
    const origin = this.originOf(pos);
    if (!origin || !this.api("1.3")) return;
    const expected = this.lastGrid[pos.row]?.[pos.col];
    await this.env.run(async (context) => {
      const tables = context.document.body.tables;
      const paragraphs = context.document.body.paragraphs;
      tables.load("items/values");
      paragraphs.load("items/text");
      await context.sync(); // 1
      if (textAt(origin, tables, paragraphs) !== expected)
        throw new Error("Tài liệu đã thay đổi sau lần kiểm tra: hãy bấm Kiểm tra lại.");
      rangeAt(origin, tables, paragraphs)!.select();
      await context.sync(); // 2
    });
  }

  async selfTest(): Promise<SelfTestReport> {
    return (await selfTestPart()).runWordSelfTest(this.env);
  }
}

export function createWordHost(): WordHost {
  return new WordHost(officeEnv());
}
