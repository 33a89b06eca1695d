/**
 * Focused cases for what the paste reader learnt from the fresh THPT Hùng Vương, mầm non Hướng Dương and tiểu học
 * Nguyễn Văn Trỗi plans (test/core/pasted-pdf-fresh.test.ts): each text below is written by hand in the form a viewer
 * copies, not taken from a fixture; the expected rows are worked out by hand.
 */
import "../../src/core/catalogs/all";
import { mainPlan, readPlans } from "../../src/core/read";
import { splitPastedText } from "../../src/core/read/pasted-pdf";
import { PAGE_NUMBER, withoutRunningHeads } from "../../src/core/read/pasted-pages";
import { gluedAcrossLines } from "../../src/core/read/pasted-wraps";
import { rowOf } from "../support/pdf-fresh-plans";

const plan = (text: string) => mainPlan(readPlans(splitPastedText(text)));
const read = (text: string) =>
  plan(text)
    .rows.filter((r) => r.kind === "criterion")
    .map(rowOf);

describe("a running head printed on every page", () => {
  const head = "Trường THPT Hùng Vương - Kế hoạch năm học";
  it("is left out where it recurs, with the lines that follow it alike; its first printing stays", () => {
    const lines = [head, "2026-2027", "KẾ HOẠCH", "a", "Trang 1/3", head, "2026-2027", "b", "Trang 2/3", head];
    expect(withoutRunningHeads([...lines, "2026-2027", "c"])).toEqual([
      ...[head, "2026-2027", "KẾ HOẠCH", "a", "Trang 1/3", "b", "Trang 2/3", "c"],
    ]);
  });

  it("a short first line or a line met once more is no running head", () => {
    expect(withoutRunningHeads(["2026-2027", "x", "2026-2027", "y", "2026-2027"])).toHaveLength(5);
    expect(withoutRunningHeads([head, "x", head, "y"])).toHaveLength(4);
  });

  it("'Trang 3/10' is a page number; '9-' (a range's start wrapped) is not", () => {
    expect(["Trang 3/10", "3/10", "- 3 -", "Trang 3", "12"].every((l) => PAGE_NUMBER.test(l))).toBe(true);
    expect(["9-", "Tháng 9-", "9/2025"].some((l) => PAGE_NUMBER.test(l))).toBe(false);
  });
});

describe("a Biểu 2 table with Roman-numbered standard rows, one visual line per line, split by page breaks", () => {
  const head = "Trường THPT Hùng Vương - Kế hoạch năm học 2026-2027";
  const text = [
    head,
    "KẾ HOẠCH cải tiến chất lượng năm học 2026-2027",
    "IV. KẾ HOẠCH CẢI TIẾN",
    ..."TT|Nội dung cải tiến|Mục tiêu cải tiến|Hoạt động/giải pháp|Thời gian hoàn thành|Nguồn lực".split("|"),
    "Trang 1/3",
    head,
    // the header's labels broken by the page break: their last pieces after the next page's head
    ..."bảo đảm|dự kiến|thực|hiện".split("|"),
    "I. Tiêu chuẩn 1: Quản trị nhà trường",
    ..."1|TC 1.1: Tầm nhìn|Rà soát kế hoạch|Tháng 11|năm 2026|Không phát sinh|kinh phí".split("|"),
    "II. Tiêu chuẩn 2: Phát triển đội ngũ",
    ..."2|Tiêu chí 2.2. Giáo viên|Sinh hoạt|chuyên môn|Trang 2/3".split("|"),
    head,
    ..."30/5/|2027|Ngân sách nhà nước|45.000.000đ; Xã hội|hóa 15.000.000đ".split("|"),
    "V. TỔ CHỨC THỰC HIỆN",
    "Trang 3/3",
  ].join("\n");

  it("reads every row: the standard rows stay in the table, the running head out of the rows", () => {
    expect(read(text)).toEqual([
      [1, "1.1", "2026-11..2026-11", "none"], // "Tháng 11 năm 2026"
      [2, "2.2", "2027-05..2027-05", "60000000"], // two amounts of one cell, the second without a colon
    ]);
  });

  it("the standard rows are the plan's standard headings", () => {
    const headings = plan(text).rows.filter((r) => r.kind === "standard");
    expect(headings.map((r) => r.standard)).toEqual([1, 2]);
  });
});

