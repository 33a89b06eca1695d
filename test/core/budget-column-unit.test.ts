/**
 * A budget column whose header gives the unit ("Kinh phí (triệu đồng)") and cells that hold bare numbers ("5", "2,5",
 * "0"): the unit is the header's, so "2,5" is 2,500,000 đ in every form the plan arrives in (they all reach the
 * reader as a grid with the header row); a cell with its own unit keeps it. Seen on a THCS plan nobody had tuned on
 * (test/fixtures/pdf-fresh/thcs-phan-boi-chau-2024-2025): "3" was read as 3 đ ("budget.small") and "2,5" as 3 đ.
 * Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { parseBudget } from "../../src/core/parse/budget";
import { budgetUnitOf, withColumnUnit } from "../../src/core/parse/budget-unit";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";
import { getCatalog } from "../../src/core/catalogs/index";
import { convert2018ToTt57 } from "../../src/core/tt57/convert";
import { renderGrid } from "../../src/core/render";

describe("the unit a budget header gives its bare numbers", () => {
  it.each([
    ["Kinh phí (triệu đồng)", 1e6],
    ["Kinh phí\n(triệu đồng)", 1e6],
    ["KINH PHÍ (TRIỆU ĐỒNG)", 1e6],
    ["Kinh phí (tr.đ)", 1e6],
    ["Kinh phí (trđ)", 1e6],
    ["Dự kiến kinh phí (ĐVT: triệu đồng)", 1e6],
    ["Kinh phí, ĐVT: triệu đồng", 1e6],
    ["Kinh phí (nguồn) (triệu đồng)", 1e6],
    ["Kinh phí (nghìn đồng)", 1e3],
    ["Kinh phí (1.000 đ)", 1e3],
    ["Kinh phí (tỷ đồng)", 1e9],
    ["Kinh phí", null],
    ["Kinh phí (đồng)", null],
    ["Kinh phí (VNĐ)", null],
    ["Kinh phí dự kiến (nếu có)", null],
    ["Nguồn lực/Kinh phí", null],
  ])("%j → %p", (header, unit) => {
    expect(budgetUnitOf(header)).toBe(unit);
  });
});

describe("a cell under a header unit", () => {
  it.each([
    ["5", 1e6, "amount", 5_000_000],
    ["2,5", 1e6, "amount", 2_500_000],
    ["1,5", 1e6, "amount", 1_500_000],
    ["15", 1e6, "amount", 15_000_000],
    ["2.5", 1e6, "amount", 2_500_000], // an .xlsx number shown with a decimal point
    ["500", 1e3, "amount", 500_000],
    ["0", 1e6, "none", null],
    ["Không", 1e6, "none", null],
    // Its own unit wins over the header's.
    ["500.000 đ", 1e6, "amount", 500_000],
    ["3 triệu", 1e6, "amount", 3_000_000],
    ["200 nghìn đồng", 1e6, "amount", 200_000],
    // Written in full in đồng (5 triệu triệu would be 5 × 10^12 đ): read as written.
    ["5.000.000", 1e6, "amount", 5_000_000],
    // A malformed number stays unread, whatever the unit.
    ["1,5,0", 1e6, "unparsed", null],
    // No header unit: a bare number is in đồng, as before.
    ["5", 1, "amount", 5],
  ])("%j (unit %d) → %s %p", (text, unit, kind, vnd) => {
    const r = parseBudget(text, unit);
    expect([r.kind, r.vnd]).toEqual([kind, vnd]);
  });

  it("a bare number copied out of the column takes the header's unit with it; other text is copied as written", () => {
    expect(withColumnUnit("2,5", 1e6)).toBe("2,5 triệu đồng");
    expect(withColumnUnit("500", 1e3)).toBe("500 nghìn đồng");
    expect(withColumnUnit("2,5", undefined)).toBe("2,5");
    expect(withColumnUnit("3 triệu", 1e6)).toBe("3 triệu");
    expect(withColumnUnit("Không", 1e6)).toBe("Không");
    expect(withColumnUnit("0", 1e6)).toBe("0");
    expect(withColumnUnit("5.000.000", 1e6)).toBe("5.000.000");
  });
});

const TITLE = [
  ["TRƯỜNG THCS PHAN BỘI CHÂU"],
  ["KẾ HOẠCH"],
  ["Cải tiến chất lượng giáo dục năm học 2024-2025"],
  ["Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
];
const header = (budget: string) => [
  "TT",
  "Tiêu chí",
  "Nội dung, hoạt động cải tiến",
  "Thời gian thực hiện",
  "Người phụ trách",
  budget,
  "Ghi chú",
];
const body = [
  [
    "1",
    "Tiêu chí 1.4",
    "Rà soát kế hoạch tổ chuyên môn.",
    "Từ tháng 9/2024 đến tháng 12/2024",
    "Phó hiệu trưởng",
    "3",
    "",
  ],
  ["2", "Tiêu chí 2.2", "Tổ chức hội giảng cấp trường.", "Tháng 11/2024", "Hiệu trưởng", "2,5", ""],
  ["3", "Tiêu chí 5.4", "Tư vấn hướng nghiệp lớp 9.", "Tháng 3/2025", "Phó hiệu trưởng", "500.000 đ", ""],
];

describe("a plan whose budget header is 'Kinh phí (triệu đồng)'", () => {
  const plan = readPlan([...TITLE, header("Kinh phí (triệu đồng)"), ...body]);

  it("reads each row's budget in the header's unit, totals it, and finds no 'small amount'", () => {
    expect(plan.budgetUnit).toBe(1e6);
    expect(plan.rows.map((r) => r.budget?.vnd)).toEqual([3_000_000, 2_500_000, 500_000]);
    expect(summarize(plan).totalVnd).toBe(6_000_000);
    expect(checkPlan(plan).filter((f) => f.rule.startsWith("budget."))).toEqual([]);
  });

  it("a Biểu 2 draft made from it keeps the amounts (the unit written into the cells)", () => {
    const draft = convert2018ToTt57(plan, {
      catalog2018: getCatalog("tt18-2018")!,
      tt57: getCatalog("tt57-pho-thong")!,
      schoolYear: "2026-2027",
    });
    const col = draft.grid.columns.findIndex((c) => c.role === "budget");
    expect(draft.grid.rows.slice(2).map((r) => r[col])).toEqual(["3 triệu đồng", "2,5 triệu đồng", "500.000 đ"]);
  });

  it("rendered into the template's table (whose budget label names no unit) its bare numbers take the unit", () => {
    const grid = renderGrid("2018-9col", plan.context, plan);
    const col = grid.columns.findIndex((c) => c.role === "budget");
    const body = grid.rows.filter((_, i) => grid.kinds[i] === "criterion").map((r) => r[col]);
    expect(body).toEqual(["3 triệu đồng", "2,5 triệu đồng", "500.000 đ"]);
  });

  it("without the unit in the header the same cells are đồng, as written (and flagged small)", () => {
    const bare = readPlan([...TITLE, header("Kinh phí"), ...body]);
    expect(bare.budgetUnit).toBeUndefined();
    expect(bare.rows.map((r) => r.budget?.vnd)).toEqual([3, 3, 500_000]);
    expect(checkPlan(bare).filter((f) => f.rule === "budget.small")).toHaveLength(2);
  });
});

describe("a code of a circular issued after the plan's school year", () => {
  const plan = (year: string) =>
    readPlan([
      ["TRƯỜNG THCS PHAN BỘI CHÂU"],
      [`Kế hoạch cải tiến chất lượng giáo dục năm học ${year}`],
      ["Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
      header("Kinh phí"),
      ["1", "Tiêu chí 4.3", "Phối hợp Hội Khuyến học trao thưởng.", "Học kỳ II", "Hiệu trưởng", "Không", ""],
    ]);
  const rules = (year: string) =>
    checkPlan(plan(year))
      .filter((f) => f.criterion === "4.3")
      .map((f) => f.rule);

  // TT 57/2026 (with its 4.3) was issued on 7 July 2026: a 2024-2025 plan cannot have taken the code from it.
  it("is a code the plan's circular lacks (2024-2025, TT 18 has 4.1–4.2)", () => {
    expect(rules("2024-2025")).toEqual(["criterion.unknown-code"]);
  });

  it("is still told as the other circular's code when that circular was out before the year ended", () => {
    expect(rules("2025-2026")).toEqual(["criterion.wrong-regime"]);
  });
});
