/**
 * Paste from a PDF viewer, on the two fresh plans nobody tuned the readers on (scripts/fixtures/heldout/fresh; their
 * PDFs in test/fixtures/pdf-fresh). The texts are the viewer forms of their one-font LibreOffice prints, made by
 * `KHCT_PDF_SRC=test/fixtures/pdf-fresh scripts/fixtures/pdf-paste` into test/fixtures/pdf-paste (the forms are
 * described in test/core/pasted-pdf-viewers.test.ts). The expected rows are the ones written by hand from the HTML
 * sources (test/support/pdf-fresh-plans.ts), never the paste reader's output.
 *
 * Measured before any fix (`node bench/run-ts.js bench/paste.ts`, criteria / periods / budgets right of 10 rows):
 * raw 0/0/0, viewer 0/0/0, layout 1/0/0, columns 0/0/0, cells 10/10/10, joined 0/0/0; the other prints' raw and
 * viewer forms 0/0/0, their layout chromium 5/0/0, lo-fallback and gs 3/0/0, reportlab 0/0/0. After: raw, viewer,
 * cells, joined 10/10/10; layout 5/5/5; columns 0 (said); chromium raw, viewer 10/10/10, layout 5/5/5; reportlab
 * raw, viewer 10/7/10 (the year lost, below), layout 5/3/4; lo-fallback and gs raw, viewer 0 (said), layout 4/4/4.
 * What no reader can rebuild, and why:
 * - columns (`pdftotext` without -raw or -layout): both tables come out a column at a time — every cell of a column
 *   before the next column — so nothing tells which cells make a row;
 * - layout of the Biểu 2 plan: nine narrow columns on a portrait page, so `pdftotext -layout` sets the cells of a
 *   line one space apart ("Tiêu chí Kế hoạch Thành lập     Hiệu    Tháng 2,5    Kế    Nghị") and the header's
 *   centred labels word by word across seven lines: neither the columns nor the header can be told apart;
 * In these cases the paste box says what it saw and suggests opening the PDF file itself.
 */
import * as fs from "fs";
import * as path from "path";
import "../../src/core/catalogs/all";
import type { Plan } from "../../src/core/types";
import { mainPlan, readPlans } from "../../src/core/read";
import { explainPasted, splitPastedText } from "../../src/core/read/pasted-pdf";
import { PLANS, rowOf } from "../support/pdf-fresh-plans";

const DIR = path.join(__dirname, "..", "fixtures", "pdf-paste");
const text = (plan: string, form: string) => fs.readFileSync(path.join(DIR, `${plan}.${form}.txt`), "utf8");
function pasted(plan: string, form: string): Plan {
  const t = text(plan, form);
  const grid = splitPastedText(t);
  return explainPasted(mainPlan(readPlans(grid)), t, grid);
}
const criterionRows = (p: Plan) => p.rows.filter((r) => r.kind === "criterion").map(rowOf);

const KIM_DONG = "tieu-hoc-kim-dong-2025-2026";
const LUONG_SON = "bieu2-thcs-luong-son-2026-2027";
// The plans whose viewer forms scripts/fixtures/pdf-paste has made (test/fixtures/pdf-paste).
const plans = ["tieu-hoc-kim-dong-2025-2026", "bieu2-thcs-luong-son-2026-2027"];
const read = plans.flatMap((plan) => ["raw", "viewer", "cells", "joined"].map((form) => [plan, form] as const));

