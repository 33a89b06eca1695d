/**
 * What the fresh mầm non plan (scripts/fixtures/heldout/fresh/mam-non-hoa-mai-2025-2026.html, printed by six
 * generators) found, each case built by hand here: a page that is all the middle of one row (Chromium draws the
 * column borders only), a date broken over two lines of a "Căn cứ" paragraph, a "Mức cần đạt" column, a goal
 * sentence over two printed lines, a criterion name written without the official name's bracketed aside.
 */
import { dateAcross, gridFromPositions, type PositionedPage, type PositionedText } from "../../src/core/read/positions";
import { roleOfHeader } from "../../src/core/read/headers";
import { readGoal } from "../../src/core/read/side-tables";
import { sameName } from "../../src/core/rules/criterion";

/** 10 pt text, every character 5 pt wide, lines 12 pt apart. */
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});

// TT | Tiêu chí | Nội dung | Kinh phí
const XS = [0, 20, 120, 220, 270];
const across = (y: number) => ({ x1: 0, y1: y, x2: 270, y2: y });
const columns = (from: number, to: number) => XS.map((x) => ({ x1: x, y1: from, x2: x, y2: to }));

describe("a row longer than a page (Chromium: no border where the page breaks it)", () => {
  // Page 1: header row (y 20–40), then row 1 opens at y 40 and runs to the page's end (no bottom border).
  // Page 2: column borders from top to bottom, nothing else: the middle of row 1.
  // Page 3: row 1 ends at y 40 (a bottom border), row 2 below it.
  const first = [
    item("TT", 4, 0),
    item("Tiêu chí", 24, 0),
    item("Nội dung", 124, 0),
    item("Kinh phí", 224, 0),
    item("1", 4, 2),
    item("Tiêu chí 3.2: Khối", 24, 2),
    item("Rà soát các phòng;", 124, 2),
    item("Xã hội hóa", 224, 2),
    item("phòng nhóm trẻ", 24, 3),
    item("lập danh mục; tham", 124, 3),
  ];
  // (each line as wide as the cell allows: the next line's first word would not have fitted, a wrap)
  const middle = [
    item("mưu Ủy ban nhân dân", 124, 0),
    item("xã; vận động các", 124, 1),
    item("doanh nghiệp; sửa", 124, 2),
  ];
  const last = [item("chữa trong hè.", 124, 0), item("2", 4, 2), item("Tiêu chí 3.5", 24, 2), item("Không", 224, 2)];
  const pages: PositionedPage[] = [
    { width: 300, height: 80, items: first, lines: [across(10), across(30), ...columns(10, 80)] },
    { width: 300, height: 80, items: middle, lines: columns(5, 60) },
    { width: 300, height: 80, items: last, lines: [across(30), across(50), ...columns(5, 50)] },
  ];

  it("goes on in the same row over the middle page and the next", () => {
    expect(gridFromPositions(pages)).toEqual([
      ["TT", "Tiêu chí", "Nội dung", "Kinh phí"],
      [
        "1",
        "Tiêu chí 3.2: Khối phòng nhóm trẻ",
        "Rà soát các phòng; lập danh mục; tham mưu Ủy ban nhân dân xã; vận động các doanh nghiệp; sửa chữa trong hè.",
        "Xã hội hóa",
      ],
      ["2", "Tiêu chí 3.5", "", "Không"],
    ]);
  });

  it("but column borders with text above them (a title) are not a row's middle: the lines stay lines", () => {
    const items = [item("Bảng theo dõi", 0, 0), item("một", 124, 3), item("hai", 124, 4)];
    expect(gridFromPositions([{ width: 300, height: 80, items, lines: columns(40, 80) }])).toEqual([
      ["Bảng theo dõi"],
      ["một"],
      ["hai"],
    ]);
  });
});

describe("a date broken at the end of a printed line", () => {
  it.each([
    ["… Thông tư số 22/2024/TT-BGDĐT ngày 17 tháng 12", "năm 2024 của Bộ trưởng …"],
    ["… ngày 17 tháng", "12 năm 2024 của Bộ trưởng …"],
    ["… ngày", "22 tháng 8 năm 2018 của Bộ Giáo dục và Đào tạo"],
    ["… ngày 07 tháng 7 năm", "2026 của Bộ trưởng …"],
  ])("'%s' + '%s' is one date", (head, line) => {
    expect(dateAcross(head, line)).toBe(true);
  });

  it.each([
    ["… ngày 22 tháng 8 năm 2018 của Bộ trưởng", "năm học 2025 - 2026"], // a whole date on the first line
    ["Tổ chức họp 2 lần", "tháng 9 và tháng 12"],
    ["… trong năm học", "2025 - 2026"],
  ])("'%s' + '%s' is not", (head, line) => {
    expect(dateAcross(head, line)).toBe(false);
  });

  it("the two lines of a 'Căn cứ' paragraph read as one, so the citation is whole", () => {
    const items = [
      item("Căn cứ Thông tư số 22/2024/TT-BGDĐT ngày 17 tháng 12", 0, 0),
      item("năm 2024 của Bộ trưởng Bộ Giáo dục và Đào tạo;", 0, 1),
    ];
    expect(gridFromPositions([{ width: 300, height: 80, items, lines: [] }])).toEqual([
      ["Căn cứ Thông tư số 22/2024/TT-BGDĐT ngày 17 tháng 12 năm 2024 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
    ]);
  });
});

describe("a column of the level aimed at", () => {
  it.each(["Mức cần đạt", "Mức phấn đấu", "Mức độ cần đạt", "MỨC CẦN ĐẠT"])("'%s' is the target column", (h) => {
    expect(roleOfHeader(h)).toBe("target");
  });

  it("'Mức độ thực hiện' stays the status column; 'Mức đạt (TĐG)', the current level, is no target", () => {
    expect(roleOfHeader("Mức độ thực hiện")).toBe("status");
    expect(roleOfHeader("Mức đạt (TĐG)")).toBeNull();
  });
});

describe("the school's goal in a sentence printed over two lines", () => {
  it("is read across the line break, on the first line's row", () => {
    const text = [
      { row: 7, text: "1. Khắc phục điểm yếu, hướng tới công nhận đạt chuẩn quốc" },
      { row: 8, text: "gia mức độ 1." },
    ];
    expect(readGoal(text)).toMatchObject({ level: 2, kind: "chuan-quoc-gia", row: 7 });
  });

  it("but not across two rows that are not next to each other", () => {
    const text = [
      { row: 7, text: "… đạt chuẩn quốc" },
      { row: 12, text: "gia mức độ 1." },
    ];
    expect(readGoal(text)).toBeNull();
  });
});

describe("a criterion name without the official name's bracketed aside", () => {
  const official = "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác";

  it("is the same name", () => {
    expect(sameName("Hội đồng trường và các hội đồng khác", official)).toBe(true);
    expect(sameName(official, official)).toBe(true);
  });

  it("another name is still another name", () => {
    expect(sameName("Tổ chức Đảng và các đoàn thể", official)).toBe(false);
  });
});
