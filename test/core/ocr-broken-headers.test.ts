/**
 * An OCR layer's broken header labels and cell borders (the Lê Văn Tám fresh plan's OCR print): the criterion and
 * owner columns found from their rows when their labels lost letters; "JTC 2.5" is "TC 2.5". Expectations by hand.
 */
import { headerAt } from "../../src/core/read/headers";
import { parseCriterionRef } from "../../src/core/parse/refs";

const HEAD = [
  "TT,",
  "Tiê chí",
  "Mục tiêu cần đạt",
  "Nội dung, biện pháp",
  "Ng hiê thực lên",
  "Thời gian thực hiện",
  "Kinh phí",
];
const row = (n: string, code: string, owner: string) => [
  n,
  code,
  "Mục tiêu",
  "Công việc",
  owner,
  "Tháng 9/2024",
  "Không",
];

describe("a header whose labels OCR broke", () => {
  it("the criterion and owner columns from rows naming codes and roles", () => {
    const grid = [
      HEAD,
      row("1", "TC 1.3", "Hiệu trưởng; Chủ tịch công đoàn"),
      row("2", "TC 1.5", "Phó hiệu trưởng; giáo viên chủ nhiệm"),
      row("3", "JTC 2.5", "Hiệu trưởng, nhân viên văn thư"),
    ];
    const h = headerAt(grid, 0);
    expect(h?.columns.criterion).toBe(1);
    expect(h?.columns.owner).toBe(4);
  });
  it("not when the rows name no codes or roles", () => {
    const grid = [HEAD, row("1", "Hội đồng", "Cả trường"), row("2", "Lớp học", "Các tổ"), row("3", "Thư viện", "—")];
    const h = headerAt(grid, 0);
    expect(h?.columns.criterion).toBeUndefined();
    expect(h?.columns.owner).toBeUndefined();
  });
  it("a recognised label keeps its column", () => {
    const head = ["TT", "Tiêu chí", "Mục tiêu", "Nội dung", "Người thực hiện", "Thời gian", "Kinh phí"];
    const h = headerAt([head, row("1", "TC 1.3", "Hiệu trưởng"), row("2", "TC 1.5", "Kế toán")], 0);
    expect(h?.columns.criterion).toBe(1);
    expect(h?.columns.owner).toBe(4);
  });
});

describe("a cell border OCR read as a letter before 'TC'", () => {
  it("'JTC 2.5', '|TC 4.1' are the codes; a word ending in 'tc' is not", () => {
    expect(parseCriterionRef("JTC 2.5")?.code).toBe("2.5");
    expect(parseCriterionRef("|TC 4.1")?.code).toBe("4.1");
    expect(parseCriterionRef("ITC 1.3")?.code).toBe("1.3");
    expect(parseCriterionRef("ABTC 2.5")).toBeNull();
  });
});