describe("a table pasted from a PDF viewer, fresh plans (expectations by hand)", () => {
  it.each(read)("%s (%s): every row, its criterion, period and budget", (plan, form) => {
    const p = pasted(plan, form);
    const want = PLANS[plan].context as { schoolYear: string; regime: string };
    expect(p.context.schoolYear).toBe(want.schoolYear);
    expect(p.context.regime).toBe(want.regime);
    expect(criterionRows(p)).toEqual(PLANS[plan].rows);
  });

  // Its cells one space apart are cut where another line's cell starts (±1 character: "Đội; giáo" at 81 under "Tổng"
  // at 83 is not, "Tháng" at 91 over "4/2026" at 92 is), so row 5's period "Tháng 3/2026 – Tháng 4/2026" is whole.
  it.each([KIM_DONG])("%s (layout): every row, its criterion, period and budget", (plan) => {
    expect(criterionRows(pasted(plan, "layout"))).toEqual(PLANS[plan].rows);
  });

  it.each(plans)("%s (columns): no row is made up; it says what it saw and to open the PDF file", (plan) => {
    const p = pasted(plan, "columns");
    expect(criterionRows(p)).toEqual([]);
    const said = p.readFindings.filter((f) => f.rule === "table.no-header");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/^(Nội dung đã dán đi theo từng cột của bảng|Không tìm thấy bảng kế hoạch)/);
    expect(said[0].message).toMatch(/Đã thấy \d+ dòng chữ/);
    expect(said[0].suggestion).toMatch(/Mở (chính|trực tiếp) tệp PDF/i);
  });

  it(`${LUONG_SON} (layout): no row is made up; it says what it saw and to open the PDF file`, () => {
    const p = pasted(LUONG_SON, "layout");
    expect(criterionRows(p)).toEqual([]);
    const said = p.readFindings.filter((f) => f.rule === "table.no-header");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/^Không tìm thấy bảng kế hoạch cải tiến trong nội dung đã dán\. Đã thấy \d+ dòng/);
    expect(said[0].message).toMatch(/\d+ dòng có nhiều khoảng trắng liền nhau/);
    expect(said[0].suggestion).toMatch(/mở chính tệp PDF/);
  });

  it.each(read.filter(([, form]) => form !== "cells"))(
    "%s (%s): the cells run together are said to be, with the columns merged into the tasks",
    (plan, form) => {
      const note = pasted(plan, form).readFindings.filter((f) => f.rule === "table.cells-joined");
      expect(note).toHaveLength(1);
      expect(note[0].severity).toBe("info");
      expect(note[0].suggestion).toMatch(/mở trực tiếp tệp PDF/);
    },
  );

  // The other prints' viewer forms (<plan>.<generator>.<form>.txt, same script with KHCT_PASTE_GENERATORS).
  const chromium = plans.flatMap((plan) => ["raw", "viewer"].map((form) => [plan, `chromium.${form}`] as const));
  it.each([...chromium, [KIM_DONG, "chromium.layout"] as const])("%s (%s): every row as written", (plan, form) => {
    const p = pasted(plan, form);
    expect(p.context.schoolYear).toBe((PLANS[plan].context as { schoolYear: string }).schoolYear);
    expect(criterionRows(p)).toEqual(PLANS[plan].rows);
  });

  // reportlab overprints its bold headings: a viewer copies their letters twice ("K" / "KE" / "Ê̂́́ H"), so the
  // heading "Năm học 2025 – 2026" is lost and a semester ("HK II") is read against another year; every criterion
  // and budget is read, and every period written with its months.
  const reportlab = plans.flatMap((plan) => ["raw", "viewer"].map((form) => [plan, `reportlab.${form}`] as const));
  it.each(reportlab)("%s (%s): every criterion and budget; periods with months as written", (plan, form) => {
    const got = criterionRows(pasted(plan, form));
    const want = PLANS[plan].rows;
    expect(got.map(([s, c, , b]) => [s, c, b])).toEqual(want.map(([s, c, , b]) => [s, c, b]));
    const semester = new Set(plan === KIM_DONG ? ["2.3", "4.1"] : ["4.3"]); // "HK II", "HK I", "Học kỳ I"
    expect(got.filter((r) => !semester.has(r[1]))).toEqual(want.filter((r) => !semester.has(r[1])));
  });

  // A print whose letters with stacked marks come from a fallback font (and gs's copy of it) is copied scrambled
  // ("Ti u chí", "ệ" apart): no row is made up; the paste box says so and to open the PDF file (which reads).
  const scrambled = plans.flatMap((plan) =>
    ["lo-fallback", "gs"].flatMap((g) => ["raw", "viewer"].map((form) => [plan, `${g}.${form}`] as const)),
  );
  it.each(scrambled)("%s (%s): said to be scrambled, with the PDF file to open", (plan, form) => {
    const p = pasted(plan, form);
    expect(criterionRows(p)).toEqual([]);
    const said = p.readFindings.filter((f) => f.rule === "table.no-header");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/Chữ đã dán bị xáo trộn \(\d+ % từ không đọc được/);
    expect(said[0].suggestion).toMatch(/mở chính tệp PDF/);
  });

  it(`${LUONG_SON} (chromium.layout): a header without rows is said, not a silent empty table`, () => {
    const p = pasted(LUONG_SON, "chromium.layout");
    expect(criterionRows(p)).toEqual([]);
    const said = p.readFindings.filter((f) => f.rule.startsWith("table."));
    expect(said.map((f) => f.rule)).toEqual(["table.no-header"]);
    expect(said[0].message).toMatch(/^Đã thấy dòng tiêu đề của bảng kế hoạch nhưng không dựng lại được dòng nào/);
    expect(said[0].suggestion).toMatch(/^Mở trực tiếp tệp PDF/);
  });
});
