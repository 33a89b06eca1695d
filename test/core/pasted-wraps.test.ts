/**
 * The general rules the fresh plans' viewer forms needed (test/core/pasted-pdf-fresh.test.ts), each on small texts
 * written here by hand: words, years and amounts broken at a narrow cell's edge; a criterion's words scattered over
 * a row; header labels the header reader knows; "TC" codes, semesters, the period next to the budget.
 */
import "../../src/core/catalogs/all";
import { mainPlan, readPlans } from "../../src/core/read";
import { headerLabels } from "../../src/core/read/pasted-labels";
import { splitPastedText } from "../../src/core/read/pasted-pdf";
import { gluedAcrossLines, joinVisualLines, mendCriterionStart } from "../../src/core/read/pasted-wraps";

describe("a cell's visual lines joined", () => {
  it.each([
    ["Khôn", "g phát sinh", "Không phát sinh"],
    ["Tầm nhìn, sứ mạng/m", "ục tiêu", "Tầm nhìn, sứ mạng/mục tiêu"],
    ["Tiê", "u chí", "Tiêu chí"],
    ["Tháng 12/202", "6", "Tháng 12/2026"],
    ["Tháng 10/202", "6 -", "Tháng 10/2026 -"],
    ["Cả năm học 2026-", "2027", "Cả năm học 2026-2027"],
    ["5.000.00", "0/năm", "5.000.000/năm"],
    ["12.000.00", "0đ", "12.000.000đ"],
  ])("%j + %j → %j (broken at the cell's edge)", (a, b, joined) => {
    expect(gluedAcrossLines(a, b)).toBe(true);
    expect(joinVisualLines([a, b])).toBe(joined);
  });

  it.each([
    ["Hiệu", "trưởng"], // two syllables: two words
    ["đầy đủ.", "Rà soát"], // a cell's end, the next cell's start
    ["Phó hiệu trưởng; tổ", "Khoa"], // a capital starts a word of its own
    ["TC 5.3", "100% học sinh"], // a criterion code is no broken amount
    ["Tháng 9/2026", "2,5 triệu"], // a whole year
    ["ST", "T"], // no syllable either way (the header reader joins labels)
    ["Hội đồng", "x"],
  ])("%j + %j stay apart", (a, b) => {
    expect(gluedAcrossLines(a, b)).toBe(false);
    expect(joinVisualLines([a, b])).toBe(`${a} ${b}`);
  });
});

describe("a criterion's words scattered over its row", () => {
  it("the row's first line holding every cell's first line, 'chí' and the code below it", () => {
    const row = ["2 Tiêu Nhân viên Cử nhân viên thư viện Hiệu HK II Không", "chí", "2.3", "thư viện,", "trưởng;"];
    expect(mendCriterionStart(row)).toEqual([
      "2 Tiêu chí 2.3 Nhân viên Cử nhân viên thư viện Hiệu HK II Không",
      "thư viện,",
      "trưởng;",
    ]);
  });

  it("'Tiêu' before a page break, 'chí' and the code after other cells' lines", () => {
    const row = ["2", "Tiêu Nhân viên", "Cử nhân viên", "HK II", "Không", "chí", "2.3", "thư viện,"];
    expect(mendCriterionStart(row)).toEqual([
      "2",
      "Tiêu chí 2.3 Nhân viên",
      "Cử nhân viên",
      "HK II",
      "Không",
      "thư viện,",
    ]);
  });

  it("'TC' with its code further down", () => {
    expect(mendCriterionStart(["3 TC Bổ sung thiết", "3.5", "bị dạy học"])).toEqual([
      "3 TC 3.5 Bổ sung thiết",
      "bị dạy học",
    ]);
  });

  it("a row whose criterion is whole, or without its code, is left as it is", () => {
    const whole = ["1 Tiêu chí", "1.1:", "Tầm nhìn"];
    expect(mendCriterionStart(whole)).toEqual(whole);
    const noCode = ["2 Tiêu Nhân viên", "chí", "thư viện"];
    expect(mendCriterionStart(noCode)).toEqual(noCode);
  });
});

