import { gridFromPositions, hasText, type PositionedText } from "../../src/core/read/positions";
import { cellTextOf } from "../../src/core/read/positions-lines";

/** Text laid out like a PDF: 10 pt, every character 5 pt wide, lines 12 pt apart. */
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});

describe("cell text from positioned lines", () => {
  const cell = (lines: string[], right = 100) =>
    cellTextOf(
      lines.map((l, i) => item(l, 4, i)),
      0,
      right,
    );

  it("joins a wrapped line with a space and keeps a line the writer broke", () => {
    // 96 pt of room: "Tháng 9/2025 –" (70 pt) + " 5/2026" would not fit → wrapped.
    expect(cell(["Tháng 9/2025 –", "5/2026"])).toBe("Tháng 9/2025 – 5/2026");
    // "BGH" (15 pt) + "- TTCM" fits easily → the writer broke the line.
    expect(cell(["BGH", "- TTCM"])).toBe("BGH\n- TTCM");
  });

  it("rejoins a code hyphenated at the edge and a word broken mid-syllable", () => {
    expect(cell(["Thông tư 17/2018/TT-", "BGDĐT ngày 22"], 104)).toBe("Thông tư 17/2018/TT-BGDĐT ngày 22");
    expect(cell(["Dự kiến 5.000.000/n", "ăm học"], 104)).toBe("Dự kiến 5.000.000/năm học");
  });
});

