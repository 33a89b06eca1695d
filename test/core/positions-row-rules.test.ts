/**
 * Tables ruled with horizontal lines only (Word's "simple" table styles; issue 21's fresh THPT Nguyễn Du plan): the
 * columns come from the header labels and the text, the rows from the rules. Hand-built pages: 10 pt text, every
 * character 5 pt wide, lines 12 pt apart; rules drawn as whole lines or as each cell's own segment (Chromium prints
 * every cell's border apart). Expected grids written by hand from the page drawn in each test's comment.
 */
import { gridFromPositions, type PositionedText, type RulingLine } from "../../src/core/read/positions";
import { continuesRow } from "../../src/core/read/positions-continuation";
import { ruleBetween } from "../../src/core/read/positions-row-rules";

const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});
const row = (line: number, cells: [number, string][]) => cells.map(([x, t]) => item(t, x, line));
/** A rule just above text line `line` (between its letters and the line before's baseline). */
const rule = (line: number, x1 = 0, x2 = 420): RulingLine => ({
  x1,
  y1: 20 + line * 12 - 11,
  x2,
  y2: 20 + line * 12 - 11,
});
/** The same rule as each column's own segment. */
const cellRules = (line: number) => [0, 30, 120, 240, 330].map((x, i, xs) => rule(line, x, xs[i + 1] ?? 420));
const gridOf = (items: PositionedText[], lines: RulingLine[]) =>
  gridFromPositions([{ width: 600, height: 800, items, lines }]).map((r) =>
    r.map((c) => c.replace(/\s+/g, " ").trim()),
  );

const HEADER = row(0, [
  [0, "TT"],
  [30, "Tiêu chí"],
  [120, "Mục tiêu"],
  [240, "Thời gian"],
  [330, "Kinh phí"],
]);

describe("a table ruled between its rows only", () => {
  //   TT | Tiêu chí       | Mục tiêu     | Thời gian  | Kinh phí
  //   ───────────────────────────────────────────────────────────
  //   1  | Tiêu chí 4.1,  | Huy động     | Học kỳ II  | 20.000.000đ
  //      | 4.2            | nguồn lực    |            |
  //   ───────────────────────────────────────────────────────────
  //   2  | Tiêu chí 5.3   | Đạt Mức 2    | Quý I/2025 | Không
  //   ───────────────────────────────────────────────────────────
  //   3  | Tiêu chí 5.6   | Tỷ lệ 99%    | Tháng 5/2025 | Không
  const items = [
    ...HEADER,
    ...row(1.5, [
      [0, "1"],
      [30, "Tiêu chí 4.1,"],
      [120, "Huy động"],
      [240, "Học kỳ II"],
      [330, "20.000.000đ"],
    ]),
    ...row(2.5, [
      [30, "4.2"],
      [120, "nguồn lực"],
    ]),
    ...row(4, [
      [0, "2"],
      [30, "Tiêu chí 5.3"],
      [120, "Đạt Mức 2"],
      [240, "Quý I/2025"],
      [330, "Không"],
    ]),
    ...row(5.5, [
      [0, "3"],
      [30, "Tiêu chí 5.6"],
      [120, "Tỷ lệ 99%"],
      [240, "Tháng 5/2025"],
      [330, "Không"],
    ]),
  ];
  const want = [
    ["TT", "Tiêu chí", "Mục tiêu", "Thời gian", "Kinh phí"],
    ["1", "Tiêu chí 4.1, 4.2", "Huy động nguồn lực", "Học kỳ II", "20.000.000đ"],
    ["2", "Tiêu chí 5.3", "Đạt Mức 2", "Quý I/2025", "Không"],
    ["3", "Tiêu chí 5.6", "Tỷ lệ 99%", "Tháng 5/2025", "Không"],
  ];

  it("a code on a row's second line is no new row when no rule lies above it", () => {
    expect(gridOf(items, [rule(0), rule(1.5), rule(4), rule(5.5), rule(6.5)])).toEqual(want);
  });

  it("the rules may be each cell's own segment", () => {
    expect(gridOf(items, [0, 1.5, 4, 5.5, 6.5].flatMap(cellRules))).toEqual(want);
  });

  it("without the rules the code starts a row, as in a table with no lines at all", () => {
    expect(gridOf(items, [])).not.toEqual(want);
  });
});

describe("rows spaced far apart by their padding", () => {
  //   TT | Tiêu chí     | Mục tiêu  | Thời gian   | Kinh phí      (rows three lines apart, a rule between them)
  const items = [
    ...HEADER,
    ...row(3, [
      [0, "1"],
      [30, "Tiêu chí 1.1"],
      [120, "Đạt Mức 3"],
      [240, "Quý I/2025"],
      [330, "Theo thực tế"],
    ]),
    ...row(6.5, [
      [0, "2"],
      [30, "Tiêu chí 1.7"],
      // Cells that touch: one run across the "Mục tiêu" and "Thời gian" columns (no capital to cut it at).
      [120, "Đạt Mức 3. Hồ sơ rà soát hồ sơ"],
      [330, "0 đ"],
    ]),
  ];

  it("stay one table when a rule lies between them", () => {
    const grid = gridOf(items, [rule(0), rule(1.5), rule(5), rule(8)]);
    expect(grid.map((r) => r[1])).toEqual(["Tiêu chí", "Tiêu chí 1.1", "Tiêu chí 1.7"]);
  });

  it("the table ends at the wide blank when no rule lies there", () => {
    expect(gridOf(items, [rule(0), rule(1.5)]).map((r) => r[1] ?? "")).not.toContain("Tiêu chí 1.7");
  });
});

describe("ruleBetween", () => {
  it("joins a rule's segments and counts their overlaps once", () => {
    const r = (x1: number, x2: number) => ({ y: 10, x1, x2 });
    expect(ruleBetween([r(0, 50), r(40, 70)], 0, 20, 0, 100)).toBe(true); // 70 of 100
    expect(ruleBetween([r(0, 50), r(0, 50)], 0, 20, 0, 100)).toBe(false); // 50 of 100
    expect(ruleBetween([r(0, 100)], 10, 20, 0, 100)).toBe(false); // on the upper line, not between
  });
});

describe("a row split by a page break inside a list of criteria", () => {
  it('"Tiêu chí 4.1," above and "4.2" below: the rest of the row, not a row of its own', () => {
    const above = ["7", "Tiêu chí 4.1,", "Ban đại diện", "Học kỳ II", "Xã hội hóa:"];
    expect(continuesRow(["", "4.2", "cha mẹ học sinh", "", "20.000.000đ"], above)).toBe(true);
    expect(
      continuesRow(
        ["", "4.2: Công tác tham mưu", "Phối hợp", "Học kỳ I", "Không"],
        [...above.slice(0, 1), "Tiêu chí 4.1", ...above.slice(2)],
      ),
    ).toBe(false);
  });
});