describe("start | end columns and amounts of a mầm non Biểu 2 plan, rows run together", () => {
  const header = "TT Nội dung cải tiến Hoạt động/giải pháp Thời gian bắt đầu Thời gian kết thúc Nguồn lực";
  const one = (row: string) => read(["KẾ HOẠCH năm học 2026 - 2027", header, row].join("\n"))[0];

  it("two dates side by side are start and end as written, even the end before the start", () => {
    expect(one("1 Tiêu chí 3.4: Hòa nhập Lập hồ sơ 01/3/2027 30/12/2026 Không")[2]).toBe("2027-03..2026-12");
    expect(one("1 Tiêu chí 1.3: Dữ liệu Cập nhật 01/9/2026 31/12/2026 Ngân sách: 5 000 000 đ")).toEqual([
      1,
      "1.3",
      "2026-09..2026-12",
      "5000000",
    ]);
  });

  it("amounts grouped by spaces, not grouped, in shorthand, and several in one cell", () => {
    expect(one("1 Tiêu chí 2.2: Giáo viên Dự giờ 15/9/2026 15/01/2027 Ngân sách nhà nước 2000000đ")[3]).toBe("2000000");
    expect(one("1 Tiêu chí 3.2: Theo dõi Bộ công cụ 01/10/2026 30/4/2027 Xã hội hóa 3tr5")[3]).toBe("3500000");
    const two = "1 Tiêu chí 4.1: Sân chơi Sửa chữa 01/11/2026 31/5/2027 Ngân sách 10tr; xã hội hóa 5 000 000 đ";
    expect(one(two)[3]).toBe("15000000");
  });

  it("the labels' letters broken apart still name the two columns ('Thờ' / 'i' / 'gia' / 'n' … 'thú' / 'c')", () => {
    const labels = "TT|Nội dung cải tiến|Hoạt động/giải pháp|Thờ|i|gia|n|bắt|đầu|Thờ|i|gia|n|kết|thú|c|Nguồn|lực";
    const row = "1|Tiêu chí 1.3: Dữ liệu|Cập nhật|01/9/2026|31/12/2026|Không";
    const text = ["KẾ HOẠCH năm học 2026 - 2027", ...labels.split("|"), ...row.split("|")].join("\n");
    expect(read(text)).toEqual([[1, "1.3", "2026-09..2026-12", "none"]]);
  });

  it("a date broken before its year's slash or inside its month is one date", () => {
    expect(gluedAcrossLines("01/9", "/202")).toBe(true);
    expect(gluedAcrossLines("15/0", "1/20")).toBe(true);
    expect(gluedAcrossLines("Tháng 9", "/2026 đến")).toBe(false);
  });
});

describe("a table without a TT column, its standard merged down the first column", () => {
  const text = [
    "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026",
    "Tiêu chuẩn Tiêu chí Kết quả tự đánh giá Mục tiêu Nội dung, biện pháp Người thực hiện Thời gian Kinh phí",
    "Tiêu chuẩn 1: Tổ chức Tiêu chí 1.1: Phương hướng Mức 2 Đạt Mức 3 Rà soát chiến lược Hiệu trưởng HK I Không",
    "Tiêu chí 1.4: Tổ chuyên môn Mức 2 Đạt Mức 3 Chuyên đề Tổ trưởng Cả năm 5 triệu",
    "Tiêu chuẩn 3: Cơ sở vật chất Tiêu chí 3.1: Khuôn viên Mức 2 Đạt Mức 3 Trồng cây Hiệu trưởng Cả năm XHH",
  ].join("\n");

  it("reads each standard and its criteria, 'Cả năm' as the school year, 'XHH' as a source", () => {
    expect(read(text)).toEqual([
      [1, "1.1", "2025-09..2026-01", "none"],
      [1, "1.4", "school-year", "5000000"],
      [3, "3.1", "school-year", "source: Xã hội hóa"],
    ]);
  });

  it("its header's labels one word a line (a viewer's copy) are the same header", () => {
    const lines = text.split("\n");
    const header = ["Tiêu chuẩn Tiêu chí", "Kết", "quả", "tự", "đánh", "giá", "Mục", "tiêu", "Nội dung, biện pháp"];
    const wrapped = [lines[0], ...header, "Người thực", "hiện", "Thời", "gian", "Kinh", "phí", ...lines.slice(2)];
    expect(read(wrapped.join("\n")).map((r) => r[1])).toEqual(["1.1", "1.4", "3.1"]);
  });
});
