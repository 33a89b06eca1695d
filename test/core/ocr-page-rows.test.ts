/**
 * Rows of a table read from page images (an OCR layer, our own OCR): the header repeated on the next page read a
 * little differently, and a full-width "Tiêu chuẩn" heading cut into cells by a border found running through it.
 * Grids and positions written by hand (thcs-hoa-phu's held-out plan showed both).
 */
import "../../src/core/catalogs/all";
import { gridFromPositions, type PositionedText, type RulingLine } from "../../src/core/read/positions";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { HEADER_2018 } from "../support/grids";

/** 10 pt text, every character 5 pt wide, lines 12 pt apart (baselines at 20 + 12 × line). */
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});
// TT | Tiêu chí | Chủ trì | Thời gian
const XS = [0, 20, 170, 290, 400];
const ruled = (ys: number[]): RulingLine[] =>
  ys
    .map((y) => ({ x1: 0, y1: y, x2: 400, y2: y }))
    .concat(XS.map((x) => ({ x1: x, y1: ys[0], x2: x, y2: ys[ys.length - 1] })));
const header = (labels: string[]) => labels.map((t, i) => item(t, XS[i] + 4, 0));
const HEADER = ["TT", "Tiêu chí", "Chủ trì và phối hợp", "Thời gian thực hiện"];

describe("the header repeated at the top of the next page, read by OCR a little differently", () => {
  const pages = (again: string[]) => {
    // Page 1 ends inside row 10: its period goes on over the page break, under the repeated header.
    const page1 = [
      ...header(HEADER),
      item("10", 4, 2),
      item("Tiêu chí 5.6: Kết quả giáo dục", 24, 2),
      item("Phó hiệu trưởng", 174, 2),
      item("Tháng 9/2025 -", 294, 2),
    ];
    const page2 = [...header(again), item("5/2026", 294, 2)];
    return [
      { width: 400, height: 60, items: page1, lines: ruled([10, 30, 60]) },
      { width: 400, height: 60, items: page2, lines: ruled([10, 30, 50]) },
    ];
  };
  const ROW_10 = ["10", "Tiêu chí 5.6: Kết quả giáo dục", "Phó hiệu trưởng", "Tháng 9/2025 - 5/2026"];

  it("is dropped and the split row joined again: marks misread, the upright TT of the narrow cell lost", () => {
    const misread = ["", "Tiêu chi", "Chủ trì và phôi hợp", "Thời gian thực hiện"];
    expect(gridFromPositions(pages(misread))).toEqual([HEADER, ROW_10]);
  });

  it("as printed, it is dropped as before", () => {
    expect(gridFromPositions(pages(HEADER))).toEqual([HEADER, ROW_10]);
  });

  it("a row of other labels at the top of the page is not taken for it: it stays a row", () => {
    const other = ["", "Nội dung", "Người thực hiện", "Kinh phí dự kiến"];
    expect(gridFromPositions(pages(other)).length).toBe(3);
  });
});

describe("a two-row header repeated at the top of the next page", () => {
  // TT | Tiêu chí | Thời gian over Bắt đầu | Hoàn thành | Kinh phí; TT, Tiêu chí and Kinh phí merged over both rows.
  const xs = [0, 20, 170, 240, 310, 400];
  const lines = (bottom: number): RulingLine[] => [
    { x1: 0, y1: 10, x2: 400, y2: 10 },
    { x1: 170, y1: 30, x2: 310, y2: 30 },
    { x1: 0, y1: 50, x2: 400, y2: 50 },
    { x1: 0, y1: bottom, x2: 400, y2: bottom },
    ...xs.map((x) => ({ x1: x, y1: x === 240 ? 30 : 10, x2: x, y2: bottom })),
  ];
  const head = (start: string, end: string) => [
    item("TT", 4, 1),
    item("Tiêu chí", 24, 1),
    item("Thời gian", 174, 0),
    item(start, 174, 2),
    item(end, 244, 2),
    item("Kinh phí", 314, 1),
  ];
  const pages = (start: string, end: string) => [
    {
      width: 400,
      height: 80,
      items: [
        ...head("Bắt đầu", "Hoàn thành"),
        item("1", 4, 4),
        item("Tiêu chí 1.7: Quản lý cán bộ,", 24, 4),
        item("Tháng 9/2025", 174, 4),
        item("Tháng 11/2025", 244, 4),
        item("Không", 314, 4),
      ],
      lines: lines(80),
    },
    // The row goes on under the repeated header: the rest of its criterion's name.
    { width: 400, height: 80, items: [...head(start, end), item("giáo viên", 24, 3)], lines: lines(60) },
  ];
  const ROWS = [
    ["TT", "Tiêu chí", "Thời gian", "", "Kinh phí"],
    ["", "", "Bắt đầu", "Hoàn thành", ""],
    ["1", "Tiêu chí 1.7: Quản lý cán bộ, giáo viên", "Tháng 9/2025", "Tháng 11/2025", "Không"],
  ];

  it.each([
    ["as printed", "Bắt đầu", "Hoàn thành"],
    ["read by OCR a letter off", "Bắt dầu", "Hoàn thanh"],
  ])("drops both its rows (%s) and joins the split row", (_how, start, end) => {
    expect(gridFromPositions(pages(start, end))).toEqual(ROWS);
  });
});

