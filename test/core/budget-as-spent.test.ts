/**
 * A budget cell that spends "as it comes" ("Theo thực tế", issue 21's fresh THPT Nguyễn Du plan): the cell is read —
 * it holds no estimate — so the warning says that, not "not readable". Cells and messages written by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";

const budgetFindings = (cell: string) =>
  checkPlan(
    readPlan(
      [
        ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2024-2025"],
        ["TT", "Tiêu chí", "Nội dung", "Thời gian", "Kinh phí dự kiến"],
        ["1", "Tiêu chí 1.1", "Rà soát chiến lược", "Quý I/2025", cell],
      ],
      { level: "thpt", schoolYear: "2024-2025", regime: "2018" },
    ),
  )
    .filter((f) => f.rule.startsWith("budget."))
    .map((f) => [f.rule, f.severity, f.message]);

describe("a budget 'as actually spent'", () => {
  it.each(["Theo thực tế", "Theo thực tế phát sinh", "Tùy nhu cầu", "theo  thực tế"])(
    "%s: no estimated amount (a warning, same rule as an unreadable cell)",
    (cell) => {
      expect(budgetFindings(cell)).toEqual([
        ["budget.unparsed", "warning", `Kinh phí ghi "${cell}": chưa có số tiền dự kiến.`],
      ]);
    },
  );

  it("any other text stays not readable", () => {
    expect(budgetFindings("Theo kế hoạch 2")).toEqual([
      ["budget.unparsed", "warning", 'Không đọc được kinh phí: "Theo kế hoạch 2".'],
    ]);
  });
});
