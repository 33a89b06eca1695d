/** Speck lines in the table cells of an OCR layer (src/core/read/ocr-specks.ts). Expectations written by hand. */
import { dropSpeckLines } from "../../src/core/read/ocr-specks";
import { fixPeriodCell } from "../../src/core/read/ocr-cells";

describe("dropSpeckLines", () => {
  it("drops lines of one letter or marks only from table cells; keeps lines with a word, a digit or 'ở'", () => {
    expect(
      dropSpeckLines([
        ["1", "Tiêu chí 1.1:\nP\nPhương hướng\n`\ntrường", "3000.000\nA\nđồng", "Tháng 10/2025\nb\nTháng 1/2026"],
        ["2", "ở\nvà\n5\n: ‹ š", "x", "Ý kiến\ncủa Sở"],
      ]),
    ).toEqual([
      ["1", "Tiêu chí 1.1:\nPhương hướng\ntrường", "3000.000\nđồng", "Tháng 10/2025\nTháng 1/2026"],
      ["2", "ở\nvà\n5", "x", "Ý kiến\ncủa Sở"],
    ]);
  });

  it("leaves paragraphs (rows of one cell) and a cell that is nothing but a speck alone", () => {
    const grid = [["A"], ["b\nc"], ["", "`"]];
    expect(dropSpeckLines(grid)).toEqual(grid);
  });
});

describe("fixPeriodCell on an OCR layer's period", () => {
  it('reads "_" after a date at a line end as the dash of a range', () => {
    expect(fixPeriodCell("Tháng 1o/2025_\nTháng 1/2026")).toBe("Tháng 10/2025 -\nTháng 1/2026");
  });

  it('drops a border glued to a Vietnamese word as "l" ("Cả năm họcl"); "April" stays', () => {
    expect(fixPeriodCell("Cả năm họcl")).toBe("Cả năm học");
    expect(fixPeriodCell("April 2026")).toBe("April 2026");
  });
});
