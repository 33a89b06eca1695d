/**
 * OCR confusions undone where the column is known (src/core/read/ocr-cells.ts) and words split over a column gap
 * (splitWideWords). Inputs are OCR misreadings met on the scanned fixtures or typical of Tesseract; the expected
 * texts are written by hand.
 */
import { splitWideWords, type OcrWord } from "../../src/core/read/ocr";
import {
  fixBudgetCell,
  fixCriterionCell,
  fixEvidenceCodes,
  fixPeriodCell,
  normalizeOcrGrid,
  respellHeader,
} from "../../src/core/read/ocr-cells";

describe("criterion cells read by OCR", () => {
  it.each([
    ["l.l", "1.1"],
    ["1,1", "1.1"],
    ["1:4 Hiệu trưởng", "1.4 Hiệu trưởng"],
    ["32", "3.2"],
    ["110", "1.10"],
    [".35", "3.5"],
    ["Tiêu chí 14: Hiệu trưởng", "Tiêu chí 1.4: Hiệu trưởng"],
    ["<p>Tiêu chí 1.10. Đảm bảo", "<p>Tiêu chí 1.10. Đảm bảo"],
    ["Tiêu chí 2.l", "Tiêu chí 2.1"],
  ])("%s → %s", (read, meant) => expect(fixCriterionCell(read)).toBe(meant));

  it("leaves text and numbers that are no code alone", () => {
    const standard = "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường";
    expect(fixCriterionCell(standard)).toBe(standard);
    expect(fixCriterionCell("2018")).toBe("2018");
    expect(fixCriterionCell("Mức 2")).toBe("Mức 2");
  });
});

describe("period and budget cells read by OCR", () => {
  it.each([
    ["Tháng 9/2026 — 9/2027", "Tháng 9/2026 - 9/2027"],
    ["Tháng 9/2025—-", "Tháng 9/2025"],
    ["Tháng 1l/2025", "Tháng 11/2025"],
    ["Tháng 5/2O26", "Tháng 5/2026"],
    ["Học kỳ I", "Học kỳ I"],
    ["09/202612/2026", "09/2026 - 12/2026"],
    ["HKH", "HK II"],
    ["Học kỳ lại", "Học kỳ II"],
    ["Học kỳ lại năm học 2026-2027", "Học kỳ II năm học 2026-2027"],
    ["Học kỳ 11 năm học 2026-2027", "Học kỳ II năm học 2026-2027"],
    ["HKI", "HKI"],
    ["HK Hè", "HK Hè"],
    ["HK I, HK II", "HK I, HK II"],
    // A quarter's Roman numeral: "II" read as "H" or as bars comes back; a read "II" or "I" is no digit.
    ["Quý H/2026", "Quý II/2026"],
    ["Quý Il/2026", "Quý II/2026"],
    ["quý ll/2026", "quý II/2026"],
    ["Quý II/2026", "Quý II/2026"],
    ["Quý I/2026", "Quý I/2026"],
    ["Quý 1/2026", "Quý 1/2026"],
    ["Tháng I/2026", "Tháng 1/2026"],
    ["Hoàn thành Quý H", "Hoàn thành Quý II"],
    ["Quý Ill/2026", "Quý III/2026"],
    ["Quý IH/2026", "Quý III/2026"],
    // (The space in "Học kỳ" lost as well: the THPT Nguyễn Du OCR print's "HọckỳlI".)
    ["HọckỳlI", "Họckỳ II"],
    ["Quý lV/2026", "Quý IV/2026"],
    ["Quý 1I/2026", "Quý II/2026"],
    ["QuýH/2026", "Quý II/2026"],
    ["Quý l - ll/2026", "Quý I - II/2026"],
    ["Quý I - H/2026", "Quý I - II/2026"],
    ["Quý II/2026 - Quý I/2027", "Quý II/2026 - Quý I/2027"],
    // Digits only, or no numeral I–IV: as read.
    ["Quý 1 - 2/2026", "Quý 1 - 2/2026"],
    ["Quý 11/2026", "Quý 11/2026"],
    ["Quý HH/2026", "Quý HH/2026"],
    // "T9/2023" with its "T" read as "1" (issue 21's THCS Lê Lợi plan): a month 13–19 cannot be, so the cell's
    // months were written "T…"; a "1d" month that would run the range backwards is one too.
    ["19/2023 T12/2023", "T9/2023 T12/2023"],
    ["11/2024 - 14/2024", "T1/2024 - T4/2024"],
    ["12/2023 - 14/2023", "T2/2023 - T4/2023"],
    ["19/2023", "T9/2023"],
    // Months that can be, as read.
    ["11/2024 - 12/2024", "11/2024 - 12/2024"],
    ["12/2023 - 3/2024", "12/2023 - 3/2024"],
    ["Tháng 10, 11/2023", "Tháng 10, 11/2023"],
    ["10/2025 - 15/2026", "10/2025 - T5/2026"],
  ])("period %s → %s", (read, meant) => expect(fixPeriodCell(read)).toBe(meant));

  it.each([
    ["10.000.00O", "10.000.000"],
    ["Dự kiến l0.000.000đ/năm", "Dự kiến 10.000.000đ/năm"],
    ["5.000.000/năm học.", "5.000.000/năm học."],
    ["Từ nguồn hoạt động thường xuyên", "Từ nguồn hoạt động thường xuyên"],
    ["lOO", "lOO"],
  ])("budget %s → %s", (read, meant) => expect(fixBudgetCell(read)).toBe(meant));
});

