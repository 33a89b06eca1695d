/**
 * A row at the top of a page under cells merged over several rows (TT and "Tiêu chí 2.2" written once for three
 * activities "1." "2." "3.", each with its own period, owner and budget; seen on a fresh THCS plan printed glyph by
 * glyph, test/fixtures/pdf-fresh/thcs-phan-boi-chau-2024-2025.reportlab.pdf): its TT and criterion cells are empty
 * as a split row's are, but it is a row of its own. A row the page break really split still joins the row above.
 * Expectations by hand.
 */
import { continuesRow, splitUnderMerged } from "../../src/core/read/positions-continuation";

// TT | Tiêu chí | Nội dung | Kết quả cần đạt | Thời gian | Người phụ trách | Người phối hợp | Kinh phí | Ghi chú
const above = [
  "3",
  "Tiêu chí 2.2: Đối với giáo viên",
  "1. Cử giáo viên tham gia tập huấn dạy học theo Chương trình giáo dục phổ thông 2018 đối với lớp 9.",
  "100% giáo viên dạy lớp 9 được tập huấn.",
  "Tuần 1 - tuần 4 tháng 9/2024",
  "Phó hiệu trưởng",
  "Tổ trưởng chuyên môn",
  "2,5",
  "Theo công văn của Phòng GD&ĐT",
];

describe("the first row of a page under an empty TT and criterion cell", () => {
  it("is a row of its own when its short cells (period, owner, budget) are filled as the row above's are", () => {
    const next = [
      "",
      "",
      "2. Tổ chức hội giảng cấp trường chào mừng ngày Nhà giáo Việt Nam 20/11, mỗi giáo viên dạy 2 tiết.",
      "Trên 80% tiết dạy xếp loại tốt.",
      "Từ tháng 10/2024 đến tháng 11/2024",
      "Hiệu trưởng",
      "Công đoàn, tổ chuyên môn",
      "5",
      "",
    ];
    expect(continuesRow(next, above)).toBe(false);
  });

  it("continues the row above when only its paragraphs go on (two cells left open above, short cells empty)", () => {
    const open = above.map((c, i) => (i === 2 || i === 3 ? c.replace(/\.$/, "") : c));
    const rest = ["", "", "Hội đồng bộ môn dự giờ", "Phòng GD&ĐT kiểm tra.", "", "", "", "", ""];
    expect(continuesRow(rest, open)).toBe(true);
  });

  it("continues the row above when a cell goes on mid-sentence, short cells filled or not", () => {
    const rest = ["", "", "theo kế hoạch của Phòng GD&ĐT.", "", "tháng 10/2024", "Hiệu trưởng", "", "", ""];
    expect(continuesRow(rest, above)).toBe(true);
  });

  it("continues the row above when a single short cell goes on", () => {
    const rest = ["", "", "", "", "", "", "Giáo viên chủ nhiệm", "", ""];
    expect(continuesRow(rest, above)).toBe(true);
  });
});

describe("a row whose cell above is left open by a connector", () => {
  it("continues it, short cells filled or not ('Từ tháng 10/2024 đến' + 'tháng 11/2024')", () => {
    const open = above.map((c, i) => (i === 4 ? "Từ tháng 10/2024 đến" : c));
    const rest = ["", "", "Báo cáo kết quả.", "Đạt yêu cầu.", "Tháng 11/2024", "Hiệu trưởng", "Công đoàn", "5", ""];
    expect(continuesRow(rest, open)).toBe(true);
  });
});

/**
 * A weakness merged over a criterion's three activities goes on past the page break beside the second activity (seen
 * on a fresh mầm non plan printed by Chromium, test/fixtures/pdf-fresh/mam-non-sen-hong-2024-2025.chromium.pdf): the
 * weakness's rest joins the row above, the activity is a row of its own.
 */
describe("the first row of a page where a merged paragraph goes on beside the next activity", () => {
  // STT | Tiêu chí | Điểm yếu (tồn tại) | Biện pháp | Người thực hiện | Thời gian | Kinh phí / Nguồn lực | Ghi chú
  const first = [
    "",
    "Tiêu chí 2.2: Đối với giáo viên",
    "Tỷ lệ giáo viên đạt trên chuẩn trình độ đào tạo mới đạt 48%, chưa đạt",
    "- Cử 03 giáo viên tham gia lớp đại học giáo dục mầm non hệ vừa làm vừa học.",
    "Hiệu trưởng",
    "Cả năm học",
    "2.000.000đ/năm",
    "Hỗ trợ học phí",
  ];
  const next = [
    "",
    "",
    "yêu cầu Mức 2 (ít nhất 55%); một số giáo viên còn lúng túng.",
    "- Tổ chức hội thi giáo viên dạy giỏi cấp trường.",
    "Phó hiệu trưởng chuyên môn",
    "Từ 01/10/2024 đến 30/12/2024",
    "1,5 triệu",
    "",
  ];

  it("is split: the paragraph's rest above, the activity's cells a row of their own", () => {
    expect(continuesRow(next, first)).toBe(true); // (the lowercase rest alone says "goes on")
    expect(splitUnderMerged(next, first)).toEqual({
      rest: ["", "", next[2], "", "", "", "", ""],
      own: ["", "", "", next[3], next[4], next[5], next[6], ""],
    });
  });

  it("is not split when the cell going on was a short value above (a split row's period or owner)", () => {
    const short = first.map((c, i) => (i === 2 ? "Giáo viên" : c));
    expect(splitUnderMerged(next, short)).toBeNull();
  });

  it("is not split when the paragraph above was closed (its lowercase start is no rest of it)", () => {
    const closed = first.map((c, i) => (i === 2 ? `${c} yêu cầu.` : c));
    expect(splitUnderMerged(next, closed)).toBeNull();
  });

  it("is not split when too few short cells are filled both above and below (a split row's paragraphs)", () => {
    const rest = ["", "", next[2], "vừa học để nâng trình độ.", "", "", "", ""];
    expect(splitUnderMerged(rest, first)).toBeNull();
    const one = ["", "", next[2], "- Tổ chức hội thi.", "Phó hiệu trưởng", "", "", ""];
    expect(splitUnderMerged(one, first)).toBeNull();
  });
});
