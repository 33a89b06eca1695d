/**
 * How much of each fresh plan's table the paste box rebuilds from each viewer form (test/fixtures/pdf-paste, made by
 * `KHCT_PDF_SRC=test/fixtures/pdf-fresh scripts/fixtures/pdf-paste`), against the rows written by hand
 * (test/support/pdf-fresh-plans.ts): rows found, and of the expected rows how many have the right criterion, period
 * and budget; plus the school year and regime.
 *   node bench/run-ts.js bench/paste.ts
 */
import * as fs from "fs";
import * as path from "path";
import "../src/core/catalogs/all";
import { mainPlan, readPlans } from "../src/core/read";
import { explainPasted, splitPastedText } from "../src/core/read/pasted-pdf";
import { PLANS, rowOf } from "../test/support/pdf-fresh-plans";

const DIR = path.join(__dirname, "..", "test", "fixtures", "pdf-paste");
/** The one-font LibreOffice print's forms and the .docx's, then the other prints' viewer forms (<generator>.<form>). */
const FORMS = [
  ...["raw", "viewer", "layout", "columns", "cells", "joined"],
  ...["chromium", "reportlab", "lo-fallback", "gs"].flatMap((g) => ["raw", "viewer", "layout"].map((f) => `${g}.${f}`)),
];

const totals = new Map<string, number[]>();
for (const plan of Object.keys(PLANS)) {
  const want = PLANS[plan];
  for (const form of FORMS) {
    // A plan whose forms were not made (scripts/fixtures/pdf-paste not run for it) is left out, not an error.
    const file = path.join(DIR, `${plan}.${form}.txt`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const grid = splitPastedText(text);
    const p = explainPasted(mainPlan(readPlans(grid)), text, grid);
    // (a plan whose criterion is merged over several activities counts its task rows too, each once, in order)
    const kinds = want.kinds ? ["criterion", "task"] : ["criterion"];
    const got = p.rows.filter((r) => kinds.includes(r.kind)).map(rowOf);
    const unused = [...got];
    let criteria = 0;
    let periods = 0;
    let budgets = 0;
    for (const w of want.rows) {
      const at = unused.findIndex((r) => r[1] === w[1]);
      if (at < 0) continue;
      const g = unused.splice(at, 1)[0];
      criteria++;
      if (g[2] === w[2]) periods++;
      if (g[3] === w[3]) budgets++;
    }
    const ctx = want.context as { schoolYear: string; regime: string };
    const context = p.context.schoolYear === ctx.schoolYear && p.context.regime === ctx.regime ? "ok" : "WRONG";
    const n = want.rows.length;
    const extra = got.length - criteria;
    const said = p.readFindings.map((f) => f.rule).join(",");
    console.log(
      `${plan.padEnd(32)} ${form.padEnd(18)} rows ${got.length}/${n}${extra ? ` (+${extra} wrong)` : ""}` +
        `  criteria ${criteria}/${n}  periods ${periods}/${n}  budgets ${budgets}/${n}  year+regime ${context}` +
        (said ? `  said: ${said}` : ""),
    );
    const t = totals.get(form) ?? [0, 0, 0, 0];
    totals.set(form, [t[0] + n, t[1] + criteria, t[2] + periods, t[3] + budgets]);
  }
}
for (const [form, [n, c, p, b]] of totals)
  console.log(`all ${form.padEnd(18)} criteria ${c}/${n}  periods ${p}/${n}  budgets ${b}/${n}`);
