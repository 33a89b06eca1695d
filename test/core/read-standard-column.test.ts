/**
 * A table whose first column, headed "Tiêu chuẩn", holds the standard merged down over its criterion rows (issue 21's
 * fresh tiểu học plan). A PDF whose other cells are centred shows the merged cell's text on lines above its first
 * criterion's: a grid row with only that cell filled. Grids written by hand; expectations by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";

const LABELS = ["Tiêu chuẩn", "Tiêu chí", "Kết quả tự đánh giá", "Mục tiêu", "Nội dung", "Người thực hiện"];
const row = (std: string, crit: string) => [std, crit, "Mức 2", "Đạt Mức 3", "Rà soát", "Hiệu trưởng"];
const kinds = (grid: string[][]) =>
  readPlan(grid, { level: "tieu-hoc" }).rows.map((r) => [r.kind, r.standard, r.criterion]);

describe("a 'Tiêu chuẩn' column merged over its criteria", () => {
  it("its text alone on a grid row above the criteria is the standard of the rows below, not a heading row", () => {
    const grid = [
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"],
      LABELS,
      row("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "Tiêu chí 1.1"),
      row("", "Tiêu chí 1.4"),
      ["Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", "", "", "", "", ""],
      row("", "Tiêu chí 2.2"),
      row("", "Tiêu chí 2.4"),
    ];
    expect(kinds(grid)).toEqual([
      ["criterion", 1, "1.1"],
      ["criterion", 1, "1.4"],
      ["criterion", 2, "2.2"],
      ["criterion", 2, "2.4"],
    ]);
  });

  it("a task row under it takes that standard", () => {
    const grid = [
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"],
      LABELS,
      ["Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "", "", "", "", ""],
      ["", "", "", "", "Sơn lại tường rào", "Bảo vệ"],
    ];
    expect(kinds(grid)).toEqual([["task", 3, null]]);
  });

  it("without a 'Tiêu chuẩn' column, a standard alone on its row is still a heading row", () => {
    const grid = [
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"],
      ["TT", "Tiêu chí", "Mục tiêu", "Nội dung", "Người thực hiện"],
      ["Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", "", "", "", ""],
      ["1", "Tiêu chí 2.2", "Đạt Mức 3", "Rà soát", "Hiệu trưởng"],
    ];
    expect(kinds(grid)).toEqual([
      ["standard", 2, null],
      ["criterion", 2, "2.2"],
    ]);
  });
});

describe("a 'Kết quả tự đánh giá' column beside the target", () => {
  const grid = [
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"],
    LABELS,
    row("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "Tiêu chí 1.1"),
    ["", "Tiêu chí 1.4", "Mức 3", "Đạt Mức 2", "Rà soát", "Hiệu trưởng"],
  ];
  const plan = readPlan(grid, { level: "tieu-hoc" });

  it("is the level now, not the target nor a column of the plan", () => {
    expect(plan.rows.map((r) => r.target)).toEqual([
      { level: 3, current: 2 },
      { level: 2, current: 3 },
    ]);
    expect(plan.columns.target).toBe(3);
    expect(Object.values(plan.columns)).not.toContain(2);
  });

  it("a target below it is told (target.not-above-current), on the target's cell", () => {
    const told = checkPlan(plan).filter((f) => f.rule === "target.not-above-current");
    expect(told.map((f) => [f.criterion, f.cell])).toEqual([["1.4", { row: 3, col: 3 }]]);
  });

  it("'Kết quả cần đạt (so với hiện trạng)' is still the target", () => {
    const other = [grid[0], ["TT", "Tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Nội dung", "Người thực hiện"]];
    expect(readPlan(other, { level: "tieu-hoc" }).columns.target).toBe(2);
  });
});

describe("pasted a cell per line from a Word table: the merged standard cell left out of the rows below", () => {
  it("those rows, one cell short, get their first cell back: every cell in its column", () => {
    const LB = [...LABELS, "Thời gian", "Kinh phí"];
    const grid = [
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"],
      LB,
      [...row("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "Tiêu chí 1.1"), "HK I", "Không"],
      [...row("", "Tiêu chí 1.4").slice(1), "Cả năm", "5 triệu", ""],
    ];
    const plan = readPlan(grid, { level: "tieu-hoc" });
    expect(plan.rows.map((r) => [r.criterion, r.cells.period?.text, r.cells.budget?.text])).toEqual([
      ["1.1", "HK I", "Không"],
      ["1.4", "Cả năm", "5 triệu"],
    ]);
  });
});
