/**
 * Boundaries that hand-made mutants of src showed untested (issue 28): the "amount too small" threshold and mixed
 * per-year/per-month amounts in a budget cell, the "/tháng × 9 months" rule of the totals, and the line between
 * "blocks the goal", "pick 5 of 7" and "optional" on the gap board. Every expected figure is worked out by hand
 * from the input written here, never by the code under test.
 */
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { analyzeBudget, parseBudget } from "../../src/core/parse/budget";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";
import { emptyLevelSet, gapBoard, smallestSet, type LevelSet } from "../../src/core/assess";
import type { Catalog } from "../../src/core/types";
import { doc2018, GOOD_ROW } from "../support/grids";

const budgetRow = (budget: string, criterion = GOOD_ROW[1]) =>
  GOOD_ROW.map((x, i) => (i === 6 ? budget : i === 1 ? criterion : x));
const issuesOf = (text: string) => analyzeBudget(text).issues.map((i) => i.kind);

describe("budget: the 'unusually small' threshold is 100.000 đ", () => {
  it.each([
    ["99.999 đồng", true],
    ["99.000", true],
    ["50 nghìn", true],
    ["100.000 đồng", false],
    ["100.001", false],
    ["1 triệu", false],
  ])("%s → small: %s", (text, small) => {
    expect(issuesOf(text).includes("small")).toBe(small);
  });

  it("reports it as a warning on its cell, naming the amount as written", () => {
    const plan = readPlan(doc2018({ rows: [budgetRow("99.999 đồng")] }));
    const small = checkPlan(plan).filter((f) => f.rule === "budget.small");
    expect(small.map((f) => [f.severity, f.message])).toEqual([
      ["warning", 'Số tiền "99.999 đồng" nhỏ bất thường (dưới 100.000 đ) — có thể đang ghi theo nghìn đồng.'],
    ]);
    const ok = readPlan(doc2018({ rows: [budgetRow("100.000 đồng")] }));
    expect(checkPlan(ok).filter((f) => f.rule === "budget.small")).toEqual([]);
  });
});

describe("budget: amounts per year and per month in one cell", () => {
  it("a cell mixing /năm học and /tháng has no single period: the sum of its amounts, per null", () => {
    const a = analyzeBudget("2.000.000/năm học; 500.000/tháng");
    expect(a.parse).toMatchObject({ kind: "amount", vnd: 2_500_000, per: null });
    expect(a.amounts.map((x) => [x.vnd, x.per])).toEqual([
      [2_000_000, "year"],
      [500_000, "month"],
    ]);
  });

  it("amounts all per month keep 'month'; all per year keep 'year'", () => {
    expect(parseBudget("300.000/tháng; 200.000/tháng")).toMatchObject({ vnd: 500_000, per: "month" });
    expect(parseBudget("1.000.000/năm; 2.000.000/năm học")).toMatchObject({ vnd: 3_000_000, per: "year" });
  });

  it("one amount with a period and one without: no single period", () => {
    expect(parseBudget("2 triệu/tháng; 3 triệu")).toMatchObject({ vnd: 5_000_000, per: null });
  });
});

describe("totals: a /tháng amount counts for the school year's 9 months", () => {
  const total = (...budgets: string[]) =>
    summarize(readPlan(doc2018({ rows: budgets.map((b) => budgetRow(b)) }))).totalVnd;

  it.each([
    ["500.000/tháng", 4_500_000], // 500.000 × 9
    ["2 triệu/tháng", 18_000_000], // 2.000.000 × 9
    ["5.000.000/năm học", 5_000_000], // per year: as written
    ["5.000.000", 5_000_000], // no period: as written
    ["2.000.000/năm học; 500.000/tháng", 6_500_000], // 2.000.000 + 500.000 × 9
  ])("%s → %d đ", (budget, vnd) => {
    expect(total(budget)).toBe(vnd);
  });

  it("the 9 months reach the per-standard and per-source totals too", () => {
    const s = summarize(
      readPlan(
        doc2018({
          rows: [
            budgetRow("Xã hội hóa 500.000/tháng"),
            budgetRow("Ngân sách 1.000.000", "Tiêu chí 2.3: Đối với nhân viên"),
          ],
        }),
      ),
    );
    expect(s.totalVnd).toBe(5_500_000); // 4.500.000 + 1.000.000
    expect(s.byStandard).toEqual([
      { standard: 1, vnd: 4_500_000, rows: 1 },
      { standard: 2, vnd: 1_000_000, rows: 1 },
    ]);
    expect(s.bySource).toEqual([
      { source: "Xã hội hóa", vnd: 4_500_000, rows: 1 },
      { source: "Ngân sách", vnd: 1_000_000, rows: 1 },
    ]);
    expect(s.totalInWords).toBe("Năm triệu năm trăm nghìn đồng");
  });
});

