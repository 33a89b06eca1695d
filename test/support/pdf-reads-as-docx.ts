/**
 * The assertion every generator matrix makes (pdf-variety.test.ts, pdf-fresh.test.ts): a PDF's reading equals the
 * .docx reading of the same plan — context, rows and findings. Jest only (pdf-variety-read.ts is loaded by benches).
 */
import type { Reading } from "./pdf-variety";

export function expectReadsAsDocx(got: Reading, ref: Reading): void {
  expect(got.context).toEqual(ref.context);
  expect(got.rows).toEqual(ref.rows);
  expect(got.findings).toEqual(ref.findings);
}
