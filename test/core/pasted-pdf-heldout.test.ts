/**
 * Paste from a PDF viewer, on the three held-out plans (scripts/fixtures/heldout: written by hand as HTML, printed
 * by LibreOffice with one font) — plans the paste readers were not written against. The texts come from
 * scripts/fixtures/pdf-paste like the seeds' (test/core/pasted-pdf-viewers.test.ts). The criteria are listed by
 * hand from the HTML sources; the rows are compared with the .docx reading of the same plan.
 */
import * as fs from "fs";
import * as path from "path";
import "../../src/core/catalogs/all";
import type { Plan, PlanRow } from "../../src/core/types";
import { mainPlan, readPlans } from "../../src/core/read";
import { explainPasted, splitPastedText } from "../../src/core/read/pasted-pdf";
import { readMain } from "../support/pdf-variety-read";

const DIR = path.join(__dirname, "..", "fixtures");
const CRITERIA: Record<string, string[]> = {
  "thpt-nguyen-du-2025-2026": ["1.1", "1.9", "3.2", "5.4", "5.6"],
  "tieu-hoc-hoa-binh-2024-2025": ["1.6", "2.2", "3.6", "5.3", "5.5"],
  "bieu2-mam-non-hoa-sen-2026-2027": ["2.2", "3.2", "4.2", "4.3"],
};
const text = (seed: string, form: string) =>
  fs.readFileSync(path.join(DIR, "pdf-paste", `${seed}.${form}.txt`), "utf8");
const pasted = (seed: string, form: string) => {
  const t = text(seed, form);
  const grid = splitPastedText(t);
  return explainPasted(mainPlan(readPlans(grid)), t, grid);
};
const rowsOf = (p: Plan) =>
  p.rows
    .filter((r: PlanRow) => r.kind === "criterion")
    .map((r) => ({ criterion: r.criterion, period: r.period, vnd: r.budget?.vnd ?? null }));
const docx = new Map<string, Plan>();
async function fromDocx(seed: string): Promise<Plan> {
  if (!docx.has(seed))
    docx.set(
      seed,
      await readMain(new Uint8Array(fs.readFileSync(path.join(DIR, "pdf-variety", `${seed}.docx`))), seed),
    );
  return docx.get(seed)!;
}

const seeds = Object.keys(CRITERIA);
const read = seeds.flatMap((seed) => ["raw", "viewer", "cells", "joined"].map((form) => [seed, form] as const));

describe("a table pasted from a PDF viewer, on plans the readers were not written against", () => {
  it.each(read)("%s (%s): every criterion row, period and amount as from the .docx", async (seed, form) => {
    const plan = pasted(seed, form);
    expect(rowsOf(plan).map((r) => r.criterion)).toEqual(CRITERIA[seed]);
    expect(rowsOf(plan)).toEqual(rowsOf(await fromDocx(seed)));
  });

  // These tables' cells are centred vertically, so `pdftotext -layout` interleaves the lines of a row's cells around
  // its TT number (the first line of a row is not where its cells start; pasted-centred.ts finds where rows end).
  it.each(seeds)("%s (layout): every criterion row, period and amount as from the .docx", async (seed) => {
    const plan = pasted(seed, "layout");
    expect(rowsOf(plan).map((r) => r.criterion)).toEqual(CRITERIA[seed]);
    expect(rowsOf(plan)).toEqual(rowsOf(await fromDocx(seed)));
  });

  it.each(seeds)("%s (columns): no row is made up; it says what it saw and to open the PDF file", (seed) => {
    const plan = pasted(seed, "columns");
    expect(rowsOf(plan)).toEqual([]);
    const said = plan.readFindings.filter((f) => f.rule === "table.no-header");
    expect(said).toHaveLength(1);
    expect(said[0].message).toMatch(/Đã thấy \d+ dòng chữ/);
    expect(said[0].suggestion).toMatch(/mở (chính|trực tiếp) tệp PDF/i);
  });
});