describe("header cells whose words OCR misread by one confused letter", () => {
  it.each([
    // The Lương Sơn plan printed again (ocrmypdf's page, our OCR): "bộ" read as "hộ".
    ["Người /hộ phận thực hiện", "Người /bộ phận thực hiện"],
    ["Kinb phí", "Kinh phí"],
    ["Ghi cbú", "Ghi chú"],
  ])("%s → %s", (read, meant) => expect(respellHeader(read)).toBe(meant));

  it.each(["Ghi chú", "Hiệu trưởng", "ST T", "Mục tiêu 2", ""])("%s stays as read", (cell) =>
    expect(respellHeader(cell)).toBe(cell),
  );

  it("are respelled in a header row only: its columns' roles found, a plan row's cells as they were", () => {
    const header = ["TT", "Nội dung cải tiến", "Người /hộ phận thực hiện", "Thời gian thực hiện", "Dự kiến kinh phí"];
    const body = ["1", "Tiêu chí 1.1", "Tổ hộ phận", "Tháng 9/2026", "Không"];
    expect(normalizeOcrGrid([header, body])).toEqual([
      ["TT", "Nội dung cải tiến", "Người /bộ phận thực hiện", "Thời gian thực hiện", "Dự kiến kinh phí"],
      body,
    ]);
  });
});

describe("TT 57 evidence codes read by OCR", () => {
  it.each([
    // Misreadings met in the Phú Mỹ plan's cells (tesseract.js, vie): C read as G, or as both.
    ["(MC.2.2.01 MG.2.2.02)", "(MC.2.2.01 MC.2.2.02)"],
    ["Giấy chứng nhận (MCG.2.3.01 )", "Giấy chứng nhận (MC.2.3.01 )"],
    ["(MGC.3.1.01)", "(MC.3.1.01)"],
    ["(MOGC.2.2.02)", "(MC.2.2.02)"],
    ["Sổ theo dõi (MC.2.2.O1)", "Sổ theo dõi (MC.2.2.01)"],
    ["(MC.l4.1.01)", "(MC.14.1.01)"],
  ])("%s → %s", (read, meant) => expect(fixEvidenceCodes(read)).toBe(meant));

  it.each([
    "Lớp MG 5 tuổi", // mẫu giáo
    "MG.5", // no code's shape
    "(MO.1.1.01)", // no C or G: not clearly an MC
    "AMG.1.1.01", // part of a longer word
    "(MC.l.l.01)", // a number without a digit: not clearly a code
    "[H1-1.3-02]",
  ])("%s stays as read", (cell) => expect(fixEvidenceCodes(cell)).toBe(cell));

  it("are fixed in every cell of a grid, a paragraph's too, with or without a header row", () => {
    expect(normalizeOcrGrid([["Biên bản", "(MG.2.2.02)"], ["Biên bản (MGC.1.1.01)"]])).toEqual([
      ["Biên bản", "(MC.2.2.02)"],
      ["Biên bản (MC.1.1.01)"],
    ]);
    const header = ["TT", "Tiêu chí", "Thời gian thực hiện", "Kinh phí", "Minh chứng"];
    expect(normalizeOcrGrid([header, ["1", "1.1", "Quý H/2026", "Không", "(MCG.1.1.01)"]])[1]).toEqual([
      "1",
      "1.1",
      "Quý II/2026",
      "Không",
      "(MC.1.1.01)",
    ]);
  });
});

