/**
 * Rulings found in a scanned page's image, kept or dropped against the OCR layer's words
 * (src/hosts/file/pdf-ocr-layer.ts, rulingsOffText): a horizontal lying inside one word's box is a stroke of the
 * letters; one above or below the word, or longer than it, is a border. Coordinates by hand: a 10 pt word's box
 * runs from 8 pt above its baseline to 2 pt below it.
 */
import { rulingsOffText } from "../../../src/hosts/file/pdf-ocr-layer";
import type { PositionedText } from "../../../src/core/read/positions";

// "Tổng" at x 100–140, baseline 200: its box is x 100–140, y 192–202.
const WORD: PositionedText = { str: "Tổng", x: 100, y: 200, width: 40, size: 10 };

describe("horizontal rulings against the OCR layer's words", () => {
  it("drops the one inside a word's box and keeps those above, below or wider", () => {
    const inside = { x1: 105, y1: 197, x2: 135, y2: 197 };
    const below = { x1: 105, y1: 300, x2: 135, y2: 300 };
    const above = { x1: 105, y1: 190, x2: 135, y2: 190 };
    const wider = { x1: 50, y1: 197, x2: 300, y2: 197 };
    expect(rulingsOffText([inside, below, above, wider], [WORD])).toEqual([below, above, wider]);
  });

  it("keeps every horizontal when there is no word", () => {
    const l = { x1: 105, y1: 197, x2: 135, y2: 197 };
    expect(rulingsOffText([l], [])).toEqual([l]);
  });
});
