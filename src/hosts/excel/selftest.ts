/**
 * "Tự kiểm tra phần bổ trợ" for Excel (issue 11): every capability the pane offers, run by a separate session on a
 * temporary sheet that is deleted afterwards. The user's workbook is left exactly as it was: the active sheet and
 * selection are restored, KHCT's catalog sheet and names are only created (and then removed) when the workbook had
 * none, and marking is skipped when the workbook already carries KHCT marks (clearing would remove them).
 */
import type { Catalog, Finding, RenderedGrid } from "../../core/types";
import { renderGrid } from "../../core/render";
import { loadCatalog } from "../../core/catalogs/index";
import { checkPlan } from "../../core/rules/index";
import { failureText } from "../selftest-report";
import type { SelfTestCapability, SelfTestReport, SelfTestStatus, SelfTestStep } from "../selftest";
import type { HostText } from "../port";
import { areaAddr, CATALOG_SHEET, ExcelSession, FLAG_SHEET, MARK_PREFIX, type ExcelEnv } from "./env";
import { readActiveSheet } from "./read";
import { insertTable } from "./insert";
import { setupDropdowns } from "./dropdowns";
import { clearMarks, markFindingsReport } from "./mark";
import { startLiveCheck } from "./events";

export const SELF_TEST_SHEET = "KHCT_TuKiemTra";
const CONTEXT = {
  level: "thcs" as const,
  regime: "2018" as const,
  schoolYear: "2025-2026",
  school: "Trường tự kiểm tra",
};

export interface ExcelSelfTestOptions {
  /** Copies a grid (the pane passes copyGridToClipboard); default: the shared clipboard module. */
  copy?: (grid: RenderedGrid) => Promise<{ ok: boolean; message: HostText }>;
}

const errorText = failureText;

/** "ExcelApi 1.1–1.18" from isSetSupported. */
export function excelRequirementSets(env: ExcelEnv): string[] {
  const supports = (name: string, v: string) => {
    try {
      return env.isSetSupported(name, v);
    } catch {
      return false;
    }
  };
  let max = 0;
  for (let minor = 1; minor <= 30; minor++) if (supports("ExcelApi", `1.${minor}`)) max = minor;
  const sets = [max ? `ExcelApi 1.1–1.${max}` : "ExcelApi: không có"];
  if (supports("ExcelApiOnline", "1.1")) sets.push("ExcelApiOnline 1.1");
  return sets;
}

interface Before {
  sheetId: string;
  selection: string;
  catalog: boolean;
  marks: boolean;
  sheetNames: string[];
}

