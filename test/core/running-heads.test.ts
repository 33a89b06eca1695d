/**
 * Running heads and feet (a page header "Trường … - Kế hoạch … năm học 2026-2027" over two lines and a footer
 * "Trang N/M" on every page, as LibreOffice prints a document's header and footer): left out of the grid, so a table
 * split by a page break goes on. Expectations by hand.
 */
import { gridFromPositions, type PositionedPage, type PositionedText } from "../../src/core/read/positions";
import { runningItems } from "../../src/core/read/running-heads";
import { isPageNumber } from "../../src/core/read/positions-ruled";

/** 10 pt text, every character 5 pt wide, lines 12 pt apart. */
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 20 + line * 12,
  width: str.length * 5,
  size: 10,
});

const head = () => [
  item("Trường THPT Hùng Vương - Kế hoạch cải tiến chất lượng năm học", 0, 0),
  item("2026-2027", 0, 1),
];
const foot = (n: number, of: number) => item(`Trang ${n}/${of}`, 100, 20);

// TT | Tiêu chí | Kinh phí | Minh chứng, ruled.
const XS = [0, 20, 120, 170, 230];
const ruled = (ys: number[]) =>
  ys
    .map((y) => ({ x1: 0, y1: y, x2: 230, y2: y }))
    .concat(XS.map((x) => ({ x1: x, y1: ys[0], x2: x, y2: ys[ys.length - 1] })));

function pages(): PositionedPage[] {
  const first = [
    ...head(),
    item("KẾ HOẠCH", 80, 3),
    item("TT", 4, 6),
    item("Tiêu chí", 24, 6),
    item("Kinh phí", 124, 6),
    item("Minh chứng", 174, 6),
    item("1", 4, 8),
    item("Tiêu chí 1.3: Quản lý kế", 24, 8),
    item("12.000.000đ", 124, 8),
    item("(MC.1.3.01)", 174, 8),
    foot(1, 2),
  ];
  // The row goes on at the top of the second page, under the running head.
  const second = [
    ...head(),
    item("hoạch, nguồn lực", 24, 4),
    item("2", 4, 6),
    item("Tiêu chí 2.2: Giáo viên", 24, 6),
    item("Không", 124, 6),
    item("(MC.2.2.01)", 174, 6),
    foot(2, 2),
  ];
  return [
    { width: 300, height: 300, items: first, lines: ruled([86, 100, 120]) },
    { width: 300, height: 300, items: second, lines: ruled([62, 80, 100]) },
  ];
}

describe("running heads and feet", () => {
  it("are left out: the row split by the page break is one row again, the next row its own", () => {
    expect(gridFromPositions(pages())).toEqual([
      ["KẾ HOẠCH"],
      ["TT", "Tiêu chí", "Kinh phí", "Minh chứng"],
      ["1", "Tiêu chí 1.3: Quản lý kế hoạch, nguồn lực", "12.000.000đ", "(MC.1.3.01)"],
      ["2", "Tiêu chí 2.2: Giáo viên", "Không", "(MC.2.2.01)"],
    ]);
  });

  it("are the lines at the same height on every page, page numbers aside", () => {
    const found = runningItems(pages().map((p) => p.items.filter((it) => it.y < 60 || it.y > 200)));
    expect([...found].map((it) => it.str).sort()).toEqual(
      [...head(), ...head()]
        .map((it) => it.str)
        .concat(["Trang 1/2", "Trang 2/2"])
        .sort(),
    );
  });

  it("are not a line that also stands elsewhere (a heading repeated lower on another page), nor one page's line", () => {
    const a = [item("Tiêu chuẩn 1", 0, 0), item("nội dung", 0, 5)];
    const b = [item("Tiêu chuẩn 1", 0, 0), item("Tiêu chuẩn 1", 0, 9)];
    expect(runningItems([a, b]).size).toBe(0);
    expect(runningItems([a]).size).toBe(0);
  });

  it("are not a borderless table's header repeated at the top of every page, its first page's too", () => {
    const labels = () => [item("TT", 0, 0), item("Tiêu chí", 15, 0), item("Kinh phí", 60, 0)];
    expect(runningItems([labels(), labels(), labels()]).size).toBe(0);
  });
});

describe("a page number alone on a line", () => {
  it("is read in its usual forms, with the page count too", () => {
    for (const s of ["2", "- 2 -", "Trang 2", "2/5", "Trang 2/5", "trang 12 / 15", "Trang 3\u204410"])
      expect(isPageNumber([s])).toBe(true);
    for (const s of ["2026-2027", "Trang 2 của kế hoạch", "12/2026"]) expect(isPageNumber([s])).toBe(false);
  });
});
