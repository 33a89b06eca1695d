/**
 * What preparing a page says of a small or blank image (issue 21's batch summary said "khoảng 0 dpi" and called a
 * blank page skewed): the resolution only when it is a real figure below 100 dpi, else the image's size in pixels; a
 * page without one dark pixel is blank (or its text too faint), never "skewed". Drawn images, no OCR; by hand.
 */
import { preparePage } from "../../../../src/hosts/file/ocr/prepare";
import type { GreyImage } from "../../../../src/hosts/file/ocr/pixels";

const ADVICE = " — chữ có thể đọc sai; hãy quét lại từ 200 dpi.";

/** A white image with a black bar across its middle third (a line of text, a border). */
function withBar(width: number, height: number, dpi: number): GreyImage {
  const data = new Uint8Array(width * height).fill(255);
  const y0 = Math.floor(height / 2);
  for (let y = y0; y < y0 + 4; y++)
    for (let x = Math.floor(width / 3); x < (2 * width) / 3; x++) data[y * width + x] = 0;
  return { width, height, data, dpi };
}

describe("a small image", () => {
  it("a 2 × 2 pixel picture stretched over the page: its size, no '0 dpi'; then blank", () => {
    const white = { width: 2, height: 2, data: new Uint8Array(4).fill(255), dpi: 0.3 };
    expect(preparePage(white, 1).warnings.map((w) => w.vi)).toEqual([
      `Trang 1: ảnh quá nhỏ (2 × 2 điểm ảnh)${ADVICE}`,
      "Trang 1: trang trống hoặc chữ quá mờ.",
    ]);
  });
  it("a light grey picture (the test PDFs' scan: greys 128–176 at 2 × 2) is blank too", () => {
    const grey = { width: 2, height: 2, data: Uint8Array.from([0x80, 0x90, 0xa0, 0xb0]), dpi: 0.3 };
    expect(preparePage(grey, 2).warnings.map((w) => w.vi)).toEqual([
      `Trang 2: ảnh quá nhỏ (2 × 2 điểm ảnh)${ADVICE}`,
      "Trang 2: trang trống hoặc chữ quá mờ.",
    ]);
  });
  it("a 72 dpi scan: its resolution", () => {
    const w = preparePage(withBar(600, 800, 72), 3).warnings.map((x) => x.vi);
    expect(w[0]).toBe(`Trang 3: ảnh quá nhỏ (khoảng 72 dpi)${ADVICE}`);
    expect(w.join(" ")).not.toContain("trang trống");
  });
  it("few pixels at a good resolution (a cut-out at 300 dpi): its size, not a dpi that would contradict it", () => {
    expect(preparePage(withBar(400, 500, 300), 1).warnings[0]).toEqual({
      vi: `Trang 1: ảnh quá nhỏ (400 × 500 điểm ảnh)${ADVICE}`,
      en: "Page 1: the image is too small (400 × 500 pixels) — text may be misread; scan again at 200 dpi or more.",
    });
  });
  it("in English: the same facts, the page blank", () => {
    const white = { width: 2, height: 2, data: new Uint8Array(4).fill(255), dpi: 0.3 };
    expect(preparePage(white, 4).warnings.map((w) => w.en)).toEqual([
      "Page 4: the image is too small (2 × 2 pixels) — text may be misread; scan again at 200 dpi or more.",
      "Page 4: the page is blank or too faint.",
    ]);
  });
});
