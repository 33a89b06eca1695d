/**
 * The school's name in a header block written in capitals over several lines (issue 21, the fresh THPT plan): a
 * school line that names only the kind of school ("TRƯỜNG TRUNG HỌC PHỔ" / "THÔNG" / "TRẦN QUANG KHẢI"), a name
 * wrapped at the column's edge ("TRƯỜNG THCS HÒA" / "PHÚ"), and a PDF line running across both columns of the block
 * ("TRƯỜNG THCS HÒA   VIỆT NAM"). Expectations written by hand from the lines.
 */
import { detectContext, joinSchoolName } from "../../src/core/context";
import { readPlan } from "../../src/core/read";

describe("joinSchoolName", () => {
  it.each([
    // The kind split over lines, then the name.
    [
      "TRƯỜNG TRUNG HỌC PHỔ",
      ["THÔNG", "TRẦN QUANG KHẢI", "Số: 87/KH-THPTTQK"],
      "TRƯỜNG TRUNG HỌC PHỔ THÔNG TRẦN QUANG KHẢI",
    ],
    ["TRƯỜNG TRUNG HỌC PHỔ THÔNG", ["TRẦN QUANG KHẢI"], "TRƯỜNG TRUNG HỌC PHỔ THÔNG TRẦN QUANG KHẢI"],
    ["TRƯỜNG THCS", ["NGUYỄN THỊ MINH KHAI"], "TRƯỜNG THCS NGUYỄN THỊ MINH KHAI"],
    // A name wrapped at the column's edge: one short line of capitals.
    ["TRƯỜNG THCS HÒA", ["PHÚ", "Số: 33/KH-THCSHP"], "TRƯỜNG THCS HÒA PHÚ"],
    // The other column's words after a run of spaces are no part of the name.
    ["TRƯỜNG THCS HÒA         NAM", ["PHÚ    Độc lập - Tự do - Hạnh phúc"], "TRƯỜNG THCS HÒA PHÚ"],
  ])("%j + %j → %j", (first, below, whole) => {
    expect(joinSchoolName(first, below)).toBe(whole);
  });

  it.each([
    // A whole name stays whole when what follows is the number, a heading, a body under the school or prose.
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN", ["Số: 25/KH-THCSLQĐ"]],
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN", ["KẾ HOẠCH"]],
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN", ["HỘI ĐỒNG TỰ ĐÁNH GIÁ"]],
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN", ["I. CĂN CỨ"]],
    ["TRƯỜNG THPT LÊ QUÝ ĐÔN", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
    // A long line of capitals is no wrapped end of a name.
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN", ["PHƯỜNG THỦ ĐỨC THÀNH PHỐ HỒ"]],
    // A school written in small letters is a sentence's subject, not a header block.
    ["Trường THCS Lê Quý Đôn", ["PHÚ"]],
  ])("%j + %j stays as written", (first, below) => {
    expect(joinSchoolName(first, below)).toBe(first);
  });

  it("a line that is no school line is returned as it is, cut at a run of spaces", () => {
    expect(joinSchoolName("SỞ GIÁO DỤC VÀ ĐÀO TẠO HƯNG", ["YÊN"])).toBe("SỞ GIÁO DỤC VÀ ĐÀO TẠO HƯNG");
    expect(joinSchoolName("UBND XÃ HÒA PHÚ       CỘNG HÒA", [])).toBe("UBND XÃ HÒA PHÚ");
  });
});

describe("the school detected from a header block", () => {
  it("a line across both columns gives the school part only", () => {
    expect(detectContext(["UBND XÃ HÒA PHÚ", "TRƯỜNG THCS HÒA PHÚ     VIỆT NAM"]).context.school).toBe(
      "TRƯỜNG THCS HÒA PHÚ",
    );
  });

  const table = [
    ["TT", "Tiêu chí", "Kết quả cần đạt", "Thời gian thực hiện", "Người thực hiện", "Kinh phí"],
    ["1", "Tiêu chí 1.2", "Duy trì Mức 2", "Tháng 9/2025", "Hiệu trưởng", "Không"],
  ];

  it("one cell of a .docx header table, its lines split by line breaks", () => {
    const grid = [
      [
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO HƯNG YÊN\nTRƯỜNG TRUNG HỌC PHỔ THÔNG\nTRẦN QUANG KHẢI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      ],
      ["Số: 87/KH-THPTTQK", "Khoái Châu, ngày 06 tháng 10 năm 2025"],
      ["KẾ HOẠCH cải tiến chất lượng năm học 2025 - 2026"],
      ...table,
    ];
    const p = readPlan(grid);
    expect(p.context.school).toBe("TRƯỜNG TRUNG HỌC PHỔ THÔNG TRẦN QUANG KHẢI");
    expect(p.context.level).toBe("thpt");
  });

  it("a PDF's rows, one line each, the name's pieces in the same column", () => {
    const grid = [
      ["SỞ GIÁO DỤC VÀ ĐÀO TẠO HƯNG", ""],
      ["YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"],
      ["TRƯỜNG TRUNG HỌC PHỔ", "NAM"],
      ["THÔNG", "Độc lập - Tự do - Hạnh phúc"],
      ["TRẦN QUANG KHẢI", ""],
      ["Số: 87/KH-THPTTQK", "Khoái Châu, ngày 06 tháng 10 năm 2025"],
      ["KẾ HOẠCH cải tiến chất lượng năm học 2025 - 2026"],
      ...table,
    ];
    expect(readPlan(grid).context.school).toBe("TRƯỜNG TRUNG HỌC PHỔ THÔNG TRẦN QUANG KHẢI");
  });
});
