/**
 * A plan table ending with its total row (issue 21's fresh THCS Trần Phú plan): "Tổng cộng" merged over the TT and
 * criterion cells, the sum in the budget cell, the other cells empty. It is no plan row: neither a task of the last
 * criterion nor a line of its budget, and its amount is not counted again. Grids written by hand; expectations by hand.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { isAmountInWords, isTotalRow } from "../../src/core/read/rows";
import { summarize } from "../../src/core/summary";

const HEADER = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Kết quả cần đạt",
  "Công việc",
  "Chủ trì",
  "Thời gian",
  "Kinh phí",
  "Ghi chú",
];
const first = [
  "1",
  "Tiêu chí 3.6: Thư viện",
  "Bổ sung sách.",
  "Mua sách",
  "Thư viện",
  "Học kỳ II",
  "15.000.000 đồng",
  "",
];
const last = [
  "2",
  "Tiêu chí 5.5: Kỹ năng sống",
  "100% học sinh.",
  "Chuyên đề",
  "TPT Đội",
  "Tháng 3/2026",
  "5.000.000 đ",
  "",
];
const plan = (...grid: string[][]) =>
  readPlan([["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"], HEADER, first, last, ...grid], { level: "thcs" });
const reading = (p: ReturnType<typeof plan>) => p.rows.map((r) => [r.kind, r.criterion, r.cells.budget?.text]);
const TWO = [
  ["criterion", "3.6", "15.000.000 đồng"],
  ["criterion", "5.5", "5.000.000 đ"],
];

describe("the table's total row", () => {
  it.each([
    ["merged over TT and criterion", ["Tổng cộng", "Tổng cộng", "", "", "", "", "20.000.000 đồng", ""]],
    ["in the TT cell", ["Tổng cộng:", "", "", "", "", "", "20.000.000 đồng", ""]],
    ["in the criterion cell, the TT cell empty", ["", "TỔNG CỘNG", "", "", "", "", "20.000.000 đồng", ""]],
    ["'Cộng'", ["Cộng", "", "", "", "", "", "20.000.000", ""]],
    ["'Tổng kinh phí' read without marks (OCR)", ["", "Tong kinh phi", "", "", "", "", "20.000.000đ", ""]],
  ])("%s is no plan row and adds nothing to the total", (_name, total) => {
    const p = plan(total);
    expect(reading(p)).toEqual(TWO);
    expect(summarize(p).totalVnd).toBe(20_000_000);
  });

  it("a task or a row with a period keeps its place", () => {
    const task = ["", "", "", "Tổng kết, đánh giá", "Hiệu trưởng", "Tháng 5/2026", "1.000.000 đ", ""];
    expect(reading(plan(task))).toEqual([...TWO, ["task", "5.5", "1.000.000 đ"]]);
    expect(isTotalRow(["Tổng cộng", "", "", "", "", "Tháng 5/2026", "1.000.000", ""], 1, "Tháng 5/2026")).toBe(false);
    expect(isTotalRow(["", "", "", "Tổng cộng", "", "", "1.000.000", ""], 1, "")).toBe(false);
    expect(isTotalRow(["Tổng hợp ý kiến", "", "", "", "", "", "", ""], 1, "")).toBe(false);
  });
});

describe("the total in words under the table", () => {
  it("is no plan row, alone or cut into cells", () => {
    const words = ["(Bằng chữ: Ba mươi tám triệu năm trăm nghìn đồng)", "", "", "", "", "", "", ""];
    expect(reading(plan(words))).toEqual(TWO);
    const cut = ["(Bằng chữ: Hai mươi", "triệu đồng chẵn)", "", "", "", "", "", ""];
    const total = ["Tổng cộng", "", "", "", "", "", "20.000.000 đồng", ""];
    expect(reading(plan(total, cut))).toEqual(TWO);
    expect(isAmountInWords(["", "Viết bằng chữ: Hai mươi triệu đồng"])).toBe(true);
    expect(isAmountInWords(["3", "Tiêu chí 2.3: Đối với nhân viên", "Chữ viết đẹp"])).toBe(false);
  });
});
