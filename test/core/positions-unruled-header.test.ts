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

describe("tables sized apart (reportlab sizes each table of a plan by its own contents)", () => {
  const header = (line: number, xs: number[]) =>
    row(line, [
      [xs[0], "TT"],
      [xs[1], "Tiêu chí"],
      [xs[2], "Kết quả cần đạt"],
      [xs[3], "Thời gian"],
    ]);

  it("a header that ends its page has its columns placed by the text on the next page", () => {
    // page 1 ends with the header: TT at 0, "Tiêu chí" at 20 (to 60), "Kết quả cần đạt" at 150, "Thời gian" at 260.
    // page 2: the criterion "Tiêu chí 1.4: Hiệu trưởng" runs from 20 to 145, past the middle of the blank strip
    // between the two labels; the target column's lines all start at 150.
    const page1 = [...row(0, [[0, "Kế hoạch"]]), ...header(2, [0, 20, 150, 260])];
    const page2 = [
      ...row(0, [
        [0, "1"],
        [20, "Tiêu chí 1.4: Hiệu trưởng"],
        [150, "Đạt mức 2"],
        [260, "Tháng 9/2025"],
      ]),
      ...row(1, [[150, "về quản lý"]]),
      ...row(2, [[150, "nhà trường."]]),
    ];
    expect(gridOf(page1, page2)).toEqual([
      ["Kế hoạch"],
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Thời gian"],
      ["1", "Tiêu chí 1.4: Hiệu trưởng", "Đạt mức 2 về quản lý nhà trường.", "Tháng 9/2025"],
    ]);
  });

  it("the same labels placed 20 to 50 pt further left head another table, read by its own columns", () => {
    // Table A: columns at 0, 40, 170, 270; its criterion "Tiêu chí 1.4: Hiệu trưởng" runs from 40 to 165. Table B
    // below it: the same labels at 0, 20, 120, 230 — B's target starts under A's criterion text, B's period left of
    // A's period column.
    const items = [
      ...header(0, [0, 40, 170, 270]),
      ...row(2, [
        [0, "1"],
        [40, "Tiêu chí 1.4: Hiệu trưởng"],
        [170, "Đạt mức 2"],
        [270, "Tháng 9/2025"],
      ]),
      ...header(4, [0, 20, 120, 230]),
      ...row(6, [
        [0, "2"],
        [20, "Tiêu chí 2.3"],
        [120, "Đạt mức 3"],
        [230, "Tháng 10/2025"],
      ]),
    ];
    expect(gridOf(items)).toEqual([
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Thời gian"],
      ["1", "Tiêu chí 1.4: Hiệu trưởng", "Đạt mức 2", "Tháng 9/2025"],
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Thời gian"],
      ["2", "Tiêu chí 2.3", "Đạt mức 3", "Tháng 10/2025"],
    ]);
  });
});
