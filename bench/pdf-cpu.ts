/**
 * bench/pdf-cpu: the 1,000-row plan's PDF (bench/pdf-plan.ts) opened, read and checked `--runs=N` (12) times after
 * two warm-up opens, measured by what a shared machine does not blur: CPU time of this process per open
 * (process.cpuUsage), garbage collections per open (count and pause, from the engine's gc performance entries) and
 * the wall time beside them. Run: node bench/run-ts.js bench/pdf-cpu.ts [--runs=N] (add --cpu-prof to node for a
 * profile of the same opens).
 */
import { PerformanceObserver } from "perf_hooks";
import { FileHost, openPlanFile } from "../src/hosts/file";
import { checkPlan } from "../src/core/rules";
import { catalog, pdfFromGrid, planGrid } from "./pdf-plan";

const RUNS = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 12);
const WARM = 2;

let gcCount = 0;
let gcMs = 0;
let scavenges = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcCount++;
    gcMs += e.duration;
    // perf_hooks NODE_PERFORMANCE_GC_MINOR = 1 (a scavenge of the young generation).
    if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === 1) scavenges++;
  }
}).observe({ entryTypes: ["gc"] });

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(0)}, median ${s[s.length >> 1].toFixed(0)}`;
};

(async () => {
  const bytes = await pdfFromGrid(planGrid());
  const wall: number[] = [];
  const cpu: number[] = [];
  const gcs: number[] = [];
  const gcPause: number[] = [];
  const minor: number[] = [];
  let findings = 0;
  for (let k = 0; k < WARM + RUNS; k++) {
    // Entries are delivered asynchronously: the previous open's are in once a macrotask has passed.
    await new Promise((r) => setTimeout(r, 0));
    const [n0, ms0, s0] = [gcCount, gcMs, scavenges];
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const host = new FileHost(await openPlanFile(bytes, "plan.pdf"));
    const plan = (await host.read()).plans.find((p) => p.rows.length)!;
    findings = checkPlan(plan, catalog).length;
    const c = process.cpuUsage(c0);
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    await new Promise((r) => setTimeout(r, 0));
    if (k < WARM) continue;
    wall.push(t);
    cpu.push((c.user + c.system) / 1000);
    gcs.push(gcCount - n0);
    gcPause.push(gcMs - ms0);
    minor.push(scavenges - s0);
  }
  console.log(
    `bench/pdf-cpu — node ${process.version}; 1,000-row PDF, ${RUNS} opens after ${WARM}; ${findings} findings`,
  );
  console.log(`  CPU ms per open: ${stats(cpu)}`);
  console.log(`  wall ms per open: ${stats(wall)}`);
  console.log(`  GC per open: ${stats(gcs)} collections (scavenges ${stats(minor)}), pause ms ${stats(gcPause)}`);
})();