describe("a grid read by OCR", () => {
  it("reads header labels loosely and fixes the cells of the columns they name; other rows stay", () => {
    const grid = [
      ["II. NỘI DUNG KẾ HOẠCH"],
      ["TT", "Nộidungcdi tiến", "Mục tiêu cải tiến", "Hoạtđộng/giải pháp", "Thời gian thực hiện", "Nguồn lực bảo đảm"],
      ["Mức2", "", "", "", "", ""],
      ["1", "32", "Đạt Mức 2", "Sắp xếp 32 phòng", "Tháng 9/2026 — 9/2027", "l0.000.000"],
      ["III. TỔ CHỨC THỰC HIỆN 32"],
    ];
    expect(normalizeOcrGrid(grid)).toEqual([
      ["II. NỘI DUNG KẾ HOẠCH"],
      [
        "TT",
        "Nội dung cải tiến",
        "Mục tiêu cải tiến",
        "Hoạt động/giải pháp",
        "Thời gian thực hiện",
        "Nguồn lực bảo đảm",
      ],
      ["Mức 2", "", "", "", "", ""],
      ["1", "3.2", "Đạt Mức 2", "Sắp xếp 32 phòng", "Tháng 9/2026 - 9/2027", "10.000.000"],
      ["III. TỔ CHỨC THỰC HIỆN 32"],
    ]);
  });

  it("keeps the header's columns under a plan row whose cells name header words (it has a criterion code)", () => {
    const head = [
      "TT",
      "Nội dung cải tiến",
      "Mục tiêu cải tiến",
      "Hoạt động/giải pháp",
      "Chỉ số",
      "Thời gian thực hiện",
    ];
    // Read from a print of a hand-written plan: "trách nhiệm", "Tiêu chí", "nội dung" are header words too.
    const row = [
      "2",
      "Tiêu chí 1.4: Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình",
      "Tiêu chí đạt Mức 2: công khai đầy đủ, đúng hạn các nội dung theo quy định.",
      "Rà soát các nội dung công khai trên trang thông tin điện tử và bảng tin của trường.",
      "Công khai đủ 3 nhóm nội dung theo quy định",
      "Thường xuyên",
    ];
    const grid = normalizeOcrGrid([head, row, ["7", "Tiêu chí 3.5", "", "", "", "HKH"]]);
    expect(grid[1]).toEqual(row);
    expect(grid[2]).toEqual(["7", "Tiêu chí 3.5", "", "", "", "HK II"]);
  });

  it("writes a lower-case level read with the wrong mark in lower case ('đạt múc 2' → 'đạt mức 2')", () => {
    expect(normalizeOcrGrid([["Duy trì đạt múc 2", "mừc3"]])).toEqual([["Duy trì đạt mức 2", "mức 3"]]);
  });

  it("keeps 'Mục' (an item) as it is", () => {
    expect(normalizeOcrGrid([["Mục 2. Yêu cầu"]])).toEqual([["Mục 2. Yêu cầu"]]);
  });

  it("reads a level band with two marks for one (ocrmypdf's 'MÚỨC 1, 2, 3') as 'Mức'", () => {
    expect(normalizeOcrGrid([["MÚỨC 1, 2, 3", ""]])).toEqual([["Mức 1, 2, 3", ""]]);
  });

  it("gives citation codes back their hyphen: read as a dot, or lost where the code breaks over two lines", () => {
    expect(
      normalizeOcrGrid([
        ["chuẩn quốc gia theo Thông tư số 17/2018/TT-BGDĐT, Thông tư số 18/2018/TT"],
        ["BGDĐT và Thông tư số 19/2018/TT.BGDĐT của Bộ GD&ĐT;"],
        ["Kế hoạch năm 2018/TT"],
        ["Tổ trưởng"],
      ]),
    ).toEqual([
      ["chuẩn quốc gia theo Thông tư số 17/2018/TT-BGDĐT, Thông tư số 18/2018/TT-"],
      ["BGDĐT và Thông tư số 19/2018/TT-BGDĐT của Bộ GD&ĐT;"],
      ["Kế hoạch năm 2018/TT"],
      ["Tổ trưởng"],
    ]);
  });

  it("reads a Roman heading whose I is a digit ('1V. TỔ CHỨC') as Roman; a numbered line stays", () => {
    expect(normalizeOcrGrid([["1V. TỔ CHỨC THỰC HIỆN"], ["V1. KIẾN NGHỊ"], ["11. Tổ chức"], ["IV. TỔ CHỨC"]])).toEqual([
      ["IV. TỔ CHỨC THỰC HIỆN"],
      ["VI. KIẾN NGHỊ"],
      ["11. Tổ chức"],
      ["IV. TỔ CHỨC"],
    ]);
  });
});

