/**
 * "Tự kiểm tra phần bổ trợ" in Word: every capability the Word pane offers, exercised on a temporary region at the
 * end of the document (a marker paragraph and a plan table before it) that is deleted afterwards, so the document is
 * exactly as before. The user's own marks are never touched: the self-test marks under its own tag and clears only
 * the comments it added. Word has no live re-check, so that step is not in its report.
 */
import type { Finding, RenderedGrid } from "../../core/types";
import { renderGrid } from "../../core/render";
import { failureText } from "../selftest-report";
import type { SelfTestCapability, SelfTestReport, SelfTestStatus, SelfTestStep } from "../selftest";
import { hasWordApi, needsNewerWord, type WordEnv } from "./env";
import { queuePlanTableLayout } from "./insert";
import { clearAllMarks, markLocated } from "./mark";
import { DROPDOWN_TAG } from "./picker";

export const SELFTEST_MARK_TAG = "KHCT-selftest-mark";
const MARKER = "[KHCT] Vùng tự kiểm tra — sẽ được xóa ngay";

/** Requirement sets present, one entry per family ("WordApi 1.1–1.9"). */
export function wordRequirementSets(env: WordEnv): string[] {
  const families: [string, number, number][] = [
    ["WordApi", 1, 12],
    ["WordApiHiddenDocument", 3, 8],
    ["WordApiDesktop", 1, 6],
    ["WordApiOnline", 1, 3],
  ];
  const out: string[] = [];
  for (const [name, from, to] of families) {
    let top = 0;
    for (let v = from; v <= to; v++) {
      try {
        if (env.isSetSupported(name, `1.${v}`)) top = v;
      } catch {
        break;
      }
    }
    if (top) out.push(top > from ? `${name} 1.${from}–1.${top}` : `${name} 1.${top}`);
  }
  return out;
}

/** What the document holds, to prove it is unchanged: block counts and the text of every table and paragraph. */
async function fingerprint(env: WordEnv): Promise<string> {
  return env.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    const tables = hasWordApi(env, "1.3") ? context.document.body.tables : null;
    tables?.load("items/values");
    await context.sync();
    return JSON.stringify([paragraphs.items.map((p) => p.text), tables?.items.map((t) => t.values) ?? null]);
  });
}

