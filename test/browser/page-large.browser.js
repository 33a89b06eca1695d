// The standalone page on a large plan (issue 16): the file is parsed in a Web Worker, the table is virtualised
// (only the rows on screen are in the page), one shared criteria list serves every row; it scrolls to the end,
// edits the last row and saves. A file without a plan table says so. (bench/file.ts times 5,000 and 50,000 rows.)
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");
const { xlsxFromGrid } = require("../support/files.ts");
const { syntheticPlanGrid } = require("../support/plans.ts");
const { openPlanFile, FileHost } = require("../../src/hosts/file/index.ts");
const { tabToFirstFinding } = require("./keyboard");
const { stretchFileBudget } = require("./file-budget");

const ROWS = Number(process.env.KHCT_LARGE_ROWS || 5000);

module.exports.run = async ({ newPage, baseUrl, assert, eventually }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-large-"));
  const file = path.join(dir, "lon.xlsx");
  const grid = syntheticPlanGrid(ROWS, (i) => ({
    period: "Tháng 10/2025 - tháng 5/2026",
    budget: `${1 + (i % 9)}.000.000`,
  }));
  fs.writeFileSync(file, await xlsxFromGrid(grid, false));
  const page = await newPage();
  await stretchFileBudget(page); // a busy box's speed is not this test's subject (file-budget.js)
  await page.goto(baseUrl + "page.html");
  await page.setInputFiles("#file-input", file);
  await page.getByTestId("large-plan").waitFor();
  // Human labels, as for any plan on the page (issue 12): "THCS · năm học 2025-2026 · TT 18/2018".
  await page.getByRole("heading", { level: 2, name: "lon.xlsx" }).waitFor();
  assert.match(await page.getByTestId("file-context").innerText(), /năm học 2025-2026 · TT \d+\/2018/);
  // The context bar is this document's (per-document state): detected THCS and 2025-2026.
  await eventually(async () => {
    assert.strictEqual(await page.getByRole("combobox", { name: "Cấp học", exact: true }).inputValue(), "thcs");
    assert.strictEqual(await page.getByRole("textbox", { name: "Năm học", exact: true }).inputValue(), "2025-2026");
  });
  const summary = await page.getByTestId("large-summary").innerText();
  assert.match(summary, /dòng · 0 lỗi/);
  const total = Number(/^([\d.]+) dòng/.exec(summary)[1].replace(/\./g, ""));
  assert.ok(total > ROWS, `${total} plan rows`);
  // Only the rows on screen are in the page, and no per-row <select>.
  const drawn = await page.locator("[data-row]").count();
  assert.ok(drawn > 5 && drawn < 80, `${drawn} rows drawn`);
  assert.strictEqual(await page.locator("[data-testid=plan-table] select").count(), 0);
  assert.strictEqual(await page.locator("datalist#khct-criteria-list").count(), 1);
  assert.ok((await page.locator("datalist#khct-criteria-list option").count()) >= 28);

  // Scroll to the end: the last row is drawn, the first is not.
  const scroller = page.getByTestId("virtual-table-scroller");
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.locator(`[data-row="${total - 1}"]`).waitFor();
  assert.strictEqual(await page.locator('[data-row="0"]').count(), 0);

  // Edit the last row's budget into an error, see it counted and listed, save, and find the edit in the saved file.
  const lastBudget = page.locator(`[data-row="${total - 1}"] textarea[aria-label^="Dự kiến kinh phí"]`);
  await lastBudget.fill("5.000.000.000.0000 đ");
  await page
    .getByTestId("large-summary")
    .getByText(/· [1-9]\d* lỗi/)
    .waitFor();
  // The findings list (issue 25): the error is listed under its row; from the top of the page the first finding is
  // reached within 5 Tab presses (the skip link); choosing it scrolls the table back to its cell and focuses it.
  const lastRowNo = Number(/dòng (\d+)$/.exec(await lastBudget.getAttribute("aria-label"))[1]);
  const group = page
    .getByTestId("file-findings")
    .locator("li", { hasText: `Dòng ${lastRowNo}` })
    .first();
  await group.waitFor();
  await scroller.evaluate((el) => (el.scrollTop = 0));
  await page.locator(`[data-row="${total - 1}"]`).waitFor({ state: "detached" });
  const { presses, inFindings } = await tabToFirstFinding(page);
  assert.ok(inFindings, `first finding reached in ${presses} Tab presses`);
  await group.getByRole("button").first().click();
  await page.waitForFunction(
    (n) => document.activeElement?.getAttribute("aria-label") === `Dự kiến kinh phí — dòng ${n}`,
    lastRowNo,
  );
  assert.strictEqual(await page.evaluate(() => document.activeElement.value), "5.000.000.000.0000 đ");
  // The printable report of this plan names the cell as the workbook does.
  const [rep] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải báo cáo để in (.html)" }).click(),
  ]);
  assert.strictEqual(rep.suggestedFilename(), "bao-cao-kiem-tra.html");
  assert.ok(fs.readFileSync(await rep.path(), "utf8").includes(`G${lastRowNo}`), "report names the edited cell");
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Lưu tệp đã sửa" }).click(),
  ]);
  assert.strictEqual(dl.suggestedFilename(), "lon-da-sua.xlsx");
  const saved = await openPlanFile(new Uint8Array(fs.readFileSync(await dl.path())), "lon-da-sua.xlsx");
  const { plans } = await new FileHost(saved).read();
  const plan = plans.find((p) => p.rows.length > ROWS);
  assert.strictEqual(plan.rows[plan.rows.length - 1].cells.budget.text, "5.000.000.000.0000 đ");

  // A file with no plan table: a message, not an empty table.
  const none = path.join(dir, "thu.txt");
  fs.writeFileSync(none, "Kính gửi: Ban giám hiệu\nNội dung thư.\n");
  await page.setInputFiles("#file-input", none);
  await page.getByText(/Không tìm thấy bảng kế hoạch cải tiến trong tệp "thu\.txt"/).waitFor();

  // Hostile small files: a sparse sheet (A1, XFD1, A2000) and unclosed comments end with a message, not a crash.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trang");
  ws.getCell("A1").value = "a";
  ws.getCell("XFD1").value = "b";
  ws.getCell("A2000").value = "c";
  const sparse = path.join(dir, "thua.xlsx");
  fs.writeFileSync(sparse, new Uint8Array(await wb.xlsx.writeBuffer()));
  await page.setInputFiles("#file-input", sparse);
  await page.getByText(/Không tìm thấy bảng kế hoạch cải tiến trong tệp "thua\.xlsx"/).waitFor();
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<w:document><w:body>${"<w:p><w:r><w:t><!--</w:t></w:r></w:p>".repeat(40000)}</w:body></w:document>`,
  );
  const open = path.join(dir, "mo.docx");
  fs.writeFileSync(open, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  await page.setInputFiles("#file-input", open);
  await page
    .getByTestId("file-error")
    .getByText(/bị hỏng.*chưa đóng/)
    .waitFor();
  fs.rmSync(dir, { recursive: true, force: true });
};