describe("header labels the header reader knows", () => {
  it.each([
    "STT Tiêu chí Kết quả cần đạt Công việc/giải pháp cần thực hiện Chủ trì và phối hợp thực hiện Thời gian " +
      "Dự kiến kinh phí",
    "STT Nội dung cải tiến Mục tiêu cải tiến Hoạt động/giải pháp Người/bộ phận thực hiện Thời gian thực hiện " +
      "Dự kiến kinh phí Chỉ số đánh giá kết quả Minh chứng dự kiến",
    "ST T Tiê u chí Kết quả cần đạt Công việc/giải pháp cần thực hiện Dự kiến kinh phí", // words broken at edges
  ])("%s", (line) => {
    expect(headerLabels(line)).not.toBeNull();
  });

  it.each([
    "1 TC 1.4 Tổ chuyên môn sinh hoạt định kỳ 2 lần/tháng", // a row: figures
    "TT Tiêu chuẩn, Kết quả cần Công Chủ trì và Thời gian Dự kiến Điều kiện Ghi chú", // labels cut in pieces
    "STT Tiêu chuẩn Tiêu chí Nội dung cải tiến chất lượng Người phụ trách", // the standard in a column of its own
    "Các bộ phận căn cứ kế hoạch này xây dựng kế hoạch chi tiết",
  ])("not a header: %s", (line) => {
    expect(headerLabels(line)).toBeNull();
  });
});

describe("rows run together: criterion, period and budget by their form", () => {
  const HEADER =
    "STT Tiêu chí Kết quả cần đạt Công việc/giải pháp cần thực hiện Chủ trì và phối hợp thực hiện " +
    "Thời gian thực hiện và hoàn thành Dự kiến kinh phí";
  const rows = (...lines: string[]) =>
    mainPlan(readPlans(splitPastedText(["Năm học 2025 – 2026", "", HEADER, ...lines].join("\n"))))
      .rows.filter((r) => r.kind === "criterion")
      .map((r) => [r.criterion, r.cells.period?.text ?? "", r.cells.budget?.text ?? ""]);

  it("'TC 1.4' codes; a semester; 'Không' after the period is the budget", () => {
    expect(
      rows(
        "1 TC 1.4 Tổ sinh hoạt định kỳ. Rà soát kế hoạch. Phó hiệu trưởng HK II Không",
        "2 Tiêu chí 2.3 Nhân viên được bồi dưỡng. Cử đi học. Hiệu trưởng Học kỳ I 1.200.000đ",
      ),
    ).toEqual([
      ["1.4", "HK II", "Không"],
      ["2.3", "Học kỳ I", "1.200.000đ"],
    ]);
  });

  it("a month named in the tasks is not the period: the period is the one next to the budget", () => {
    expect(
      rows(
        "1 TC 4.2 Trường học an toàn. Tổ chức ngày hội vào tháng 3/2026. Hiệu trưởng " +
          "Tháng 10/2025 - Tháng 3/2026 20 triệu đồng",
      ),
    ).toEqual([["4.2", "Tháng 10/2025 - Tháng 3/2026", "20 triệu đồng"]]);
  });

  it("the whole year with its year; a numbered section after the table ends it", () => {
    expect(
      rows(
        "1 Tiêu chí 3.4 Học sinh được hỗ trợ. Phụ đạo. Giáo viên chủ nhiệm Cả năm học 2025-2026 8 triệu đồng",
        "3. Tổ chức thực hiện",
        "Các bộ phận xây dựng kế hoạch chi tiết vào tháng 9/2025.",
      ),
    ).toEqual([["3.4", "Cả năm học 2025-2026", "8 triệu đồng"]]);
  });
});
