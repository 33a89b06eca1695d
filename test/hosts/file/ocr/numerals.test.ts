/**
 * A period's Roman numeral counted on the image (src/hosts/file/ocr/numerals.ts). The numerals are drawn here pixel
 * by pixel — strokes joined by serif bars at the top and bottom, as a serif print joins "III" — and the words are
 * written by hand as Tesseract gives them (its character boxes do not follow the strokes: one "I" box spans two).
 */
import type { OcrWord } from "../../../../src/core/read/ocr";
import { recountNumerals } from "../../../../src/hosts/file/ocr/numerals";
import type { GreyImage } from "../../../../src/hosts/file/ocr/pixels";

const W = 120;
const H = 40;
const ink = (img: GreyImage, x0: number, y0: number, x1: number, y1: number) => {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * W + x] = 0;
};

/** `strokes` strokes from x 10, 7 pixels apart, joined by serifs, then a slash (x 34–40) — rows 10 to 30. */
function numeral(strokes: number): GreyImage {
  const img: GreyImage = { width: W, height: H, data: new Uint8Array(W * H).fill(255), dpi: 240 };
  for (let k = 0; k < strokes; k++) ink(img, 10 + 7 * k, 10, 12 + 7 * k, 30);
  ink(img, 8, 10, 14 + 7 * (strokes - 1), 11);
  ink(img, 8, 29, 14 + 7 * (strokes - 1), 30);
  for (let y = 10; y <= 30; y++) ink(img, 40 - Math.round((y - 10) * 0.3), y, 41 - Math.round((y - 10) * 0.3), y);
  return img;
}

const word = (text: string, x0: number, x1: number, chars?: [string, number, number][]): OcrWord => ({
  text,
  x0,
  y0: 10,
  x1,
  y1: 30,
  baseline: 30,
  lineHeight: 22,
  confidence: 87,
  chars: chars?.map(([t, a, b]) => ({ text: t, x0: a, x1: b })),
});
const quy = word("Quý", 0, 6);
/** "II/20" as read from three strokes: the second "I" box over the second and third strokes. */
const twoForThree = word("II/20", 8, 70, [
  ["I", 8, 14],
  ["I", 16, 28],
  ["/", 33, 42],
  ["2", 46, 56],
  ["0", 60, 70],
]);

describe("a period's Roman numeral counted on the image", () => {
  it("is written with as many I's as the image has strokes: 'Quý II/20' over three strokes is 'Quý III/20'", () => {
    const [, w] = recountNumerals(numeral(3), [quy, twoForThree]);
    expect(w.text).toBe("III/20");
    // The box stays; the character boxes (of the misread text) go.
    expect([w.x0, w.x1, w.y0, w.y1, w.chars]).toEqual([8, 70, 10, 30, undefined]);
  });

  it("a '1' or 'I' read for two strokes ('Quý I/2027') gets its second I; a numeral glued to HK too", () => {
    const one = word("1/2027", 8, 80, [
      ["1", 8, 14],
      ["/", 16, 42],
      ["2", 46, 56],
      ["0", 58, 64],
      ["2", 66, 72],
      ["7", 74, 80],
    ]);
    expect(recountNumerals(numeral(2), [quy, one])[1].text).toBe("II/2027");
    const hk = word("HKI", 0, 30, [
      ["H", 0, 3],
      ["K", 4, 7],
      ["I", 8, 30],
    ]);
    // No slash: the strokes are counted up to the numeral's last character (the slash drawn at 34–41 is beyond).
    expect(recountNumerals(numeral(2), [hk])[0].text).toBe("HKII");
  });

  it("'HKI' whose I box begins over the K's right leg stays 'HKI': the K's ink is no stroke", () => {
    const img: GreyImage = { width: W, height: H, data: new Uint8Array(W * H).fill(255), dpi: 240 };
    ink(img, 0, 10, 1, 30); // H (its left stroke)
    ink(img, 4, 10, 5, 30); // K's stem
    for (let y = 10; y <= 30; y++)
      ink(img, 6 + Math.round(Math.abs(y - 20) * 0.3), y, 7 + Math.round(Math.abs(y - 20) * 0.3), y);
    ink(img, 14, 10, 16, 30); // I
    const hk = word("HKI", 0, 18, [
      ["H", 0, 3],
      ["K", 4, 10],
      ["I", 7, 18],
    ]);
    expect(recountNumerals(img, [hk])[0].text).toBe("HKI");
  });

  it("changes nothing where the count agrees, makes no numeral, or the word is no period's numeral", () => {
    const img = numeral(3);
    const three = word("III/20", 8, 70, [
      ["I", 8, 13],
      ["I", 15, 20],
      ["I", 22, 27],
      ["/", 33, 42],
      ["2", 46, 56],
      ["0", 60, 70],
    ]);
    expect(recountNumerals(img, [quy, three])[1]).toBe(three);
    // Not after "Quý", "kỳ" or "HK": a line's "II/20" of something else stays as read.
    expect(recountNumerals(img, [word("Tháng", 0, 6), twoForThree])[1]).toBe(twoForThree);
    // Four strokes make no quarter.
    expect(recountNumerals(numeral(4), [quy, twoForThree])[1]).toBe(twoForThree);
    // Without character boxes nothing is counted.
    const bare = { ...twoForThree, chars: undefined };
    expect(recountNumerals(img, [quy, bare])[1]).toBe(bare);
  });
});
