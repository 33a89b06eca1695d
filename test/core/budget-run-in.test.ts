/**
 * A month or day number run into an amount with only a space ("tháng 12 300 nghìn", a period fragment that ran into
 * the budget cell): "tháng 12" and 300 nghìn, or 12 300 nghìn? Either reading may be wrong, so the cell is said
 * unclear and left out of the total, never counted as one of them. A separator, a dated month or dot-grouped digits
 * leave no doubt. Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { analyzeBudget } from "../../src/core/parse/budget";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";
import { budgetRow2018, doc2018 } from "../support/grids";

describe("a number run into space-grouped digits", () => {
  it.each([
    ["tháng 12 300 nghìn", "tháng 12 300 nghìn"],
    ["Tháng 12 300 000 đồng", "Tháng 12 300 000 đồng"],
    ["Ngày 20 500 nghìn", "Ngày 20 500 nghìn"],
    ["Quý 4 200 nghìn đồng", "Quý 4 200 nghìn đồng"],
    ["Thực hiện tháng 9 150 nghìn", "tháng 9 150 nghìn"],
  ])("%s is unclear, not counted", (cell, quoted) => {
    const a = analyzeBudget(cell);
    expect([a.parse.kind, a.parse.vnd, a.amounts]).toEqual(["unparsed", null, []]);
    expect(a.issues).toEqual([{ kind: "bad-grouping", text: quoted }]);
  });
  it("keeps another amount of the cell", () => {
    const a = analyzeBudget("tháng 12 300 nghìn; XHH 2 triệu");
    expect([a.parse.kind, a.parse.vnd]).toEqual(["amount", 2_000_000]);
    expect(a.issues.map((i) => i.kind)).toEqual(["bad-grouping"]);
  });
});

describe("no doubt: the amount is read", () => {
  it.each([
    ["Tháng 12: 300 nghìn", 300_000],
    ["tháng 12, 300 nghìn", 300_000],
    ["Tháng 12/2025 300 nghìn", 300_000],
    ["Tháng 12 300.000 đồng", 300_000],
    ["12 300 nghìn", 12_300_000],
    ["Mỗi tháng 1 200 000 đồng", 1_200_000],
    ["tháng 2 triệu", 2_000_000],
  ])("%s is %d đ", (cell, vnd) => {
    const a = analyzeBudget(cell);
    expect([a.parse.kind, a.parse.vnd, a.issues]).toEqual(["amount", vnd, []]);
  });
  it("a month with a bare number and no unit is no amount and no grouping error", () => {
    const a = analyzeBudget("Tháng 12 300");
    expect([a.parse.kind, a.issues.map((i) => i.kind)]).toEqual(["unparsed", ["unparsed"]]);
  });
});

describe("what the user sees", () => {
  const plan = readPlan(
    doc2018({
      rows: [
        budgetRow2018("Tiêu chí 1.1: Phương hướng, chiến lược", "tháng 12 300 nghìn"),
        budgetRow2018("Tiêu chí 1.2: Hội đồng trường", "5.000.000 đồng"),
      ],
    }),
  );
  const findings = checkPlan(plan);
  it("an error quoting the cell, in Vietnamese and in English, with a fix", () => {
    const f = findings.find((x) => x.criterion === "1.1" && x.rule === "budget.bad-grouping")!;
    expect(f.severity).toBe("error");
    expect(f.message).toBe(
      'Số tiền "tháng 12 300 nghìn" viết liền sau số tháng/ngày nên không rõ giá trị; chưa tính vào tổng kinh phí.',
    );
    expect(f.messageEn).toBe(
      'Amount "tháng 12 300 nghìn" runs into a month/day number, so its value is unclear; not counted in the total.',
    );
    expect(f.suggestion).toBe("Tách thời gian khỏi số tiền, ví dụ: Tháng 12: 300.000 đồng.");
  });
  it("the total counts only the amount that can be read", () => {
    expect(summarize(plan, findings).totalVnd).toBe(5_000_000);
  });
});
