#!/usr/bin/env node
// Browser tests: Playwright (playwright-core) driving a Chromium-family browser against dist/ served locally.
// The browser: CHROMIUM_PATH, else the machine's Chrome/Edge/Chromium, else the one shipped in the npm package
// @sparticuz/chromium (scripts/find-browser.js); KHCT_BROWSER=npm forces the npm one.
// Each test/browser/*.browser.js exports `async run(t)`; t = { browser, baseUrl, newPage(opts), assert, eventually }.
// Tests wait for conditions, never for a speed: Playwright's locators wait for their element, `eventually` retries an
// assertion until it holds; both under CEILING_MS, a bound for a hang that a busy 2-core machine stays far below.
// Every request must stay on localhost: Office.js from the CDN is answered by a local stub.
// Usage: node scripts/browser-tests.js [--built] [name…]. Without --built, dist/ is built first in development mode;
// with --built the tests run against dist/ as it is (npm test: its one production build, see package.json).
const fs = require("fs");
const path = require("path");
const assert = require("assert");
const { execFileSync } = require("child_process");
const { startServer } = require("./dev-server");
const { findBrowser } = require("./find-browser");
const { localContext } = require("./browser-env");
require("./ts-register"); // browser tests build their fixture files with the TypeScript helpers in test/support

const root = path.resolve(__dirname, "..");
const CEILING_MS = 120_000;
// Test files run at the same time: as many as the machine has cores, at most 2 (KHCT_BROWSER_LANES to choose).
const LANES = Math.max(1, Number(process.env.KHCT_BROWSER_LANES) || Math.min(2, require("os").availableParallelism()));

/** Retries `check` (an async assertion) until it passes; past CEILING_MS its last failure is thrown. */
async function eventually(check, ceilingMs = CEILING_MS) {
  const until = Date.now() + ceilingMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 500)) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
    }
    await new Promise((r) => setTimeout(r, pause));
  }
}

async function main() {
  let executablePath;
  try {
    const found = await findBrowser();
    executablePath = found.executablePath;
    console.log(`== trình duyệt / browser (${found.source}): ${executablePath}`);
  } catch (e) {
    console.error(`Không tìm thấy trình duyệt để kiểm thử: ${e.message}`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const built = args.includes("--built");
  const hasDist = fs.existsSync(path.join(root, "dist", "taskpane.html"));
  if (built && !hasDist) {
    console.error("--built: chưa có dist/ — chạy npm run build trước / run `npm run build` first");
    process.exit(2);
  }
  if (!built && (!hasDist || process.env.KHCT_REBUILD !== "0")) {
    console.log("== biên dịch / building dist (development)");
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  const { chromium } = require("playwright-core");
  // Every path the server was asked for, by any page or worker of any test (a worker's requests can escape the
  // browser's request events: see page-ocr.browser.js).
  const served = [];
  const { server, port } = await startServer({ port: 0, log: () => {}, onRequest: (p) => served.push(p) });
  const baseUrl = `https://localhost:${port}/`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const files = fs
    .readdirSync(path.join(root, "test", "browser"))
    .filter((f) => f.endsWith(".browser.js"))
    .sort();
  const only = args.filter((a) => a !== "--built");
  const chosen = files.filter((file) => !only.length || only.some((o) => file.includes(o)));
  let failed = 0;
  async function runFile(file) {
    const mod = require(path.join(root, "test", "browser", file));
    const contexts = [];
    const external = [];
    const errors = [];
    const t = {
      browser,
      baseUrl,
      assert,
      eventually,
      root,
      served,
      async newPage({ host = null, userAgent, blockModules = false } = {}) {
        const context = await localContext(browser, {
          host,
          userAgent,
          blockModules,
          onExternal: (u) => external.push(u),
        });
        contexts.push(context);
        // Every wait (locator.waitFor, actions, waitForFunction, navigation, downloads): 30 s by default.
        context.setDefaultTimeout(CEILING_MS);
        context.setDefaultNavigationTimeout(CEILING_MS);
        const page = await context.newPage();
        page.on("pageerror", (e) => errors.push(String(e)));
        return page;
      },
    };
    const started = Date.now();
    try {
      await mod.run(t);
      assert.deepStrictEqual(external, [], "mọi yêu cầu phải ở localhost / every request must stay on localhost");
      assert.deepStrictEqual(errors, [], "không có lỗi script / no script errors");
      console.log(`✓ ${file} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`✗ ${file}: ${e && e.stack ? e.stack : e}`);
    } finally {
      for (const c of contexts) await c.close();
    }
  }
  // Files run LANES at a time (each in its own browser contexts, one browser, one server), the largest files first
  // so that no lane is left with a long one at the end. No file measures time: their order does not matter.
  const bySize = (a, b) =>
    fs.statSync(path.join(root, "test", "browser", b)).size - fs.statSync(path.join(root, "test", "browser", a)).size;
  const queue = chosen.slice().sort(bySize);
  const lane = async () => {
    while (queue.length) await runFile(queue.shift());
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  await browser.close();
  server.close();
  if (failed) {
    console.log(`${failed} kiểm thử trình duyệt lỗi / browser test(s) failed`);
    process.exit(1);
  }
  console.log("Kiểm thử trình duyệt: đạt / browser tests passed");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
