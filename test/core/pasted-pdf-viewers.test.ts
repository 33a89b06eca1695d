/**
 * Tables pasted from a PDF viewer: a test per viewer form for each plan of the PDF variety matrix (the seeds 000,
 * 002, 004 and a Biểu 2 plan). The texts are in test/fixtures/pdf-paste, made by scripts/fixtures/pdf-paste from
 * the committed one-font LibreOffice PDFs and .docx files:
 *   raw     `pdftotext -raw` (one line per visual line of each cell, no blank line between rows: Chromium/Edge);
 *   viewer  the pdf.js viewer's copy (Firefox): getTextContent() items joined with a line break where hasEOL is set
 *           (reproduced with pdfjs-dist: a headless browser cannot select + copy in its viewer);
 *   layout  `pdftotext -layout` (runs of spaces; form feeds: rows split by page breaks; on these narrow-column
 *           prints pdftotext sets the body's columns up to ~10 characters apart from the header's, and a page
 *           without the header gets columns of its own, so the cells are read by their order, not their position);
 *   columns `pdftotext` without -raw or -layout: a table's text a column at a time (every cell of a column, its
 *           label first, then the next column), blank lines between blocks — rows cannot be rebuilt, and the paste
 *           box says so; Quảng Ninh's small table comes out row by row and is read;
 *   cells   one cell per line, blank lines between rows, and joined: each row's cells run together on one line
 *           (both from the .docx table: no viewer we can run headless copies them).
 * The expectations are the .docx reading of the same plan (another reader, over Word's table structure) and the
 * criteria listed by hand from the seeds — never the paste reader's own output. A pasted row's budget cell has no
 * edges in the run-together forms, so the amount (đồng) is compared, not the cell's wording.
 */
import * as fs from "fs";
import * as path from "path";
import "../../src/core/catalogs/all";
import type { Plan, PlanRow } from "../../src/core/types";
import { mainPlan, readPlans } from "../../src/core/read";
import { explainPasted, splitPastedText } from "../../src/core/read/pasted-pdf";
import { checkPlan } from "../../src/core/rules";
import { readMain } from "../support/pdf-variety-read";

const DIR = path.join(__dirname, "..", "fixtures");
const CRITERIA: Record<string, string[]> = {
  "thu-duc-2025-2026": ["1.4", "5.2", "5.4"],
  "mam-non-2025-2026": ["1.4", "1.10", "2.2", "3.3", "5.2"],
  "quang-ninh-2023-2024": ["3.2", "3.5"],
  "bieu2-2026-2027": ["1.2", "3.4", "3.3"],
};
const YEAR: Record<string, string> = {
  "thu-duc-2025-2026": "2025-2026",
  "mam-non-2025-2026": "2025-2026",
  "quang-ninh-2023-2024": "2023-2024",
  "bieu2-2026-2027": "2026-2027",
};
const FORMS = ["raw", "viewer", "layout", "cells", "joined"];
/** Whether `pdftotext` (no option) wrote the plan's table column by column (seen by hand in the texts). */
const COLUMN_ORDERED: Record<string, boolean> = {
  "thu-duc-2025-2026": true,
  "mam-non-2025-2026": true,
  "quang-ninh-2023-2024": false,
  "bieu2-2026-2027": true,
};
const pasted = (seed: string, form: string) =>
  mainPlan(readPlans(splitPastedText(fs.readFileSync(path.join(DIR, "pdf-paste", `${seed}.${form}.txt`), "utf8"))));
const docx = new Map<string, Plan>();
async function fromDocx(seed: string): Promise<Plan> {
  if (!docx.has(seed)) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, "pdf-variety", `${seed}.docx`)));
    docx.set(seed, await readMain(bytes, `${seed}.docx`));
  }
  return docx.get(seed)!;
}
const criterionRows = (p: Plan) =>
  p.rows
    .filter((r: PlanRow) => r.kind === "criterion")
    .map((r) => ({ criterion: r.criterion, period: r.period, vnd: r.budget?.vnd ?? null }));

const cases = Object.keys(CRITERIA).flatMap((seed) => FORMS.map((form) => [seed, form] as const));

async function expectAsDocx(seed: string, form: string) {
  const plan = pasted(seed, form);
  expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion)).toEqual(CRITERIA[seed]);
  expect(criterionRows(plan)).toEqual(criterionRows(await fromDocx(seed)));
}

