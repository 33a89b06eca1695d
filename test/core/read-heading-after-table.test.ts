/**
 * Borders a page image lost or ran on (issue 21's fresh THCS Lê Lợi plan read by OCR): the document's next section
 * right under the plan table ("III. TỔ CHỨC THỰC HIỆN") cut into the TT cell and the next by a column border running
 * on a few pixels is no plan row; a row's number and its criterion code run together in the TT cell ("6 TC 3.4 -")
 * when the border between them was lost go back to their columns. Grids written by hand; expectations by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";

const HEADER = ["TT", "Tiêu chí", "Kết quả cần đạt", "Nội dung, biện pháp", "Thời gian thực hiện", "Kinh phí"];
const rows = (grid: string[][]) =>
  readPlan([["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2023-2024"], HEADER, ...grid], { level: "thcs" }).rows.map((r) => [
    r.kind,
    r.criterion,
  ]);
const last = ["10", "Tiêu chí 5.5 (Mức 2)", "Học sinh được rèn luyện.", "Câu lạc bộ.", "Cả năm", "4.000"];

describe("a Roman-numbered heading in capitals cut into the TT cell under the table", () => {
  it("is no plan row", () => {
    expect(rows([last, ["II. TỔ CHỨC", "THỰC HIỆN", "", "", "", ""]])).toEqual([["criterion", "5.5"]]);
    expect(rows([last, ["III. TỔ CHỨC THỰC HIỆN", "", "", "", "", ""]])).toEqual([["criterion", "5.5"]]);
  });

  it("a standard's heading row, a numbered task and a heading with a period stay rows", () => {
    expect(rows([["II. TIÊU CHUẨN 2: CÁN BỘ QUẢN LÝ", "", "", "", "", ""], last])).toEqual([
      ["standard", null],
      ["criterion", "5.5"],
    ]);
    expect(rows([last, ["", "", "", "2. Tổ chức hội thi", "HK II", "1.000"]])).toEqual([
      ["criterion", "5.5"],
      ["task", "5.5"],
    ]);
    expect(rows([last, ["II.", "", "", "TỔ CHỨC HỘI THI", "HK II", ""]]).length).toBe(2);
  });
});

describe("a row's number and its criterion code run together in the TT cell", () => {
  const plan = (grid: string[][]) =>
    readPlan([["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2023-2024"], HEADER, ...grid], { level: "thcs" });

  it("go back to their columns, the code before the criterion cell's text (a row split over two pages too)", () => {
    const p = plan([
      ["6 TC 3.4 -", "", "Khu vệ sinh sạch sẽ.", "Cải tạo khu vệ", "Tuần 1-", "XHH"],
      ["", "Mức 3\nKhu vệ sinh, hệ thống cấp thoát nước", "", "sinh học sinh nữ.", "4 tháng 3/2024", ""],
    ]);
    const rows = p.rows.filter((r) => r.kind === "criterion");
    expect(rows.map((r) => [r.criterion, r.cells.tt?.text, r.target?.level])).toEqual([["3.4", "6", 3]]);
    expect(rows[0].cells.criterion?.text).toBe("TC 3.4 -\nMức 3\nKhu vệ sinh, hệ thống cấp thoát nước");
  });

  it("not when the criterion cell has its own code, nor for a bare number pair", () => {
    const own = plan([["6 TC 3.4", "Tiêu chí 3.5", "Thiết bị đủ.", "Mua sắm", "HK I", "Không"]]);
    expect(own.rows.map((r) => [r.kind, r.criterion, r.cells.tt?.text])).toEqual([["criterion", "3.5", "6 TC 3.4"]]);
    const bare = plan([["6 3.4", "", "Khu vệ sinh sạch sẽ.", "Cải tạo", "HK I", "Không"]]);
    expect(bare.rows.filter((r) => r.kind === "criterion")).toEqual([]);
  });
});
