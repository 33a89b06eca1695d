/**
 * bench/excel: context.sync() calls and ms for insert / check (read + rules) / mark at 10, 100, 1,000 and
 * 10,000 rows against the hand-written Excel fake, beside a naive writer that syncs once per row.
 * Run: node bench/run-ts.js bench/excel.ts
 */
import "../src/core/catalogs/all";
import { ExcelHost } from "../src/hosts/excel";
import { getCatalog } from "../src/core/catalogs/index";
import { checkPlan } from "../src/core/rules";
import { renderGrid } from "../src/core/render";
import { FakeWorkbook, makeExcel } from "../test/hosts/excel/fake-excel";
import { EXCEL_PROFILES } from "../test/hosts/excel/profiles";
import { catalogWithStandards, syntheticPlanGrid } from "../test/support/plans";

const tt18 = getCatalog("tt18-2018")!;
const ctx = { level: "thcs" as const, regime: "2018" as const, schoolYear: "2025-2026", school: null };
const grid = (n: number) =>
  syntheticPlanGrid(n, (i) => ({
    period: i % 2 ? "Tháng 9/2025 - 9/2026" : "Tháng 10/2025",
    budget: i % 3 ? "5 triệu" : "10 triệu đống",
  }));
const bigCatalog = (n: number) => catalogWithStandards(Math.round(n / 2));

/** The naive way: one Excel.run + sync per row. */
async function naiveInsert(env: ReturnType<typeof makeExcel>["env"], rows: string[][]) {
  for (let r = 0; r < rows.length; r++) {
    await env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange(`A${r + 1}:I${r + 1}`).values = [rows[r]];
      // The naive writer this benchmark compares against: one sync per row, on purpose.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  }
}

const est = (ms: number, syncs: number) => String(ms + syncs * 30).padStart(6);

/** The naive marker: one sync per finding (saves nothing, paints the cell's own fill — what KHCT avoids). */
async function naiveMark(env: ReturnType<typeof makeExcel>["env"], cells: { row: number; col: number }[]) {
  for (const c of cells) {
    await env.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange(`${String.fromCharCode(65 + c.col)}${c.row + 1}`).format.fill.color = "#FDE7E9";
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    });
  }
}

(async () => {
  console.log(`bench/excel — node ${process.version} (fake Excel: counts syncs, measures the adapter's own work)`);
  console.log("The fake has no round trip; 'est' adds 30 ms per sync (a typical Excel on the web round trip).");
  console.log("rows      op       syncs  ms        naive syncs  naive ms   ratio(syncs)  est ms  naive est ms");
  for (const n of [10, 100, 1000, 10000]) {
    // insert
    let wb = new FakeWorkbook(["Kế hoạch"]);
    let fake = makeExcel(wb);
    let host = new ExcelHost(fake.env);
    let t = Date.now();
    await host.insertTable({ template: "2018-9col", context: ctx }, bigCatalog(n));
    const insMs = Date.now() - t;
    const insSyncs = fake.syncs();
    const rows = renderGrid("2018-9col", ctx, null, bigCatalog(n)).rows;
    const naiveWb = new FakeWorkbook(["Kế hoạch"]);
    const naive = makeExcel(naiveWb);
    t = Date.now();
    await naiveInsert(naive.env, rows);
    const naiveMs = Date.now() - t;
    console.log(
      `${String(rows.length).padStart(6)}    insert   ${String(insSyncs).padStart(5)}  ${String(insMs).padStart(6)}    ${String(naive.syncs()).padStart(10)}  ${String(naiveMs).padStart(8)}   ${(naive.syncs() / insSyncs).toFixed(0).padStart(6)}×  ${est(insMs, insSyncs)}  ${est(naiveMs, naive.syncs())}`,
    );
    // check = read + rules; mark
    wb = new FakeWorkbook(["Kế hoạch"]);
    wb.sheet("Kế hoạch").setValues(0, 0, grid(n));
    fake = makeExcel(wb);
    host = new ExcelHost(fake.env);
    t = Date.now();
    const plan = (await host.read()).plans[0];
    const findings = checkPlan(plan, tt18);
    const chkMs = Date.now() - t;
    const chkSyncs = fake.syncs();
    fake.reset();
    t = Date.now();
    await host.markFindings(findings, plan);
    const markMs = Date.now() - t;
    console.log(
      `${String(n).padStart(6)}    check    ${String(chkSyncs).padStart(5)}  ${String(chkMs).padStart(6)}    (${findings.length} findings)`,
    );
    const markSyncs = fake.syncs();
    const naiveMarkWb = new FakeWorkbook(["Kế hoạch"]);
    naiveMarkWb.sheet("Kế hoạch").setValues(0, 0, grid(n));
    const naiveMarker = makeExcel(naiveMarkWb);
    t = Date.now();
    await naiveMark(
      naiveMarker.env,
      findings.filter((f) => f.cell).map((f) => f.cell!),
    );
    const naiveMarkMs = Date.now() - t;
    console.log(
      `${String(n).padStart(6)}    mark     ${String(markSyncs).padStart(5)}  ${String(markMs).padStart(6)}    ${String(naiveMarker.syncs()).padStart(10)}  ${String(naiveMarkMs).padStart(8)}   ${(naiveMarker.syncs() / markSyncs).toFixed(0).padStart(6)}×  ${est(markMs, markSyncs)}  ${est(naiveMarkMs, naiveMarker.syncs())}`,
    );
  }
  // The same constant-sync property under every host profile of the strict fake (read / mark / clear).
  console.log("\nsyncs per host profile (read / mark / clear) at 10 and 10,000 rows");
  for (const profile of EXCEL_PROFILES) {
    const counts: string[] = [];
    for (const n of [10, 10000]) {
      const wb = new FakeWorkbook(["Kế hoạch"]);
      wb.sheet("Kế hoạch").setValues(0, 0, grid(n));
      const fake = makeExcel(wb, profile);
      const host = new ExcelHost(fake.env);
      const plan = (await host.read()).plans[0];
      const read = fake.syncs();
      await host.markFindings(checkPlan(plan, tt18), plan);
      const mark = fake.syncs() - read;
      await host.clearMarks();
      counts.push(`${read} / ${mark} / ${fake.syncs() - read - mark}`);
    }
    console.log(`  ${profile.label.padEnd(20)} 10 rows: ${counts[0]}    10,000 rows: ${counts[1]}`);
  }
})();
