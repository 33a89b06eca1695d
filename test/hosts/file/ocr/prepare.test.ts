/**
 * Image preparation on drawn images (no OCR): the skew of ruled lines is found and undone, a photo's shear too,
 * table borders are found as ruling lines and painted out, a .png/.jpg is wrapped so pdf.js decodes it.
 */
import * as fs from "fs";
import * as path from "path";
import { findRulingLines } from "../../../../src/hosts/file/ocr/lines";
import { findShear, findSkew, preparePage, rotate, unshear } from "../../../../src/hosts/file/ocr/prepare";
import { greyFromPdfImage, imageAsPdf, orient, type GreyImage } from "../../../../src/hosts/file/ocr/pixels";
import { loadPdfJs } from "../../../../src/hosts/file/pdf-lib";

jest.setTimeout(120_000);

/** A white 300 dpi page with a 4 × 3 table drawn in 3-pixel black lines, and short strokes like text in its cells. */
function tablePage(): GreyImage {
  const w = 1500;
  const h = 1000;
  const data = new Uint8Array(w * h).fill(255);
  const ink = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * w + x] = 0;
  };
  for (const y of [100, 300, 500, 700]) ink(100, y, 1400, y + 3);
  for (const x of [100, 533, 966, 1400]) ink(x, 100, x + 3, 703);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      for (let k = 0; k < 12; k++) ink(140 + c * 433 + k * 25, 180 + r * 200, 152 + c * 433 + k * 25, 210 + r * 200);
  return { width: w, height: h, data, dpi: 300 };
}

