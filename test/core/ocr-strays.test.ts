/**
 * Border strokes OCR glued to the word beside them (src/core/read/ocr-strays.ts). The inputs are how Tesseract reads
 * a cell's vertical border next to a word ("Cả năm lhọc" in a searchable scan's layer); the expected texts are
 * written by hand.
 */
import { dropStrayStroke, dropStrayStrokes } from "../../src/core/read/ocr-strays";
import { normalizeOcrGrid } from "../../src/core/read/ocr-cells";

describe("a border's stroke glued to a word", () => {
  it.each([
    ["lhọc", "học"],
    ["lvà", "và"],
    ["lcác", "các"],
    ["|trưởng", "trưởng"],
    ["Ihọc", "học"],
    ["!Tháng", "Tháng"],
    ["]Không", "Không"],
    ["trưởng|", "trưởng"],
    ["họcl", "học"],
    ["năml", "năm"],
    ["|học|", "học"],
    ["(lhọc).", "(học)."],
    ["lhọc,", "học,"],
  ])("%s → %s", (read, meant) => expect(dropStrayStroke(read)).toBe(meant));

  it.each([
    // Syllables as they are, l or I their own initial.
    "lý",
    "lớp",
    "lập",
    "Ít",
    "In",
    // A digit or a capital I glued to a word is a number or numeral whose space was lost.
    "1tháng",
    "kỳI",
    "kỳ1",
    "HKI",
    "II",
    // No Vietnamese letter and not unreadable: a name, a unit, an abbreviation.
    "Ian",
    "lbs",
    "Ilan",
    // What is left is no syllable either: left as OCR read it.
    "lhqc",
    "l",
    "|",
    "l.",
  ])("%s stays", (word) => expect(dropStrayStroke(word)).toBe(word));

  it("keeps spaces and lines of a cell", () => {
    expect(dropStrayStrokes("Cả năm\nlhọc")).toBe("Cả năm\nhọc");
    expect(dropStrayStrokes("Tiêu chuẩn 1: Tổ chức\nlvà quản lý nhà trường")).toBe(
      "Tiêu chuẩn 1: Tổ chức\nvà quản lý nhà trường",
    );
    expect(dropStrayStrokes("Phó hiệu  |trưởng")).toBe("Phó hiệu  trưởng");
  });

  it("is part of reading an OCR grid, so a recurring period is read as written", () => {
    const grid = [
      ["TT", "Tiêu chí", "Thời gian", "Kinh phí"],
      ["1", "Tiêu chí 1.8: Quản lý các hoạt động giáo dục", "Cả năm\nlhọc", "Không"],
    ];
    expect(normalizeOcrGrid(grid)[1]).toEqual([
      "1",
      "Tiêu chí 1.8: Quản lý các hoạt động giáo dục",
      "Cả năm\nhọc",
      "Không",
    ]);
  });
});
