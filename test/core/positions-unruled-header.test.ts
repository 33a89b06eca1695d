/**
 * Header bands of tables printed without ruling lines (issue 21), on hand-built pages: the text items as a PDF gives
 * them (10 pt, every character 5 pt wide, lines 12 pt apart), the expected grid written by hand from the page drawn
 * in each test's comment. Shapes seen in the borderless prints of unseen plans (test/fixtures/pdf-borderless-unseen).
 */
import { gridFromPositions, type PositionedText } from "../../src/core/read/positions";

const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});
const row = (line: number, cells: [number, string][]) => cells.map(([x, t]) => item(t, x, line));
const gridOf = (...pages: PositionedText[][]) =>
  gridFromPositions(pages.map((items) => ({ width: 600, height: 800, items, lines: [] }))).map((r) =>
    r.map((c) => c.replace(/\s+/g, " ").trim()),
  );

describe("the header band of a table without rules holds every line of its labels", () => {
  it("a vertically centred label wrapped over two lines starts above the other labels and ends below them", () => {
    //   TT | Tiêu chí | Kết quả cần đạt |  Người thực  | Thời gian
    //      |          |                 |     hiện     |
    // "Người thực" is half a line above the band's other labels, "hiện" half a line below; neither line alone
    // reads as a label ("Người thực" is no header of ours), so without them the column has no label and its text
    // merges into the columns beside it.
    const items = [
      ...row(-0.5, [[240, "Người thực"]]),
      ...row(0, [
        [0, "TT"],
        [30, "Tiêu chí"],
        [120, "Kết quả cần đạt"],
        [310, "Thời gian"],
      ]),
      ...row(0.5, [[255, "hiện"]]),
      ...row(2, [
        [0, "1"],
        [30, "Tiêu chí 1.4"],
        [120, "Đạt mức 2"],
        [240, "Hiệu trưởng"],
        [310, "Tháng 9/2025"],
      ]),
      ...row(3, [
        [120, "năm 2025"],
        [240, "Tổ trưởng"],
      ]),
      ...row(5, [
        [0, "2"],
        [30, "Tiêu chí 2.3"],
        [120, "Đạt mức 3"],
        [240, "Phó hiệu"],
        [310, "Cả năm học"],
      ]),
      ...row(6, [[240, "trưởng"]]),
    ];
    expect(gridOf(items)).toEqual([
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Người thực hiện", "Thời gian"],
      ["1", "Tiêu chí 1.4", "Đạt mức 2 năm 2025", "Hiệu trưởng Tổ trưởng", "Tháng 9/2025"],
      ["2", "Tiêu chí 2.3", "Đạt mức 3", "Phó hiệu trưởng", "Cả năm học"],
    ]);
  });

  it("a label wrapped one word a line in a narrow column, ten lines tall, is one label", () => {
    // TT | Tiêu chí | Thông    | Thời gian      (every label top-aligned; the third column 35 pt wide)
    //    |          | tin, dữ  |
    //    |          | liệu     |  … down to "(nếu có)" on the tenth line
    const words = ["Thông", "tin,", "dữ", "liệu", "hoặc", "minh", "chứng", "dự", "kiến", "(nếu có)"];
    const items = [
      ...row(0, [
        [0, "TT"],
        [30, "Tiêu chí"],
        [200, "Thời gian"],
      ]),
      ...words.map((w, i) => item(w, 120, i)),
      ...row(11.5, [
        [0, "1"],
        [30, "Tiêu chí 1.3"],
        [120, "Biên bản"],
        [200, "Tháng 9/2027"],
      ]),
    ];
    expect(gridOf(items)).toEqual([
      ["TT", "Tiêu chí", "Thông tin, dữ liệu hoặc minh chứng dự kiến (nếu có)", "Thời gian"],
      ["1", "Tiêu chí 1.3", "Biên bản", "Tháng 9/2027"],
    ]);
  });

  it("two labels' ends run together across a narrow gutter are two labels; a word broken at the edge is one", () => {
    // TT | Tiêu chí | Mứ     | Ghi      "Mức độ thực hiện" in a column from x = 120 to 150, its "Mức" broken at the
    //    |          | c độ   | chú      edge; "thực" ends 2 pt before "chú" starts (one run for the PDF's text)
    //    |          | thực   |
    //    |          | hiện   |
    const items = [
      ...row(0, [
        [0, "TT"],
        [30, "Tiêu chí"],
        [120, "Mứ"],
        [152, "Ghi"],
      ]),
      ...row(1, [[120, "c độ"]]),
      item("thực", 120, 2),
      item("chú", 142, 2),
      ...row(3, [[120, "hiện"]]),
      ...row(5, [
        [0, "1"],
        [30, "Tiêu chí 1.3"],
        [120, "Đạt"],
        [152, "Ưu tiên"],
      ]),
      ...row(6, [
        [0, "2"],
        [30, "Tiêu chí 2.2"],
        [120, "Chưa"],
        [152, "Không"],
      ]),
    ];
    expect(gridOf(items)).toEqual([
      ["TT", "Tiêu chí", "Mức độ thực hiện", "Ghi chú"],
      ["1", "Tiêu chí 1.3", "Đạt", "Ưu tiên"],
      ["2", "Tiêu chí 2.2", "Chưa", "Không"],
    ]);
  });
});

describe("a table without rules, around its header", () => {
  const header = row(0, [
    [0, "TT"],
    [30, "Tiêu chí"],
    [120, "Kết quả cần đạt"],
    [220, "Kinh phí"],
  ]);

  it("an amount split by the page break is rejoined as the wrap of one cell", () => {
    // page 1:  1 | Tiêu chí 3.6 | Thư viện có | 60.000.00      page 2:    |   | phần mềm. | 0 đồng
    // (the budget column's widest line is "60.000.00": the amount met the cell's right edge)
    const page1 = [
      ...header,
      ...row(2, [
        [0, "1"],
        [30, "Tiêu chí 3.6"],
        [120, "Thư viện có"],
        [220, "60.000.00"],
      ]),
    ];
    const page2 = row(0, [
      [120, "phần mềm."],
      [220, "0 đồng"],
    ]);
    expect(gridOf(page1, page2)).toEqual([
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Kinh phí"],
      ["1", "Tiêu chí 3.6", "Thư viện có phần mềm.", "60.000.000 đồng"],
    ]);
  });

  it("a lettered section heading after the table is text, not a row", () => {
    const items = [
      ...header,
      ...row(2, [
        [0, "1"],
        [30, "Tiêu chí 3.6"],
        [120, "Thư viện"],
        [220, "Không"],
      ]),
      ...row(3.5, [[0, "C. TỔ CHỨC THỰC HIỆN"]]),
    ];
    expect(gridOf(items)).toEqual([
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Kinh phí"],
      ["1", "Tiêu chí 3.6", "Thư viện", "Không"],
      ["C. TỔ CHỨC THỰC HIỆN"],
    ]);
  });
});
