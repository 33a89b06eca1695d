/** Speck lines in the table cells of an OCR layer (src/core/read/ocr-specks.ts). Expectations written by hand. */
import { dropLoneSpecks, dropSpeckItems, dropSpeckLines } from "../../src/core/read/ocr-specks";
import { gridFromPositions, type PositionedText, type RulingLine } from "../../src/core/read/positions";
import { fixPeriodCell, normalizeOcrGrid } from "../../src/core/read/ocr-cells";
import { parseBudget } from "../../src/core/parse/budget";

describe("dropSpeckLines", () => {
  it("drops lines of one letter or marks only from table cells; keeps lines with a word, a digit or 'ở'", () => {
    expect(
      dropSpeckLines([
        ["1", "Tiêu chí 1.1:\nP\nPhương hướng\n`\ntrường", "3000.000\nA\nđồng", "Tháng 10/2025\nb\nTháng 1/2026"],
        ["2", "ở\nvà\n5\n: ‹ š", "x", "Ý kiến\ncủa Sở"],
      ]),
    ).toEqual([
      ["1", "Tiêu chí 1.1:\nPhương hướng\ntrường", "3000.000\nđồng", "Tháng 10/2025\nTháng 1/2026"],
      ["2", "ở\nvà\n5", "x", "Ý kiến\ncủa Sở"],
    ]);
  });

  it("leaves paragraphs (rows of one cell) and a cell that is nothing but a speck alone", () => {
    const grid = [["A"], ["b\nc"], ["", "`"]];
    expect(dropSpeckLines(grid)).toEqual(grid);
  });
});

describe("fixPeriodCell on an OCR layer's period", () => {
  it('reads "_" after a date at a line end as the dash of a range', () => {
    expect(fixPeriodCell("Tháng 1o/2025_\nTháng 1/2026")).toBe("Tháng 10/2025 -\nTháng 1/2026");
  });

  it('drops a border glued to a Vietnamese word as "l" ("Cả năm họcl"); "April" stays', () => {
    expect(fixPeriodCell("Cả năm họcl")).toBe("Cả năm học");
    expect(fixPeriodCell("April 2026")).toBe("April 2026");
  });
});

/** 10 pt text, every character 5 pt wide, lines 12 pt apart (baselines at 20 + 12 × line). */
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});
// TT | Tiêu chí | Kinh phí (50 pt wide: "60.000.000" does not fit, "60.000.00" just does)
const XS = [0, 20, 120, 170];
const ruled = (ys: number[]): RulingLine[] =>
  ys
    .map((y) => ({ x1: 0, y1: y, x2: 170, y2: y }))
    .concat(XS.map((x) => ({ x1: x, y1: ys[0], x2: x, y2: ys[ys.length - 1] })));

