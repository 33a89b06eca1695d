/**
 * Which image of a page is a "searchable" scan's page image (src/hosts/file/pdf-image.ts): every glyph invisible and
 * the largest image covering at least half of the page. Matrices written by hand: [a b c d e f] maps the image's
 * unit square, so its area is |ad − bc| square points.
 */
import { imageExtent, largestImage, ocrLayerImage } from "../../../src/hosts/file/pdf-image";
import type { PageGraphics, PaintedImage } from "../../../src/hosts/file/pdf-ops";
import type { PdfGlyph } from "../../../src/core/read/pdf-text";

const image = (ctm: PaintedImage["ctm"], id: string): PaintedImage => ({ id, inline: null, ctm });
const graphics = (images: PaintedImage[], glyphs = 3, invisible = 3): PageGraphics => ({
  lines: [],
  glyphs: Array.from({ length: glyphs }, () => ({}) as PdfGlyph),
  invisible,
  images,
});

// A 600 × 800 pt page: 480,000 square points, half of it 240,000.
describe("the page image of a searchable scan", () => {
  it("is the largest image when it covers half of the page or more", () => {
    const half = image([400, 0, 0, 600, 100, 100], "half"); // 240,000
    const small = image([100, 0, 0, 100, 0, 0], "logo");
    expect(ocrLayerImage(graphics([small, half]), 600, 800)).toBe(half);
    const under = image([400, 0, 0, 599, 100, 100], "under"); // 239,600
    expect(ocrLayerImage(graphics([under, small]), 600, 800)).toBeNull();
  });

  it("is none when some text is visible or there is no text at all", () => {
    const page = image([600, 0, 0, 800, 0, 0], "page");
    expect(ocrLayerImage(graphics([page], 3, 2), 600, 800)).toBeNull();
    expect(ocrLayerImage(graphics([page], 0, 0), 600, 800)).toBeNull();
    expect(ocrLayerImage(graphics([]), 600, 800)).toBeNull();
  });

  it("measures a turned image by its matrix: area |ad − bc|, width the length of its first column", () => {
    expect(imageExtent(image([0, 600, -400, 0, 500, 0], "turned"))).toEqual({ area: 240000, ptWidth: 600 });
    expect(imageExtent(image([3, 4, 0, 10, 0, 0], "sheared"))).toEqual({ area: 30, ptWidth: 5 });
    const a = image([10, 0, 0, 10, 0, 0], "a");
    const b = image([0, 20, -20, 0, 0, 0], "b");
    expect(largestImage([a, b])).toBe(b);
    expect(largestImage([])).toBeNull();
  });
});
