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
/**
 * Not read yet: the seeds' .docx (written by our plan → docx path) have no w:tblGrid, so reportlab sizes each of their
 * tables by its own contents — Thủ Đức's tables (split by blank paragraphs) get different column layouts with a 6 pt
 * gutter, and its tables with no header and no border give no column edges to read them by (13 % of rows; their
 * column starts do not line up with the table above's). LibreOffice and Chromium keep one grid and read at 100 %;
 * mầm non's tables, each under its own header, read (each header places its own columns, on the next page when it
 * ends a page).
 */
const notYet = (gen: string, plan: string) => gen === "reportlab" && plan.startsWith("thu-duc-");

describe("a table with no borders, or rules between rows only, or a header underline only, reads as the .docx", () => {
  it("every fixture is there, and each .docx reference has a table of plan rows", async () => {
    for (const [gen, plan] of cases) expect(fs.existsSync(path.join(DIR, `${plan}.${gen}.pdf`))).toBe(true);
    for (const plan of BORDERLESS_PLANS) expect((await docxReading(plan)).rows.length).toBeGreaterThanOrEqual(4);
  });

  const reads = async (gen: string, plan: string) => {
    const ref = await docxReading(plan);
    const got = readingOf(await readMain(file(`${plan}.${gen}.pdf`), `${plan}.pdf`));
    expect(got.context).toEqual(ref.context);
    expect(got.rows).toEqual(ref.rows);
    expect(got.findings).toEqual(ref.findings);
  };
  it.each(cases.filter(([gen, plan]) => !notYet(gen, plan)))("%s · %s", reads);
  it.failing.each(cases.filter(([gen, plan]) => notYet(gen, plan)))("%s · %s (tables sized apart, not yet)", reads);
});