describe("a Tiêu chuẩn heading merged across the row, cut into cells by a border through it", () => {
  const plan = (tt: string) =>
    readPlan(
      [
        ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025-2026"],
        ["Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
        [tt, ...HEADER_2018.slice(1)],
        ["Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "", "", "", "", "", "", "", ""],
        ["7", "Tiêu chí 3.5: Thiết bị", "Đạt mức 2", "Mua sắm", "Nhân viên thiết bị", "Học kỳ II", "", "", ""],
        ["Tiêu chuẩn 4: Quan hệ giữa nhà trường,", "", "", "gia đình và xã hội", "", "", "", "", ""],
        ["8", "Tiêu chí 4.2: Công tác tham mưu", "Đạt mức 2", "Tham mưu", "Hiệu trưởng", "Cả năm học", "", "", ""],
      ],
      { level: "thcs" },
    );

  it.each([
    ["TT", "its TT column found"],
    ["T", "its TT label misread"],
  ])("is one standard row with the whole heading (header %s: %s)", (tt) => {
    const p = plan(tt);
    expect(p.rows.map((r) => [r.kind, r.standard, r.criterion])).toEqual([
      ["standard", 3, null],
      ["criterion", 3, "3.5"],
      ["standard", 4, null],
      ["criterion", 4, "4.2"],
    ]);
    expect(p.rows[2].cells.criterion?.text).toBe("Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội");
    expect(p.rows[1].cells.tasks?.text).toBe("Mua sắm");
    expect(checkPlan(p).filter((f) => f.rule === "criterion.wrong-standard")).toEqual([]);
  });
});

describe("the TỔ CHỨC THỰC HIỆN heading after the table, read a letter or two off by OCR", () => {
  const rowsAfter = (heading: string) =>
    readPlan(
      [
        ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025-2026"],
        HEADER_2018,
        ["1", "Tiêu chí 3.5: Thiết bị", "Đạt mức 2", "Mua sắm", "Nhân viên thiết bị", "Học kỳ II", "", "", ""],
        [heading],
        ["Hội đồng tự đánh giá theo dõi việc thực hiện kế hoạch."],
      ],
      { level: "thcs" },
    ).rows.map((r) => r.kind);

  it.each(["TỔ CHÚC THỤỰC HIỆN", "III. TỔ CHỨC THỤC HIỆN", "TỔ CHỨC THỰC HIỆN"])("ends the table: %s", (heading) => {
    expect(rowsAfter(heading)).toEqual(["criterion"]);
  });

  it("a line in lower case like it is no heading: the table goes on to the paragraph after it", () => {
    const plan = readPlan(
      [
        ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025-2026"],
        HEADER_2018,
        ["1", "Tiêu chí 3.5: Thiết bị", "Đạt mức 2", "Mua sắm", "Nhân viên thiết bị", "Học kỳ II", "", "", ""],
        ["tổ chúc thuục hiện"],
        ["2", "Tiêu chí 3.6: Thư viện", "Đạt mức 2", "Mua sách", "Nhân viên thư viện", "Học kỳ II", "", "", ""],
      ],
      { level: "thcs" },
    );
    expect(plan.rows.map((r) => [r.kind, r.criterion])).toEqual([
      ["criterion", "3.5"],
      ["task", "3.5"],
      ["criterion", "3.6"],
    ]);
  });
});

describe("a Tiêu chuẩn row with cells of its own", () => {
  it("is not taken for a cut heading: a cell that starts with a capital is a cell of its own", () => {
    const p = readPlan(
      [
        ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025-2026"],
        HEADER_2018,
        ["Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội", "", "", "Họp phụ huynh", "", "", "", "", ""],
        ["8", "Tiêu chí 4.2: Công tác tham mưu", "Đạt mức 2", "Tham mưu", "Hiệu trưởng", "Cả năm học", "", "", ""],
      ],
      { level: "thcs" },
    );
    expect(p.rows.find((r) => r.cells.tasks?.text === "Họp phụ huynh")).toBeDefined();
  });
});
