/**
 * A row at the top of a page under cells merged over several rows (TT and "Tiêu chí 2.2" written once for three
 * activities "1." "2." "3.", each with its own period, owner and budget; seen on a fresh THCS plan printed glyph by
 * glyph, test/fixtures/pdf-fresh/thcs-phan-boi-chau-2024-2025.reportlab.pdf): its TT and criterion cells are empty
 * as a split row's are, but it is a row of its own. A row the page break really split still joins the row above.
 * Expectations by hand.
 */
import { continuesRow } from "../../src/core/read/positions-continuation";

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
