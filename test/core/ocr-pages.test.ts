/** A header repeated at a page break, read a little differently by OCR, is dropped and the split row joined. */
import { joinOcrPages } from "../../src/core/read/ocr-pages";

const HEADER = ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp cần thực hiện", "Thời gian"];

describe("OCR page breaks", () => {
  it("drops the repeated header and joins the row the break split; confidences follow", () => {
    const grid = [
      ["KẾ HOẠCH"],
      HEADER,
      ["1", "Tiêu chí 5.2 Tổ", "Đưa ra được giải", "Giáo viên lập", "Tháng"],
      ["TT", "Tiêuchuấn,tiêu chí", "Kết quả cần đạt", "©Công việc/giải pháp cần thực hiện", "Thời gian"],
      ["", "chức hoạt động", "pháp hiệu quả", "kế hoạch", "9/2025"],
      ["2", "Tiêu chí 5.4", "Đạt", "Họp", "Tháng 10/2025"],
    ];
    const conf = grid.map((r, i) => r.map(() => (i === 4 ? 50 : 90)));
    const out = joinOcrPages(grid, conf);
    expect(out.grid).toEqual([
      ["KẾ HOẠCH"],
      HEADER,
      [
        "1",
        "Tiêu chí 5.2 Tổ chức hoạt động",
        "Đưa ra được giải pháp hiệu quả",
        "Giáo viên lập kế hoạch",
        "Tháng 9/2025",
      ],
      ["2", "Tiêu chí 5.4", "Đạt", "Họp", "Tháng 10/2025"],
    ]);
    expect(out.confidence[2]).toEqual([90, 50, 50, 50, 50]);
    expect(out.confidence[3]).toEqual([90, 90, 90, 90, 90]);
  });

  it("keeps a row after a repeated header that starts an entry of its own", () => {
    const grid = [HEADER, ["1", "Tiêu chí 1.1", "a", "b", "c"], [...HEADER], ["", "<p>Tiêu chí 1.10", "d", "e", "f"]];
    const out = joinOcrPages(
      grid,
      grid.map((r) => r.map(() => 90)),
    );
    expect(out.grid).toEqual([HEADER, ["1", "Tiêu chí 1.1", "a", "b", "c"], ["", "<p>Tiêu chí 1.10", "d", "e", "f"]]);
  });

  it("follows the header of a second table (other columns), and joins a split row whose text only mentions a criterion", () => {
    const issues = ["TT", "Tiêu chuẩn", "Tiêu chí liên quan", "Đánh giá hiện trạng"];
    const plan = ["TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Thời gian thực hiện"];
    const grid = [
      issues,
      ["1", "", "", ""],
      plan,
      ["1", "Tiêu chí 1.2: Cơ cấu (gợi ý", "Thực hiện", "Các tổ", "Tháng 9/2026"],
      ["TT", "Nộidung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Thời gian thực hiện"],
      ["", "— cần rà soát; 18/2018: tiêu chí 1.4 Hiệu trưởng)", "", "", ""],
    ];
    const out = joinOcrPages(
      grid,
      grid.map((r) => r.map(() => 90)),
    );
    expect(out.grid).toEqual([
      issues,
      ["1", "", "", ""],
      plan,
      [
        "1",
        "Tiêu chí 1.2: Cơ cấu (gợi ý — cần rà soát; 18/2018: tiêu chí 1.4 Hiệu trưởng)",
        "Thực hiện",
        "Các tổ",
        "Tháng 9/2026",
      ],
    ]);
  });
});
