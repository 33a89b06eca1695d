/** Reading a plan file as the matrix test compares it (context, rows, findings), and a score table printer. */
import "../../src/core/catalogs/all";
import type { Plan } from "../../src/core/types";
import { FileHost, openPlanFile } from "../../src/hosts/file";
import { nodeOcrEnv } from "../../src/hosts/file/ocr/node-env";
import { readPdfGrid, readPdfPages } from "../../src/hosts/file/pdf";
import { layerNeedsReread, poorLayer, REREAD_NOTE } from "../../src/hosts/file/pdf-reread";
import { checkPlan } from "../../src/core/rules";
import { mainPlan } from "../../src/core/read";
import { catalogIdFor, getCatalog } from "../../src/core/catalogs/index";
import { agreement, BORDERLESS_PLANS, GENERATORS, HELDOUT_PLANS, VARIETY_PLANS, type Reading } from "./pdf-variety";

/** The main plan of a file as the file host reads it and the file's notes; `ocr`: OCR available, as in the CLI. */
export async function readFile(bytes: Uint8Array, name: string, ocr = false): Promise<{ plan: Plan; notes: string[] }> {
  const options = ocr ? { ocr: { env: nodeOcrEnv() } } : {};
  const read = await new FileHost(await openPlanFile(bytes, name, options)).read();
  return { plan: mainPlan(read.plans), notes: read.problems.map((p) => p.vi) };
}

export async function readMain(bytes: Uint8Array, name: string, ocr = false): Promise<Plan> {
  return (await readFile(bytes, name, ocr)).plan;
}

export function readingOf(p: Plan): Reading {
  const catalog =
    p.context.level && p.context.regime ? (getCatalog(catalogIdFor(p.context.level, p.context.regime)) ?? null) : null;
  return {
    context: { level: p.context.level, schoolYear: p.context.schoolYear, regime: p.context.regime },
    rows: p.rows.map((r) => JSON.stringify([r.kind, r.standard, r.criterion, r.target, r.period, r.budget])),
    findings: checkPlan(p, catalog)
      .map((f) => `${f.rule} ${f.criterion ?? ""} ${f.severity}`)
      .sort(),
  };
}

/** A fixture folder: its files, and each plan's .docx reading, read once — what every matrix test compares with. */
export function fixtureFolder(dir: string) {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const file = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));
  const reference = new Map<string, Reading>();
  const docxReading = async (plan: string): Promise<Reading> => {
    if (!reference.has(plan)) reference.set(plan, readingOf(await readMain(file(`${plan}.docx`), `${plan}.docx`)));
    return reference.get(plan)!;
  };
  return { file, docxReading };
}

const pct1 = (x: number) => `${(100 * x).toFixed(0)} %`;

