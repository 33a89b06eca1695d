/**
 * The PDF variety matrix (issue 21): four plans, each printed by six independent generators
 * (scripts/fixtures/pdf-variety: LibreOffice with a fallback font and with one font, headless Chromium,
 * Ghostscript, reportlab glyph by glyph in NFD, ocrmypdf over a rasterised page). Every PDF must read to the
 * context, rows (kind, standard, criterion, target, period, budget) and findings of the .docx it was printed from.
 */
import * as path from "path";
import { GENERATORS, HELDOUT_PLANS, VARIETY_PLANS, type Reading } from "../../support/pdf-variety";
import { fixtureFolder, readingOf, readMain } from "../../support/pdf-variety-read";

jest.setTimeout(120_000);

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-variety");
const { file, docxReading } = fixtureFolder(DIR);
// Each OCR print is read once for its context and rows tests (an OCR layer is the slowest to read).
const ocrReadings = new Map<string, Promise<Reading>>();
const ocrReading = (plan: string) => {
  if (!ocrReadings.has(plan))
    ocrReadings.set(
      plan,
      readMain(file(`${plan}.ocr.pdf`), `${plan}.pdf`).then((p) => readingOf(p)),
    );
  return ocrReadings.get(plan)!;
};

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

/**
 * Held-out plans (scripts/fixtures/heldout: written by hand as HTML, not from the seeds — a tiểu học plan for
 * 2024-2025, a THPT plan for 2025-2026 with full-width "Tiêu chuẩn" rows, a mầm non TT 57 Biểu 2 for 2026-2027; then
 * a THCS Biểu 2 for 2027-2028 on portrait A4 with an 11th "Ghi chú" column and a row split by the page break, a mầm
 * non TT 19 plan with "Tiêu chuẩn" cells merged over their criteria ("HK I", "20 tr", "XHH"), a THPT TT 18 plan with
 * numbered columns, a "Minh chứng" column and "Tiêu chí 1,4", a tiểu học TT 17 plan for 2023-2024 with "1.5. …"
 * criteria and "Quý I/2024", a THCS TT 18 plan with the national-motto header block and "Nơi nhận" as borderless
 * tables, a summary table before the plan and its header repeated on every page, a THPT TT 18 plan with a two-row
 * header ("Thời gian" over "Bắt đầu" | "Hoàn thành") — .docx by LibreOffice's HTML import; the last six plans'
 * readings are also written by hand in pdf-heldout-expected.test.ts), printed by the same six generators.
 * Figures (rows / context / findings agreement with the .docx, `node bench/run-ts.js
 * test/support/pdf-variety-read.ts --heldout --per-plan`): 100/100/100 for every generator but OCR (per plan rows
 * 100/75/25/0/83/80/60/53/60 %, context 100 %, findings 100/0/43/0/100/67/100/13/0 %).
 */
describe("held-out plans: every generator's PDF reads as the .docx", () => {
  // The THPT plan's row 3.2 is split by a page break in the one-font LibreOffice and Chromium prints, both
  // fragments closed by borders; the one on the next page is a new paragraph ("Bố trí lại …") in one cell under
  // empty TT and criterion cells: it continues the row (positions.ts, continuesRow). The THCS Biểu 2's row 1.3 and the
  // THPT TT 18 plan's row 3.6 are split too, mid-word: "Tháng 12/20" + "27", "60.000.00" + "0 đồng" (a number broken
  // at the cell's edge, rejoined without a space), "(MC.1." + "3.01)" (not a criterion row of its own).
  const held = exact.flatMap((gen) => HELDOUT_PLANS.map((plan) => [gen, plan] as const));
  it.each(held)("%s · %s", async (gen, plan) => {
    const ref = await docxReading(plan);
    const got = readingOf(await readMain(file(`${plan}.${gen}.pdf`), `${plan}.pdf`));
    expect(got.context).toEqual(ref.context);
    expect(got.rows).toEqual(ref.rows);
    expect(got.findings).toEqual(ref.findings);
  });

  it.each(HELDOUT_PLANS)("ocr · %s: the context (level, year, regime) is read as from the .docx", async (plan) => {
    const ref = await docxReading(plan);
    expect((await ocrReading(plan)).context).toEqual(ref.context);
  });
  // The OCR variant (ocrmypdf, no ruling lines in the PDF: the borders are found in the page image, dotted grey
  // borders included) reads the tiểu học plan's rows as the .docx. The other plans' OCR layers are garbled by
  // Tesseract itself where the dotted borders run through the cells ("Tiêu chí 1.9: Thực hiện quy chế dân chủ cơ sở"
  // → "sa ¬ ẻ SN nh chủ cờ Sở", "Tháng 10/2026" → "Tháng Tớ.", "450.000.000" → "450.000.00 j0"), in the narrow
  // portrait columns of the THCS Biểu 2 (its header "Nội dung cải tiến" → "Nội ° dung 3» cai să tiên": no plan table
  // is found), the mầm non plan's "Cả năm học" → "Cả năm lhọc" (5 of 6 rows right) and the THPT TT 18 plan's
  // amount split by the page break ("60.000.00_ R" + "0 đồng"), the tiểu học plan's "Không" and "5 triệu" (not in
  // the layer at all), the THCS plan's amounts broken at the cell edge with a speck between ("35.000.00 \"" +
  // "0 đồng") and a repeated header read into its last row: below the bar — recorded here, failing on purpose
  // (the OCR-layer path is being reworked elsewhere).
  it("ocr · tieu-hoc-hoa-binh-2024-2025: rows as from the .docx", async () => {
    const plan = "tieu-hoc-hoa-binh-2024-2025";
    const ref = await docxReading(plan);
    expect((await ocrReading(plan)).rows).toEqual(ref.rows);
  });
  test.failing.each(HELDOUT_PLANS.slice(1))("ocr · %s: rows as from the .docx (known gap)", async (plan) => {
    const ref = await docxReading(plan);
    expect((await ocrReading(plan)).rows).toEqual(ref.rows);
  });
});
