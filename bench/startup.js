#!/usr/bin/env node
/* global window, document, performance, MutationObserver, requestAnimationFrame */
// bench/startup: first paint and "usable" of the PRODUCTION task pane (in a faked Excel and Word) and page, in
// Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), as a slow school laptop would run them.
// "Usable" is when the first control that does the job is in the page (recorded by a MutationObserver): the pane's
// document actions (its host adapter loaded), the page's file entry. Prints figures (median, min, max over N runs); asserts nothing.
// Usage: node bench/startup.js [runs=5]   (builds production into a temporary folder; KHCT_BENCH_DIST=dir reuses one)
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
require("../scripts/ts-register");
const { launch, root } = require("../scripts/browser-env");
const { excelFake, wordFake } = require("../test/browser/fake-hosts");
const { seedGrid, SEEDS } = require("../test/support/seeds.ts");

const RUNS = Number(process.argv[2]) || 5;
const RATE = 4;

function build() {
  if (process.env.KHCT_BENCH_DIST) return process.env.KHCT_BENCH_DIST;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "khct-startup-"));
  console.log(`== production build → ${out}`);
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { cwd: root, stdio: "ignore" },
  );
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(env, target) {
  const page = await env.newPage({ host: target.host, viewport: target.viewport });
  if (target.setup) await target.setup(page);
  await page.addInitScript((selector) => {
    let found = false;
    // In the DOM, then painted: the frame that shows it, then the task after that frame.
    const seen = () => {
      if (found || !document.querySelector(selector)) return;
      found = true;
      requestAnimationFrame(() => setTimeout(() => (window.__khctUsable = performance.now()), 0));
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  }, target.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
  await page.goto(env.baseUrl + target.url);
  await page.waitForFunction(() => window.__khctUsable !== undefined, null, { timeout: 60000 });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, {
    timeout: 60000,
  });
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime,
    usable: window.__khctUsable,
  }));
  await page.context().close();
  return m;
}

async function main() {
  const dir = build();
  const env = await launch({ dir });
  const grid = seedGrid(SEEDS.thuDuc);
  const excel = async (page) => {
    await page.addInitScript(excelFake());
    await page.addInitScript((g) => {
      const wb = new window.__fakeExcel.FakeWorkbook(["Kế hoạch"]);
      wb.sheet("Kế hoạch").setValues(0, 0, g);
      const fx = window.__fakeExcel.makeExcel(wb, "1.18");
      window.__khctIsSet = fx.env.isSetSupported;
      window.Excel = { run: fx.env.run };
    }, grid);
  };
  const word = async (page) => {
    await page.addInitScript(wordFake());
    await page.addInitScript((g) => {
      const fw = window.__fakeWord.makeWord(new window.__fakeWord.FakeDocument(g), "1.4");
      window.__khctIsSet = fw.env.isSetSupported;
      window.Word = { run: fw.env.run };
    }, grid);
  };
  const targets = [
    {
      name: "pane in Excel (350×560)",
      host: "Excel",
      url: "taskpane.html",
      viewport: { width: 350, height: 560 },
      setup: excel,
      ready: '[data-testid="host-panel"]',
    },
    {
      name: "pane in Word (350×560)",
      host: "Word",
      url: "taskpane.html",
      viewport: { width: 350, height: 560 },
      setup: word,
      ready: '[data-testid="host-panel"]',
    },
    {
      name: "page (1366×768)",
      host: null,
      url: "page.html",
      viewport: { width: 1366, height: 768 },
      ready: "#file-input",
    },
  ];
  console.log(`bench/startup — production build, Chromium, CPU ×${RATE} slower, ${RUNS} runs (first load, no cache)`);
  console.log(
    "target".padEnd(28) + "first paint (median, min–max)".padStart(34) + "usable (median, min–max)".padStart(32),
  );
  try {
    for (const t of targets) {
      await measure(env, t); // warm-up (server, disk cache of the machine)
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(env, t));
      const fmt = (xs) =>
        `${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
      console.log(
        t.name.padEnd(28) + fmt(runs.map((r) => r.fcp)).padStart(34) + fmt(runs.map((r) => r.usable)).padStart(32),
      );
    }
  } finally {
    await env.close();
    if (!process.env.KHCT_BENCH_DIST) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
