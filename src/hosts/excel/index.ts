/**
 * Excel adapter of the port. Every operation makes a fixed number of context.sync() calls whatever the row count.
 * Features that need newer requirement sets degrade with a Vietnamese message (Excel 2016 runs ExcelApi 1.1–1.2:
 * reading and checking still work). One module per operation: read, insert, dropdowns, mark, events, selftest;
 * all but read and insert load on first use (the pane's start-up stays within its size budget).
 */
import type { Catalog, CellPos, Finding, Plan, SchoolContext } from "../../core/types";
import { getTemplate } from "../../core/templates";
import type {
  DraftInsert,
  HostCapabilities,
  HostText,
  InsertOptions,
  InsertResult,
  PlanHost,
  ReadResult,
} from "../port";
import type { SelfTestReport, SelfTestable } from "../selftest";
import { loadPart } from "../lazy";
import { addr, ExcelSession, officeEnv, type ExcelEnv } from "./env";
import { readActiveSheet } from "./read";
import { insertBieu2Tables, insertDraft, insertTable, insertTotalRow } from "./insert";
import type { PickStatus } from "./dropdowns";
import type { ClearReport, MarkReport } from "./mark";
import type { ExcelSelfTestOptions } from "./selftest";

export { CATALOG_SHEET, FLAG_SHEET, MARK_PREFIX, officeEnv, type ExcelEnv } from "./env";

// Loaded on first use; a failed load is said plainly (hosts/lazy.ts).
const dropdowns = () => loadPart(() => import(/* webpackChunkName: "excel-more" */ "./dropdowns"));
const marks = () => loadPart(() => import(/* webpackChunkName: "excel-more" */ "./mark"));
const events = () => loadPart(() => import(/* webpackChunkName: "excel-more" */ "./events"));

export class ExcelHost implements PlanHost, SelfTestable {
  readonly kind = "excel" as const;
  private readonly session: ExcelSession;

  constructor(env: ExcelEnv = officeEnv()) {
    this.session = new ExcelSession(env);
  }

  capabilities(): HostCapabilities {
    const api = (v: string) => this.session.api(v);
    // Every Excel action is offered; those needing a newer ExcelApi than this Excel has say so when run.
    return {
      read: true,
      insert: true,
      marks: api("1.6"),
      insertDraft: true,
      dropdowns: true,
      totalRow: true,
      bieu2Tables: true,
      wholeBieu2: false,
      documentParts: false,
      checkLayout: false,
      liveCheck: true,
      pickCriterion: false,
      features: {
        conditionalFormats: api("1.6"),
        freeze: api("1.7"),
        hiddenSheets: api("1.7"),
        onChanged: api("1.7"),
        dataValidation: api("1.8"),
        pageLayout: api("1.9"),
        comments: api("1.10"),
        ownWriteEvents: api("1.14"),
        notes: api("1.18"),
      },
    };
  }

  /** True while KHCT writes or shortly after, for a change without address or trigger source. */
  isOwnWrite(now = Date.now()): boolean {
    return this.session.writes.isOwn({}, now);
  }

  read(schoolContext?: Partial<SchoolContext>): Promise<ReadResult> {
    return readActiveSheet(this.session, schoolContext);
  }

  /** Sheet position of a grid position of the last read. */
  toSheet(pos: CellPos): CellPos {
    return { row: pos.row + this.session.origin.row, col: pos.col + this.session.origin.col };
  }

  insertTable(options: InsertOptions, catalog?: Catalog | null): Promise<InsertResult> {
    return insertTable(this.session, options, catalog);
  }

  insertBieu2Tables(context: SchoolContext, overwrite = false): Promise<InsertResult> {
    return insertBieu2Tables(this.session, context, overwrite);
  }

  /** A drafted plan (gap board) stacked at the selection; asks before overwriting; 3 syncs. */
  insertDraft(draft: DraftInsert): Promise<InsertResult> {
    return insertDraft(this.session, draft);
  }

  insertTotalRow(plan: Plan, totalVnd: number, totalInWords: string, overwrite = false): Promise<InsertResult> {
    return insertTotalRow(this.session, plan, totalVnd, totalInWords, overwrite);
  }

  async setupDropdowns(catalog: Catalog, plan: Plan, extraRows = 200): Promise<{ ok: boolean; message: HostText }> {
    return (await dropdowns()).setupDropdowns(this.session, catalog, plan, extraRows);
  }

  async onCriterionPicked(
    address: string,
    catalog: Catalog,
    sheetId?: string,
  ): Promise<{ status: PickStatus; message: HostText }> {
    return (await dropdowns()).onCriterionPicked(this.session, address, catalog, sheetId);
  }

  async markFindings(findings: Finding[], plan?: Plan): Promise<void> {
    await this.markFindingsReport(findings, plan);
  }

  /** As markFindings, telling the pane what was done (or why nothing was painted) in Vietnamese. */
  async markFindingsReport(findings: Finding[], plan?: Plan): Promise<MarkReport> {
    return (await marks()).markFindingsReport(this.session, findings, plan);
  }

  async clearMarks(): Promise<void> {
    await this.clearMarksReport();
  }

  /** As clearMarks, saying what was removed and exactly what this Excel could not remove (marks of a newer one). */
  async clearMarksReport(): Promise<ClearReport> {
    return (await marks()).clearMarksReport(this.session);
  }

  async select(pos: CellPos): Promise<void> {
    const p = this.toSheet(pos);
    await this.session.env.run(async (context) => {
      const ws = this.session.sheetRead(context);
      ws.activate();
      ws.getRange(addr(p.row, p.col)).select();
      await context.sync();
    });
  }

  /**
   * Live re-check. `context` gives the level and year the user has chosen NOW (read at each re-read), so the live
   * findings are those "Kiểm tra" gives for the same state.
   */
  async startLiveCheck(
    onResult: (result: ReadResult) => void,
    debounceMs = 600,
    catalog?: Catalog | null,
    onPicked?: (r: { status: string; message: HostText }) => void,
    context?: () => Partial<SchoolContext> | undefined,
  ): Promise<() => Promise<void>> {
    const deps = {
      read: () => this.read(context?.()),
      onCriterionPicked: (a: string, c: Catalog, id?: string) => this.onCriterionPicked(a, c, id),
    };
    return (await events()).startLiveCheck(this.session, deps, onResult, debounceMs, catalog, onPicked);
  }

  /** "Tự kiểm tra phần bổ trợ" on a temporary sheet, deleted afterwards; the workbook is left as it was. */
  async selfTest(options?: ExcelSelfTestOptions): Promise<SelfTestReport> {
    const { runExcelSelfTest } = await loadPart(() => import(/* webpackChunkName: "selftest-excel" */ "./selftest"));
    return runExcelSelfTest(this.session.env, options);
  }
}

export function createExcelHost(): ExcelHost {
  return new ExcelHost(officeEnv());
}

export { getTemplate };
