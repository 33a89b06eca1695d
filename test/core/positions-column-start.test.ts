/**
 * Where a borderless column starts, on a page read from an image (an OCR layer in pixels, text 21 px high): word
 * boxes stray by a pixel or two, so a cell's first word may start 1.5 px left of the column's other lines (issue 21's
 * THPT Nguyễn Du OCR print: "Từtháng" at 768.8 over "8/2024" at 770.3). Hand-built page; grid written by hand.
 */
import { gridFromPositions, type PositionedText } from "../../src/core/read/positions";

const SIZE = 21;
const item = (str: string, x: number, line: number): PositionedText => ({
  str,
  x,
  y: 100 + line * 25,
  width: str.length * 10,
  size: SIZE,
});
const row = (line: number, cells: [number, string][]) => cells.map(([x, t]) => item(t, x, line));

it("a word 1.5 px left of its column's other lines is in that column", () => {
  //   TT | Nội dung, biện pháp | Thời gian   | Kinh phí
  //   1  | Kiện toàn tổ bảo vệ | Quý I/2025  | Không
  //   2  | Tuần tra giờ tan học| Từtháng     | 2.000.000   ("Từtháng" at 398.5, the column's lines at 400)
  //      | hằng ngày           | 8/2024      |
  //   3  | Rà soát hồ sơ       | Tháng 10,   | 0 đ
  //      |                     | 11/2024     |
  const items = [
    ...row(0, [
      [50, "TT"],
      [150, "Nội dung, biện pháp"],
      [400, "Thời gian"],
      [560, "Kinh phí"],
    ]),
    ...row(1.5, [
      [50, "1"],
      [150, "Kiện toàn tổ"],
      [400, "Quý I/2025"],
      [560, "Không"],
    ]),
    ...row(3, [
      [50, "2"],
      [150, "Tuần tra giờ"],
      [398.5, "Từtháng"],
      [560, "2.000.000"],
    ]),
    ...row(4, [
      [150, "hằng ngày"],
      [400.5, "8/2024"],
    ]),
    ...row(5.5, [
      [50, "3"],
      [150, "Rà soát hồ sơ"],
      [400, "Tháng 10,"],
      [560, "0 đ"],
    ]),
    ...row(6.5, [[401, "11/2024"]]),
  ];
  const grid = gridFromPositions([{ width: 1240, height: 1754, items, lines: [] }]).map((r) =>
    r.map((c) => c.replace(/\s+/g, " ").trim()),
  );
  expect(grid).toEqual([
    ["TT", "Nội dung, biện pháp", "Thời gian", "Kinh phí"],
    ["1", "Kiện toàn tổ", "Quý I/2025", "Không"],
    ["2", "Tuần tra giờ hằng ngày", "Từtháng 8/2024", "2.000.000"],
    ["3", "Rà soát hồ sơ", "Tháng 10, 11/2024", "0 đ"],
  ]);
});
