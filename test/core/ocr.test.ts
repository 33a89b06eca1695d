/** OCR words → positioned page, cell confidences, notes on low-confidence cells and uncertain amounts in the total. */
import "../../src/core/catalogs/all";
import { cellConfidences, ocrPage, type OcrWord } from "../../src/core/read/ocr";
import { annotateScan } from "../../src/core/read/ocr-notes";
import { readPlans, mainPlan } from "../../src/core/read";
import { summarize } from "../../src/core/summary";
import { splitGluedWords } from "../../src/core/read/ocr-syllables";

const word = (text: string, x0: number, y: number, confidence: number): OcrWord => ({
  text,
  x0,
  y0: y - 30,
  x1: x0 + text.length * 15,
  y1: y + 8,
  baseline: y,
  lineHeight: 40,
  confidence,
});

describe("OCR words as a positioned page", () => {
  it("converts pixels at the image's dpi into points and drops border characters read as text", () => {
    const page = ocrPage(
      { width: 3000, height: 2000, dpi: 300 },
      [word("|Tiêu", 300, 600, 90), word("|", 900, 600, 30)],
      [{ x1: 0, y1: 300, x2: 3000, y2: 300 }],
    );
    expect(page.width).toBeCloseTo(720);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ str: "Tiêu ", x: 72, y: 144 });
    expect(page.lines[0]).toEqual({ x1: 0, y1: 72, x2: 720, y2: 72 });
  });
});

describe("cell confidences", () => {
  it("finds each cell's words again and weighs them; an amount counts at its digits' lowest", () => {
    const words = [
      [
        word("Tiêu", 0, 0, 90),
        word("chí", 0, 0, 80),
        word("1.4", 0, 0, 96),
        word("5.000.000", 0, 0, 41),
        word("đồng", 0, 0, 95),
      ],
    ];
    const grid = [["Tiêu chí 1.4", "5.000.000 đồng", "", "không có"]];
    const [[a, b, c, d]] = cellConfidences(grid, words);
    expect(a).toBe(Math.round((90 * 4 + 80 * 3 + 96 * 3) / 10));
    expect(b).toBe(41);
    expect(c).toBeNull();
    expect(d).toBeNull();
  });
});

describe("a plan read from a scan", () => {
  const grid = [
    ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025-2026"],
    [
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Kết quả cần đạt",
      "Công việc/giải pháp",
      "Chủ trì",
      "Thời gian",
      "Dự kiến kinh phí",
    ],
    ["1", "Tiêu chí 1.1", "Đạt Mức 2", "Họp", "HT", "Tháng 9/2025", "5.000.000 đồng"],
    ["2", "Tiêu chí 1.2", "Đạt Mức 2", "Họp", "HT", "Tháng 10/2025", "3.000.000 đồng"],
  ];
  const confidence = grid.map((row, r) => row.map((_, c) => (r === 3 && c === 6 ? 40 : 92)));

  it("carries each cell's confidence, notes the low ones and says how many amounts are uncertain", () => {
    const plan = mainPlan(readPlans(grid));
    const small = { vi: "Trang 1: ảnh quá nhỏ", en: "Page 1: the image is too small" };
    annotateScan(plan, {
      seen: { pages: 1, words: 40, meanConfidence: 88, warnings: [small] },
      confidence,
    });
    const rows = plan.rows.filter((r) => r.kind === "criterion");
    expect(rows.map((r) => r.cells.budget?.confidence)).toEqual([92, 40]);
    expect(rows[0].cells.criterion?.confidence).toBe(92);
    expect(plan.scan).toEqual({
      pages: 1,
      words: 40,
      meanConfidence: 88,
      lowCells: 1,
      warnings: [small],
    });
    // The image's warning is a finding in both languages.
    expect(plan.readFindings.filter((f) => f.rule === "ocr.image").map((f) => [f.message, f.messageEn])).toEqual([
      ["Trang 1: ảnh quá nhỏ", "Page 1: the image is too small"],
    ]);
    const low = plan.readFindings.filter((f) => f.rule === "ocr.low-confidence");
    expect(low).toHaveLength(1);
    expect(low[0].message).toBe("Đọc từ ảnh, độ tin cậy thấp — hãy đối chiếu bản gốc (độ tin cậy 40 %).");
    expect(low[0].cell).toEqual({ row: 3, col: 6 });
    expect(plan.readFindings.map((f) => f.rule)).toEqual(["ocr.read-from-scan", "ocr.image", "ocr.low-confidence"]);
    const sum = summarize(plan);
    expect(sum.totalVnd).toBe(8_000_000);
    expect(sum.uncertainRows).toBe(1);
    expect(sum.totalLabel).toBe("Tổng kinh phí — có 1 khoản đọc từ ảnh chưa chắc chắn, hãy đối chiếu bản gốc");
  });

  it("a plan not read from an image keeps its total label", () => {
    const sum = summarize(mainPlan(readPlans(grid)));
    expect(sum.uncertainRows).toBeUndefined();
    expect(sum.totalLabel).toBe("Tổng kinh phí");
  });
});

describe("glued OCR syllables", () => {
  // Expectations written by hand: the words as a Vietnamese reader splits them.
  it.each([
    ["Tiêuchuẩn,tiêu", "Tiêu chuẩn, tiêu"],
    ["Thựchiệnhiệu", "Thực hiện hiệu"],
    ["tốchuyên", "tố chuyên"],
    ["quyềnghinhận", "quyền ghi nhận"],
    ["Nhàtrường", "Nhà trường"],
    ["giáodụcchohọc", "giáo dục cho học"],
    ["trường", "trường"],
    ["nghiêng", "nghiêng"],
    ["GDPT", "GDPT"],
    ["Online", "Online"],
  ])("%s → %s", (glued, split) => {
    expect(splitGluedWords(glued)).toBe(split);
  });
});