describe("grid from positions", () => {
  it("reads a ruled table: cells from the lines (a line the writer broke kept), the paragraph before as a row", () => {
    const xs = [0, 40, 200, 300];
    const lines = [30, 50, 90]
      .map((y) => ({ x1: 0, y1: y, x2: 300, y2: y }))
      .concat(xs.map((x) => ({ x1: x, y1: 30, x2: x, y2: 90 })));
    const items = [
      item("Năm học 2025-2026", 0, 0),
      item("TT", 4, 2),
      item("Tiêu chí", 44, 2),
      item("Thời gian", 204, 2),
      item("1", 4, 4),
      item("Tiêu chí 1.4", 44, 4),
      item("Tháng 9/2025", 204, 4),
      item("- 5/2026", 204, 5),
    ];
    const grid = gridFromPositions([{ width: 300, height: 200, items, lines }]);
    expect(grid).toEqual([
      ["Năm học 2025-2026"],
      ["TT", "Tiêu chí", "Thời gian"],
      ["1", "Tiêu chí 1.4", "Tháng 9/2025\n- 5/2026"],
    ]);
  });

  it("reads a table without ruling lines from its header labels, rows packed tight, header repeated mid-table", () => {
    const row = (line: number, cells: [number, string][]) => cells.map(([x, t]) => item(t, x, line));
    const items = [
      ...row(0, [
        [0, "TT"],
        [40, "Tiêu chuẩn,"],
        [160, "Kết quả"],
        [260, "Thời gian"],
      ]),
      ...row(1, [
        [40, "tiêu chí"],
        [160, "cần đạt"],
        [260, "thực hiện"],
      ]),
      ...row(2, [
        [0, "1"],
        [40, "Tiêu chí"],
        [160, "Đạt mức 2"],
        [260, "Tháng 9/2025"],
      ]),
      ...row(3, [[40, "1.4 Hiệu trưởng"]]),
      // The same header again, wrapped differently.
      ...row(4, [
        [0, "TT"],
        [40, "Tiêu chuẩn, tiêu chí"],
        [160, "Kết quả cần"],
        [260, "Thời gian thực"],
      ]),
      ...row(5, [
        [160, "đạt"],
        [260, "hiện"],
      ]),
      ...row(6, [
        [0, "2"],
        [40, "Tiêu chí 5.2"],
        [160, "Đạt mức 3"],
        [260, "Tháng 10/2025"],
      ]),
    ];
    const grid = gridFromPositions([{ width: 400, height: 200, items, lines: [] }]);
    expect(grid.map((r) => r.map((c) => c.replace(/\s+/g, " ")))).toEqual([
      ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Thời gian thực hiện"],
      ["1", "Tiêu chí 1.4 Hiệu trưởng", "Đạt mức 2", "Tháng 9/2025"],
      ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Thời gian thực hiện"],
      ["2", "Tiêu chí 5.2", "Đạt mức 3", "Tháng 10/2025"],
    ]);
  });

  it("reads a borderless table whose cells touch (one item runs across a column edge) and whose TT is centred", () => {
    // One item drawn across the edge between the criterion and target columns, with each character's x (as
    // pdf-text's assembly gives them); the TT and period cells sit half a line lower (vertically centred).
    const across = (str: string, x: number, line: number): PositionedText => ({
      ...item(str, x, line),
      starts: [...str].map((_, i) => x + i * 5),
    });
    const items = [
      item("TT", 0, 0),
      item("Tiêu chí", 40, 0),
      item("Kết quả", 90, 0),
      item("Thời gian", 200, 0),
      across("Tiêu chíĐạt mức", 40, 2),
      item("1", 0, 2.5),
      item("Tháng 9/2025", 200, 2.5),
      item("1.4", 40, 3),
      item("2", 80, 3),
      item("Tiêu chí", 40, 5),
      item("Đạt mức", 80, 5),
      item("2", 0, 5.5),
      item("Tháng 10/2025", 200, 5.5),
      item("2.3", 40, 6),
      item("3", 80, 6),
    ];
    const grid = gridFromPositions([{ width: 400, height: 200, items, lines: [] }]);
    expect(grid.map((r) => r.map((c) => c.replace(/\s+/g, " ")))).toEqual([
      ["TT", "Tiêu chí", "Kết quả", "Thời gian"],
      ["1", "Tiêu chí 1.4", "Đạt mức 2", "Tháng 9/2025"],
      ["2", "Tiêu chí 2.3", "Đạt mức 3", "Tháng 10/2025"],
    ]);
  });

  describe("column edges: text is placed by the ruling lines, with a tolerance of about 2 pt", () => {
    // Columns TT | Tiêu chí | Thời gian with borders at x = 0, 40, 200, 300; rows between y = 30, 50, 90.
    const ruled = (xs: number[]) =>
      [30, 50, 90]
        .map((y) => ({ x1: xs[0], y1: y, x2: xs[xs.length - 1], y2: y }))
        .concat(xs.map((x) => ({ x1: x, y1: 30, x2: x, y2: 90 })));
    const XS = [0, 40, 200, 300];

    it("text starting 1.8 pt left of a border (drawn over it) is in the column right of it", () => {
      const items = [item("TT", 4, 2), item("Tiêu chí", 44, 2), item("Thời gian", 204, 2)];
      items.push(item("1", 4, 4), item("Tiêu chí 1.4", 38.2, 4), item("Tháng 9/2025", 198.2, 4));
      expect(gridFromPositions([{ width: 300, height: 200, items, lines: ruled(XS) }])).toEqual([
        ["TT", "Tiêu chí", "Thời gian"],
        ["1", "Tiêu chí 1.4", "Tháng 9/2025"],
      ]);
    });

    it("text ending its cell 4 pt before the next border stays in its column", () => {
      // A right-aligned "x" (5 pt wide) in the criterion column, from x = 196 to 201.
      const items = [item("TT", 4, 2), item("Tiêu chí", 44, 2), item("Thời gian", 204, 2)];
      items.push(item("1", 4, 4), item("x", 196, 4), item("Tháng 9/2025", 204, 4));
      expect(gridFromPositions([{ width: 300, height: 200, items, lines: ruled(XS) }])).toEqual([
        ["TT", "Tiêu chí", "Thời gian"],
        ["1", "x", "Tháng 9/2025"],
      ]);
    });

    it("the table continues on the next page when its borders moved by 2 pt: the repeated header is dropped", () => {
      const header = [item("TT", 4, 2), item("Tiêu chí", 44, 2), item("Thời gian", 204, 2)];
      const page1 = [...header, item("1", 4, 4), item("Tiêu chí 1.4", 44, 4), item("Tháng 9/2025", 204, 4)];
      const moved = (it: PositionedText) => ({ ...it, x: it.x + 2 });
      const page2 = [...header, item("2", 4, 4), item("Tiêu chí 2.3", 44, 4), item("Tháng 10/2025", 204, 4)].map(moved);
      const grid = gridFromPositions([
        { width: 300, height: 200, items: page1, lines: ruled(XS) },
        { width: 300, height: 200, items: page2, lines: ruled(XS.map((x) => x + 2)) },
      ]);
      expect(grid).toEqual([
        ["TT", "Tiêu chí", "Thời gian"],
        ["1", "Tiêu chí 1.4", "Tháng 9/2025"],
        ["2", "Tiêu chí 2.3", "Tháng 10/2025"],
      ]);
    });
  });

  it("tells a document with text from one without (a scan)", () => {
    const page = (strs: string[]) => ({ width: 1, height: 1, items: strs.map((s) => item(s, 0, 0)), lines: [] });
    expect(hasText([page([])])).toBe(false);
    expect(hasText([page([" ", "\u00a0\t"]), page([])])).toBe(false);
    expect(hasText([page([" "]), page([" a b "])])).toBe(true);
  });
});