/** A searchable scan read as the CLI reads it (OCR available), and what OCR added over reading its layer alone. */
export async function readWithOcr(bytes: Uint8Array, name: string): Promise<{ plan: Plan; cost: string }> {
  const clock = () => [Date.now(), process.cpuUsage()] as const;
  const since = ([t, c]: ReturnType<typeof clock>) => {
    const u = process.cpuUsage(c);
    return { wall: (Date.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
  };
  const c0 = clock();
  const opened = await openPlanFile(bytes, name, { ocr: { env: nodeOcrEnv() } });
  const plan = mainPlan((await new FileHost(opened).read()).plans);
  const withOcr = since(c0);
  const c1 = clock();
  await openPlanFile(bytes, name);
  const layer = since(c1);
  const pages = await readPdfPages(bytes, name);
  const poor = poorLayer(pages);
  const why = layerNeedsReread(pages, await readPdfGrid(bytes, name));
  const how = !why
    ? `layer reads well (${(100 * poor.share).toFixed(1)} % junk tokens, no empty cell): no OCR`
    : `layer poor (${why.en.replace(/^.*?\((.*?)\).*$/, "$1")}), pages read again by OCR: ` +
      (opened.problems.some((p) => p.vi.startsWith(REREAD_NOTE)) ? "OCR's reading kept" : "layer's reading kept");
  const n = pages.length;
  const [wall, cpu] = [withOcr.wall - layer.wall, withOcr.cpu - layer.cpu];
  const cost = `${how}; OCR adds ${(wall / n).toFixed(1)} s/page (CPU ${(cpu / n).toFixed(1)} s/page, ${n} pages)`;
  return { plan, cost };
}

async function main(): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  /* eslint-enable @typescript-eslint/no-require-imports */
  // --borderless: the borderless held-out plans (test/fixtures/pdf-borderless)
  const borderless = process.argv.includes("--borderless");
  // --dir=<folder>: every <plan>.docx there with its <plan>.<generator>.pdf (a matrix printed elsewhere)
  const other = process.argv.find((a) => a.startsWith("--dir="))?.slice(6);
  const dir = other ?? path.join(__dirname, "..", "fixtures", borderless ? "pdf-borderless" : "pdf-variety");
  const file = (n: string) => new Uint8Array(fs.readFileSync(path.join(dir, n)));
  const verbose = process.argv.includes("-v");
  // --heldout: only the held-out plans; --all: the seeds' plans and the held-out ones
  const folder = other
    ? fs
        .readdirSync(other)
        .filter((n) => n.endsWith(".docx"))
        .map((n) => n.slice(0, -5))
    : borderless
      ? BORDERLESS_PLANS
      : process.argv.includes("--heldout")
        ? HELDOUT_PLANS
        : process.argv.includes("--all")
          ? [...VARIETY_PLANS, ...HELDOUT_PLANS]
          : VARIETY_PLANS;
  // --plan <name>[,<name>…]: only those plans (of the folder chosen above)
  const named = process.argv.includes("--plan") ? process.argv[process.argv.indexOf("--plan") + 1].split(",") : null;
  const plans = named ? folder.filter((p) => named.includes(p)) : folder;
  // --gen <name>: only that generator
  const only = process.argv.includes("--gen") ? process.argv[process.argv.indexOf("--gen") + 1] : null;
  console.log("generator      rows %  context %  findings %");
  for (const gen of Object.keys(GENERATORS).filter((g) => !only || g === only)) {
    let rows = 0;
    let ctx = 0;
    let fin = 0;
    let n = 0;
    for (const plan of plans) {
      if (!fs.existsSync(path.join(dir, `${plan}.${gen}.pdf`))) continue;
      const ref = readingOf(await readMain(file(`${plan}.docx`), `${plan}.docx`));
      if (verbose && gen === "lo-fallback") console.log(`  ${plan}.docx: ${ref.rows.length} rows`);
      let got: Reading;
      try {
        // The OCR generator's files are read as the CLI reads them (OCR available: a poor layer is read again).
        if (gen === "ocr") {
          const { plan: main, cost } = await readWithOcr(file(`${plan}.ocr.pdf`), `${plan}.pdf`);
          console.log(`  ${plan}.ocr: ${cost}`);
          got = readingOf(main);
        } else got = readingOf(await readMain(file(`${plan}.${gen}.pdf`), `${plan}.pdf`));
      } catch (e) {
        console.log(`  ${plan}.${gen}: ${(e as Error).message}`);
        n++;
        continue;
      }
      const r = agreement(got.rows, ref.rows);
      const c = agreement(Object.values(got.context).map(String), Object.values(ref.context).map(String));
      const f = agreement(got.findings, ref.findings);
      rows += r;
      ctx += c;
      fin += f;
      n++;
      if (process.argv.includes("--per-plan"))
        console.log(`  ${plan}.${gen}: rows ${pct1(r)} context ${pct1(c)} findings ${pct1(f)}`);
      if (verbose && (r < 1 || c < 1 || f < 1)) {
        console.log(
          `  ${plan}.${gen}: rows ${r.toFixed(2)} ctx ${JSON.stringify(got.context)} vs ${JSON.stringify(ref.context)} findings ${f.toFixed(2)}`,
        );
        const miss = got.rows.filter((x) => !ref.rows.includes(x));
        const want = ref.rows.filter((x) => !got.rows.includes(x));
        for (const x of miss.slice(0, 6)) console.log(`    got  ${x}`);
        for (const x of want.slice(0, 6)) console.log(`    want ${x}`);
        console.log(`    findings got-only ${got.findings.filter((x) => !ref.findings.includes(x)).join(" | ")}`);
        console.log(`    findings want-only ${ref.findings.filter((x) => !got.findings.includes(x)).join(" | ")}`);
      }
    }
    if (!n) continue;
    const pct = (x: number) => ((100 * x) / n).toFixed(0).padStart(6);
    console.log(`${gen.padEnd(14)} ${pct(rows)}   ${pct(ctx)}     ${pct(fin)}`);
  }
}

if (process.argv[1]?.endsWith("pdf-variety-read.ts")) void main();