describe("image preparation", () => {
  it("finds a page's skew and turns it straight", () => {
    const page = tablePage();
    const tilted = rotate(page, -1.2); // the page as scanned: lines falling 1.2° to the right
    expect(findSkew(tilted).deg).toBeCloseTo(1.2, 0);
    expect(Math.abs(findSkew(rotate(tilted, findSkew(tilted).deg)).deg)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(findShear(page))).toBeLessThan(0.15);
  });

  it("straightens rows bent by a photo's perspective and says so when the bend is strong", () => {
    const page = tablePage();
    // Rows that rise towards both sides (2.5° at the edges; about ±1.25° over each half), as a photo's
    // perspective turns a table's rows differently left and right; a flat scan of the same page gets no warning.
    const { width: w, height: h } = page;
    const data = new Uint8Array(w * h).fill(255);
    const t = Math.tan((2.5 * Math.PI) / 180);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const sy = Math.round(y - ((x - w / 2) ** 2 * t) / w);
        if (sy >= 0 && sy < h) data[y * w + x] = page.data[sy * w + x];
      }
    const photo = preparePage({ ...page, data }, 1);
    expect(photo.warnings.map((w) => w.vi).join(" ")).toMatch(/Trang 1: ảnh chụp xiên .*đã chỉnh.*hãy chụp thẳng/);
    expect(photo.warnings.map((w) => w.en).join(" ")).toMatch(/Page 1: photo taken at an angle .*corrected.*straight/);
    // The rows of both halves are straight again.
    const img = photo.image;
    for (const half of [
      { x0: 0, x1: img.width / 2 },
      { x0: img.width / 2, x1: img.width },
    ])
      expect(Math.abs(findSkew(img, half).deg)).toBeLessThanOrEqual(0.3);
    expect(preparePage(tablePage(), 1).warnings).toEqual([]);
  });

  it("straightens columns leaning like a photo taken at an angle and says so when they lean much", () => {
    const page = tablePage();
    // Columns leaning 4°: each row moved sideways by its height above the middle × tan 4° (well past the 2.5° at
    // which the reader warns).
    const { width: w, height: h } = page;
    const data = new Uint8Array(w * h).fill(255);
    const t = Math.tan((4 * Math.PI) / 180);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const sx = Math.round(x - (y - h / 2) * t);
        if (sx >= 0 && sx < w) data[y * w + x] = page.data[y * w + sx];
      }
    const before = Math.abs(findShear({ ...page, data }));
    const photo = preparePage({ ...page, data }, 2);
    expect(photo.warnings).toHaveLength(1);
    expect(photo.warnings[0].vi).toMatch(
      /^Trang 2: ảnh chụp xiên \(các cột nghiêng -?\d+\.\d°\) — đã chỉnh nhưng bảng có thể đọc sai; hãy chụp thẳng từ trên xuống hoặc dùng bản quét\/bản gốc\.$/,
    );
    // The columns lean less after it than before.
    expect(Math.abs(findShear(photo.image))).toBeLessThan(before / 2);
  });

  it("stands a line leaning 45° upright, row by row", () => {
    // 10 × 10 white pixels with a line from (0, 0) to (9, 9): each row's ink one pixel further right. Undoing a 45°
    // shear moves each row by its distance from the middle row (5), so every row's ink lands in column 5.
    const data = new Uint8Array(100).fill(255);
    for (let y = 0; y < 10; y++) data[y * 10 + y] = 0;
    const out = unshear({ width: 10, height: 10, data, dpi: 300 }, 45);
    const darkColumns = (y: number) => [...out.data.slice(y * 10, y * 10 + 10)].flatMap((v, x) => (v < 128 ? [x] : []));
    for (let y = 0; y < 10; y++) expect(darkColumns(y)).toEqual([5]);
  });

  it("finds the table's borders as ruling lines and paints them out, the text strokes kept", () => {
    const page = tablePage();
    const lines = findRulingLines(page);
    const hs = lines.filter((l) => l.y1 === l.y2).map((l) => Math.round(l.y1));
    const vs = lines.filter((l) => l.x1 === l.x2).map((l) => Math.round(l.x1));
    expect(hs.sort((a, b) => a - b)).toEqual([101, 301, 501, 701]);
    expect(vs.sort((a, b) => a - b)).toEqual([101, 534, 967, 1401]);
    expect(page.data[301 * 1500 + 700]).toBe(255); // a border pixel, painted white
    expect(page.data[190 * 1500 + 145]).toBe(0); // a "letter" stroke, kept
  });

  it("wraps a grey .png as a PDF that pdf.js decodes to the same pixels' size", async () => {
    const png = new Uint8Array(
      fs.readFileSync(path.join(__dirname, "..", "..", "..", "fixtures", "scans", "title.png")),
    );
    const wrapped = imageAsPdf(png);
    if (typeof wrapped === "string") throw new Error(wrapped);
    const pdfjs = await loadPdfJs();
    const doc = await pdfjs.getDocument({ data: wrapped.pdf, isOffscreenCanvasSupported: false }).promise;
    const page = (await doc.getPage(1)) as unknown as {
      getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
      objs: { get(id: string, cb: (o: unknown) => void): void };
    };
    const ops = await page.getOperatorList();
    const at = ops.fnArray.indexOf(pdfjs.OPS.paintImageXObject);
    const img = await new Promise<{ width: number; height: number; kind: number; data: Uint8Array }>((resolve) =>
      page.objs.get(ops.argsArray[at][0] as string, (o) => resolve(o as never)),
    );
    expect([img.width, img.height]).toEqual([2339, 1654]);
    const grey = greyFromPdfImage(img);
    const darkest = (a: Uint8Array) => a.reduce((m, v) => Math.min(m, v), 255);
    expect(darkest(grey.subarray(0, 2339 * 200))).toBe(255); // the blank top of the page
    expect(darkest(grey)).toBeLessThan(80); // the title's ink
  });

  it("refuses a PNG with transparency and turns an image as its EXIF orientation says", () => {
    const rgba = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 2, 8, 6,
      0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(imageAsPdf(rgba)).toBe("ảnh PNG có kênh trong suốt");
    const img: GreyImage = { width: 2, height: 1, data: new Uint8Array([10, 20]), dpi: 100 };
    expect(orient(img, 6)).toEqual({ width: 1, height: 2, data: new Uint8Array([10, 20]), dpi: 100 });
    expect(orient(img, 8)).toEqual({ width: 1, height: 2, data: new Uint8Array([20, 10]), dpi: 100 });
  });
});