describe("gap board (TT57): 'blocks the goal' vs 'pick 5 of 7' vs 'optional'", () => {
  const tt57 = getCatalog("tt57-pho-thong")!;
  // TT57 phổ thông: 8 mandatory criteria; the 7 others are 1.1, 1.2, 2.3, 3.3, 3.4, 3.5, 4.3 (each up to Mức 2).
  const OTHERS = ["1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3"];
  const MANDATORY = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];
  // Every criterion assessed: those not named are at Không đạt (0); a criterion left out would be "chưa đánh giá".
  const set = (levels: Record<string, number>): LevelSet => {
    const s = emptyLevelSet();
    Object.assign(s.levels, at([...MANDATORY, ...OTHERS], 0), levels);
    return s;
  };
  const at = (codes: string[], level: number) => Object.fromEntries(codes.map((c) => [c, level]));
  const statuses = (board: ReturnType<typeof gapBoard>, codes: string[]) =>
    codes.map((c) => board.rows.find((r) => r.code === c)!.status);

  it("the catalog has the 8 mandatory and 7 other criteria this block assumes", () => {
    const rows = gapBoard(tt57, set({}), 1).rows;
    expect(rows.filter((r) => r.mandatory).map((r) => r.code)).toEqual(MANDATORY);
    expect(rows.filter((r) => !r.mandatory).map((r) => r.code)).toEqual(OTHERS);
  });

  it("Mức 1, 4 of the 7 reached: one more is missing, the 3 below are each a choice", () => {
    // Mandatory all at Mức 1; others 1.1, 1.2, 2.3, 3.3 at Mức 1; 3.4, 3.5, 4.3 at 0.
    const board = gapBoard(tt57, set({ ...at(MANDATORY, 1), ...at(OTHERS.slice(0, 4), 1) }), 1);
    expect(statuses(board, ["3.4", "3.5", "4.3"])).toEqual(["choice", "choice", "choice"]);
    expect(statuses(board, ["1.1", "3.3"])).toEqual(["met", "met"]);
    expect(board.smallest).toEqual([{ code: "3.4", level: 1 }]); // closest first, then catalog order
    expect([board.current, board.projected, board.reaches]).toEqual([0, 1, true]);
  });

  it("Mức 1, 5 of the 7 reached: the 2 below are optional, and the school is already at Mức 1", () => {
    const board = gapBoard(tt57, set({ ...at(MANDATORY, 1), ...at(OTHERS.slice(0, 5), 1) }), 1);
    expect(statuses(board, ["3.5", "4.3"])).toEqual(["optional", "optional"]);
    expect(board.smallest).toEqual([]);
    expect(board.current).toBe(1);
  });

  it("a mandatory criterion below the goal blocks it even when the 5 of 7 are reached", () => {
    const board = gapBoard(tt57, set({ ...at(MANDATORY, 1), ...at(OTHERS.slice(0, 5), 1), "3.2": 0 }), 1);
    expect(statuses(board, ["3.2", "3.5"])).toEqual(["blocking", "optional"]);
    expect(board.smallest).toEqual([{ code: "3.2", level: 1 }]);
  });

  it("Mức 2, 5 of the 7 at Mức 2: an other below Mức 1 still blocks (the rest at least Mức 1), one at Mức 1 has enough", () => {
    const board = gapBoard(tt57, set({ ...at(MANDATORY, 2), ...at(OTHERS.slice(0, 5), 2), "3.5": 1, "4.3": 0 }), 2);
    // 3.5 at Mức 1 is all the goal asks of it once 5 of the 7 are at Mức 2 ("đã đủ cho mục tiêu", issue 24).
    expect(statuses(board, ["3.5", "4.3"])).toEqual(["met", "blocking"]);
    expect(board.rows.find((r) => r.code === "3.5")!.needed).toBe(1);
    expect(board.smallest).toEqual([{ code: "4.3", level: 1 }]);
    expect([board.current, board.projected]).toEqual([1, 2]);
  });

  it("a group with no spare candidate (as many missing as below the goal): each one blocks", () => {
    // Not a catalog of today (TT57 has 7 others, so 2 spares always remain): the same rule on 5 others, two of
    // them made mandatory. 3 of the 5 at Mức 1, 2 below → 2 missing = 2 candidates: both block.
    const five: Catalog = {
      ...tt57,
      standards: tt57.standards.map((s) => ({
        ...s,
        criteria: s.criteria.map((c) => (c.code === "3.5" || c.code === "4.3" ? { ...c, mandatory: true } : c)),
      })),
    };
    const levels = set({ ...at(MANDATORY, 1), "3.5": 1, "4.3": 1, "1.1": 1, "1.2": 1, "2.3": 1 });
    const board = gapBoard(five, levels, 1);
    expect(statuses(board, ["3.3", "3.4"])).toEqual(["blocking", "blocking"]);
    expect(smallestSet(five, levels, 1)).toEqual([
      { code: "3.3", level: 1 },
      { code: "3.4", level: 1 },
    ]);
  });
});
