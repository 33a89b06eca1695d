/**
 * A plan row split by a page break, as LibreOffice prints a tall row at the bottom of a page (seen on a hand-written
 * held-out plan): the cells go on under the repeated columns of the next page. Expectations by hand.
 */
import { gridFromPositions, type PositionedPage, type PositionedText } from "../../src/core/read/positions";

/** 10 pt text, every character 5 pt wide, lines 12 pt apart. */
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});

// TT | Tiêu chí | Kinh phí (50 pt: "60.000.000" does not fit, "60.000.00" does) | Minh chứng
const XS = [0, 20, 120, 170, 230];
const ruled = (ys: number[]) =>
  ys
    .map((y) => ({ x1: 0, y1: y, x2: 230, y2: y }))
    .concat(XS.map((x) => ({ x1: x, y1: ys[0], x2: x, y2: ys[ys.length - 1] })));

/** The header row on line 3 of the first page: TT, Tiêu chí, Kinh phí, Minh chứng (their left edges by hand). */
const header = () =>
  (
    [
      ["TT", 4],
      ["Tiêu chí", 24],
      ["Kinh phí", 124],
      ["Minh chứng", 174],
    ] as const
  ).map(([t, x]) => item(t, x, 3));

function pages(): PositionedPage[] {
  const first = [
    item("Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm", 0, 0),
    item("2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;", 0, 1),
    ...header(),
    item("1", 4, 5),
    item("Tiêu chí 1.3: Quản lý kế", 24, 5),
    item("60.000.00", 124, 5),
    item("(MC.1.", 174, 5),
  ];
  const second = [item("hoạch, nguồn lực", 24, 1), item("0 đồng", 124, 1), item("3.01)", 174, 1)];
  return [
    { width: 300, height: 80, items: first, lines: ruled([40, 60, 80]) },
    { width: 300, height: 80, items: second, lines: ruled([20, 40]) },
  ];
}

describe("a row split by a page break", () => {
  const grid = gridFromPositions(pages());

  it("is one row again: a code-like start in a right-hand cell does not start a row of its own", () => {
    expect(grid.slice(1)).toHaveLength(2);
    expect(grid[2].slice(0, 2)).toEqual(["1", "Tiêu chí 1.3: Quản lý kế hoạch, nguồn lực"]);
    // The evidence code broken after its dot is one code again.
    expect(grid[2][3]).toBe("(MC.1.3.01)");
  });

  it("rejoins a number broken at the cell's edge without a space", () => {
    expect(grid[2][2]).toBe("60.000.000 đồng");
  });

  it("joins a date whose year went to the next line", () => {
    expect(grid[0]).toEqual([
      "Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
    ]);
  });
});

describe("a cell merged over two rows of a ruled table", () => {
  it("gives its text to the first row, as a .docx does: a two-row header reads as two rows", () => {
    // TT | Người thực hiện | Thời gian (over Bắt đầu | Hoàn thành); the line under "Thời gian" spans its columns only.
    const xs = [0, 20, 70, 130, 190];
    const lines = [
      { x1: 0, y1: 20, x2: 190, y2: 20 },
      { x1: 70, y1: 40, x2: 190, y2: 40 },
      { x1: 0, y1: 60, x2: 190, y2: 60 },
      { x1: 0, y1: 80, x2: 190, y2: 80 },
      ...xs.map((x) => ({ x1: x, y1: x === 130 ? 40 : 20, x2: x, y2: 80 })),
    ];
    const items = [
      item("Người", 24, 2), // y 44: in the lower row by position, but the cell is merged over both
      item("TT", 4, 2),
      item("Thời gian", 74, 1),
      item("thực hiện", 24, 3),
      item("Bắt đầu", 74, 3),
      item("Hoàn thành", 134, 3),
      item("1", 4, 5),
      item("Văn thư", 24, 5),
      item("9/2025", 74, 5),
      item("11/2025", 134, 5),
    ];
    expect(gridFromPositions([{ width: 300, height: 100, items, lines }])).toEqual([
      ["TT", "Người thực hiện", "Thời gian", ""],
      ["", "", "Bắt đầu", "Hoàn thành"],
      ["1", "Văn thư", "9/2025", "11/2025"],
    ]);
  });
});

