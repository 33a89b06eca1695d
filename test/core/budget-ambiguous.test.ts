/**
 * Budget cells a school writes that must never become a confident wrong amount (found by issue 28's mutation work):
 * "1.000,000 triệu" (dot and comma together: 1.000 triệu with a decimal comma, or a mistyped 1.000.000?) was read as
 * the word "triệu" = 1 triệu; "Tháng 9-2025 đồng loạt" as a range of 9 to 2025 đồng; "mỗi năm 20 triệu" as 1 triệu.
 * "Mỗi tháng 10.000.000 đồng" as no budget at all ("tháng 10" taken for a month). Such a cell is reported and left
 * out of the total; a date beside an amount is no amount; an amount "mỗi tháng" is one a month. Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { analyzeBudget } from "../../src/core/parse/budget";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";
import { budgetRow2018, doc2018 } from "../support/grids";

describe("a number with both dots and commas", () => {
  it.each(["1.000,000 triệu", "1,000.000 triệu", "1.000,5 triệu", "1.000,000 đồng", "Ngân sách 1.000,000 tr"])(
    "%s is unreadable, not 1 triệu nor any other amount",
    (cell) => {
      const a = analyzeBudget(cell);
      expect([a.parse.kind, a.parse.vnd, a.amounts]).toEqual(["unparsed", null, []]);
      expect(a.issues.map((i) => i.kind)).toEqual(["bad-grouping"]);
    },
  );
  it("keeps an amount beside it and leaves only it out", () => {
    const a = analyzeBudget("Ngân sách 5 triệu; XHH 1.000,000 triệu");
    expect([a.parse.kind, a.parse.vnd]).toEqual(["amount", 5_000_000]);
    expect(a.issues).toEqual([{ kind: "bad-grouping", text: "1.000,000 triệu" }]);
  });
  it("a broken group before a scale word is not read as the word alone either", () => {
    expect(analyzeBudget("1 - 2.0000 triệu").parse).toEqual({ kind: "unparsed", vnd: null, per: null, source: null });
    expect(analyzeBudget("15.000.0000 triệu đồng").parse.vnd).toBeNull();
  });
  it("amounts in words are still read when no number is written", () => {
    expect(analyzeBudget("Mười lăm triệu đồng").parse.vnd).toBe(15_000_000);
  });
});

describe("dates beside amounts", () => {
  it.each(["Tháng 9-2025 đồng loạt", "T9-2025 đồng loạt", "Th.9-2025 đồng loạt", "9-2025 đồng loạt"])(
    "%s holds no amount (a month, then the word đồng loạt)",
    (cell) => {
      const a = analyzeBudget(cell);
      expect([a.parse.kind, a.amounts]).toEqual(["unparsed", []]);
      expect(a.issues.map((i) => i.kind)).toEqual(["unparsed"]);
    },
  );
  it.each([
    ["Tháng 9-2025 đồng loạt: 3 triệu", 3_000_000],
    ["T9/2025: 5 triệu", 5_000_000],
    ["mỗi năm 20 triệu", 20_000_000],
    ["Mỗi tháng 2 triệu", 2_000_000],
    ["Tháng 9: 5 triệu", 5_000_000],
  ])("%s is %d đ", (cell, vnd) => {
    expect(analyzeBudget(cell).parse.vnd).toBe(vnd);
  });
  it.each([
    ["Mỗi tháng 10.000.000 đồng", 10_000_000, "month"],
    ["Hằng tháng 500.000 đồng", 500_000, "month"],
    ["mỗi tháng 10 000 000 đồng", 10_000_000, "month"],
    ["Mỗi tháng 5 triệu (XHH)", 5_000_000, "month"],
    ["Hằng tháng 1,5 triệu", 1_500_000, "month"],
    ["Mỗi năm 5.000.000 đồng", 5_000_000, "year"],
    ["hằng năm học: 3 triệu", 3_000_000, "year"],
  ])("%s is %d đ a %s (the number after mỗi/hằng tháng is no month)", (cell, vnd, per) => {
    expect(analyzeBudget(cell).parse).toMatchObject({ kind: "amount", vnd, per });
  });
  it("a month before an amount is still no amount, also with spaces between groups", () => {
    expect(analyzeBudget("tháng 12: 300 nghìn").parse.vnd).toBe(300_000);
    expect(analyzeBudget("Tháng 9-2025 1.000.000 đồng").parse.vnd).toBe(1_000_000);
    expect(analyzeBudget("Mỗi tháng 5-7 triệu").parse).toMatchObject({ vnd: 7_000_000, low: 5_000_000 });
  });
  it("a range of amounts is still a range", () => {
    expect(analyzeBudget("5-7 triệu").parse).toMatchObject({ kind: "amount", vnd: 7_000_000, low: 5_000_000 });
    expect(analyzeBudget("10-2000 nghìn").parse).toMatchObject({ vnd: 2_000_000, low: 10_000 });
  });
});

describe("what the user sees", () => {
  const plan = readPlan(
    doc2018({
      rows: [
        budgetRow2018("Tiêu chí 1.1: Phương hướng, chiến lược", "1.000,000 triệu"),
        budgetRow2018("Tiêu chí 1.2: Hội đồng trường", "5.000.000 đồng"),
        budgetRow2018("Tiêu chí 1.3: Tổ chức Đảng", "Tháng 9-2025 đồng loạt"),
      ],
    }),
  );
  const findings = checkPlan(plan);
  it("an error naming both marks, in Vietnamese and in English, quoting the cell", () => {
    const f = findings.find((x) => x.rule === "budget.bad-grouping")!;
    expect(f.severity).toBe("error");
    expect(f.message).toBe(
      'Số tiền "1.000,000 triệu" có cả dấu chấm và dấu phẩy nên không rõ giá trị; chưa tính vào tổng kinh phí.',
    );
    expect(f.messageEn).toBe(
      'Amount "1.000,000 triệu" has both dots and commas, so its value is unclear; not counted in the total.',
    );
  });
  it("a malformed group keeps its own message", () => {
    const f = checkPlan(readPlan(doc2018({ rows: [budgetRow2018("Tiêu chí 1.1: X", "15.000.0000 đồng")] }))).find(
      (x) => x.rule === "budget.bad-grouping",
    )!;
    expect(f.message).toBe(
      'Số tiền "15.000.0000 đồng" phân nhóm chữ số sai (mỗi nhóm 3 chữ số); chưa tính vào tổng kinh phí.',
    );
  });
  it("the month is said unreadable as a budget, never a small or ranged amount", () => {
    const rules = findings.filter((x) => x.criterion === "1.3").map((x) => x.rule);
    expect(rules).toContain("budget.unparsed");
    expect(rules).not.toContain("budget.small");
    expect(rules).not.toContain("budget.range");
  });
  it("the total counts only the amount that can be read", () => {
    const s = summarize(plan, findings);
    expect([s.totalVnd, s.rangeRows, s.totalLabel]).toEqual([5_000_000, 0, "Tổng kinh phí"]);
  });
});

describe("an amount a month in the total", () => {
  it("'Mỗi tháng 500.000 đồng' counts the school year's nine months (September–May) as '500.000 đồng/tháng'", () => {
    const totalOf = (cell: string) =>
      summarize(readPlan(doc2018({ rows: [budgetRow2018("Tiêu chí 1.1: X", cell)] }))).totalVnd;
    expect(totalOf("Mỗi tháng 500.000 đồng")).toBe(4_500_000);
    expect(totalOf("500.000 đồng/tháng")).toBe(4_500_000);
  });
});
