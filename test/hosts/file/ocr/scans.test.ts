/**
 * Acceptance: scanned and photographed plans (test/fixtures/scans/, made by scripts/fixtures/scans/make.sh from
 * .docx files this project builds, see test/support/scan-fixtures.ts) read by OCR as their .docx reads: criteria,
 * targets, periods and budgets of ≥ 90 % of the .docx's rows equal, the context (level, year) right. The per-cell
 * comparison is printed. OCR is slow: `npm test` reads one scan of each kind in 6 pages (the phone photo of a ruled
 * table, the unruled table, Biểu 2); set KHCT_OCR_ALL=1 to read every fixture (12 pages).
 */
import * as fs from "fs";
import * as path from "path";
import "../../../../src/core/catalogs/all";
import type { PlanRow } from "../../../../src/core/types";
import { summarize } from "../../../../src/core/summary";
import { SCAN_FIXTURES } from "../../../support/scan-fixtures";
import { MEASURES, readMain, value, type Measure } from "../../../support/scan-compare";

// Generous: OCR of one page takes 10–30 s on a 2-core machine, minutes when it is shared by many jobs.
jest.setTimeout(3_600_000);

const DIR = path.join(__dirname, "..", "..", "..", "fixtures", "scans");
const DEFAULT = ["thu-duc-photo.jpg", "quang-ninh-scan-2018.pdf", "thu-duc-scan-bieu2.pdf"];
const chosen = SCAN_FIXTURES.filter((f) => process.env.KHCT_OCR_ALL === "1" || DEFAULT.includes(f.file));

describe("scanned plans read as their .docx does", () => {
  it.each(chosen.map((f) => [f.file, f] as const))("%s", async (file, f) => {
    const scan = await readMain(new Uint8Array(fs.readFileSync(path.join(DIR, file))), file, true);
    const ref = await readMain(await f.docx(), file.replace(/\.\w+$/, ".docx"), false);
    const rows = ref.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
    // Each reference row is compared with the scan's row of the same criterion (in order), else the same position.
    const scanned = scan.rows.filter((r) => r.kind === "criterion" || r.kind === "task");
    const used = new Set<PlanRow>();
    const pairs = rows.map((r, i) => {
      const same = scanned.find((s) => !used.has(s) && s.criterion === r.criterion) ?? scanned[i];
      if (same) used.add(same);
      return [r, same] as const;
    });
    const lines: string[] = [`${file}: ${rows.length} rows of the .docx`];
    const score: Record<Measure, number> = { criterion: 0, target: 0, period: 0, budget: 0 };
    for (const [r, s] of pairs) {
      for (const m of MEASURES) {
        const a = value(r, m);
        const b = value(s, m);
        if (a === b) score[m]++;
        const conf = s && m !== "criterion" ? s.cells[m]?.confidence : s?.cells.criterion?.confidence;
        lines.push(`  ${a === b ? "=" : "≠"} ${m.padEnd(9)} docx ${a.padEnd(34)} scan ${b} (${conf ?? "?"} %)`);
      }
    }
    const share = (m: Measure) => (rows.length ? score[m] / rows.length : 0);
    lines.push(`  ${MEASURES.map((m) => `${m} ${(share(m) * 100).toFixed(0)} %`).join(" · ")}`);
    lines.push(`  context scan ${JSON.stringify(scan.context)} docx ${JSON.stringify(ref.context)}`);
    lines.push(`  seen ${JSON.stringify(scan.scan)}`);
    console.log(lines.join("\n"));

    expect(rows.length).toBeGreaterThan(0);
    expect(scan.scan).toBeDefined();
    expect(scan.context.level).toBe(ref.context.level);
    expect(scan.context.schoolYear).toBe(ref.context.schoolYear);
    for (const m of MEASURES) expect({ measure: m, share: share(m) >= 0.9 }).toEqual({ measure: m, share: true });
    // Every table cell read from the image carries its confidence.
    for (const r of scan.rows)
      for (const c of Object.values(r.cells)) if (c?.text.trim()) expect(c.confidence).toEqual(expect.any(Number));
    // Low-confidence amounts are said in the total.
    const sum = summarize(scan);
    const uncertain = scan.rows.filter(
      (r) => r.cells.budget && (r.cells.budget.confidence ?? 100) < 75 && r.budget?.vnd,
    ).length;
    expect(sum.uncertainRows ?? 0).toBe(uncertain);
    if (uncertain) expect(sum.totalLabel).toContain(`${uncertain} khoản đọc từ ảnh chưa chắc chắn`);
  });
});
