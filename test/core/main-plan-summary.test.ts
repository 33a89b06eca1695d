/**
 * A document whose self-assessment summary ("Bảng tổng hợp kết quả tự đánh giá") lists criteria and their levels in
 * a table before the plan table (issue 21, found while writing the Hòa Bình fresh plan): the summary has criterion
 * rows but nothing to do, so it is no plan; the plan table after it is read. Grids and expectations by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";

const heading = [["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"], ["TRƯỜNG THCS HÒA BÌNH"]];
const summary = [
  ["Bảng tổng hợp kết quả tự đánh giá"],
  ["TT", "Tiêu chí", "Kết quả tự đánh giá"],
  ["1", "Tiêu chí 1.1", "Mức 3"],
  ["2", "Tiêu chí 1.2", "Mức 2"],
  ["3", "Tiêu chí 3.2", "Mức 1"],
];
const plan = [
  ["TT", "Tiêu chí", "Biện pháp cải tiến", "Kết quả cần đạt", "Thời gian", "Người thực hiện", "Kinh phí"],
  [
    "1",
    "Tiêu chí 3.2: Phòng học, phòng học bộ môn và khối phục vụ học tập",
    "Cải tạo phòng học bộ môn",
    "Đủ phòng",
    "Học kỳ II",
    "Hiệu trưởng",
    "5.000.000 đồng",
  ],
  ["2", "Tiêu chí 5.6: Kết quả giáo dục", "Phụ đạo học sinh", "Tốt nghiệp 98%", "Tháng 4/2026", "Giáo viên", "Không"],
];
const codes = (g: string[][]) =>
  readPlan(g)
    .rows.filter((r) => r.kind === "criterion")
    .map((r) => [r.criterion, r.budget?.kind ?? null]);

describe("a summary of levels by criterion before the plan table", () => {
  it("reads the plan table, not the summary", () => {
    expect(codes([...heading, ...summary, [""], ...plan])).toEqual([
      ["3.2", "amount"],
      ["5.6", "none"],
    ]);
  });
  it("the plan table alone reads the same", () => {
    expect(codes([...heading, ...plan])).toEqual([
      ["3.2", "amount"],
      ["5.6", "none"],
    ]);
  });
  it("a criteria table with nothing to do is still read when it is the only table", () => {
    expect(codes([...heading, ...summary])).toEqual([
      ["1.1", null],
      ["1.2", null],
      ["3.2", null],
    ]);
  });
});
