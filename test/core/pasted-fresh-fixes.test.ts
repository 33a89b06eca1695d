/**
 * Focused cases for what the paste reader learnt from the three newer fresh plans (test/core/pasted-pdf-fresh.test.ts):
 * each text below is written by hand in the form a viewer copies, not taken from a fixture.
 */
import "../../src/core/catalogs/all";
import { mainPlan, readPlans } from "../../src/core/read";
import { describePasted, splitPastedText } from "../../src/core/read/pasted-pdf";
import { gluedAcrossLines } from "../../src/core/read/pasted-wraps";
import { periodAndBudget } from "../../src/core/read/pasted-period-budget";
import { rowOf } from "../support/pdf-fresh-plans";

const read = (text: string) =>
  mainPlan(readPlans(splitPastedText(text)))
    .rows.filter((r) => r.kind === "criterion")
    .map(rowOf);

describe("one cell per line, a two-row header (Thời gian over Bắt đầu | Hoàn thành)", () => {
  const text = [
    "Kế hoạch cải tiến chất lượng năm học 2025 - 2026",
    "",
    "TT\nTiêu chí\nNội dung cải tiến\nNgười thực hiện\nThời gian\nKinh phí\nMinh chứng",
    "",
    "Bắt đầu\nHoàn thành",
    "",
    "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường",
    "",
    "1\nTiêu chí 1.2: Hội đồng trường\nKiện toàn hội đồng\nHiệu trưởng\n09/2025\n12/2025\nKhông\n[H1-1.2-01]",
    "",
    "2\nTiêu chí 1.6: Tài chính\nKiểm kê tài sản\nKế toán\nTháng 10/2025\nTháng 01/2026\n5 triệu\n[H1-1.6-02]",
  ].join("\n");

  it("reads each row's start and end as its period, the rows having one cell more than the first header block", () => {
    expect(read(text)).toEqual([
      [1, "1.2", "2025-09..2025-12", "none"],
      [1, "1.6", "2025-10..2026-01", "5000000"],
    ]);
  });

  it("a block after the header that is not start | end labels is a row, as before", () => {
    const plain = text.replace("Bắt đầu\nHoàn thành", "Ghi chú\nMục khác");
    expect(read(plain)).toEqual([]);
  });
});

// One line per visual line of each cell, no blank line between rows (`pdftotext -raw`, the Chromium viewer).
const visual = (rows: string[]) =>
  ["KẾ HOẠCH năm học 2025 - 2026", "TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí", ...rows].join("\n");

describe("one line per visual line: what the THPT plan's rows showed", () => {
  it("a row whose TT and bare criterion code share its first line ('3 2.2 Cử …') starts a row", () => {
    const got = read(
      visual(["1 1.2 Kiện toàn hội đồng", "Tháng 01/2026", "3 triệu đồng", "2 2.2 Cử giáo viên", "Tháng 02/2026"]),
    );
    expect(got.map((r) => r[1])).toEqual(["1.2", "2.2"]);
    expect(got[1][2]).toBe("2026-02..2026-02");
  });

  it("an open range's end that comes after the neighbouring cells' lines ('Từ tháng 9/2025' … '12/2025')", () => {
    const got = read(
      visual(["1 1.2 Kiện toàn", "Từ", "tháng", "9/202", "5 đến", "tháng", "Hội đồng trường", "12/20", "25", "Không"]),
    );
    expect(got).toEqual([[1, "1.2", "2025-09..2025-12", "none"]]);
  });

  it("a quarter broken at the cell's edge ('Quý II/202' + '6') and a school year named by its years", () => {
    const got = read(
      visual([
        "1 3.3 Sắp xếp phòng",
        "Quý II/202",
        "6",
        "25.000.000đ",
        "2 4.2 Tham mưu",
        "Năm học",
        "2025-2026",
        "Không",
      ]),
    );
    expect(got.map((r) => r[2])).toEqual(["2026-04..2026-06", "school-year"]);
  });
});

