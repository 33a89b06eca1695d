/**
 * The OCR-layer helpers of src/hosts/file/pdf-ocr-layer.ts on made-up pixels: dithered borders closed, the page's
 * scale told by its text, and words cut where their ink stands a space apart. Expectations written by hand.
 */
import {
  closeDots,
  imageDpi,
  splitAtInkGaps,
  textScale,
  verticalsOffWords,
  type PageInk,
} from "../../../src/hosts/file/pdf-ocr-layer";
import type { PdfGlyph } from "../../../src/core/read/pdf-text";

/** A bitmap from rows of "#" (ink) and "." (paper), as the grey bytes the detector reads. */
const bitmap = (rows: string[]) => ({
  w: rows[0].length,
  data: Uint8Array.from(rows.join("").split(""), (c) => (c === "#" ? 0 : 255)),
});
const show = (data: Uint8Array, w: number) =>
  Array.from({ length: data.length / w }, (_, y) =>
    Array.from(data.subarray(y * w, (y + 1) * w), (v) => (v < 128 ? "#" : ".")).join(""),
  );

describe("closeDots", () => {
  it("makes a dithered one-pixel border and a zig-zag border solid, and leaves a lone speck alone", () => {
    const { w, data } = bitmap([
      "..........",
      ".#.#.#.#..",
      "..........",
      "..........",
      ".....#....",
      "......#..#",
      ".....#....",
      "......#...",
    ]);
    expect(show(closeDots(data, w), w)).toEqual([
      "..........",
      ".#######..",
      "..........",
      "..........",
      ".....#....",
      ".....##..#",
      ".....##...",
      "......#...",
    ]);
  });
});

const glyph = (text: string, x: number, width = 1, size = 10, y = 10): PdfGlyph => ({ text, x, y, width, size });

describe("textScale", () => {
  it("is 1 for body text and the factor of text drawn larger than life", () => {
    expect(textScale([glyph("a", 0, 1, 11), glyph("b", 1, 1, 12), glyph("c", 2, 1, 13)])).toBe(1);
    expect(textScale([glyph("a", 0, 1, 24), glyph("b", 1, 1, 25), glyph("c", 2, 1, 26)])).toBeCloseTo(25 / 12);
    expect(textScale([])).toBe(1);
  });
});

/** A page of one pixel per point whose ink columns are the "#" of `columns` (every row alike). */
const inkOf = (columns: string): PageInk => ({
  step: 1,
  columns(x0, x1) {
    const from = Math.max(0, Math.floor(x0));
    const to = Math.min(columns.length - 1, Math.floor(x1));
    const dark = Uint8Array.from(columns.slice(from, to + 1).split(""), (c) => (c === "#" ? 1 : 0));
    return { dark, from };
  },
});
/** The letters of a word spread evenly over [x0, x1), as the layer draws them. */
const spread = (text: string, x0: number, x1: number) =>
  [...text].map((ch, k) => glyph(ch, x0 + (k * (x1 - x0)) / text.length, (x1 - x0) / text.length));
const words = (gs: PdfGlyph[]) => {
  const out: string[] = [];
  gs.forEach((g, i) => {
    if (i && g.x - (gs[i - 1].x + gs[i - 1].width) > 1) out.push(" ");
    out.push(g.text);
  });
  return out.join("");
};

describe("splitAtInkGaps", () => {
  it('cuts "133.2" where the ink of three narrow cells stands a space apart (size 10: gaps of 5 points)', () => {
    //            1    3         3 . 2
    const ink = "##.....###.....###.#.###";
    expect(words(splitAtInkGaps(spread("133.2", 0, 24), inkOf(ink)))).toBe("1 3 3.2");
  });

  it("leaves a word whose letters stand close, and one whose ink pieces do not match its letters", () => {
    expect(words(splitAtInkGaps(spread("2018", 0, 15), inkOf("###.###.##.####")))).toBe("2018");
    // Touching letters: fewer ink pieces than characters, so no character can be placed.
    expect(words(splitAtInkGaps(spread("Tinhọc", 0, 24), inkOf("###########......#######")))).toBe("Tinhọc");
  });

  it('drops a letter glued to digits when the ink has pieces for the digits only ("j0" over a lone "0")', () => {
    expect(words(splitAtInkGaps(spread("j0", 0, 8), inkOf("########")))).toBe("0");
    // l, i and o are OCR's 1 and 0: kept for the cell fixes.
    expect(words(splitAtInkGaps(spread("l0", 0, 8), inkOf("########")))).toBe("l0");
  });

  it("cuts a word whose space OCR missed when each letter is its own piece", () => {
    expect(words(splitAtInkGaps(spread("Tinhọc", 0, 22), inkOf("##.#.##......##.##.##")))).toBe("Tin học");
  });
});

describe("imageDpi", () => {
  it("keeps the resolution an image is placed at on a page drawn life-size", () => {
    expect(imageDpi(96, 1)).toBe(96);
    expect(imageDpi(187, 1)).toBe(187);
  });
  it("on a page drawn larger than life, takes the text's resolution to the usual scanning one within 6 %", () => {
    // img2pdf places a 200 dpi image at 96 dpi: text of 12.5 pt drawn at 25 pt.
    expect(imageDpi(96, 25 / 12)).toBe(200);
    expect(imageDpi(96, 24.5 / 12)).toBe(200); // 196 dpi
    expect(imageDpi(72, 50 / 12)).toBe(300);
    expect(imageDpi(96, 2.9)).toBeCloseTo(278.4); // no usual resolution near
  });
});

describe("verticalsOffWords", () => {
  // A word of size 10 whose baseline is at y: its box spans y - 8 … y + 2.
  const word = (str: string, x: number, width: number, y: number) => ({ str, x, y, width, size: 10 });
  const h = (y: number) => ({ x1: 0, y1: y, x2: 300, y2: y });
  const v = (x: number, y1: number, y2: number) => ({ x1: x, y1, x2: x, y2 });

  it("cuts a column border out of a full-width row whose heading runs through it", () => {
    const lines = [h(0), h(20), h(40), h(60), v(100, 0, 60)];
    const heading = word("Tiêu chuẩn 3: Cơ sở vật chất", 10, 200, 35);
    expect(verticalsOffWords(lines, [heading])).toEqual([h(0), h(20), h(40), h(60), v(100, 0, 20), v(100, 40, 60)]);
  });

  it("keeps a border that only touches a word's box, or passes between two words", () => {
    const lines = [h(0), h(20), v(100, 0, 20)];
    const near = [word("Tiêu", 50, 51, 15), word("chí", 102, 20, 15)];
    expect(verticalsOffWords(lines, near)).toEqual(lines);
  });
});
