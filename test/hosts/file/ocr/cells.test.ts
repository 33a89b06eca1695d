/**
 * A clean print's ruled cells read one at a time (src/hosts/file/ocr/cells.ts). The page is drawn here pixel by
 * pixel — a table with a heading across it whose letters stand on two column lines, a cell merged over two rows —
 * and the cells expected are worked out by hand from the drawing. The reader is a stand-in that records what it
 * was given (no Tesseract: what Tesseract reads in a cell is the fixtures' matter, pdf-variety.test.ts).
 */
import type { OcrWord } from "../../../../src/core/read/ocr";
import type { RulingLine } from "../../../../src/core/read/positions";
import { cropCell, linesOffCells, readByCells, tableCells, withoutCells } from "../../../../src/hosts/file/ocr/cells";
import type { GreyImage } from "../../../../src/hosts/file/ocr/pixels";

const W = 300;
const H = 200;

/** White paper, 72 dpi (a millimetre is about 3 pixels: the cells' inside starts 2 pixels off a border). */
function paper(): GreyImage {
  return { width: W, height: H, data: new Uint8Array(W * H).fill(255), dpi: 72 };
}
const ink = (img: GreyImage, x0: number, y0: number, x1: number, y1: number) => {
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) img.data[y * W + x] = 0;
};

/**
 * Rows at y 10–60 (three cells), 60–110 (a heading across the table: no column line, but letters standing where the
 * lines at x 100 and 200 would run, y 75–95), 110–190 (the first column one cell; the others split at y 150).
 */
function table(): { img: GreyImage; lines: RulingLine[] } {
  const img = paper();
  const lines: RulingLine[] = [];
  for (const y of [10, 60, 110, 190]) {
    ink(img, 10, y, 290, y);
    lines.push({ x1: 10, y1: y, x2: 290, y2: y });
  }
  ink(img, 100, 150, 290, 150);
  lines.push({ x1: 100, y1: 150, x2: 290, y2: 150 });
  for (const x of [10, 290]) ink(img, x, 10, x, 190);
  for (const x of [100, 200]) {
    ink(img, x, 10, x, 60);
    ink(img, x - 2, 75, x + 2, 95);
    ink(img, x, 110, x, 190);
  }
  // The detector bridges the letters: every column line is found from top to bottom.
  for (const x of [10, 100, 200, 290]) lines.push({ x1: x, y1: 10, x2: x, y2: 190 });
  return { img, lines };
}

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe("the cells of a ruled table", () => {
  it("are found between printed borders; a heading across the table and a merged cell are one cell each", () => {
    const { img, lines } = table();
    const cells = tableCells(lines, img);
    const order = (a: { x0: number; y0: number }, b: { x0: number; y0: number }) => a.y0 - b.y0 || a.x0 - b.x0;
    expect([...cells].sort(order)).toEqual(
      [
        box(12, 12, 98, 58),
        box(102, 12, 198, 58),
        box(202, 12, 288, 58),
        box(12, 62, 288, 108),
        box(12, 112, 98, 188),
        box(102, 112, 198, 148),
        box(202, 112, 288, 148),
        box(102, 152, 198, 188),
        box(202, 152, 288, 188),
      ].sort(order),
    );
  });

  it("are none without borders, or with a border found that the image does not show", () => {
    expect(tableCells([], paper())).toEqual([]);
    const { lines } = table();
    expect(tableCells(lines, paper())).toEqual([]);
  });

  it("have no border inside: the pieces of lines the detector ran into a cell are dropped", () => {
    const heading = box(12, 62, 288, 108);
    const lines = [
      { x1: 100, y1: 10, x2: 100, y2: 190 }, // a column line found through the heading
      { x1: 200, y1: 10, x2: 200, y2: 80 }, // one found a little way into it
      { x1: 50, y1: 85, x2: 150, y2: 85 }, // an underline inside it
      { x1: 10, y1: 60, x2: 290, y2: 60 }, // the heading's own border
      { x1: 10, y1: 10, x2: 10, y2: 190 }, // the table's side
    ];
    expect(linesOffCells(lines, [heading])).toEqual([
      { x1: 100, y1: 10, x2: 100, y2: 62 },
      { x1: 100, y1: 108, x2: 100, y2: 190 },
      { x1: 200, y1: 10, x2: 200, y2: 62 },
      { x1: 10, y1: 60, x2: 290, y2: 60 },
      { x1: 10, y1: 10, x2: 10, y2: 190 },
    ]);
    expect(linesOffCells(lines, [])).toEqual(lines);
  });

  it("are cut out on white paper, and whited out of the page", () => {
    const img = paper();
    ink(img, 20, 20, 21, 23);
    const cell = cropCell(img, box(18, 18, 30, 28));
    expect([cell.width, cell.height, cell.dpi]).toEqual([12 + 24, 10 + 24, 72]);
    const dark: [number, number][] = [];
    cell.data.forEach((v, i) => v < 128 && dark.push([i % cell.width, Math.floor(i / cell.width)]));
    // Ink at (20..21, 20..23) of the page is at (12 + 2.., 12 + 2..) of the cell.
    expect(dark).toEqual([
      [14, 14],
      [15, 14],
      [14, 15],
      [15, 15],
      [14, 16],
      [15, 16],
      [14, 17],
      [15, 17],
    ]);
    const left = withoutCells(img, [box(18, 18, 30, 28)]);
    expect(left.data.every((v) => v === 255)).toBe(true);
    expect(img.data[20 * W + 20]).toBe(0); // the page itself is not changed
  });
});

