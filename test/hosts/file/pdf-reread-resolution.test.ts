/**
 * The resolution each page of a searchable scan is read again at (src/hosts/file/pdf-reread.ts, sharedResolution):
 * pages of one size are one scan. The pages are written by hand: their sizes, the resolution the layer's text told
 * for each, and how many words each holds.
 */
import type { PositionedText } from "../../../src/core/read/positions";
import type { ReadPage } from "../../../src/hosts/file/pdf";
import { sharedResolution } from "../../../src/hosts/file/pdf-reread";

const words = (n: number): PositionedText[] =>
  Array.from({ length: n }, (_, i) => ({ str: "chữ ", x: i, y: 0, width: 1, size: 10 }));
const page = (width: number, height: number, imageDpi: number | undefined, n: number): ReadPage => ({
  width,
  height,
  items: words(n),
  lines: [],
  ocrLayer: true,
  imageDpi,
});

describe("pages of one scan read at one resolution", () => {
  it("a title page of larger text takes the resolution its table pages are told", () => {
    const a4 = (dpi: number, n: number) => page(1240.5, 1754.25, dpi, n);
    expect(sharedResolution([a4(240, 60), a4(200, 120), a4(200, 110), a4(240, 30)])).toEqual([200, 200, 200, 200]);
  });

  it("keeps apart pages of other sizes, resolutions far apart, and pages without one", () => {
    const pages = [page(1240, 1754, 240, 10), page(1240, 1754, 200, 100), page(1754, 1240, 240, 5)];
    expect(sharedResolution(pages)).toEqual([200, 200, 240]);
    expect(sharedResolution([page(595, 842, 300, 10), page(595, 842, 200, 100)])).toEqual([300, 200]);
    expect(sharedResolution([page(595, 842, undefined, 10), page(595, 842, 200, 100)])).toEqual([null, 200]);
  });
});