describe("a table pasted from a PDF viewer, per form and per plan", () => {
  it("the hand-listed criteria are those of the .docx reading (the two references agree)", async () => {
    for (const seed of Object.keys(CRITERIA))
      expect(criterionRows(await fromDocx(seed)).map((r) => r.criterion)).toEqual(CRITERIA[seed]);
  });

  it.each(cases)("%s (%s): the school year and the regime are read as from the .docx", async (seed, form) => {
    const ref = await fromDocx(seed);
    const plan = pasted(seed, form);
    expect(plan.context.schoolYear).toBe(YEAR[seed]);
    expect(plan.context.regime).toBe(ref.context.regime);
  });

  it.each(cases)("%s (%s): every criterion row, period and amount as from the .docx", expectAsDocx);

  it.each(Object.keys(CRITERIA))("%s (columns): said to be column by column, or read when it is not", async (seed) => {
    const text = fs.readFileSync(path.join(DIR, "pdf-paste", `${seed}.columns.txt`), "utf8");
    const plan = explainPasted(pasted(seed, "columns"), text);
    const rules = [...plan.readFindings, ...checkPlan(plan, null)].map((f) => f.rule);
    if (!COLUMN_ORDERED[seed]) {
      await expectAsDocx(seed, "columns");
      return;
    }
    expect(plan.rows.filter((r) => r.kind === "criterion")).toEqual([]);
    expect(rules).not.toContain("table.missing-column");
    const said = plan.readFindings.filter((f) => f.rule === "table.no-header");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/^Nội dung đã dán đi theo từng cột của bảng: .* nên không ghép lại được các dòng/);
    expect(said[0].message).toMatch(/nhãn cột đứng riêng \(“/);
    expect(said[0].suggestion).toMatch(/^Mở trực tiếp tệp PDF/);
  });

  const joinedCases = ["thu-duc-2025-2026", "mam-non-2025-2026", "bieu2-2026-2027"].flatMap((seed) =>
    ["raw", "viewer", "layout", "joined"].map((form) => [seed, form] as const),
  );
  it.each(joinedCases)("%s (%s): columns run together are said to be, not reported missing", (seed, form) => {
    const text = fs.readFileSync(path.join(DIR, "pdf-paste", `${seed}.${form}.txt`), "utf8");
    const grid = splitPastedText(text);
    const plan = explainPasted(mainPlan(readPlans(grid)), text, grid);
    const found = [...plan.readFindings, ...checkPlan(plan, null)];
    expect(found.map((f) => f.rule)).not.toContain("table.missing-column");
    const note = plan.readFindings.filter((f) => f.rule === "table.cells-joined");
    expect(note).toHaveLength(1);
    expect(note[0].severity).toBe("info");
    // Both plans' tables have a target and a lead column (TT 2018 and Biểu 2 names, seen in the texts).
    expect(note[0].message).toMatch(/“Kết quả cần đạt \(so với hiện trạng\)”/);
    expect(note[0].message).toMatch(/“Chủ trì và phối hợp thực hiện”/);
    expect(note[0].suggestion).toMatch(/mở trực tiếp tệp PDF/);
  });

  it("a table that really lacks columns keeps its warnings (Quảng Ninh: no period, no budget column)", () => {
    const text = fs.readFileSync(path.join(DIR, "pdf-paste", "quang-ninh-2023-2024.raw.txt"), "utf8");
    const grid = splitPastedText(text);
    const plan = explainPasted(mainPlan(readPlans(grid)), text, grid);
    const missing = plan.readFindings.filter((f) => f.rule === "table.missing-column").map((f) => f.message);
    expect(missing).toContain('Bảng kế hoạch thiếu cột "Thời gian thực hiện và hoàn thành".');
    expect(missing).toContain('Bảng kế hoạch thiếu cột "Dự kiến kinh phí".');
  });

  it("rows split by a page break (form feeds in the text) are read whole", () => {
    const text = fs.readFileSync(path.join(DIR, "pdf-paste", "thu-duc-2025-2026.raw.txt"), "utf8");
    expect(text).toContain("\f");
    const row = pasted("thu-duc-2025-2026", "raw").rows.find((r) => r.criterion === "5.2")!;
    // "… có kinh nghiệm để" ends page 1's part of the cell, "vững vàng, tâm huyết …" is on page 2
    expect(row.cells.tasks?.text ?? "").toMatch(/kinh\s+nghiệm để/);
    expect(row.period).toMatchObject({ kind: "range", start: "2025-09", end: "2026-08" });
  });

  it("a number wrapped at a narrow cell's edge is rejoined (5.000.00 / 0/năm → 5.000.000)", () => {
    const text = fs.readFileSync(path.join(DIR, "pdf-paste", "bieu2-2026-2027.raw.txt"), "utf8");
    expect(text).toMatch(/5\.000\.00\n0\/năm/);
    const row = pasted("bieu2-2026-2027", "raw").rows.find((r) => r.criterion === "1.2")!;
    expect(row.budget).toMatchObject({ kind: "amount", vnd: 5_000_000 });
  });
});