describe("a page read cell by cell", () => {
  const word = (text: string, x0: number, y0: number): OcrWord => ({
    text,
    x0,
    y0,
    x1: x0 + 10,
    y1: y0 + 8,
    baseline: y0 + 7,
    lineHeight: 9,
    confidence: 90,
    chars: [{ text, x0, x1: x0 + 10 }],
  });

  it("reads the rest of the page first, then each cell with ink, and puts the cells' words where they are", async () => {
    const img = paper();
    ink(img, 40, 30, 45, 35); // in the first cell
    ink(img, 150, 5, 155, 8); // above the table
    const cells = [box(12, 12, 98, 58), box(102, 12, 198, 58)];
    const calls: { mode: true | "block"; width: number; inkAt: number }[] = [];
    const read = async (page: GreyImage, mode: true | "block") => {
      calls.push({ mode, width: page.width, inkAt: page.data.findIndex((v) => v < 128) });
      return mode === "block" ? [word("Tháng", 16, 20)] : [word("KẾ", 150, 2)];
    };
    const fractions: number[] = [];
    const words = await readByCells(img, cells, read, (f) => fractions.push(f));
    // The page with its cells white (only the ink above the table is left), then the first cell alone.
    expect(calls).toEqual([
      { mode: true, width: W, inkAt: 5 * W + 150 },
      { mode: "block", width: 86 + 24, inkAt: (12 + 18) * 110 + 12 + 28 },
    ]);
    expect(fractions).toEqual([0.5]);
    // A word at (16, 20) of the crop is at (16 - 12 + 12, 20 - 12 + 12) of the page.
    expect(words.map((w) => [w.text, w.x0, w.y0, w.baseline, w.chars?.[0].x0])).toEqual([
      ["KẾ", 150, 2, 9, 150],
      ["Tháng", 16, 20, 27, 16],
    ]);
  });

  it("reads a cell with a number read unsurely again at twice the scale, and keeps the surer reading", async () => {
    const img = paper();
    ink(img, 40, 30, 45, 35);
    ink(img, 140, 30, 145, 35);
    const cells = [box(12, 12, 98, 58), box(102, 12, 198, 58)];
    const widths: number[] = [];
    // The first cell's number is read at confidence 14 at the page's scale, 83 at twice it (its crop is 86 + 24
    // pixels wide, 220 scaled); the second cell's number is sure: read once.
    const read = async (page: GreyImage, mode: true | "block") => {
      widths.push(page.width);
      if (mode !== "block") return [];
      const sure = page.width > 200;
      const w = word(sure ? "II/202" : "1/202", sure ? 50 : 25, sure ? 60 : 30);
      return [{ ...w, confidence: widths.length === 2 ? 14 : sure ? 83 : 95 }];
    };
    const words = await readByCells(img, cells, read);
    expect(widths).toEqual([W, 110, 220, 120]);
    // The closer reading's word at (50, 60) of the scaled crop is at (25, 30) of the crop, (25, 30) of the page.
    expect(words.map((w) => [w.text, w.confidence, w.x0, w.y0, w.x1])).toEqual([
      ["II/202", 83, 25, 30, 30],
      ["1/202", 95, 115, 30, 125],
    ]);
  });

  it("keeps the first reading when the closer one is no surer", async () => {
    const img = paper();
    ink(img, 40, 30, 45, 35);
    const read = async (page: GreyImage, mode: true | "block") =>
      mode === "block" ? [{ ...word(page.width > 200 ? "7/202" : "1/202", 16, 16), confidence: 14 }] : [];
    const words = await readByCells(img, [box(12, 12, 98, 58)], read);
    expect(words.map((w) => [w.text, w.x0])).toEqual([["1/202", 16]]);
  });

  it("reads a page without cells as a whole", async () => {
    const modes: (true | "block")[] = [];
    await readByCells(paper(), [], async (_p, mode) => (modes.push(mode), []));
    expect(modes).toEqual([true]);
  });
});