export async function runExcelSelfTest(env: ExcelEnv, options: ExcelSelfTestOptions = {}): Promise<SelfTestReport> {
  const session = new ExcelSession(env);
  const d = env.diagnostics?.() ?? { version: "?", platform: "?" };
  const steps: SelfTestStep[] = [];
  const step = (capability: SelfTestCapability, status: SelfTestStatus, detail: SelfTestStep["detail"] = "") =>
    steps.push({ capability, status, detail });
  const report = (): SelfTestReport => ({
    host: "excel",
    officeVersion: d.version,
    platform: d.platform,
    requirementSets: excelRequirementSets(env),
    steps,
  });
  // The catalog is loaded here: the self-test may be the first thing the user does (no other action loaded it).
  let catalog: Catalog;
  try {
    catalog = await loadCatalog("tt18-2018");
  } catch (e) {
    step("insert", "fail", `Không tải được danh mục tiêu chí: ${errorText(e)}`);
    return report();
  }
  const grid = renderGrid("2018-9col", CONTEXT, null, catalog);

  let before: Before;
  let tempName = SELF_TEST_SHEET;
  try {
    before = await env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("id");
      const sel = context.workbook.getSelectedRange();
      sel.load("address");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      return {
        sheetId: ws.id,
        selection: sel.address,
        catalog: names.includes(CATALOG_SHEET),
        marks: names.includes(FLAG_SHEET),
        sheetNames: names,
      };
    });
    for (let i = 2; before.sheetNames.includes(tempName); i++) tempName = `${SELF_TEST_SHEET}${i}`;
    await env.run(async (context) => {
      const temp = context.workbook.worksheets.add(tempName);
      temp.activate();
      temp.getRange("A1").select();
      await context.sync();
    });
  } catch (e) {
    step("insert", "fail", `Không tạo được trang thử: ${errorText(e)}`);
    return report();
  }

  let createdCatalog = false;
  try {
    // insert
    const inserted = await insertTable(session, { template: "2018-9col", context: CONTEXT }, catalog).catch(
      (e) => ({ status: "error", message: errorText(e) }) as const,
    );
    if (inserted.status === "inserted") step("insert", "pass");
    else step("insert", "fail", "message" in inserted ? inserted.message : inserted.status);

    // read back equal
    const read = await readActiveSheet(session, CONTEXT).catch((e) => errorText(e));
    const plan = typeof read === "string" ? null : (read.plans[0] ?? null);
    const values = await env
      .run(async (context) => {
        const r = context.workbook.worksheets
          .getItem(tempName)
          .getRange(areaAddr(0, 0, grid.rows.length, grid.columns.length));
        r.load("values");
        await context.sync();
        return r.values;
      })
      .catch(() => null);
    const diff = values ? firstDifference(grid.rows, values) : "không đọc được";
    if (typeof read === "string") step("read-back", "fail", read);
    else if (!plan || plan.headerRow < 0) step("read-back", "fail", "Không nhận ra bảng vừa chèn.");
    else if (diff) step("read-back", "fail", diff);
    else step("read-back", "pass");

    // dropdowns
    if (!session.api("1.8")) step("dropdowns", "unsupported", "Cần ExcelApi 1.8 (Excel 2019 trở lên).");
    else if (before.catalog)
      step(
        "dropdowns",
        "skipped",
        `Sổ đã có trang ${CATALOG_SHEET}: không thử để giữ nguyên danh sách chọn đang dùng.`,
      );
    else if (plan) {
      const r = await setupDropdowns(session, catalog, plan, 5).catch((e) => ({ ok: false, message: errorText(e) }));
      createdCatalog = r.ok;
      step("dropdowns", r.ok ? "pass" : "fail", r.ok ? "" : r.message);
    } else step("dropdowns", "fail", "Không có bảng để gắn danh sách chọn.");

    // mark, then clear restores exactly
    if (!session.api("1.6")) {
      step("mark", "unsupported", "Cần ExcelApi 1.6 (Excel 2019 trở lên).");
      step("clear", "unsupported", "Cần ExcelApi 1.6 (Excel 2019 trở lên).");
    } else if (before.marks) {
      step("mark", "skipped", "Sổ đang có đánh dấu của KHCT: hãy bấm “Xóa đánh dấu” rồi chạy lại.");
      step("clear", "skipped", "Như trên.");
    } else if (plan) {
      const snap = () => sheetSnapshot(env, tempName);
      const start = await snap().catch((e) => errorText(e));
      const findings: Finding[] = [...checkPlan(plan, catalog), selfTestFinding(plan.headerRow + 2)];
      const marked = await markFindingsReport(session, findings, plan).catch((e) => errorText(e));
      const afterMark = await snap().catch((e) => errorText(e));
      if (typeof marked === "string") step("mark", "fail", marked);
      else if (afterMark === start) step("mark", "fail", "Không thấy ô nào được tô.");
      else step("mark", "pass", marked.message ?? "");
      const cleared = await clearMarks(session).then(
        () => "",
        (e) => errorText(e),
      );
      const end = await snap().catch((e) => errorText(e));
      if (cleared) step("clear", "fail", cleared);
      else
        step(
          "clear",
          end === start ? "pass" : "fail",
          end === start ? "" : "Sau khi xóa, trang thử chưa trở lại như trước.",
        );
    } else {
      step("mark", "fail", "Không có bảng để đánh dấu.");
      step("clear", "fail", "Không có bảng để đánh dấu.");
    }

    // live re-check on and off
    if (!session.api("1.7")) step("live-check", "unsupported", "Cần ExcelApi 1.7 (Excel 2019 trở lên).");
    else {
      const live = await startLiveCheck(
        session,
        {
          read: () => readActiveSheet(session),
          onCriterionPicked: async () => ({ status: "not-criterion", message: { vi: "", en: "" } }),
        },
        () => undefined,
        50,
      )
        .then((stop) => stop())
        .then(
          () => "",
          (e) => errorText(e),
        );
      step("live-check", live ? "fail" : "pass", live);
    }

    // clipboard
    const copy = options.copy ?? (async (g: RenderedGrid) => (await import("../clipboard")).copyGridToClipboard(g));
    const copied = await copy(grid).catch((e) => ({ ok: false, message: errorText(e) }));
    // A visible copy box (Office blocked the clipboard) still lets the user copy: passed, with the reason.
    const manual = !copied.ok && (copied as { manual?: boolean }).manual === true;
    step("clipboard", copied.ok || manual ? "pass" : "fail", copied.ok ? "" : copied.message);
  } finally {
    // cleanup: runs whatever failed above
    const cleanup = await cleanUp(env, before, tempName, createdCatalog).then(
      () => "",
      (e) => errorText(e),
    );
    const after = await env
      .run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      })
      .catch(() => [] as string[]);
    const same = after.join("\n") === before.sheetNames.join("\n");
    step(
      "cleanup",
      !cleanup && same ? "pass" : "fail",
      cleanup || (same ? "" : `Còn lại: ${after.filter((n) => !before.sheetNames.includes(n)).join(", ")}`),
    );
  }
  return report();
}