describe("start | end columns (Thời gian over Bắt đầu | Hoàn thành) in the forms without cell breaks", () => {
  const rows = [
    "1 Tiêu chí 1.2: Hội đồng trường Mức 3 Kiện toàn hội đồng Hiệu trưởng 12/2025 Không [H1-1.2-01] 09/2025",
    "2 Tiêu chí 1.6: Tài chính Mức 2 Kiểm kê tài sản Kế toán Tháng 10/2025 Tháng 01/2026 5 triệu [H1-1.6-02]",
  ];
  const header = "TT Tiêu chí Mức cần đạt Nội dung cải tiến Người thực hiện Thời gian Kinh phí Minh chứng";
  const want = [
    [1, "1.2", "2025-09..2025-12", "none"],
    [1, "1.6", "2025-10..2026-01", "5000000"],
  ];

  it("each row's two months are its start and end, the earlier first, whatever their order in the text", () => {
    expect(read(["KẾ HOẠCH năm học 2025 - 2026", header, "Bắt đầu Hoàn thành", ...rows].join("\n"))).toEqual(want);
  });

  it("the sub-labels wrapped as the header's last visual lines ('Bắt' / 'đầu' / 'Hoàn' / 'thành')", () => {
    const lines = ["KẾ HOẠCH năm học 2025 - 2026", "TT", "Tiêu chí", "Mức cần đạt", "Nội dung cải tiến"];
    const text = [...lines, "Người thực hiện", "Thời gian", "Kinh phí", "Bắt", "đầu", "Hoàn", "thành", ...rows];
    expect(read(text.join("\n"))).toEqual(want);
  });

  it("without the sub-labels a month named in the row is not taken for an end", () => {
    const got = read(["KẾ HOẠCH năm học 2025 - 2026", header, rows[1]].join("\n"));
    expect(got[0][2]).not.toBe("2025-10..2026-01");
  });
});

describe("cells run together: what the Biểu 2 tiểu học plan's rows showed", () => {
  const header = "TT Tiêu chí Nội dung cải tiến Thời gian Kinh phí";
  const one = (row: string) => read(["KẾ HOẠCH năm học 2026 - 2027", header, row].join("\n"))[0];

  it("a range whose first month has no year ('Tháng 9 - tháng 11/2026')", () => {
    expect(one("1 Tiêu chí 2.2 Sinh hoạt chuyên môn Tháng 9 - tháng 11/2026 5.000.000 đồng")[2]).toBe(
      "2026-09..2026-11",
    );
  });

  it("a range whose '-' dangles, its end after the neighbouring cells' lines ('Tháng 9/2026 -' … 'Tháng 5/2027')", () => {
    expect(one("1 Tiêu chí 3.1 Xây dựng kế hoạch Tháng 9/2026 - Hiệu trưởng Tháng 5/2027 10.000.000 đồng")[2]).toBe(
      "2026-09..2027-05",
    );
  });

  it("a budget cell of several amounts is their sum ('Ngân sách: 4.000.000 đ; XHH: 2.000.000 đ')", () => {
    expect(one("1 Tiêu chí 1.3 Số hóa hồ sơ 09/2026 - 12/2026 Ngân sách: 4.000.000 đ; XHH: 2.000.000 đ")[3]).toBe(
      "6000000",
    );
  });

  it("'Không' right after the period's end, before an evidence code, is the budget", () => {
    expect(one("1 Tiêu chí 1.2 Kiện toàn hội đồng Từ tháng 9/2025 đến tháng 12/2025 Không [H1-1.2-01]")[3]).toBe(
      "none",
    );
  });
});

