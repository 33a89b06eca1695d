import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { renderGrid } from "../../src/core/render";
import { checkPlan } from "../../src/core/rules";
import { GOOD_ROW, doc2018 } from "../support/grids";

const STD1 = "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường";
const CRIT16 = [
  "",
  "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
  "Đạt mức 2",
  "Mua sắm",
  "BGH",
  "Tháng 10/2025",
  "10.000.000",
  "",
  "",
];
const codes = (grid: string[][]) =>
  readPlan(grid)
    .rows.filter((r) => r.kind === "criterion")
    .map((r) => `${r.standard}|${r.criterion}`);

describe("TT numbering: the reader accepts both conventions", () => {
  it.each([
    ["standard rows numbered, criterion TT empty", [["1", STD1], GOOD_ROW, CRIT16]],
    [
      "standard rows numbered, criteria numbered 1.x",
      [
        ["1", STD1],
        ["1.1", ...GOOD_ROW.slice(1)],
        ["1.2", ...CRIT16.slice(1)],
      ],
    ],
    [
      "standard row unnumbered, criteria numbered 1, 2",
      [
        ["", STD1],
        ["1", ...GOOD_ROW.slice(1)],
        ["2", ...CRIT16.slice(1)],
      ],
    ],
  ])("%s", (_name, rows) => {
    const grid = doc2018({ rows });
    const plan = readPlan(grid);
    expect(plan.rows.map((r) => r.kind)).toEqual(["standard", "criterion", "criterion"]);
    expect(plan.rows[0].standard).toBe(1);
    expect(codes(grid)).toEqual(["1|1.4", "1|1.6"]);
    expect(checkPlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("TT numbering: rendering a read plan", () => {
  const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
  it("numbers the standard rows and leaves the criterion rows' TT as written", () => {
    const plan = readPlan(
      doc2018({
        rows: [
          ["", STD1],
          GOOD_ROW,
          ["", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"],
          ["", "Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng", "Đạt mức 2"],
        ],
      }),
    );
    const g = renderGrid("2018-9col", ctx, plan);
    expect(g.rows.slice(2).map((r) => r[0])).toEqual(["1", "", "2", ""]);
  });
  it("numbers the criterion rows of a table without standard rows (Biểu 2)", () => {
    const plan = readPlan(doc2018({ rows: [GOOD_ROW, CRIT16] }));
    const g = renderGrid("2018-9col", ctx, plan);
    expect(g.rows.slice(2).map((r) => r[0])).toEqual(["1", "2"]);
  });
});