export async function runWordSelfTest(
  env: WordEnv,
  clipboard: () => { ok: boolean; detail: string } = probeClipboard,
): Promise<SelfTestReport> {
  const diag = env.diagnostics?.() ?? null;
  const steps: SelfTestStep[] = [];
  const step = (capability: SelfTestCapability, status: SelfTestStatus, detail: SelfTestStep["detail"] = "") =>
    steps.push({ capability, status, detail });
  const error = failureText;
  const report = (): SelfTestReport => ({
    host: "word",
    officeVersion: diag?.version ?? "?",
    platform: diag?.platform ?? "?",
    requirementSets: wordRequirementSets(env),
    steps,
  });

  let before = "";
  try {
    before = await fingerprint(env);
  } catch (e) {
    step("cleanup", "fail", `Không đọc được tài liệu: ${error(e)}`);
    return report();
  }
  if (!hasWordApi(env, "1.3")) {
    const why = needsNewerWord("Bảng kế hoạch", "1.3");
    for (const c of ["insert", "read-back", "dropdowns", "mark", "clear"] as const) step(c, "unsupported", why);
    const cb = clipboard();
    step("clipboard", cb.ok ? "pass" : "fail", cb.detail);
    step("cleanup", "pass", "Không có gì được chèn.");
    return report();
  }

  const grid: RenderedGrid = renderGrid(
    "2018-9col",
    { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: null },
    null,
    null,
  );
  const rows = [
    ...grid.rows,
    grid.rows[0].map((_, c) =>
      c === 1 ? "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường" : "",
    ),
  ];
  let tableIndex = -1;
  let inserted = false;
  try {
    // insert: the temporary table before a marker paragraph at the end of the body (3 syncs in all).
    try {
      tableIndex = await env.run(async (context) => {
        const tables = context.document.body.tables;
        tables.load("items");
        await context.sync();
        const marker = context.document.body.insertParagraph(MARKER, "End");
        const table = marker.insertTable(rows.length, rows[0].length, "Before", rows);
        queuePlanTableLayout(table, { ...grid, rows, kinds: [...grid.kinds, "criterion"] });
        await context.sync();
        return tables.items.length;
      });
      inserted = true;
      step("insert", "pass");
    } catch (e) {
      step("insert", "fail", error(e));
    }
    // read-back: the table's values equal what was inserted.
    let equal = false;
    if (inserted) {
      try {
        const values = await env.run(async (context) => {
          const tables = context.document.body.tables;
          tables.load("items/values");
          await context.sync();
          return tables.items[tableIndex]?.values ?? null;
        });
        equal = JSON.stringify(values) === JSON.stringify(rows);
        step("read-back", equal ? "pass" : "fail", equal ? "" : "Bảng đọc lại khác bảng đã chèn.");
      } catch (e) {
        step("read-back", "fail", error(e));
      }
    } else step("read-back", "fail", "Bỏ qua: chưa chèn được bảng.");
    // dropdowns: a dropdown-list content control with the criteria in an empty cell (WordApi 1.9).
    if (!hasWordApi(env, "1.9"))
      step(
        "dropdowns",
        "unsupported",
        needsNewerWord("Ô chọn tiêu chí", "1.9") + " Ngăn dùng ô tìm tiêu chí thay thế.",
      );
    else if (!inserted) step("dropdowns", "fail", "Bỏ qua: chưa chèn được bảng.");
    else {
      try {
        const count = await env.run(async (context) => {
          const tables = context.document.body.tables;
          tables.load("items");
          await context.sync();
          const cc = tables.items[tableIndex]
            .getCell(rows.length - 1, 2)
            .body.getRange("Whole")
            .insertContentControl("DropDownList");
          cc.tag = DROPDOWN_TAG;
          cc.dropDownListContentControl.addListItem("Tiêu chí 1.1", "Tiêu chí 1.1");
          const controls = context.document.body.contentControls;
          controls.load("items/tag");
          await context.sync();
          return controls.items.filter((c) => c.tag === DROPDOWN_TAG).length;
        });
        step("dropdowns", count > 0 ? "pass" : "fail", count > 0 ? "" : "Không thấy ô chọn vừa đặt.");
      } catch (e) {
        step("dropdowns", "fail", error(e));
      }
    }
    // mark + clear: one finding on the criterion cell, then clear restores the cell exactly.
    const origin = { kind: "cell" as const, table: tableIndex, row: rows.length - 1, col: 1 };
    const finding = {
      rule: "selftest",
      severity: "warning",
      message: "Tự kiểm tra",
      messageEn: "Self-test",
      suggestion: null,
      suggestionEn: null,
      criterion: "1.1",
      ref: null,
      cell: { row: 0, col: 1 },
    } as unknown as Finding;
    let ids: string[] = [];
    if (!inserted) step("mark", "fail", "Bỏ qua: chưa chèn được bảng.");
    else {
      try {
        const out = await markLocated(env, [{ finding, origin, text: rows[rows.length - 1][1] }], {
          tag: SELFTEST_MARK_TAG,
        });
        ids = out.commentIds;
        step(
          "mark",
          out.marked === 1 ? "pass" : "fail",
          out.marked === 1
            ? hasWordApi(env, "1.4")
              ? ""
              : "Word này đánh dấu bằng tô màu (chú thích cần WordApi 1.4)."
            : "Không đánh dấu được ô thử.",
        );
      } catch (e) {
        step("mark", "fail", error(e));
      }
    }
    if (!inserted) step("clear", "fail", "Bỏ qua: chưa chèn được bảng.");
    else {
      try {
        await clearAllMarks(env, new Set(ids), { tag: SELFTEST_MARK_TAG, onlyKnownIds: true });
        const left = await env.run(async (context) => {
          const controls = context.document.body.contentControls;
          controls.load("items/tag");
          const comments = hasWordApi(env, "1.4") ? context.document.body.getComments() : null;
          comments?.load("items/id");
          const tables = context.document.body.tables;
          tables.load("items");
          await context.sync();
          const font = tables.items[tableIndex].getCell(origin.row, origin.col).body.getRange("Whole").font;
          font.load("highlightColor");
          await context.sync();
          const marks =
            controls.items.filter((c) => c.tag.startsWith(SELFTEST_MARK_TAG)).length +
            (comments?.items.filter((c) => ids.includes(c.id)).length ?? 0);
          return { marks, highlight: font.highlightColor };
        });
        const ok = left.marks === 0 && left.highlight === null;
        step("clear", ok ? "pass" : "fail", ok ? "" : `Còn ${left.marks} dấu, tô màu “${left.highlight}”.`);
      } catch (e) {
        step("clear", "fail", error(e));
      }
    }
    const cb = clipboard();
    step("clipboard", cb.ok ? "pass" : "fail", cb.detail);
  } finally {
    // cleanup: delete the table and the marker paragraph, then prove the document is as before.
    try {
      if (inserted) {
        await env.run(async (context) => {
          const tables = context.document.body.tables;
          tables.load("items");
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load("items/text");
          await context.sync();
          tables.items[tableIndex]?.delete();
          const marker = paragraphs.items[paragraphs.items.length - 1];
          if (marker?.text === MARKER) marker.delete();
          await context.sync();
        });
      }
      const after = await fingerprint(env);
      step(
        "cleanup",
        after === before ? "pass" : "fail",
        after === before ? "" : "Tài liệu khác trước khi tự kiểm tra: hãy bấm Hoàn tác (Ctrl+Z).",
      );
    } catch (e) {
      step("cleanup", "fail", error(e));
    }
  }
  return report();
}

/** Whether the pane can put the table on the clipboard here, without overwriting what the user copied. */
export function probeClipboard(): { ok: boolean; detail: string } {
  const nav = typeof navigator !== "undefined" ? navigator : undefined;
  if (nav?.clipboard && typeof ClipboardItem !== "undefined")
    return { ok: true, detail: "Có API sao chép của trình duyệt (không ghi đè nội dung bạn đã sao chép)." };
  if (typeof document !== "undefined" && typeof document.execCommand === "function")
    return { ok: true, detail: "Dùng cách sao chép dự phòng (chọn bảng rồi sao chép)." };
  return { ok: false, detail: "Không có cách sao chép tự động: hãy chọn bảng và bấm Ctrl+C." };
}