describe("cells run together: budgets the newer plans wrote", () => {
  const header = "TT Tiêu chí Nội dung cải tiến Thời gian Người phụ trách Kinh phí Minh chứng";
  const budget = (row: string) => read(["KẾ HOẠCH năm học 2026 - 2027", header, row].join("\n"))[0][3];

  it("'Không' as a cell of its own after the owner's column, before the evidence", () => {
    expect(budget("1 Tiêu chí 1.4 Công khai Thường xuyên Hiệu trưởng; Hội đồng Không Biên bản niêm yết")).toBe("none");
  });

  it("'Không có …' starting another cell's sentence is not the budget", () => {
    expect(budget("1 Tiêu chí 1.4 Công khai Thường xuyên Hiệu trưởng Không có học sinh bỏ học")).toBe("—");
  });

  it("a resource that is people ('Nhân lực: GV khối 5') is no money", () => {
    expect(budget("1 Tiêu chí 2.2 Sinh hoạt Tháng 9 - tháng 11/2026 Tổ trưởng Nhân lực: GV khối 5 Biên bản")).toBe(
      "none",
    );
  });

  it("'Kinh phí chi thường xuyên' names the state budget", () => {
    expect(budget("1 Tiêu chí 2.2 Bồi dưỡng Năm học 2026-2027 Tổ trưởng Kinh phí chi thường xuyên")).toBe(
      "source: Ngân sách",
    );
  });

  it("an amount with a broken group ('15.000.0000 đ', its last digit and unit wrapped) is kept whole", () => {
    const text = ["KẾ HOẠCH năm học 2026 - 2027", "TT", "Tiêu chí", "Nội dung", "Thời gian", "Kinh phí"];
    const rows = ["1 3.5 Mua sắm thiết bị", "Từ tháng 9/2026 đến tháng 12/2026", "15.000.000", "0 đ"];
    expect(read([...text, ...rows].join("\n"))[0][3]).toBe("unparsed");
  });
});

describe("a date or an amount broken at a narrow cell's edge is glued back", () => {
  it.each([
    ["15/1", "0/20"], // "15/10/2025": its month broken
    ["30/4/", "2026"], // before its year
    ["Quý II/202", "6"], // a quarter's year
    ["15.000.000", "0 đ"], // an amount with a digit too many, its unit wrapped
  ])("%s + %s", (line, next) => expect(gluedAcrossLines(line, next)).toBe(true));

  it.each([
    ["Tháng 1", "2/2026"], // no day before the month: not a date broken in its month
    ["30/4", "2026"], // no slash left dangling: a day and month, then a year of another cell
    ["15.000.000", "0 giáo viên"], // no unit: another cell's number
  ])("not %s + %s", (line, next) => expect(gluedAcrossLines(line, next)).toBe(false));
});

describe("what the paste box says it saw names the codes a table of narrow cells holds", () => {
  it("'Tiêu' / 'chí' / '1.2:' broken apart and a bare code after the TT number are counted", () => {
    const text = ["   Tiêu       Kiện toàn", "   chí        trường", "   1.2:       định", "3 2.2 Cử giáo viên   x"];
    expect(describePasted(text.join("\n")).vi).toMatch(/2 mã tiêu chí \(1\.2, 2\.2\)/);
  });

  it("a decimal in a sentence is no code", () => {
    expect(describePasted("Tăng 1.5 lần so với năm trước; đạt 2.3 điểm").vi).toMatch(/không có mã tiêu chí nào/);
  });
});

describe("start | end sub-labels interleaved with the label above them (a layout copy read line by line)", () => {
  it("'Bắt' 'Thời gian' 'Hoàn' 'đầu' 'thành' still mark the period as two columns", () => {
    const head = ["TT", "Tiêu chí", "Nội dung cải tiến", "Bắt", "Thời gian", "Hoàn", "đầu", "thành", "Kinh phí"];
    const row = "1 Tiêu chí 1.6: Tài chính Kiểm kê tài sản Kế toán Tháng 10/2025 Tháng 01/2026 5 triệu";
    expect(read(["KẾ HOẠCH năm học 2025 - 2026", ...head, row].join("\n"))).toEqual([
      [1, "1.6", "2025-10..2026-01", "5000000"],
    ]);
  });
});

describe("a header on one line over rows wrapped line by line", () => {
  it("is read as visual lines (each row's cells from its lines), not as rows run together one per line", () => {
    const text = [
      "KẾ HOẠCH năm học 2025 - 2026",
      "TT Tiêu chí Nội dung cải tiến Thời gian Kinh phí",
      "1 1.2 Kiện toàn Hội đồng trường nhiệm kỳ",
      "2025 - 2030 theo Điều lệ",
      "Từ tháng",
      "9/2025 đến",
      "tháng",
      "12/2025",
      "Không",
      "2 Tiêu chí",
      "1.8",
      "Xây dựng kế hoạch kiểm tra",
      "Tháng",
      "01/2026",
      "3 triệu đồng",
    ];
    expect(read(text.join("\n"))).toEqual([
      [1, "1.2", "2025-09..2025-12", "none"],
      [1, "1.8", "2026-01..2026-01", "3000000"],
    ]);
  });
});

