/**
 * Where rows end when their cells are centred vertically around the TT number (src/core/read/pasted-centred.ts):
 * lines written by hand as `pdftotext -layout` would print two such rows, and a top-aligned table.
 */
import { centredRowStarts, type LineChunk } from "../../src/core/read/pasted-centred";

/** A line's chunks: "|" marks where each cell's text starts ("|1   |Tiêu chí 1.1" → chunks at 0 and 4). */
const line = (s: string): LineChunk[] =>
  [...s.matchAll(/\|([^|]*)/g)]
    .filter((m) => m[1].trim())
    .map((m) => ({ x: m.index!, end: m.index! + m[1].trimEnd().length + 1, text: m[1].trim() }));

describe("rows of centred cells are cut where each row's cells sit around its TT line", () => {
  it("the tallest cell starts above the TT line and ends as far below it", () => {
    const lines = [
      "                    |Rà soát sổ tài sản",
      "    |Tiêu chí 1.6   |cập nhật phần mềm",
      "|1  |Quản lý        |công khai theo quý",
      "    |tài chính      |trên bảng tin",
      "                    |của trường.",
      "                    |Tổ chức sinh hoạt",
      "|2  |Tiêu chí 2.2   |chuyên môn hằng",
      "                    |tháng.",
    ].map(line);
    // Row 1: lines 0–4 (its cells centred on line 2), row 2: lines 5–7 (centred on line 6).
    expect(centredRowStarts(lines, [2, 6], false)).toEqual([0, 5]);
  });

  it("a page's first lines may end the row the page break split", () => {
    const lines = [
      "                    |đánh giá.",
      "                    |Lập kế hoạch",
      "    |Tiêu chí 3.1   |dạy học theo",
      "|3  |               |tuần, tổ chức   |Tổ trưởng",
      "    |Tổ chức        |dự giờ và",
      "                    |rút kinh nghiệm.",
    ].map(line);
    // Line 0 ends the row above (from the page before); row 3 is lines 1–5, centred on line 3.
    expect(centredRowStarts(lines, [3], true)).toEqual([1]);
  });

  it("rows starting on their TT line (top-aligned) are left to the usual cut", () => {
    const lines = [
      "|1  |Tiêu chí 1.1   |Rà soát chiến lược     |Tháng 9/2025",
      "    |Phương hướng,  |",
      "    |chiến lược     |",
      "|2  |Tiêu chí 1.2   |Thành lập hội đồng    |Tháng 10/2025",
      "    |Hội đồng       |trường; họp định kỳ",
      "                    |hằng quý.",
    ].map(line);
    expect(centredRowStarts(lines, [0, 3], false)).toBeNull();
  });
});
