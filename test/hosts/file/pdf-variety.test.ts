/**
 * The PDF variety matrix (issue 21): four plans, each printed by six independent generators
 * (scripts/fixtures/pdf-variety: LibreOffice with a fallback font and with one font, headless Chromium,
 * Ghostscript, reportlab glyph by glyph in NFD, ocrmypdf over a rasterised page). Every PDF must read to the
 * context, rows (kind, standard, criterion, target, period, budget) and findings of the .docx it was printed from.
 */
import * as fs from "fs";
import * as path from "path";
import { GENERATORS, VARIETY_PLANS } from "../../support/pdf-variety";
import { readingOf, readMain } from "../../support/pdf-variety-read";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-variety");
const file = (name: string) => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

const reference = new Map<string, ReturnType<typeof readingOf>>();
async function docxReading(plan: string) {
  if (!reference.has(plan)) reference.set(plan, readingOf(await readMain(file(`${plan}.docx`), `${plan}.docx`)));
  return reference.get(plan)!;
}

const exact = Object.keys(GENERATORS).filter((g) => g !== "ocr");
const cases = exact.flatMap((gen) => VARIETY_PLANS.map((plan) => [gen, plan] as const));

describe("every generator's PDF reads as the .docx of the same plan", () => {
  it.each(cases)("%s · %s", async (gen, plan) => {
    const ref = await docxReading(plan);
    const got = readingOf(await readMain(file(`${plan}.${gen}.pdf`), `${plan}.pdf`));
    expect(got.context).toEqual(ref.context);
    expect(got.rows).toEqual(ref.rows);
    expect(got.findings).toEqual(ref.findings);
  });
});

// The OCR generator (ocrmypdf) differs where its text does: test/hosts/file/pdf-variety-ocr.test.ts.
