import { assembleText, glyphsOfRuns, type PdfGlyph } from "../../src/core/read/pdf-text";
import { alwaysNfc, nfc } from "../../src/core/text/nfc";
import { gridFromPositions } from "../../src/core/read/positions";

/** Glyphs of a text laid out left to right, 6 pt per letter, a space's advance 3 pt, size 12. */
function laidOut(text: string, x0 = 10, y = 100): PdfGlyph[] {
  const out: PdfGlyph[] = [];
  let x = x0;
  for (const ch of text) {
    if (ch === " ") {
      x += 3;
      continue;
    }
    out.push({ text: ch, x, y, width: 6, size: 12 });
    x += 6;
  }
  return out;
}
const words = (g: PdfGlyph[]) => assembleText(g).map((i) => i.str);

describe("PDF text assembly from glyph positions", () => {
  it("orders glyphs by position whatever order they were drawn in (fallback font drawn in a second pass)", () => {
    const g = laidOut("10 triệu đồng");
    const fallback = g.filter((x) => /[ệồ]/.test(x.text));
    const main = g.filter((x) => !/[ệồ]/.test(x.text));
    expect(words([...main, ...fallback])).toEqual(["10", "triệu", "đồng"]);
  });

  it("attaches combining marks drawn as separate glyphs (NFD, no advance) to their base and gives NFC", () => {
    const out: PdfGlyph[] = [];
    let x = 0;
    for (const ch of "Hiệu trưởng".normalize("NFD")) {
      if (ch === " ") {
        x += 3;
        continue;
      }
      const mark = /[\u0300-\u036f]/.test(ch);
      out.push({ text: ch, x, y: 50, width: mark ? 0 : 6, size: 12 });
      if (!mark) x += 6;
    }
    const got = words(out);
    expect(got).toEqual(["Hiệu", "trưởng"]);
    expect(got.every((w) => w === w.normalize("NFC"))).toBe(true);
  });

  it("keeps one copy of text overprinted a fraction of a point apart (fake bold)", () => {
    const g = laidOut("KẾ HOẠCH");
    const shifted = g.map((x) => ({ ...x, x: x.x + 0.4 }));
    expect(words([...g, ...shifted])).toEqual(["KẾ", "HOẠCH"]);
  });

  it("joins glyphs closer than a fraction of the font size and splits at a space's gap", () => {
    const kerned = laidOut("Tháng6/2024").map((x, i) => ({ ...x, x: x.x + (i > 4 ? 0.8 : 0) }));
    expect(words(kerned)).toEqual(["Tháng6/2024"]);
    const spaced = laidOut("Tháng").concat(laidOut("6/2024", 10 + 5 * 6 + 3));
    expect(words(spaced)).toEqual(["Tháng", "6/2024"]);
  });

  it("keeps lines apart by baseline and a second line's glyphs out of the first", () => {
    const got = assembleText([...laidOut("cần", 10, 120), ...laidOut("đạt", 10, 100)]);
    expect(got.map((i) => [i.str, i.y])).toEqual([
      ["đạt", 100],
      ["cần", 120],
    ]);
  });

  it("reads text runs (no glyph positions) the same way", () => {
    const runs = [{ str: "Năm học 2026-2027", x: 0, y: 10, width: 17 * 6, size: 12 }];
    expect(assembleText(glyphsOfRuns(runs)).map((i) => i.str)).toEqual(["Năm", "học", "2026-2027"]);
  });
});

describe("text that needs no normalising", () => {
  // assembleText skips NFC for a word made only of such characters: each must be its own NFC, and no two of them
  // may compose or reorder when written side by side (checked here over every pair, against the engine's NFC).
  const chars: string[] = [];
  for (let c = 0; c <= 0x1eff; c++) if (c < 0x300 || c >= 0x1e00) chars.push(String.fromCharCode(c));

  it("is NFC alone and next to any other such character", () => {
    expect(chars.every(alwaysNfc)).toBe(true);
    expect(chars.filter((a) => a.normalize("NFC") !== a)).toEqual([]);
    const composing: string[] = [];
    for (const a of chars) for (const b of chars) if ((a + b).normalize("NFC") !== a + b) composing.push(a + b);
    expect(composing).toEqual([]);
  });

  it("does not cover combining marks, decomposed text or other scripts", () => {
    expect(alwaysNfc("tri\u00ea\u0323u")).toBe(false);
    expect(alwaysNfc("\u0301")).toBe(false);
    expect(alwaysNfc("\u212b")).toBe(false); // the Ångström sign: NFC is Å (U+00C5)
    expect(alwaysNfc("triệu đồng")).toBe(true);
    expect(nfc("Hi\u00ea\u0323u")).toBe("Hiệu");
    expect(nfc("\u212b")).toBe("\u00c5");
  });

  it("assembles decomposed and precomposed letters alike, in NFC", () => {
    // Marks drawn after their letter with no advance, as reportlab draws NFD text.
    const glyphs: PdfGlyph[] = [];
    let x = 0;
    for (const ch of "Hi\u00ea\u0323u tr\u01b0\u01a1\u0309ng \u212b") {
      if (/[\u0300-\u036f]/.test(ch)) glyphs.push({ text: ch, x, y: 100, width: 0, size: 12 });
      else if (ch !== " ") glyphs.push({ text: ch, x, y: 100, width: 6, size: 12 });
      x += ch === " " ? 3 : /[\u0300-\u036f]/.test(ch) ? 0 : 6;
    }
    expect(words(glyphs)).toEqual(["Hiệu", "trưởng", "Å"]);
  });
});

describe("paragraph lines in a PDF", () => {
  it("joins a citation broken after 'Thông tư' with its number on the next line", () => {
    const items = [
      ...assembleText(laidOut("- Căn cứ Thông tư", 10, 100)),
      ...assembleText(laidOut("số 20/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018;", 10, 114)),
      ...assembleText(laidOut("- Căn cứ kế hoạch năm học.", 10, 128)),
    ];
    const grid = gridFromPositions([{ width: 600, height: 800, items, lines: [] }]);
    expect(grid).toEqual([
      ["- Căn cứ Thông tư số 20/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018;"],
      ["- Căn cứ kế hoạch năm học."],
    ]);
  });
});
