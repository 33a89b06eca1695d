/**
 * A cell read again closer, by the real OCR (tesseract.js with the Vietnamese trained data, as the CLI reads): the
 * "Quý II/2026" cell of the Trần Quang Khải plan's OCR print, cut out of its page image by pdfimages and ImageMagick
 * (scripts/fixtures/ocr-cells/make.sh). At the page's scale Tesseract reads its "II/202" as "1/202" — a period that
 * parses, wrongly — at a low confidence (14 on this machine); read again at twice the scale it reads "II/202". The
 * expected words are read off the image by eye.
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

describe("a period cell whose number OCR reads unsurely", () => {
  const engine = new OcrEngine(nodeOcrEnv());
  afterAll(() => engine.terminate());

  it("is read again at twice the scale: 'Quý II/202 6', not 'Quý 1/202 6'", async () => {
    const img = pgm("quy-ii-2026.pgm", 240);
    // The whole image is the cell's inside (the fixture has 12 white pixels around the ink).
    const cell = { x0: 2, y0: 2, x1: img.width - 2, y1: img.height - 2 };
    const words = await readByCells(img, [cell], (i, mode) => engine.read(i, mode, false));
    expect(words.map((w) => w.text)).toEqual(["Quý", "II/202", "6"]);
    // The words stand where the ink is on the cell's image (not on the scaled one).
    const inside = (w: (typeof words)[number]) => w.x0 >= 0 && w.x1 <= img.width && w.y0 >= 0 && w.y1 <= img.height;
    expect(words.filter((w) => !inside(w))).toEqual([]);
  });
});
