/**
 * A criterion cell merged over three activity rows "1." "2." "3." (each with its own period and budget) under a
 * budget header with its unit, "Kinh phí (triệu đồng)", whose cells are bare numbers: pasted with each row's cells
 * run together on one line, and read from a grid whose merged TT and criterion cells are empty below their first row.
 * Seen on a fresh THCS plan (test/fixtures/pdf-paste/thcs-phan-boi-chau-2024-2025.*): the numbered activity "2. Tổ
 * chức hội giảng …" ended the table as if it were the section "2. …" after it, and bare budgets were not read.
 * Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { bareBudget } from "../../src/core/read/pasted-period-budget";
import { runTogetherGrid, visualLinesGrid } from "../../src/core/read/pasted-pdf";
import { readPlan } from "../../src/core/read";

describe("a bare budget in a row's text run together, under a header unit", () => {
  it.each([
    [
      "Hiệu trưởng Bảo vệ, Liên đội 3 Chi thường xuyên",
      "3 triệu đồng",
      "Hiệu trưởng Bảo vệ, Liên đội Chi thường xuyên",
    ],
    [
      "Phó hiệu trưởng Tổ trưởng chuyên môn 2,5 Theo công văn",
      "2,5 triệu đồng",
      "Phó hiệu trưởng Tổ trưởng chuyên môn Theo công văn",
    ],
    ["Tổ trưởng chuyên môn Giáo viên bộ môn 0", "0", "Tổ trưởng chuyên môn Giáo viên bộ môn"],
    ["mỗi giáo viên dạy 2 tiết. Hiệu trưởng 1,5,0", "1,5,0", "mỗi giáo viên dạy 2 tiết. Hiệu trưởng"],
    ["Giáo viên chủ nhiệm lớp 9, Đoàn thanh niên 1,5", "1,5 triệu đồng", "Giáo viên chủ nhiệm lớp 9, Đoàn thanh niên"],
  ])("%j → %j", (text, budget, rest) => {
    expect(bareBudget(text, 1e6)).toEqual({ budget, rest });
  });

  it("none when the number is followed by a lower-case word or glued to punctuation, or the header has no unit", () => {
    expect(bareBudget("mỗi giáo viên dạy 2 tiết", 1e6)).toBeNull();
    expect(bareBudget("Giáo viên chủ nhiệm lớp 9, Đoàn thanh niên", 1e6)).toBeNull();
    expect(bareBudget("Hiệu trưởng 3", null)).toBeNull();
  });
});

const TEXT = [
  "KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2024-2025",
  "TT Tiêu chí Nội dung, hoạt động cải tiến Thời gian thực hiện Người phụ trách Kinh phí (triệu đồng) Ghi chú",
  "1 Tiêu chí 2.2: Đối với giáo viên 1. Cử giáo viên đi tập huấn. Tuần 1 - tuần 4 tháng 9/2024 Phó hiệu trưởng 2,5",
  "2. Tổ chức hội giảng cấp trường. Từ tháng 10/2024 đến tháng 11/2024 Hiệu trưởng 5",
  "3. Sinh hoạt chuyên môn theo nghiên cứu bài học. Suốt năm học Tổ trưởng chuyên môn 0",
  "2 Tiêu chí 3.4 - Sửa chữa khu vệ sinh. Từ tháng 01/2025 đến tháng 3/2025 Hiệu trưởng 15 Ngân sách và XHH",
  "II. TỔ CHỨC THỰC HIỆN",
  "1. Hiệu trưởng chỉ đạo chung.",
].join("\n");

describe("rows run together with numbered activities under one criterion", () => {
  const grid = runTogetherGrid(TEXT)!;
  const plan = readPlan(grid);
  const rows = plan.rows.filter((r) => r.kind === "criterion" || r.kind === "task");

  it("reads each activity as a row of the criterion, with its own period and budget (the header's unit)", () => {
    expect(
      rows.map((r) => [r.kind, r.criterion, r.period?.start, r.period?.end, r.budget?.kind, r.budget?.vnd]),
    ).toEqual([
      ["criterion", "2.2", "2024-09", "2024-09", "amount", 2_500_000],
      ["task", "2.2", "2024-10", "2024-11", "amount", 5_000_000],
      ["task", "2.2", "2024-09", "2025-08", "none", null], // "Suốt năm học": the school year, September–August
      ["criterion", "3.4", "2025-01", "2025-03", "amount", 15_000_000],
    ]);
    expect(rows[2].period?.kind).toBe("school-year");
  });

  it("still ends the table at the section after it (a numbered line with no period)", () => {
    expect(grid.slice(-2)).toEqual([["II. TỔ CHỨC THỰC HIỆN"], ["1. Hiệu trưởng chỉ đạo chung."]]);
  });
});

describe("a grid row under merged TT and criterion cells (as a .docx or a paste gives it)", () => {
  const header = ["TT", "Tiêu chí", "Nội dung", "Thời gian thực hiện", "Người phụ trách", "Kinh phí (triệu đồng)"];
  const title = [["Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025"]];

  it("is a task row when its period and budget are whole values, as the row above's are", () => {
    const plan = readPlan([
      ...title,
      header,
      ["1", "Tiêu chí 2.2", "1. Cử giáo viên đi tập huấn", "Tuần 1 - tuần 4 tháng 9/2024", "Phó hiệu trưởng", "2,5"],
      ["", "", "2. Tổ chức hội giảng cấp trường", "Từ tháng 10/2024 đến tháng 11/2024", "Hiệu trưởng", "5"],
    ]);
    expect(plan.rows.map((r) => [r.kind, r.criterion, r.budget?.vnd])).toEqual([
      ["criterion", "2.2", 2_500_000],
      ["task", "2.2", 5_000_000],
    ]);
  });

  it("is the rest of the row above when its cells go on mid-sentence", () => {
    const plan = readPlan([
      ...title,
      header,
      ["1", "Tiêu chí 2.2", "Cử giáo viên đi tập huấn và", "Từ tháng 9/2024", "Phó hiệu trưởng", "2,5"],
      ["", "", "báo cáo kết quả", "đến tháng 12/2024", "", ""],
    ]);
    expect(plan.rows.map((r) => [r.kind, r.period?.start, r.period?.end])).toEqual([
      ["criterion", "2024-09", "2024-12"],
    ]);
  });
});

// One line per visual line of each cell (`pdftotext -raw`, a viewer's copy), written by hand as such a copy of narrow
// cells gives it: a budget "2" just before the next row's TT 2, activities "1." "2." under one criterion, a budget
// "4" just before a row line that has its own TT ("6 Tiêu chí 5.2"; rows 3 and 4 left out of the excerpt).
const RAW = [
  "KẾ HOẠCH năm học 2024-2025",
  "TT",
  "Tiêu chí",
  "Nội dung",
  "Thời gian",
  "thực hiện",
  "Người phụ",
  "trách",
  "Kinh phí",
  "(triệu",
  "đồng)",
  "1 1.10",
  "Kiện toàn Ban an",
  "ninh trường học.",
  "Suốt năm học",
  "Hiệu trưởng",
  "2",
  "2",
  "Tiêu chí 2.2: Đối",
  "với giáo viên",
  "1. Cử giáo viên tham",
  "gia tập huấn.",
  "Tháng 9/2024",
  "Phó hiệu trưởng",
  "2,5",
  "2. Tổ chức hội giảng",
  "cấp trường.",
  "Tháng 11/2024",
  "Hiệu trưởng",
  "5",
  "5 Tiêu chí 4.1",
  "Họp Ban đại diện.",
  "Học kỳ II",
  "Hiệu trưởng",
  "4",
  "6 Tiêu chí 5.2",
  "Phụ đạo học sinh.",
  "Tháng 10/2024",
  "Phó hiệu trưởng",
  "1,5",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Hiệu trưởng chỉ đạo chung, phân công nhiệm vụ cho các thành viên; kiểm tra việc thực hiện kế hoạch.",
].join("\n");

describe("visual lines: activities under a merged criterion, bare budgets next to TT numbers", () => {
  it("reads every row with its budget in the header's unit", () => {
    const plan = readPlan(visualLinesGrid(RAW)!);
    const rows = plan.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
    expect(rows.map((r) => [r.kind, r.criterion, r.period?.start, r.budget?.vnd])).toEqual([
      ["criterion", "1.10", "2024-09", 2_000_000],
      ["criterion", "2.2", "2024-09", 2_500_000],
      ["task", "2.2", "2024-11", 5_000_000],
      ["criterion", "4.1", "2025-01", 4_000_000],
      ["criterion", "5.2", "2024-10", 1_500_000],
    ]);
  });
});