describe("a standard at the top of the next page", () => {
  it("starts a row of its own under an empty TT cell, even below a criterion cell left open", () => {
    const first = [
      ...header(),
      item("1", 4, 5),
      item("Tiêu chí 1.3: Quản lý kế", 24, 5),
      item("60.000.000", 124, 5),
      item("(MC.1.3.01)", 174, 5),
    ];
    const grid = gridFromPositions([
      { width: 300, height: 80, items: first, lines: ruled([40, 60, 80]) },
      { width: 300, height: 80, items: [item("Tiêu chuẩn 2: Cán bộ", 24, 1)], lines: ruled([20, 40]) },
    ]);
    expect(grid).toEqual([
      ["TT", "Tiêu chí", "Kinh phí", "Minh chứng"],
      ["1", "Tiêu chí 1.3: Quản lý kế", "60.000.000", "(MC.1.3.01)"],
      ["", "Tiêu chuẩn 2: Cán bộ", "", ""],
    ]);
  });
});

describe("a criterion name whose code went to the next page", () => {
  const at = (second: PositionedText[]) => {
    const first = [
      ...header(),
      item("3", 4, 5),
      item("Tiêu chí", 24, 5),
      item("8 triệu", 124, 5),
      item("Danh", 174, 5),
    ];
    return gridFromPositions([
      { width: 300, height: 80, items: first, lines: ruled([40, 60, 80]) },
      { width: 300, height: 80, items: second, lines: ruled([20, 40]) },
    ]);
  };

  it("goes on in the row above (LibreOffice: 'Tiêu chí' ends the page, '3.4: …' opens the next)", () => {
    const grid = at([item("3.4: Quản lý", 24, 1), item("đồng", 124, 1), item("sách", 174, 1)]);
    expect(grid.slice(1)).toEqual([["3", "Tiêu chí 3.4: Quản lý", "8 triệu đồng", "Danh sách"]]);
  });

  it("but a row with a TT of its own is a row of its own", () => {
    const grid = at([item("4", 4, 1), item("4.2: Môi trường", 24, 1), item("đồng", 124, 1)]);
    expect(grid.slice(1)).toEqual([
      ["3", "Tiêu chí", "8 triệu", "Danh"],
      ["4", "4.2: Môi trường", "đồng", ""],
    ]);
  });
});

describe("a header row split by a page break (LibreOffice: labels on three lines, the last ones on the next page)", () => {
  const at = (second: PositionedText[]) =>
    gridFromPositions([
      {
        width: 300,
        height: 80,
        items: [item("IV. KẾ HOẠCH CẢI TIẾN", 0, 0), ...header()],
        lines: ruled([40, 80]),
      },
      { width: 300, height: 80, items: second, lines: ruled([20, 35, 60]) },
    ]);

  it("is one header again: the lines at the top of the page end its labels, not the text above the table", () => {
    const grid = at([
      item("dự kiến", 124, 1),
      item("dự kiến", 174, 1),
      item("1", 4, 3),
      item("Tiêu chí 1.3: Quản lý", 24, 3),
      item("5 triệu đồng", 124, 3),
      item("(MC.1.3.01)", 174, 3),
    ]);
    expect(grid).toEqual([
      ["IV. KẾ HOẠCH CẢI TIẾN"],
      ["TT", "Tiêu chí", "Kinh phí dự kiến", "Minh chứng dự kiến"],
      ["1", "Tiêu chí 1.3: Quản lý", "5 triệu đồng", "(MC.1.3.01)"],
    ]);
  });

  it("but a standard or a numbered row opening the next page is a row of its own", () => {
    const grid = at([item("Tiêu chuẩn 1: Quản trị", 24, 1), item("2", 4, 3), item("Tiêu chí 1.4", 24, 3)]);
    expect(grid.slice(1)).toEqual([
      ["TT", "Tiêu chí", "Kinh phí", "Minh chứng"],
      ["", "Tiêu chuẩn 1: Quản trị", "", ""],
      ["2", "Tiêu chí 1.4", "", ""],
    ]);
  });
});