describe("an overprinted bold heading right under the header (reportlab's bold, copied letter pair by letter pair)", () => {
  const overprinted =
    "T Ti ie ê\u0302u u c ch hu ua â\u0302\u0309\u0309n n 1 1: : T To ô\u0302\u0309\u0309 c ch hu ứ\u031b\u0301c c";
  const text = (heading: string) =>
    [
      "KẾ HOẠCH năm học 2025 - 2026",
      "TT Tiêu chí Nội dung cải tiến Thời gian Kinh phí",
      heading,
      "1 Tiêu chí 1.2: Kiện toàn hội đồng Tháng 9/2025 - Tháng 12/2025 Không",
      "2 Tiêu chí 1.6: Kiểm kê tài sản Tháng 01/2026 5 triệu",
    ].join("\n");

  it("is left out, so the rows under it are read", () => {
    expect(read(text(overprinted))).toEqual([
      [1, "1.2", "2025-09..2025-12", "none"],
      [1, "1.6", "2026-01..2026-01", "5000000"],
    ]);
  });

  it("a readable line there is kept (the rows read all the same)", () => {
    const grid = splitPastedText(text("Ghi chú: các mục in nghiêng là mục mới"));
    expect(grid.some((r) => r[0] === "Ghi chú: các mục in nghiêng là mục mới")).toBe(true);
  });
});

describe("'Không' as a cell of its own on a row's continuation line", () => {
  it("is the budget when the period was on an earlier line", () => {
    const text = [
      "KẾ HOẠCH năm học 2025 - 2026",
      "TT Tiêu chí Nội dung cải tiến Thời gian Kinh phí",
      "1 Tiêu chí 5.6: Phụ đạo học sinh Từ tháng 02/2026 đến tháng 6/2026",
      "Phó hiệu trưởng; giáo viên bộ môn lớp",
      "12 Không I IV V. . T TO",
    ];
    expect(read(text.join("\n"))[0][3]).toBe("none");
  });
});

describe("'Không' alone on a visual line, amid a neighbouring cell's sentence", () => {
  it("is the budget's cell, not a word of the sentence ('… thư ký Hội đồng' / 'Không' / 'xây dựng quy chế …')", () => {
    const text = [
      "KẾ HOẠCH năm học 2025 - 2026",
      "TT",
      "Tiêu chí",
      "Nội dung cải tiến",
      "Thời gian",
      "Kinh phí",
      "1 1.2 Kiện toàn Hội",
      "Từ tháng 9/2025 đến tháng 12/2025",
      "thư ký Hội",
      "đồng",
      "Không",
      "xây dựng quy chế",
      "hoạt động",
    ];
    expect(read(text.join("\n"))).toEqual([[1, "1.2", "2025-09..2025-12", "none"]]);
  });
});

describe("cells run together: the THPT Nguyễn Du plan's period and budget forms", () => {
  it.each([
    // an arrow between the months, as a dash
    ["Cử giáo viên dự tập huấn Tháng 9/2024 → Tháng 5/2025 Tổ trưởng 3.500.000đ", "Tháng 9/2024 → Tháng 5/2025"],
    // two months of one year
    ["Rà soát hồ sơ cá nhân Tháng 10, 11/2024 Phó hiệu trưởng 3.500.000đ", "Tháng 10, 11/2024"],
  ])("%s: the period", (text, period) => {
    expect(periodAndBudget(text, true, true).period).toBe(period);
  });

  it.each([
    ["Dự giờ Tháng 5/2025 Tổ trưởng 10.000.000đ - 15.000.000đ", "10.000.000đ - 15.000.000đ"], // a range, one cell
    ["Rà soát Tháng 5/2025 Phó hiệu trưởng 0 đ", "0 đ"], // no spending written as an amount
    ["Lấy ý kiến Quý I/2025 Hiệu trưởng Theo thực tế", "Theo thực tế"], // none estimated
  ])("%s: the budget", (text, budget) => {
    expect(periodAndBudget(text, true, true).budget).toBe(budget);
  });
});
