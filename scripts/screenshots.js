#!/usr/bin/env node
/* global document */
// npm run screenshots: what users see, as PNGs in screenshots/ — the Excel and Word panes at 320 and 350 px after
// a check of a real plan (the Thủ Đức seed), the overwrite dialog, and the page at 1366×768 with a file open.
// Reuses the browser tests' server, Office.js stub and fake Excel/Word (scripts/browser-env.js).
// `npm run screenshots -- large` (or panes, page, batch) takes only that part; KHCT_REBUILD=0 keeps dist/ as it is.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
require("./ts-register");
const { launch, root } = require("./browser-env");
const { excelPane, wordPane } = require("../test/browser/hosts-pages");
const { seedGrid, SEEDS } = require("../test/support/seeds.ts");
const { xlsxFromGrid, docxFromGrid } = require("../test/support/files.ts");
const { writeBatchFolder } = require("../test/support/batch-folder.ts");
const { syntheticPlanGrid } = require("../test/support/plans.ts");

const only = process.argv[2] || "";
const part = (name) => !only || only === name;

const out = path.join(root, "screenshots");

async function main() {
  if (!fs.existsSync(path.join(root, "dist", "taskpane.html")) || process.env.KHCT_REBUILD !== "0") {
    console.log("== biên dịch / building dist (development)");
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "development"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  fs.mkdirSync(out, { recursive: true });
  const env = await launch();
  const shots = [];
  const shot = async (page, name, fullPage = true) => {
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
  };
  try {
    const grid = seedGrid(SEEDS.thuDuc);
    for (const width of part("panes") ? [320, 350] : []) {
      for (const [host, open] of [
        ["excel", excelPane],
        ["word", wordPane],
      ]) {
        const page = await env.newPage({ host: host === "excel" ? "Excel" : "Word", viewport: { width, height: 560 } });
        await open(page, env.baseUrl, grid);
        await shot(page, `pane-${host}-${width}-start`, false);
        await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
        await page.getByTestId("host-findings").waitFor();
        await page.waitForFunction(
          () => document.activeElement && document.activeElement.matches('[data-testid="host-findings"] h2'),
        );
        await shot(page, `pane-${host}-${width}-after-check`, false);
        await shot(page, `pane-${host}-${width}-after-check-full`);
        if (host === "excel") {
          await page.getByRole("button", { name: "Thao tác khác" }).click();
          await page.getByRole("menu").waitFor();
          await page.waitForTimeout(400);
          await shot(page, `pane-excel-${width}-menu`, false);
          await page.keyboard.press("Escape");
          await page.getByRole("button", { name: "Chèn bảng kế hoạch" }).click();
          await page.getByRole("alertdialog").waitFor();
          await page.waitForTimeout(300);
          await shot(page, `pane-excel-${width}-overwrite-dialog`, false);
        }
      }
    }
    if (part("page")) {
      // The gap board (issue 15) at 320 px: levels read from the Quảng Ninh plan's self-assessment table,
      // goal Mức 3.
      const gap = await env.newPage({ host: "Excel", viewport: { width: 320, height: 560 } });
      await excelPane(gap, env.baseUrl, seedGrid(SEEDS.quangNinh));
      await gap.getByRole("button", { name: "Lập kế hoạch từ kết quả tự đánh giá" }).click();
      await gap.getByRole("button", { name: "Đọc mức từ tài liệu" }).click();
      await gap.getByRole("combobox", { name: "Mục tiêu của trường" }).selectOption("3");
      await gap.getByTestId("gap-panel").scrollIntoViewIfNeeded();
      await gap.waitForTimeout(300);
      await shot(gap, "pane-excel-320-gap-board-full");
      // English mode: one language on screen, suggestions shown too.
      const en = await env.newPage({ host: "Excel", viewport: { width: 350, height: 560 } });
      await excelPane(en, env.baseUrl, grid);
      await en.getByRole("switch", { name: "English" }).click();
      await en.getByRole("button", { name: "Check", exact: true }).click();
      await en.getByTestId("host-findings").waitFor();
      await shot(en, "pane-excel-350-english-after-check-full");
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-shots-"));
      const files = [
        ["thu-duc.xlsx", await xlsxFromGrid(grid)],
        ["thu-duc.docx", await docxFromGrid(grid)],
        // A plan that arrives as PDF (issue 13): the LibreOffice-printed fixture of the same seed.
        ["thu-duc.pdf", fs.readFileSync(path.join(root, "test", "fixtures", "pdf", "thu-duc-2025-2026.pdf"))],
      ];
      for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, name), bytes);
      const page = await env.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(env.baseUrl + "page.html");
      await shot(page, "page-1366-start", false);
      for (const [name] of files) {
        await page.setInputFiles("#file-input", path.join(dir, name));
        await page.getByRole("heading", { level: 2, name }).waitFor();
        await page.waitForTimeout(200);
        await shot(page, `page-1366-${name.replace(".", "-")}`, false);
      }
      await page.getByTestId("file-findings").locator('[data-rule="timeline.after-school-year"]').click();
      await shot(page, "page-1366-finding-selected", false);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    if (part("batch")) {
      // A district's folder (issue 25): the summary of schools, the charts, and one school's plan opened from it.
      const batchDir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-shots-batch-"));
      await writeBatchFolder(batchDir, "phong", 30);
      const batch = await env.newPage({ viewport: { width: 1366, height: 768 } });
      await batch.goto(env.baseUrl + "page.html");
      await batch.setInputFiles("#folder-input", path.join(batchDir, "phong"));
      await batch.getByTestId("batch-done").waitFor({ timeout: 300000 });
      await batch.getByTestId("batch-table").scrollIntoViewIfNeeded();
      await shot(batch, "page-1366-batch-summary", false);
      await batch.getByTestId("batch-charts-toggle").click();
      await batch.getByTestId("batch-charts").waitFor();
      await batch.getByTestId("batch-charts").scrollIntoViewIfNeeded();
      await shot(batch, "page-1366-batch-charts", false);
      await batch.locator('tr[data-file="phong/cum-1/seed-1.docx"]').click();
      await batch.getByTestId("back-to-list").waitFor();
      await batch.getByTestId("file-findings").waitFor();
      await shot(batch, "page-1366-batch-school", false);
      fs.rmSync(batchDir, { recursive: true, force: true });
    }
    if (part("large")) {
      // A large plan (issue 25): 1,000 rows kept in the plan worker, its findings list beside the virtualised table,
      // the last finding chosen (the table scrolled to its cell).
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-shots-large-"));
      const bad = new Set([7, 257, 507, 757]);
      const big = syntheticPlanGrid(1000, (i) => ({
        period: bad.has(i) ? "Tháng 13/2025" : "Tháng 10/2025 - tháng 5/2026",
        budget: i === 500 ? "5.000.000.000.0000 đ" : `${1 + (i % 9)}.000.000`,
      }));
      const file = path.join(dir, "ke-hoach-lon.xlsx");
      fs.writeFileSync(file, await xlsxFromGrid(big, false));
      const page = await env.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(env.baseUrl + "page.html");
      await page.setInputFiles("#file-input", file);
      await page.getByTestId("large-plan").waitFor();
      await page.getByTestId("file-findings").waitFor();
      await page.waitForTimeout(300);
      await shot(page, "page-1366-large-plan", false);
      await page.getByTestId("file-findings").getByRole("button").last().click();
      await page.waitForTimeout(300);
      await shot(page, "page-1366-large-plan-finding-selected", false);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await env.close();
  }
  console.log(`Đã ghi ${shots.length} ảnh vào screenshots/ / ${shots.length} screenshots written:`);
  for (const f of shots) console.log("  " + path.relative(root, f));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
