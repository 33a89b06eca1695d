/**
 * Other reading gaps (issue 24): an incomplete citation wherever a sheet puts its header block, suggestions in the
 * plan's own school year, and no internal words in what people read. Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { nameConfidenceNote } from "../../src/core/rules/criterion";
import { TEMPLATE_2018_COLUMNS, TEMPLATE_TT57_COLUMNS } from "../../src/core/templates";

const H18 = TEMPLATE_2018_COLUMNS.map((c) => c.header);
const H57 = TEMPLATE_TT57_COLUMNS.map((c) => c.header);
const ROW18 = ["1", "Tiêu chí 1.1", "Đạt Mức 2", "Rà soát", "BGH", "Tháng 10/2025", "", "", ""];
const CITE = "Thông tư số 20 TT-BGDĐT ngày 22 tháng năm 20";
const incomplete = (grid: string[][]) =>
  checkPlan(readPlan(grid, { level: "thcs" }))
    .filter((f) => f.rule === "doc.incomplete-citation")
    .map((f) => f.message);

describe("an incomplete citation in an .xlsx header block", () => {
  it.each([
    ["a row of its own", [["KẾ HOẠCH năm học 2025-2026"], [`Căn cứ ${CITE};`], H18, ROW18]],
    [
      "a wide row, text in column B",
      [["KẾ HOẠCH năm học 2025-2026"], ["", `Căn cứ ${CITE};`, "", "", "", "", "", "", ""], H18, ROW18],
    ],
    ["“Căn cứ:” and the citation in two cells", [["KẾ HOẠCH năm học 2025-2026"], ["Căn cứ:", CITE], H18, ROW18]],
    [
      "one cell with line breaks",
      [
        ["KẾ HOẠCH năm học 2025-2026"],
        [`Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018;\nCăn cứ ${CITE};`],
        H18,
        ROW18,
      ],
    ],
    [
      "below the table, after a blank row",
      [
        ["KẾ HOẠCH năm học 2025-2026"],
        H18,
        ROW18,
        ["", "", "", "", "", "", "", "", ""],
        [`Căn cứ ${CITE};`, "", "", "", "", "", "", "", ""],
      ],
    ],
  ])("%s", (_w, grid) => {
    expect(incomplete(grid as string[][])).toEqual([`Trích dẫn văn bản chưa đầy đủ: "${CITE}".`]);
  });
});

describe("suggestions in the plan's own school year", () => {
  it("a 2026-2027 plan: the period example is Tháng 9/2026 - tháng 5/2027", () => {
    const plan = readPlan(
      [
        ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"],
        H57,
        ["1", "Tiêu chí 2.2", "Đạt Mức 2", "Bồi dưỡng", "", "", "BGH", "Ngân sách: 5.000.000 đồng", "(MC.2.2.01)", ""],
      ],
      { level: "thcs" },
    );
    const f = checkPlan(plan);
    expect(f.find((x) => x.rule === "timeline.empty")!.suggestion).toBe(
      "Ghi thời gian bắt đầu và hoàn thành, ví dụ: Tháng 9/2026 - tháng 5/2027.",
    );
    expect(f.find((x) => x.rule === "tt57.indicator-missing")!.suggestion).toContain("trước tháng 10/2026");
  });
  it("a 2024-2025 plan: Tháng 10/2024 - tháng 5/2025 for a vague period", () => {
    const plan = readPlan(
      [["KẾ HOẠCH năm học 2024-2025"], H18, [...ROW18.slice(0, 5), "Khi có điều kiện", "", "", ""]],
      { level: "thcs" },
    );
    const vague = checkPlan(plan).find((x) => x.rule === "timeline.vague");
    expect(vague?.suggestion).toBe("Ghi rõ tháng/năm bắt đầu và hoàn thành, ví dụ: Tháng 10/2024 - tháng 5/2025.");
  });
});

describe("no internal words in what people read", () => {
  it("the reference data's confidence is said in words, never “name: medium”", () => {
    expect(nameConfidenceNote("name: medium; content: medium (Texts copied …)")).toEqual({
      vi: " (tên theo dữ liệu tham chiếu, mới đối chiếu được một nguồn — nên so với văn bản thông tư)",
      en: " (name from the reference data, checked against one source only — compare with the circular's text)",
    });
    expect(nameConfidenceNote("name: high; content: medium")).toEqual({ vi: "", en: "" });
    expect(nameConfidenceNote(undefined)).toEqual({ vi: "", en: "" });
    const tt18 = getCatalog("tt18-2018")!;
    const plan = readPlan(
      [["KẾ HOẠCH năm học 2025-2026"], H18, ["1", "Tiêu chí 1.1: Tên sai hoàn toàn khác hẳn", ...ROW18.slice(2)]],
      { level: "thcs" },
    );
    for (const f of checkPlan(plan, tt18))
      expect(`${f.message} ${f.suggestion ?? ""}`).not.toMatch(/name:|medium|high|low\b/);
  });
  it("a code in a standard the circular does not have: no “(không có)”", () => {
    const plan = readPlan(
      [
        ["KẾ HOẠCH năm học 2026-2027"],
        H57,
        [
          "1",
          "Tiêu chí 5.1",
          "Đạt Mức 2",
          "Bồi dưỡng",
          "100%",
          "Tháng 10/2026",
          "BGH",
          "Ngân sách: 1.000.000 đồng",
          "(MC.2.2.01)",
          "",
        ],
      ],
      { level: "thcs" },
    );
    const f = checkPlan(plan).find((x) => x.criterion === "5.1" && x.severity === "error")!;
    expect(f.suggestion).not.toContain("(không có)");
    expect(`${f.message} ${f.suggestion}`).not.toMatch(/Tiêu chuẩn 5 có các tiêu chí/);
  });
});
