/**
 * A cell read again closer (src/core/read/ocr-closer.ts). The words are written by hand after what tesseract.js
 * (vie) read in the Trần Quang Khải plan's "Quý II/2026" cell (test/fixtures/pdf-fresh, its OCR print): "Quý",
 * "1/202", "6" at confidences 96, 14, 97 at the page's scale; "Quý", "II/202", "6" at 96, 83, 97 at twice the scale.
 */
import type { OcrWord } from "../../src/core/read/ocr";
import { closerReadingBetter, needsCloserLook, unscaleWords } from "../../src/core/read/ocr-closer";

const word = (text: string, confidence: number, x0 = 0): OcrWord => ({
  text,
  confidence,
  x0,
  y0: 10,
  x1: x0 + 40,
  y1: 30,
  baseline: 28,
  lineHeight: 22,
  chars: [{ text, x0, x1: x0 + 40 }],
});
const read = (...words: [string, number][]) => words.map(([t, c]) => word(t, c));

describe("a cell worth a closer look", () => {
  it("has a word holding a digit read at low confidence", () => {
    expect(needsCloserLook(read(["Quý", 96], ["1/202", 14], ["6", 97]))).toBe(true);
    expect(needsCloserLook(read(["(MCG.2.3.01", 24], [")", 90]))).toBe(true);
  });

  it("has not when its numbers are read surely, or it holds none (words without digits are not read again)", () => {
    expect(needsCloserLook(read(["Quý", 96], ["II/202", 83], ["6", 97]))).toBe(false);
    expect(needsCloserLook(read(["Không", 30], ["phát", 40], ["sinh", 35]))).toBe(false);
    expect(needsCloserLook([])).toBe(false);
  });
});

describe("the closer reading", () => {
  const first = read(["Quý", 96], ["1/202", 14], ["6", 97]);

  it("is kept when its weakest number is clearly surer and it reads as much text", () => {
    expect(closerReadingBetter(first, read(["Quý", 96], ["II/202", 83], ["6", 97]))).toBe(true);
  });

  it("is not kept when it gains little, lost or gained text, holds no number, or is less sure overall", () => {
    // 14 → 31: not clearly surer.
    expect(closerReadingBetter(first, read(["Quý", 96], ["1/202", 31], ["6", 97]))).toBe(false);
    // The "6" lost (read so at 1.5 times the scale, sparse text): about as long, one number fewer.
    expect(closerReadingBetter(first, read(["Quý", 96], ["I/202", 79]))).toBe(false);
    expect(closerReadingBetter(first, read(["I/2", 90], ["6", 97]))).toBe(false);
    expect(closerReadingBetter(first, read(["Quý", 96], ["II/202", 83], ["6", 97], ["đến", 90], ["tháng", 90]))).toBe(
      false,
    );
    expect(closerReadingBetter(first, read(["Quý", 96], ["Il", 90]))).toBe(false);
    expect(closerReadingBetter(first, read(["Quý", 20], ["II/202", 83], ["6", 97]))).toBe(false);
  });
});

describe("words read at a scale", () => {
  it("are put back in the pixels of the image before scaling", () => {
    const [w] = unscaleWords([word("6", 97, 80)], 2);
    expect([w.x0, w.x1, w.y0, w.y1, w.baseline, w.lineHeight, w.chars?.[0].x0, w.chars?.[0].x1]).toEqual([
      40, 60, 5, 15, 14, 11, 40, 60,
    ]);
    expect([w.text, w.confidence]).toEqual(["6", 97]);
  });
});
