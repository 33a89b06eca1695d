// The page as a district's desk: a folder of 30 mixed plans (seeds as .xlsx/.docx/.txt, PDFs, a scan, a corrupt
// file, a Word 97-2003 file, generated plans) opened at once; the summary's statuses and counts equal
// `kehoach check --json` of the same folder (both read the scan by OCR: one small blank 2-page scan, issue 22); sort, open a school, back to the list (sort kept); the consolidated
// .xlsx re-opens with the CLI's counts; edits then another school asks save / discard / cancel first; the skip link
// reaches the first finding in a few Tab presses.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const { writeBatchFolder } = require("../support/batch-folder.ts");
const { runCli } = require("../support/cli.ts");
const { tabToFirstFinding } = require("./keyboard");

module.exports.run = async ({ newPage, baseUrl, assert }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-batch-page-"));
  const written = await writeBatchFolder(dir, "phong", 30);
  assert.strictEqual(written.length, 30);
  const json = JSON.parse((await runCli(dir, ["check", "phong", "--json"])).out);
  const cli = new Map(json.files.map((f) => [f.path, f]));
  const page = await newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(baseUrl + "page.html");

  await page.setInputFiles("#folder-input", path.join(dir, "phong"));
  // Done with all 30 listed (the count is in the same line: the last files' rows have been drawn).
  await page
    .getByTestId("batch-done")
    .filter({ hasText: /^Đã đọc 30 tệp;/ })
    .waitFor({ timeout: 300000 });
  const rows = async () =>
    page.$$eval("[data-testid=batch-table] tbody tr[data-file]", (trs) =>
      trs.map((tr) => ({
        file: tr.getAttribute("data-file"),
        status: tr.querySelector("[data-status]").getAttribute("data-status"),
        counts: ["errors", "warnings", "notes", "rows"].map((k) => tr.querySelector(`[data-col=${k}]`).textContent),
      })),
    );
  const list = await rows();
  assert.strictEqual(list.length, 30);
  for (const r of list) {
    const j = cli.get(r.file);
    assert.ok(j, `${r.file} is in --json`);
    assert.strictEqual(r.status, j.readStatus, r.file);
    const expected = j.summary
      ? [j.summary.errors, j.summary.warnings, j.summary.notes, j.summary.rows].map(String)
      : ["", "", "", ""];
    assert.deepStrictEqual(r.counts, expected, r.file);
  }
  assert.deepStrictEqual(
    list.filter((r) => r.status === "scanned").map((r) => r.file),
    ["phong/pdf/ban-quet.pdf"],
  );
  // Read by OCR on the page as by the command line: the same account of what was seen (no word on its 2 pages).
  const scanCli = cli.get("phong/pdf/ban-quet.pdf");
  assert.match(scanCli.error, /là ảnh quét\/ảnh chụp: không đọc được chữ nào/);
  const scanRow = page.locator('[data-testid=batch-table] tr[data-file="phong/pdf/ban-quet.pdf"] [data-status]');
  assert.ok((await scanRow.innerText()).includes(scanCli.error), await scanRow.innerText());
  assert.deepStrictEqual(
    list
      .filter((r) => r.status === "unreadable")
      .map((r) => r.file)
      .sort(),
    ["phong/cu.doc", "phong/hong.xlsx"],
  );

  // Accessibility of the summary (axe-core, no violation of any impact).
  await page.addScriptTag({ url: baseUrl + "__test__/axe.min.js" });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map(
      (v) => `${v.id}: ${v.nodes.length} ${v.nodes.map((n) => n.html.slice(0, 160)).join(" | ")}`,
    ),
  );
  assert.deepStrictEqual(violations, [], "axe on the batch summary");

  // The consolidated workbook: per-school counts equal the CLI's.
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("batch-report-xlsx").click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await dl.path()));
  const summary = wb.getWorksheet("Tổng hợp");
  let seen = 0;
  summary.eachRow((row) => {
    const j = cli.get(String(row.getCell(3).value ?? ""));
    if (!j || !j.summary) return;
    seen++;
    assert.deepStrictEqual(
      [8, 9, 10, 11].map((c) => row.getCell(c).value),
      [j.summary.errors, j.summary.warnings, j.summary.notes, j.summary.rows],
      j.path,
    );
  });
  assert.strictEqual(seen, json.files.filter((f) => f.summary).length);
  assert.strictEqual(wb.worksheets.length, 3 + 30);

  // Sort by errors (most first), open the first school, go back: the list and its sort remain.
  await page.getByTestId("sort-errors").click();
  // The errors column's own header says so (no header was descending before: the list starts sorted by file).
  await page.locator("th[aria-sort=descending]", { has: page.getByTestId("sort-errors") }).waitFor();
  assert.strictEqual(await page.locator("th[aria-sort=descending]").count(), 1);
  const sorted = (await rows()).map((r) => r.file);
  const first = page.locator("[data-testid=batch-table] tbody tr[data-file]").first();
  const firstName = sorted[0].split("/").pop();
  await first.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: firstName, exact: true }).waitFor();
  assert.strictEqual(await page.getByTestId("batch").isVisible(), false);

  // Keyboard: the skip link, then the first finding within 5 Tab presses from the top of the page.
  const { presses, inFindings } = await tabToFirstFinding(page);
  assert.ok(inFindings, `first finding reached in ${presses} Tab presses`);

  await page.getByTestId("back-to-list").click();
  await page.getByTestId("batch").waitFor();
  assert.deepStrictEqual(
    (await rows()).map((r) => r.file),
    sorted,
  );
  assert.strictEqual(await page.locator("th[aria-sort=descending]").count(), 1);

  // Edits, then another school: asked first; cancel keeps the edit; discard opens the other. Each is another file
  // than the one shown before it: a click on a row shows the open plan again until the new file is read, so only a
  // heading with the new file's name says the new file is there.
  const dirty = page.getByTestId("dirty").filter({ hasText: /^Có thay đổi chưa lưu$/ });
  const docxRow = sorted.find((f) => f !== sorted[0] && f.endsWith(".xlsx") && cli.get(f).summary);
  await page.locator(`tr[data-file="${docxRow}"]`).click();
  await page.getByRole("heading", { level: 2, name: docxRow.split("/").pop(), exact: true }).waitFor();
  const cell = page.locator("[data-testid=plan-table] textarea, table textarea").first();
  await cell.fill("Sửa thử chưa lưu");
  // Exactly this text: a string filter matches "Chưa có thay đổi chưa lưu" (case-insensitive substring) too.
  await dirty.waitFor();
  await page.getByTestId("back-to-list").click();
  const other = sorted.find((f) => f !== docxRow && cli.get(f).summary);
  await page.locator(`tr[data-file="${other}"]`).click();
  await page.getByTestId("unsaved-dialog").waitFor();
  await page.getByTestId("unsaved-cancel").click();
  await page.getByTestId("unsaved-dialog").waitFor({ state: "detached" });
  await page.getByTestId("back-to-plan").click(); // back to the edited plan, still edited
  await page.getByRole("heading", { level: 2, name: docxRow.split("/").pop(), exact: true }).waitFor();
  await dirty.waitFor();
  assert.strictEqual(await cell.inputValue(), "Sửa thử chưa lưu");
  await page.getByTestId("back-to-list").click();
  await page.locator(`tr[data-file="${other}"]`).click();
  await page.getByTestId("unsaved-discard").click();
  await page.getByRole("heading", { level: 2, name: other.split("/").pop(), exact: true }).waitFor();

  // The charts come on demand (their own chunk) and carry the report's pictures.
  await page.getByTestId("back-to-list").click();
  await page.getByTestId("batch-charts-toggle").click();
  await page.getByTestId("batch-charts").waitFor();
  assert.ok((await page.locator("[data-testid=batch-charts] svg[role=img]").count()) >= 4);
  fs.rmSync(dir, { recursive: true, force: true });
};