/** Deletes what the self-test added (sheets made visible first) and restores the active sheet and selection. */
async function cleanUp(env: ExcelEnv, before: Before, tempName: string, createdCatalog: boolean): Promise<void> {
  // Setting Worksheet.visibility needs ExcelApi 1.2 (Excel 2016 has 1.1): the temporary sheet is visible already.
  const canSetVisibility = env.isSetSupported("ExcelApi", "1.2");
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const original = sheets.getItem(before.sheetId);
    original.activate();
    original.getRange(before.selection.replace(/^.*!/, "")).select();
    if (createdCatalog) {
      for (const n of ["DS_TieuChi", "DS_Muc"]) context.workbook.names.getItem(n).delete();
      const cat = sheets.getItem(CATALOG_SHEET);
      cat.visibility = "Visible"; // Worksheet.delete fails on a very hidden sheet
      cat.delete();
    }
    const temp = sheets.getItem(tempName);
    if (canSetVisibility) temp.visibility = "Visible";
    temp.delete();
    await context.sync();
  });
}

/** What marking changes on the temporary sheet: formats, conditional formats, KHCT notes/comments. */
async function sheetSnapshot(env: ExcelEnv, sheet: string): Promise<string> {
  return env.run(async (context) => {
    const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    cfs.load("items/type");
    const flag = context.workbook.worksheets.getItemOrNullObject(FLAG_SHEET);
    const used = context.workbook.worksheets.getItem(sheet).getUsedRange();
    used.load("values, numberFormat, address");
    const notes = env.isSetSupported("ExcelApi", "1.18") ? context.workbook.notes : null;
    const comments = env.isSetSupported("ExcelApi", "1.10") ? context.workbook.comments : null;
    notes?.load("items/content");
    comments?.load("items/content");
    await context.sync();
    const ours = [...(notes?.items ?? []), ...(comments?.items ?? [])].filter((n) =>
      n.content.startsWith(MARK_PREFIX),
    ).length;
    return JSON.stringify([used.address, used.values, used.numberFormat, cfs.items.length, flag.isNullObject, ours]);
  });
}

function selfTestFinding(row: number): Finding {
  return {
    rule: "selftest.mark",
    severity: "error",
    ref: null,
    cell: { row, col: 1 },
    criterion: null,
    standard: null,
    message: "Ô thử của phần tự kiểm tra",
    messageEn: "Self-test cell",
    suggestion: null,
    suggestionEn: null,
  };
}

function firstDifference(expected: string[][], actual: unknown[][]): string {
  for (let r = 0; r < expected.length; r++) {
    for (let c = 0; c < expected[r].length; c++) {
      const got = actual[r]?.[c] ?? "";
      if (got !== expected[r][c])
        return `Ô ${String.fromCharCode(65 + c)}${r + 1}: ghi “${expected[r][c]}”, đọc lại “${String(got)}”.`;
    }
  }
  return "";
}
