/**
 * Borderless tables (issue 21): held-out plans printed with no ruling lines ("none"), with horizontal rules between
 * rows only ("rows") or with only the header's underline ("head") — Word's "Table Grid" removed, web exports with no
 * CSS borders — by five generators (scripts/fixtures/pdf-borderless: LibreOffice with a fallback font and with one
 * font, headless Chromium with no cell padding, Ghostscript, reportlab glyph by glyph in NFD). Two plans were written
 * by hand for this (scripts/fixtures/heldout-borderless: THCS Lê Lợi 2025-2026 under TT 18/2018 with a header repeated
 * on every page, tiểu học Kim Đồng 2027-2028 as a TT 57 Biểu 2), three are the held-out plans with their borders
 * removed. Each PDF must read to the context, rows and findings of the .docx it was printed from (read by the .docx
 * reader, which does not look at borders). Figures: `node bench/run-ts.js test/support/pdf-variety-read.ts
 * --borderless` (rows / context / findings agreement per generator).
 */
import * as fs from "fs";
import * as path from "path";
import { BORDERLESS_PLANS, GENERATORS } from "../../support/pdf-variety";
import { fixtureFolder, readingOf, readMain } from "../../support/pdf-variety-read";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-borderless");
const { file, docxReading } = fixtureFolder(DIR);

const generators = Object.keys(GENERATORS).filter((g) => g !== "ocr");
const cases = generators.flatMap((gen) => BORDERLESS_PLANS.map((plan) => [gen, plan] as const));

describe("a table with no borders, or rules between rows only, or a header underline only, reads as the .docx", () => {
  it("every fixture is there, and each .docx reference has a table of plan rows", async () => {
    for (const [gen, plan] of cases) expect(fs.existsSync(path.join(DIR, `${plan}.${gen}.pdf`))).toBe(true);
    for (const plan of BORDERLESS_PLANS) expect((await docxReading(plan)).rows.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)("%s · %s", async (gen, plan) => {
    const ref = await docxReading(plan);
    const got = readingOf(await readMain(file(`${plan}.${gen}.pdf`), `${plan}.pdf`));
    expect(got.context).toEqual(ref.context);
    expect(got.rows).toEqual(ref.rows);
    expect(got.findings).toEqual(ref.findings);
  });
});
