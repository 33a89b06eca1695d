/**
 * Period cells read by the real OCR (tesseract.js with the Vietnamese trained data, as the CLI reads), cut out of the
 * OCR prints' page images by pdfimages and ImageMagick (scripts/fixtures/ocr-cells/make.sh): the Trần Quang Khải
 * plan's "Quý II/2026", and two quarters of the same plans printed again with other periods ("Quý III/2026", "Quý
 * II/2027"). At the page's scale Tesseract reads "II/202" as "1/202" at a low confidence (14 on this machine): the
 * cell is read again closer (src/core/read/ocr-closer.ts). It reads "III/20" as "II/20" and "II/2027" as "I/2027",
 * sure of itself (87, 74): the numeral's strokes are counted on the image (src/hosts/file/ocr/numerals.ts). The
 * expected words are read off the images by eye.
 */
import * as fs from "fs";
import * as path from "path";
import { OcrEngine } from "../../../../src/hosts/file/ocr/engine";
import { nodeOcrEnv } from "../../../../src/hosts/file/ocr/node-env";
import { readByCells } from "../../../../src/hosts/file/ocr/cells";
import type { GreyImage } from "../../../../src/hosts/file/ocr/pixels";

// Generous: starting Tesseract's worker and three small reads take a few seconds; much longer on a busy machine.
jest.setTimeout(300_000);

/** An 8-bit binary PGM at the given resolution. */
function pgm(name: string, dpi: number): GreyImage {
  const bytes = fs.readFileSync(path.join(__dirname, "..", "..", "..", "fixtures", "ocr-cells", name));
  const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString("latin1", 0, 40));
  if (!head) throw new Error(`${name}: not an 8-bit binary PGM`);
  const [width, height] = [Number(head[1]), Number(head[2])];
  return { width, height, data: new Uint8Array(bytes.subarray(head[0].length, head[0].length + width * height)), dpi };
}

describe("a period cell read by OCR", () => {
  const engine = new OcrEngine(nodeOcrEnv());
  afterAll(() => engine.terminate());

  /** The words read in a fixture whose whole image is one cell's inside (12 white pixels around the ink). */
  async function readCell(name: string) {
    const img = pgm(name, 240);
    const cell = { x0: 2, y0: 2, x1: img.width - 2, y1: img.height - 2 };
    const words = await readByCells(img, [cell], (i, mode) => engine.read(i, mode, false));
    // The words stand where the ink is on the cell's image (not on a scaled one).
    const inside = (w: (typeof words)[number]) => w.x0 >= 0 && w.x1 <= img.width && w.y0 >= 0 && w.y1 <= img.height;
    expect(words.filter((w) => !inside(w))).toEqual([]);
    return words.map((w) => w.text);
  }

  it("a number read unsurely is read again at twice the scale: 'Quý II/202 6', not 'Quý 1/202 6'", async () => {
    expect(await readCell("quy-ii-2026.pgm")).toEqual(["Quý", "II/202", "6"]);
  });

  it("a quarter's numeral read a stroke short is counted on the image: III, and II", async () => {
    expect(await readCell("quy-iii-2026.pgm")).toEqual(["Quý", "III/20", "26"]);
    expect(await readCell("quy-ii-2027.pgm")).toEqual(["Quý", "II/2027"]);
  });
});
