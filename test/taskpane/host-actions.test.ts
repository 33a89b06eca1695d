// The pane's document actions and check message as plain functions (no rendering): src/taskpane/host/messages.ts
// and documentActions.ts over a stand-in host that records what it was asked. Expected texts written by hand.
import type { Finding } from "../../src/core/types";
import type { InsertResult, PlanHost } from "../../src/hosts/port";
import { readPlan } from "../../src/core/read/index";
import { checkMessage, type CheckOutcome } from "../../src/taskpane/host/messages";
import { documentActions, type ActionKit, type Confirmation } from "../../src/taskpane/host/documentActions";

const grid = [
  ["TT", "Tiêu chí", "Kết quả cần đạt", "Nội dung công việc", "Người thực hiện", "Thời gian", "Kinh phí", "Ghi chú"],
  ["1", "Tiêu chí 1.1", "Đạt mức 2", "Rà soát kế hoạch", "BGH", "Tháng 10/2025", "3.000.000", ""],
  ["2", "Tiêu chí 1.2", "Đạt mức 2", "Bồi dưỡng", "BGH", "Tháng 11/2025", "2.000.000", ""],
];
const plan = readPlan(grid, { level: "thcs", schoolYear: "2025-2026", regime: "2018" });
const finding = (severity: Finding["severity"], cell = true) =>
  ({ rule: "x", severity, message: "m", messageEn: "m", cell: cell ? { row: 1, col: 1 } : undefined }) as Finding;

describe("check message", () => {
  const base: CheckOutcome = { plan, findings: [], markMessage: null, problems: [], canMark: true, kind: "excel" };

  it("counts rows, errors and warnings, and says how Excel marked the cells", () => {
    expect(plan.rows).toHaveLength(2);
    const m = checkMessage({ ...base, findings: [finding("error"), finding("warning"), finding("info")] }, "vi");
    expect(m).toEqual({
      intent: "warning",
      text:
        "Đã kiểm tra 2 dòng: 1 lỗi, 1 cảnh báo. " +
        "Ô có lỗi được tô màu và ghi chú “[KHCT]”; bỏ bằng “Xóa đánh dấu” trong Thao tác khác.",
    });
  });

  it("says Word marks with comments, an old Office marks nothing, and nothing about marks without cells", () => {
    const word = checkMessage({ ...base, kind: "word", findings: [finding("warning")] }, "en");
    expect(word).toEqual({
      intent: "success",
      text:
        "Checked 2 rows: 0 errors, 1 warning. " +
        "Problems are marked with “[KHCT]” comments; “Clear marks” under More actions removes them.",
    });
    const old = checkMessage({ ...base, canMark: false, findings: [finding("error")] }, "vi");
    expect(old.text).toBe(
      "Đã kiểm tra 2 dòng: 1 lỗi, 0 cảnh báo. Office này chưa đánh dấu được trên ô; xem danh sách bên dưới.",
    );
    expect(checkMessage({ ...base, findings: [finding("warning", false)] }, "vi").text).toBe(
      "Đã kiểm tra 2 dòng: 0 lỗi, 1 cảnh báo.",
    );
  });

  it("gives the host's own words (one language) and what could not be read, and warns when no table was found", () => {
    const markMessage = { vi: "Đã đánh dấu 1 chỗ.", en: "Marked 1 place." };
    const problems = [{ vi: "Ô gộp.", en: "Merged cells." }];
    const m = checkMessage({ ...base, findings: [finding("error")], markMessage, problems }, "en");
    expect(m.text).toBe("Checked 2 rows: 1 error, 0 warnings. Marked 1 place. Merged cells.");
    const none = checkMessage({ ...base, plan: readPlan([["Báo cáo"], ["không có bảng"]]) }, "vi");
    expect(none).toEqual({ intent: "warning", text: "Không tìm thấy bảng kế hoạch trong tài liệu." });
  });
});

/** A kit that runs actions at once and records what the pane would show or ask. */
function kitFor(host: Partial<PlanHost>) {
  const said: string[] = [];
  const asked: Confirmation[] = [];
  const layouts: Finding[][] = [];
  const kit: ActionKit = {
    host: host as PlanHost,
    lang: "vi",
    context: () => ({ level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null }),
    run: (_label, action) => action(),
    say: (intent, vi) => void said.push(`${intent}: ${vi}`),
    sayHost: (ok, text) => void said.push(`${ok ? "success" : "warning"}: ${text.vi}`),
    readPlan: async () => ({ r: { plans: [plan], problems: [] }, plan }),
    ask: (c) => void asked.push(c),
    showLayout: async (_plan, found) => void layouts.push(found),
  };
  return { kit, said, asked, layouts };
}

describe("document actions", () => {
  it("total row: asks before writing over cells, writes over them only when the user goes on", async () => {
    const calls: { total: number; overwrite?: boolean }[] = [];
    const host: Partial<PlanHost> = {
      insertTotalRow: async (_p, total, _w, overwrite): Promise<InsertResult> => {
        calls.push({ total, overwrite });
        return overwrite
          ? { status: "inserted", rows: 1 }
          : { status: "needs-confirmation", occupied: [{ address: "G5", text: "cũ" }] };
      },
    };
    const { kit, said, asked } = kitFor(host);
    await documentActions(kit).totalRow();
    expect(calls).toEqual([{ total: 5_000_000, overwrite: false }]);
    expect(asked.map((a) => a.occupied)).toEqual([[{ address: "G5", text: "cũ" }]]);
    expect(said).toEqual([]);
    await asked[0].proceed();
    expect(calls[1]).toEqual({ total: 5_000_000, overwrite: true });
    expect(said).toEqual(["success: Đã chèn dòng tổng."]);
  });

  it("Biểu 2 tables: the host's reason when it cannot; layout check: the findings shown and counted", async () => {
    const { kit, said, layouts } = kitFor({
      insertBieu2Tables: async () => ({
        status: "unsupported",
        message: { vi: "Cần ExcelApi 1.4.", en: "Needs ExcelApi 1.4." },
      }),
      checkDocument: async () => [finding("warning", false), finding("error", false)],
    });
    const actions = documentActions(kit);
    await actions.bieu2Tables();
    await actions.checkFormat();
    expect(said).toEqual(["warning: Cần ExcelApi 1.4.", "warning: Thể thức: 2 điểm cần sửa."]);
    expect(layouts.map((f) => f.length)).toEqual([2]);
  });
});
