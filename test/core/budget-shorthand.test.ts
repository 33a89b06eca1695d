/**
 * Amounts written the way a secretary types them (the fresh mầm non Biểu 2 plan): "3tr5" (3 triệu 5 = 3,5 triệu),
 * "10tr", "2ty5", "3tr500" (3 triệu 500 nghìn), spaces or nothing between the thousands ("5 000 000 đ",
 * "2000000đ"), and a printed cell's line broken inside such an amount ("5 000" + "000 đ"). "3tr50" (3,5 or 3,05
 * triệu?) is told as unclear and not counted, never guessed. Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { analyzeBudget, parseBudget } from "../../src/core/parse/budget";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { budgetRow2018, doc2018 } from "../support/grids";

describe("shorthand amounts", () => {
  it.each([
    ["Xã hội hóa 3tr5", 3500000],
    ["3tr5đ", 3500000],
    ["3tr500", 3500000],
    ["10tr", 10000000],
    ["2ty5", 2500000000],
    ["Ngân sách 10tr; xã hội hóa 5 000 000 đ", 15000000],
    ["Ngân sách nhà nước 2000000đ", 2000000],
    ["3 triệu 500 nghìn", 3500000],
  ])("%s is %d đ", (cell, vnd) => {
    expect([parseBudget(cell).kind, parseBudget(cell).vnd]).toEqual(["amount", vnd]);
  });

  it("'3tr50' is unclear: not counted, reported", () => {
    const a = analyzeBudget("Xã hội hóa 3tr50");
    expect([a.parse.kind, a.parse.vnd, a.issues]).toEqual([
      "unparsed",
      null,
      [{ kind: "bad-grouping", text: "3tr50" }],
    ]);
    const plan = readPlan(doc2018({ rows: [budgetRow2018("Tiêu chí 1.1", "3tr50")] }), { level: "thcs" });
    const f = checkPlan(plan).filter((x) => x.rule === "budget.bad-grouping");
    expect(f.map((x) => x.message)).toEqual([
      'Số tiền "3tr50" viết tắt nên không rõ giá trị (ví dụ 3tr50: 3,5 hay 3,05 triệu?); chưa tính vào tổng kinh phí.',
    ]);
  });
});

describe("spaces between the thousands, broken over printed lines", () => {
  it.each([
    ["Ngân sách: 5 000\n000 đ", 5000000],
    ["Kinh phí hoạt động thường xuyên: 1\n500 000 đồng", 1500000],
    ["5 000 000 đ", 5000000],
    ["Ngân sách: 5000 000đ", 5000000], // the PDF's text lost a space
    ["5 000000 đ", 5000000],
    ["Kinh phí hoạt động thường xuyên: 1500 000 đồng", 1500000],
  ])("%j is %d đ", (cell, vnd) => {
    expect([parseBudget(cell).kind, parseBudget(cell).vnd]).toEqual(["amount", vnd]);
  });
});

describe("a number that stays unread", () => {
  it("'1234567 000đ' (a first group of seven digits) is not one number: unread, not counted", () => {
    expect([parseBudget("1234567 000đ").kind, parseBudget("1234567 000đ").vnd]).toEqual(["unparsed", null]);
  });
});
