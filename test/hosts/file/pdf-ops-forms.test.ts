/**
 * Images painted inside a form XObject (src/hosts/file/pdf-ops.ts, pageGraphics): the form's matrix applies to what
 * it paints, and the graphics state after the form is the one before it (PDF 32000-1 §8.10: a form's content is
 * painted with its Matrix concatenated to the CTM, and the state is restored at its end). The operator list is
 * written by hand with pdf.js' own operator codes; matrices by hand.
 */
import { loadPdfJs, type PdfPage } from "../../../src/hosts/file/pdf-lib";
import { pageGraphics } from "../../../src/hosts/file/pdf-ops";

jest.setTimeout(60_000);

it("places an image painted in a form by the form's matrix, and the next image by the state before the form", async () => {
  const pdfjs = await loadPdfJs();
  const O = pdfjs.OPS;
  const ops: [number, unknown[]][] = [
    [O.save, []],
    [O.transform, [2, 0, 0, 2, 0, 0]],
    [
      O.paintFormXObjectBegin,
      [
        [1, 0, 0, 1, 50, 60],
        [0, 0, 300, 300],
      ],
    ],
    [O.transform, [100, 0, 0, 200, 0, 0]],
    [O.paintImageXObject, ["img_in_form", 10, 20]],
    [O.paintFormXObjectEnd, []],
    [O.paintImageXObject, ["img_after", 10, 20]],
    [O.restore, []],
  ];
  const page = {
    getOperatorList: async () => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }),
  } as unknown as PdfPage;
  const g = await pageGraphics(pdfjs, page, [1, 0, 0, 1, 0, 0]);
  expect(g.images).toEqual([
    // [2 0 0 2 0 0] × form [1 0 0 1 50 60] × [100 0 0 200 0 0]
    { id: "img_in_form", inline: null, ctm: [200, 0, 0, 400, 100, 120] },
    { id: "img_after", inline: null, ctm: [2, 0, 0, 2, 0, 0] },
  ]);
});
