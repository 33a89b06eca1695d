/**
 * Reading gaps found on plans written by hand that the reader had not seen (issue 21's hidden-set bar): a 2018-regime
 * table with a "Minh chứng" column, a letter heading after the table, a period column whose label is unreadable,
 * "Không phát sinh kinh phí". Grids as a .docx gives them (paragraphs are one-cell rows); expectations by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { parseBudget } from "../../src/core/parse/budget";
import { parsePeriod } from "../../src/core/parse/period";

const HEAD = [["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025"], ["TRƯỜNG THPT LÊ LAI"]];
const LABELS = ["TT", "Tiêu chí", "Kết quả cần đạt", "Biện pháp", "Minh chứng", "Người thực hiện", "Thời gian"];
const ROWS = [
  ["1", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "Đạt", "- Rà soát", "[H1-1.4-02]"],
  ["2", "Tiêu chí 3.6: Thư viện", "Đủ sách", "- Bổ sung sách", "[H3-3.6-01]"],
].map((r) => [...r, "Hiệu trưởng", "Tháng 10/2024"]);

describe("a 2018-regime plan with a Minh chứng column", () => {
  const grid = [...HEAD, LABELS, ...ROWS, ["C. TỔ CHỨC THỰC HIỆN"], ["Các tổ chuyên môn triển khai kế hoạch."]];
  const plan = readPlan(grid, { level: "thpt" });

  it("is read as a 2018 plan (not a TT 57 Biểu 2): no TT 57 advice on its [H1-…] codes", () => {
    expect(plan.context.regime).toBe("2018");
    expect(plan.template).toBe("2018-9col");
    expect(checkPlan(plan).filter((f) => f.rule.startsWith("tt57"))).toEqual([]);
  });

  it("ends at the letter heading after the table", () => {
    expect(plan.rows.map((r) => [r.kind, r.criterion])).toEqual([
      ["criterion", "1.4"],
      ["criterion", "3.6"],
    ]);
  });

  it("a TT 57 school year with the same columns stays a Biểu 2", () => {
    const later = grid.map((r) => r.map((c) => c.replace("2024-2025", "2026-2027")));
    expect(readPlan(later, { level: "thpt" }).template).toBe("tt57-bieu2");
  });
});

describe("a period column whose label was not read", () => {
  it("is found from its cells (HK I, Tháng 9 - 12/2025, Cả năm học)", () => {
    const grid = [
      ["KẾ HOẠCH năm học 2025-2026"],
      ["STT", "Tiêu chí", "Kết quả cần đạt", "Biện pháp thực hiện", "Người thực hiện", "bọn Ø", "Kinh phí"],
      ["1", "Tiêu chí 1.5", "Đủ lớp", "Rà soát sĩ số", "Hiệu trưởng", "HK I", "Không"],
      ["2", "Tiêu chí 1.8", "Duyệt đúng hạn", "Kiểm tra nội bộ", "Phó hiệu trưởng", "Cả năm học", "Không"],
      ["3", "Tiêu chí 1.10", "Có báo cháy", "Lắp đặt", "Bảo vệ", "Tháng 9 - 12/2025", "20 tr"],
    ];
    const plan = readPlan(grid, { level: "mam-non" });
    expect(plan.columns.period).toBe(5);
    expect(plan.rows.map((r) => [r.period?.start, r.period?.end])).toEqual([
      ["2025-09", "2026-01"],
      ["2025-09", "2026-08"],
      ["2025-09", "2025-12"],
    ]);
  });

  it("is not taken from a column of other text, nor from a labelled one", () => {
    const grid = [
      ["KẾ HOẠCH năm học 2025-2026"],
      ["TT", "Tiêu chí", "Kết quả cần đạt", "Biện pháp", "Ghi chú xx", "Thời điểm"],
      ["1", "Tiêu chí 1.5", "Đủ lớp", "Rà soát", "Ưu tiên", "Tháng 3/2026"],
      ["2", "Tiêu chí 1.8", "Đúng hạn", "Kiểm tra", "Không", "Tháng 4/2026"],
    ];
    expect(readPlan(grid, { level: "mam-non" }).columns.period).toBe(5);
  });
});

it("'Không phát sinh kinh phí' is no budget", () => {
  expect(parseBudget("Không phát sinh kinh phí").kind).toBe("none");
  expect(parseBudget("Không có kinh phí").kind).toBe("none");
});

it("'Quý 1/2024' is the first quarter (not January), a quarter range runs to the last one's end", () => {
  const period = (t: string) => {
    const p = parsePeriod(t, "2023-2024");
    return [p.kind, p.start, p.end];
  };
  expect(period("Quý 1/2024")).toEqual(["range", "2024-01", "2024-03"]);
  expect(period("quý 3 năm 2024")).toEqual(["range", "2024-07", "2024-09"]);
  expect(period("Quý II/2024 - Quý III/2024")).toEqual(["range", "2024-04", "2024-09"]);
});

describe("a two-row header: 'Thời gian' over 'Bắt đầu' | 'Hoàn thành'", () => {
  const LABELS = ["TT", "Tiêu chí", "Kết quả cần đạt", "Biện pháp", "Người thực hiện", "Thời gian", "", "Kinh phí"];
  const SUB = ["", "", "", "", "", "Bắt đầu", "Hoàn thành", ""];
  const BODY = [
    ["1", "Tiêu chí 1.7", "Đạt", "Cập nhật hồ sơ", "Văn thư", "Tháng 9/2025", "Tháng 11/2025", "Không"],
    ["2", "Tiêu chí 3.2", "Đạt", "Cải tạo", "Phó hiệu trưởng", "Tháng 1/2026", "Tháng 8/2026", "300.000.000 đồng"],
  ];
  const read = (grid: string[][]) => {
    const plan = readPlan([["KẾ HOẠCH năm học 2025-2026"], ...grid], { level: "thpt" });
    return plan.rows.map((r) => [r.kind, r.criterion, r.period?.start, r.period?.end, r.cells.period?.text]);
  };
  const want = [
    ["criterion", "1.7", "2025-09", "2025-11", "Tháng 9/2025 - Tháng 11/2025"],
    ["criterion", "3.2", "2026-01", "2026-08", "Tháng 1/2026 - Tháng 8/2026"],
  ];

  it("reads the two columns as one period (.docx: the sub-labels on the row below)", () => {
    expect(read([LABELS, SUB, ...BODY])).toEqual(want);
  });

  it("reads them so too when the sub-labels are on the header row (a label row above it)", () => {
    const above = ["", "", "", "", "", "Thời gian", "", ""];
    const labels = LABELS.map((l, i) => SUB[i] || l);
    expect(read([above, labels, ...BODY])).toEqual(want);
  });
  it("reads one-row labels 'Thời gian bắt đầu' | 'Thời gian kết thúc' as one period (the first named the period)", () => {
    const labels = LABELS.map((l, i) => (i === 5 ? "Thời gian bắt đầu" : i === 6 ? "Thời gian kết thúc" : l));
    const body = [
      ["1", "Tiêu chí 1.7", "Đạt", "Cập nhật hồ sơ", "Văn thư", "01/9/2025", "15/01/2026", "Không"],
      ["2", "Tiêu chí 3.2", "Đạt", "Cải tạo", "Phó hiệu trưởng", "01/3/2026", "30/12/2025", "Không"],
    ];
    expect(read([labels, ...body])).toEqual([
      ["criterion", "1.7", "2025-09", "2026-01", "01/9/2025 - 15/01/2026"],
      ["criterion", "3.2", "2026-03", "2025-12", "01/3/2026 - 30/12/2025"], // the end before the start, as written
    ]);
  });

  it("reads them so too when a printed label was broken inside a word ('Thờ i gian bắt đầu')", () => {
    const labels = LABELS.map((l, i) => (i === 5 ? "Thờ i gian bắt đầu" : i === 6 ? "Thờ i gian kết thúc" : l));
    expect(read([labels, ...BODY])).toEqual(want);
  });

  it("reads them so too with a speck OCR read in the label ('Thờ Hgian bắt đầu', 'Thờ ỉ gian kết thúc')", () => {
    const labels = LABELS.map((l, i) => (i === 5 ? "Thờ Hgian bắt đầu" : i === 6 ? "Thờ ỉ gian kết thúc" : l));
    expect(read([labels, ...BODY])).toEqual(want);
  });
});