describe("dropSpeckItems: an OCR layer's specks before the table is built", () => {
  it("takes marks glued to a number off it; a dash after a date, '~' before an amount and words stay", () => {
    const items = [item("60.000.00_", 124, 1), item("¡0", 124, 2), item("9_", 4, 1), item("10/2025_", 24, 1)];
    const lines = ruled([10, 50]);
    const out = dropSpeckItems([...items, item("~5.000", 24, 2), item("đồng_", 24, 3)], lines);
    expect(out.map((i) => i.str)).toEqual(["60.000.00", "0", "9", "10/2025_", "~5.000", "đồng_"]);
    // The number keeps its place: "¡0" loses its first character, "60.000.00_" its last.
    expect(out[0]).toMatchObject({ x: 124, width: 45 });
    expect(out[1]).toMatchObject({ x: 129, width: 5 });
  });

  it("drops a speck on a line of its own in a ruled cell with other text; keeps a cell's only mark and text outside", () => {
    const lines = ruled([10, 50]);
    const items = [
      item("R", 150, 1),
      item("0 đồng", 124, 2),
      item("x", 4, 1),
      item("Tiêu chí 1.1", 24, 1),
      item("`", 90, 2), // on the line of "Tiêu chí 1.1"? no: a line of its own under it, in the same cell
      item("A", 300, 1), // outside the table
    ];
    expect(dropSpeckItems(items, lines).map((i) => i.str)).toEqual(["0 đồng", "x", "Tiêu chí 1.1", "A"]);
    // A dash alone on its line between two dates is the range's dash ("Tháng 9/2026" / "-" / "8/2027"), read "_" too.
    for (const dash of ["-", "_"]) {
      const period = [item("Tháng 9/2026", 24, 1), item(dash, 24, 2), item("8/2027", 24, 3)];
      expect(dropSpeckItems(period, ruled([10, 60])).map((i) => i.str)).toEqual(["Tháng 9/2026", dash, "8/2027"]);
    }
    // A speck beside a word on its line is left to the cell's reading.
    const beside = [item("Tiêu chí 1.1", 24, 1), item("`", 90, 1)];
    expect(dropSpeckItems(beside, lines).map((i) => i.str)).toEqual(["Tiêu chí 1.1", "`"]);
  });

  /** A row whose amount the page break split: page 1 ends in `top` (at x), page 2 starts with a speck line. */
  const split = (top: string, x: number) => {
    const header = [item("TT", 4, 0), item("Tiêu chí", 24, 0), item("Kinh phí", 124, 0)];
    const page1 = [...header, item("1", 4, 2), item("Tiêu chí 1.3: Quản lý", 24, 2), item(top, x, 2)];
    const page2 = [item("R", 150, 0), item("0 đồng", 124, 1), item("kế hoạch", 24, 0)];
    const [lines1, lines2] = [ruled([10, 30, 50]), ruled([10, 50])];
    return gridFromPositions([
      { width: 200, height: 50, items: dropSpeckItems(page1, lines1), lines: lines1 },
      { width: 200, height: 50, items: dropSpeckItems(page2, lines2), lines: lines2 },
    ]);
  };

  it("a speck at the top of the next page does not keep a number the page break split from being rejoined", () => {
    expect(split("60.000.00_", 124)).toEqual([
      ["TT", "Tiêu chí", "Kinh phí"],
      ["1", "Tiêu chí 1.3: Quản lý kế hoạch", "60.000.000 đồng"],
    ]);
  });

  it("a malformed number split by the page stays malformed: read as no amount, never as a different one", () => {
    // "60.000" + "0 đồng" (a typo "60.0000" broken at the cell's edge) is not made "60.000.000" nor "60.000 0".
    const cell = split("60.000_", 124)[1][2];
    expect(cell).toBe("60.0000 đồng");
    expect(parseBudget(cell).kind).toBe("unparsed");
  });
});

describe("dropLoneSpecks: a speck read as a letter or marks between two words of a period or budget cell", () => {
  it.each([
    ["Không Z phát sinh", "Không phát sinh"],
    ["Không ., phát sinh", "Không phát sinh"],
    ["Nguồn q xã hội hóa", "Nguồn xã hội hóa"],
    ["Ngân sách\nKhông ` phát sinh", "Ngân sách\nKhông phát sinh"],
  ])("%j → %j", (read, meant) => expect(dropLoneSpecks(read)).toBe(meant));

  it.each([
    "Không phát sinh",
    // Roman numerals and one-letter syllables are words.
    "HK I - HK II",
    "Học kỳ V và VI",
    "Quý l và quý 2",
    "Cả năm ở trường",
    "Không có ý kiến",
    // A letter beside a number, a code or at a line's end is no speck between words.
    "Nhóm B",
    "Tháng 9 B 2026",
    "Quỹ PHHS B hỗ trợ",
    "Kinh phí: 5 triệu đồng",
    "Tháng 9/2026 - Tháng 5/2027",
    "Nguồn: ngân sách, xã hội hóa",
  ])("%j stays", (cell) => expect(dropLoneSpecks(cell)).toBe(cell));

  it("is used on the period and budget columns of a grid read by OCR only, not on the other cells", () => {
    const grid = [
      ["TT", "Tiêu chí", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Thời gian thực hiện", "Dự kiến kinh phí"],
      ["5", "Tiêu chí 4.3", "Lớp học khối B đạt chuẩn", "Họp khối B và C", "Học kỳ Z I", "Không Z phát sinh"],
    ];
    expect(normalizeOcrGrid(grid)[1]).toEqual([
      "5",
      "Tiêu chí 4.3",
      "Lớp học khối B đạt chuẩn",
      "Họp khối B và C",
      "Học kỳ I",
      "Không phát sinh",
    ]);
    expect(parseBudget(normalizeOcrGrid(grid)[1][5]).kind).toBe("none");
  });
});