describe("words split over a column gap", () => {
  const chars = (spec: [string, number, number][]) => spec.map(([text, x0, x1]) => ({ text, x0, x1 }));
  const word = (text: string, c: [string, number, number][]): OcrWord => ({
    text,
    x0: c[0][1],
    x1: c[c.length - 1][2],
    y0: 473,
    y1: 495,
    baseline: 495,
    lineHeight: 31,
    confidence: 74,
    chars: chars(c),
  });

  it("splits '132' (TT 1, criterion 3.2 with its dot lost) where the characters stand a column apart", () => {
    const out = splitWideWords([
      word("132", [
        ["1", 252, 262],
        ["3", 312, 326],
        ["2", 329, 351],
      ]),
    ]);
    expect(out.map((w) => [w.text, w.x0, w.x1])).toEqual([
      ["1", 252, 262],
      ["32", 312, 351],
    ]);
    expect(out.every((w) => w.confidence === 74)).toBe(true);
  });

  it("gives a dot stretched over the gap to the nearer side, the box from the digits", () => {
    const out = splitWideWords([
      word("2.35", [
        ["2", 251, 265],
        [".", 276, 306],
        ["3", 314, 328],
        ["5", 331, 353],
      ]),
    ]);
    expect(out.map((w) => [w.text, w.x0, w.x1])).toEqual([
      ["2", 251, 265],
      [".35", 314, 353],
    ]);
  });

  it("cuts a word at a border read as a bar between two cells' words, the bar dropped ('6|TC' → '6', 'TC')", () => {
    const out = splitWideWords([
      word("6|TC", [
        ["6", 212, 226],
        ["|", 236, 240],
        ["T", 246, 260],
        ["C", 261, 276],
      ]),
    ]);
    expect(out.map((w) => [w.text, w.x0, w.x1])).toEqual([
      ["6", 212, 226],
      ["TC", 246, 276],
    ]);
    // A bar at a word's end is left to the border cleaning; a bar with nothing after it cuts nothing.
    const end = word("TC|", [
      ["T", 246, 260],
      ["C", 261, 276],
      ["|", 280, 284],
    ]);
    expect(splitWideWords([end])).toEqual([end]);
    // Between two digits it may be a slash misread: left to the period cell's reading.
    const slash = word("09|2026", [
      ["0", 100, 110],
      ["9", 111, 121],
      ["|", 122, 126],
      ["2", 127, 137],
      ["0", 138, 148],
      ["2", 149, 159],
      ["6", 160, 170],
    ]);
    expect(splitWideWords([slash])).toEqual([slash]);
  });

  it("keeps words whose characters are close, and words without character boxes", () => {
    const close = word("(4)", [
      ["(", 1016, 1025],
      ["4", 1026, 1042],
      [")", 1043, 1052],
    ]);
    const bare: OcrWord = { ...close, text: "Tiêu", chars: undefined };
    expect(splitWideWords([close, bare])).toEqual([close, bare]);
  });
});
