/**
 * How a reading from an image is judged without its original (src/core/read/ocr-quality.ts): tokens typed text never
 * holds, and which of two readings of the same pages to keep. Expectations written by hand.
 */
import "../../src/core/catalogs/all";
import { betterReading, isJunkToken, junkShare, readingQuality } from "../../src/core/read/ocr-quality";

describe("isJunkToken", () => {
  it("takes OCR's specks and misread borders for junk", () => {
    for (const t of ["¬", "`", "‹", "›", "„To", "l$z;", "ˆ", "~", "@®)", "(@)", "¡Thành", "š", "«", "\\"])
      expect([t, isJunkToken(t)]).toEqual([t, true]);
  });
  it("keeps words, numbers, codes and the punctuation typed text holds on its own", () => {
    for (const t of ["Tiêu", "chí", "1.9:", "450.000.000", "(1)", "-", "–", "+", "%", "…", "x", "TT-BGDĐT", "“Xanh”"])
      expect([t, isJunkToken(t)]).toEqual([t, false]);
  });
});

describe("junkShare", () => {
  it("counts junk tokens among all tokens", () => {
    expect(junkShare(["sa ¬ ẻ SN nh chủ cờ Sở", "Tháng ` 10/2026"])).toEqual({ tokens: 11, junk: 2, share: 2 / 11 });
    expect(junkShare(["Tiêu chí 1.9: Thực hiện quy chế dân chủ cơ sở"]).junk).toBe(0);
    expect(junkShare([]).share).toBe(0);
  });
});

/** A TT 18/2018 plan (THPT, 2025-2026) with a 9-column table of the given criterion rows. */
const plan = (rows: string[][]): string[][] => [
  ["TRƯỜNG THPT NGUYỄN DU"],
  ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025-2026"],
  [
    "TT",
    "Tiêu chuẩn, tiêu chí",
    "Kết quả cần đạt",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
    "Điều kiện hỗ trợ khác",
    "Ghi chú",
  ],
  ...rows,
];
const row19 = [
  "2",
  "Tiêu chí 1.9: Thực hiện quy chế dân chủ cơ sở",
  "Không có đơn thư khiếu nại vượt cấp.",
  "Tổ chức hội nghị cán bộ, viên chức đúng quy định.",
  "Chủ tịch Công đoàn",
  "Tháng 9/2025 - Tháng 5/2026",
  "Không phát sinh",
  "",
  "",
];
const row11 = [
  "1",
  "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường",
  "Chiến lược được rà soát và công bố.",
  "Thành lập tổ rà soát chiến lược.",
  "Hiệu trưởng",
  "Tháng 10/2025 - Tháng 1/2026",
  "3.000.000 đồng",
  "",
  "",
];

describe("readingQuality and betterReading", () => {
  const clean = readingQuality(plan([row11, row19]));
  it("counts the criterion rows, the known words of the table and its junk", () => {
    expect(clean.criteria).toBe(2);
    expect(clean.junk).toBe(0);
    expect(clean.known).toBeGreaterThan(40);
  });
  it("prefers the reading that found more criterion rows (a garbled 'Tiêu chí' cell loses its row)", () => {
    const garbled = readingQuality(plan([row11, ["", "sa ¬ ẻ SN nh chủ cờ Sở", ...row19.slice(2)]]));
    expect(garbled.criteria).toBe(1);
    expect(betterReading(garbled, clean)).toBe(true);
    expect(betterReading(clean, garbled)).toBe(false);
  });
  it("with as many criterion rows, prefers less junk and no fewer known words; a tie keeps the first", () => {
    const specks = readingQuality(
      plan([row11, row19.map((c, i) => (i === 2 ? "Không có ` đơn thư ¬ khiếu nại vượt cấp." : c))]),
    );
    expect(specks.junk).toBe(2);
    expect(betterReading(specks, clean)).toBe(true);
    expect(betterReading(clean, specks)).toBe(false);
    expect(betterReading(clean, clean)).toBe(false);
    const fewer = readingQuality(plan([row11, row19.map((c, i) => (i === 3 ? "Không có" : c))]));
    expect(betterReading(specks, fewer)).toBe(false);
  });
  it("with as much junk (none), prefers the reading with clearly more known words (a quarter more)", () => {
    // A layer without stray symbols whose cells lost words (the Lương Sơn plan printed again: "'15 triệu").
    const lost = readingQuality(plan([row11, row19].map((r) => r.map((c, i) => (i === 2 || i === 3 ? "Không" : c)))));
    expect([lost.junk, clean.junk]).toEqual([0, 0]);
    expect(lost.known).toBeLessThan(clean.known / 1.25);
    expect(betterReading(lost, clean)).toBe(true);
    expect(betterReading(clean, lost)).toBe(false);
    // A few words more are no difference: the first stays (two readings of one mầm non plan: 454 and 457 words).
    const few = (known: number) => ({ criteria: 5, known, junk: 0, unparsed: 0, empty: 3 });
    expect(betterReading(few(454), few(457))).toBe(false);
    expect(betterReading(few(206), few(596))).toBe(true);
  });
});

describe("betterReading weighs periods and budgets read", () => {
  it("keeps the reading whose periods parse over one with less junk whose periods do not", () => {
    const layer = readingQuality(
      plan([row11, row19.map((c, i) => (i === 2 ? "Không có ` đơn thư khiếu nại vượt cấp." : c))]),
    );
    const periodsLost = readingQuality(
      plan([row11, row19].map((r) => r.map((c, i) => (i === 5 ? "Thá ng 9/20 - Tớ." : c)))),
    );
    expect([layer.unparsed, periodsLost.unparsed]).toEqual([0, 2]);
    expect(betterReading(layer, periodsLost)).toBe(false);
    expect(betterReading(periodsLost, layer)).toBe(true);
  });
  it("takes a criterion row found over one period lost, not over three", () => {
    const lost = readingQuality(plan([row11, ["", "sa ¬ ẻ SN nh chủ cờ Sở", ...row19.slice(2)]]));
    const found = { ...readingQuality(plan([row11, row19])), unparsed: 1 };
    expect(betterReading(lost, found)).toBe(true);
    expect(betterReading(lost, { ...found, unparsed: lost.unparsed + 3 })).toBe(false);
  });
});

describe("readingQuality counts the period and budget cells a layer left empty", () => {
  it("counts a criterion row's empty period or budget cell when the table has the column", () => {
    expect(readingQuality(plan([row11, row19])).empty).toBe(0);
    const lost = plan([row11.map((c, i) => (i === 6 ? "" : c)), row19.map((c, i) => (i === 5 || i === 6 ? " " : c))]);
    expect(readingQuality(lost).empty).toBe(3);
  });
  it("counts nothing for a column the table does not have", () => {
    const noBudget = plan([row11, row19]).map((r) => r.filter((_, i) => i !== 6));
    const q = readingQuality(noBudget);
    expect(q.criteria).toBe(2);
    expect(q.empty).toBe(0);
  });
});
