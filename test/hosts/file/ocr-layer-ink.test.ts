/**
 * The ink of a searchable scan's page image looked up in page points (src/hosts/file/pdf-ocr-layer.ts,
 * imageRulings → PageInk.columns): a small RGB image written by hand, placed one point per pixel, with a 3 × 3 blot
 * in its lower half. Which pixel columns hold ink between two heights is counted by hand.
 */
import { imageRulings } from "../../../src/hosts/file/pdf-ocr-layer";
import type { PaintedImage } from "../../../src/hosts/file/pdf-ops";

const W = 20;
const H = 10;

/** White 20 × 10 RGB pixels (pdf.js ImageKind.RGB_24BPP = 2) with black at columns 5–7 of rows 6–8. */
function image(): PaintedImage {
  const data = new Uint8Array(W * H * 3).fill(255);
  for (let y = 6; y <= 8; y++) for (let x = 5; x <= 7; x++) data.fill(0, (y * W + x) * 3, (y * W + x) * 3 + 3);
  return { id: null, inline: { width: W, height: H, kind: 2, data }, ctm: [W, 0, 0, H, 0, 0] };
}

// PDF user space (y up) → viewport (y down) on a page 10 pt high: pixel row r is at viewport height r.
const toView = (x: number, y: number): [number, number] => [x, H - y];

describe("ink of the page image", () => {
  it("finds the blot's columns between the heights of its rows and none above them", async () => {
    const found = await imageRulings(null, image(), toView, []);
    const ink = found!.ink!;
    expect(ink.step).toBe(1);
    const lower = ink.columns(0, 19, 6, 8);
    expect(lower.from).toBe(0);
    expect([...lower.dark]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...ink.columns(0, 19, 0, 4).dark].every((d) => d === 0)).toBe(true);
    // From column 4 to 9: the blot is at 1–3 of them.
    const part = ink.columns(4, 9, 7, 7);
    expect(part.from).toBe(4);
    expect([...part.dark]).toEqual([0, 1, 1, 1, 0, 0]);
  });
});
