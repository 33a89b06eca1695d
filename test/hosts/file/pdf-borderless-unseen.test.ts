/**
 * Borderless prints of three more held-out plans (issue 21; scripts/fixtures/pdf-borderless-unseen): a TT 57 Biểu 2
 * in portrait whose eleven narrow columns wrap every header label over many lines (words broken at the cell edge,
 * two labels' ends run together across the gutter), a mầm non plan whose "Người thực hiện" label, vertically centred,
 * starts a line above the others, with merged "Tiêu chuẩn" cells, and a THPT plan with a "Thời gian thực hiện" label
 * wrapped above and below the band, numbered columns and an amount split by the page break ("60.000.00" / "0 đồng").
 * Printed with no rules, rules between rows, or the header's underline only, by the five exact generators. Each PDF
 * must read to the context, rows and findings of the .docx it was printed from. Read without OCR (text layers only).
 * Figures: `node bench/run-ts.js test/support/pdf-variety-read.ts --dir=test/fixtures/pdf-borderless-unseen
 * --per-plan`.
 */
import * as fs from "fs";
import * as path from "path";
import { BORDERLESS_UNSEEN_PLANS, GENERATORS } from "../../support/pdf-variety";
import { fixtureFolder, readingOf, readMain } from "../../support/pdf-variety-read";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-borderless-unseen");
const { file, docxReading } = fixtureFolder(DIR);

const generators = Object.keys(GENERATORS).filter((g) => g !== "ocr");
const cases = generators.flatMap((gen) => BORDERLESS_UNSEEN_PLANS.map((plan) => [gen, plan] as const));

describe("borderless prints of plans the reader was not written on read as their .docx", () => {
  it("every fixture is there, and each .docx reference has a table of plan rows", async () => {
    for (const [gen, plan] of cases) expect(fs.existsSync(path.join(DIR, `${plan}.${gen}.pdf`))).toBe(true);
    for (const plan of BORDERLESS_UNSEEN_PLANS) expect((await docxReading(plan)).rows.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)("%s · %s", async (gen, plan) => {
    const ref = await docxReading(plan);
    const got = readingOf(await readMain(file(`${plan}.${gen}.pdf`), `${plan}.pdf`));
    expect(got.context).toEqual(ref.context);
    expect(got.rows).toEqual(ref.rows);
    expect(got.findings).toEqual(ref.findings);
  });
});
