/**
 * The standalone page on large plans (issue 16): open + render time of a 5,000- and a 50,000-row .xlsx in a real
 * Chromium (Playwright), with the plan worker and the virtualised table; then scroll to the end and save.
 * Needs dist/ (built here when missing). Figures are printed, never asserted. Part of `bench/file.ts`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { xlsxFromGrid } from "../test/support/files";
import { syntheticPlanGrid } from "../test/support/plans";

/* eslint-disable @typescript-eslint/no-require-imports */
const { startServer } = require("../scripts/dev-server") as {
  startServer: (o: object) => Promise<{ server: { close(): void }; port: number }>;
};
const { findBrowser } = require("../scripts/find-browser") as {
  findBrowser: () => Promise<{ executablePath: string; source: string }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, "..");

/**
 * Every wait below is for a condition (the table drawn, the first and the last row shown, the download started); this
 * is only its ceiling. Playwright's default of 30 s applied to each wait not given its own (page load, first row,
 * last row after the scroll, the save click), too short for 50,000 rows on a loaded machine (CI, 2 shared cores).
 */
const CEILING = 600_000;

export async function pageBench(sizes: number[]): Promise<void> {
  if (!fs.existsSync(path.join(root, "dist", "page.html"))) {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"], {
      cwd: root,
      stdio: "ignore",
    });
  }
  const { executablePath, source } = await findBrowser();
  const { chromium } = await import("playwright-core");
  const { server, port } = await startServer({ port: 0, log: () => {} });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: CEILING,
    args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-bench-page-"));
  console.log(
    `page (Chromium ${browser.version()}, ${source}): open = file chosen → table drawn; worker parse+check inside it`,
  );
  try {
    for (const n of sizes) {
      const file = path.join(dir, `plan-${n}.xlsx`);
      const grid = syntheticPlanGrid(n, (i) => ({
        period: "Tháng 10/2025 - tháng 5/2026",
        budget: `${1 + (i % 9)}.000.000`,
      }));
      fs.writeFileSync(file, await xlsxFromGrid(grid, false));
      const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true });
      context.setDefaultTimeout(CEILING);
      context.setDefaultNavigationTimeout(CEILING);
      const page = await context.newPage();
      // A renderer that dies (out of memory) ends every wait at once: said as such, not as a closed target.
      let crashed = false;
      page.on("crash", () => (crashed = true));
      await page.goto(`https://localhost:${port}/page.html`);
      const t0 = Date.now();
      try {
        await page.setInputFiles("#file-input", file);
        await page.getByTestId("large-plan").waitFor();
      } catch (e) {
        if (!crashed) throw e;
        console.log(`  ${n.toLocaleString("en-US")} rows: the page crashed while opening the plan (renderer gone)`);
        await context.close();
        continue;
      }
      await page.locator("[data-row]").first().waitFor();
      const open = Date.now() - t0;
      const drawn = await page.locator("[data-row]").count();
      const t1 = Date.now();
      const scroller = page.getByTestId("virtual-table-scroller");
      await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
      const rows = await page.getByTestId("large-summary").innerText();
      const total = Number(/^([\d.,]+)/.exec(rows)![1].replace(/[.,]/g, ""));
      await page.locator(`[data-row="${total - 1}"]`).waitFor();
      const scroll = Date.now() - t1;
      const t2 = Date.now();
      const [dl] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Lưu tệp đã sửa" }).click(),
      ]);
      await dl.path();
      const save = Date.now() - t2;
      const heap = await page.evaluate(
        () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
      );
      console.log(
        `  ${n.toLocaleString("en-US")} rows (.xlsx ${(fs.statSync(file).size / 1024).toFixed(0)} KB): open+render ${open} ms, ` +
          `${drawn} rows in the page, scroll to end ${scroll} ms, save ${save} ms, page heap ${(heap / 1048576).toFixed(0)} MB`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
