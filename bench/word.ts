/**
 * bench/word: context.sync() calls and ms for insert and check at 10 to 10,000 rows against the Word fake,
 * beside a naive writer that syncs once per row. Run: node bench/run-ts.js bench/word.ts
 */
import "../src/core/catalogs/all";
import { WordHost } from "../src/hosts/word";
import { getCatalog } from "../src/core/catalogs/index";
import { checkPlan } from "../src/core/rules";
import { renderGrid } from "../src/core/render";
import { FakeDocument, makeWord } from "../test/hosts/word/fake-word";
import { catalogWithStandards, syntheticPlanGrid } from "../test/support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const bigCatalog = (n: number) => catalogWithStandards(Math.round(n / 2));
const grid = (n: number) => syntheticPlanGrid(n, () => ({ period: "Tháng 10/2025", budget: "5 triệu" }), true);

(async () => {
  console.log(`bench/word — node ${process.version} (fake Word)`);
  console.log("rows      op       syncs  ms        naive syncs  ratio");
  for (const n of [10, 100, 1000, 10000]) {
    const doc = new FakeDocument([[""]]);
    const fake = makeWord(doc);
    const host = new WordHost(fake.env);
    let t = Date.now();
    await host.insertTable({ template: "2018-9col", context: ctx }, bigCatalog(n));
    const ms = Date.now() - t;
    const rows = renderGrid("2018-9col", ctx, null, bigCatalog(n)).rows.length;
    // Naive: insert the header, then add each row with its own sync.
    const naiveDoc = new FakeDocument([[""]]);
    const naive = makeWord(naiveDoc);
    for (let r = 0; r < rows; r++)
      await naive.env.run(async (context) => {
        context.document.getSelection().insertParagraph(`row ${r}`, "After");
        // The naive writer this benchmark compares against: one sync per row, on purpose.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      });
    console.log(
      `${String(rows).padStart(6)}    insert   ${String(fake.syncs()).padStart(5)}  ${String(ms).padStart(6)}    ${String(naive.syncs()).padStart(10)}  ${(naive.syncs() / fake.syncs()).toFixed(0)}×`,
    );
    const d2 = new FakeDocument(grid(n));
    const f2 = makeWord(d2);
    const h2 = new WordHost(f2.env);
    t = Date.now();
    const plan = (await h2.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    console.log(
      `${String(n).padStart(6)}    check    ${String(f2.syncs()).padStart(5)}  ${String(Date.now() - t).padStart(6)}    (${findings.length} findings; naive reads cell by cell: ${plan.rows.length * 9} syncs)`,
    );
    // Marks in Word 2019 (highlights in tagged content controls) and Microsoft 365 (comments), then clearing them.
    for (const profile of ["word-2019", "word-365"] as const) {
      const d3 = new FakeDocument(
        syntheticPlanGrid(n, () => ({ period: "Tháng 10/2025", budget: "5 triệu đống" }), true),
      );
      const f3 = makeWord(d3, profile);
      const h3 = new WordHost(f3.env);
      const p3 = (await h3.read()).plans[0];
      const found = checkPlan(p3, tt18);
      f3.reset();
      t = Date.now();
      await h3.markFindings(found, p3);
      const markSyncs = f3.syncs();
      const markMs = Date.now() - t;
      f3.reset();
      t = Date.now();
      await h3.clearMarks();
      console.log(
        `${String(n).padStart(6)}    mark     ${String(markSyncs).padStart(5)}  ${String(markMs).padStart(6)}    (${found.length} findings, ${profile}; clear: ${f3.syncs()} syncs, ${Date.now() - t} ms)`,
      );
    }
  }
})();
