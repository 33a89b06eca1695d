// The standalone page on real files, entirely in the browser: open .xlsx and .docx made from the seeds, see the
// findings, fix a cell, save, re-open the saved file (the finding is gone, everything else unchanged); generate a
// template and find its validation lists; axe finds no violation of any impact; all requests stay local.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const { xlsxFromGrid, docxFromGrid } = require("../support/files.ts");
const { seedGrid, SEEDS } = require("../support/seeds.ts");
const { openPlanFile, FileHost } = require("../../src/hosts/file/index.ts");
const { checkPlan } = require("../../src/core/rules/index.ts");
require("../../src/core/catalogs/all.ts");

async function rulesOf(bytes, name) {
  const { plans } = await new FileHost(await openPlanFile(new Uint8Array(bytes), name)).read();
  const plan = plans.find((p) => p.rows.some((r) => r.kind === "criterion"));
  return {
    plan,
    rules: checkPlan(plan)
      .map((f) => f.rule)
      .sort(),
  };
}

module.exports.run = async ({ newPage, baseUrl, assert }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-page-"));
  const xlsx = path.join(dir, "thu-duc.xlsx");
  const docx = path.join(dir, "mam-non.docx");
  fs.writeFileSync(xlsx, await xlsxFromGrid(seedGrid(SEEDS.thuDuc)));
  fs.writeFileSync(docx, await docxFromGrid(seedGrid(SEEDS.mamNon)));
  const page = await newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(baseUrl + "page.html");

  // .xlsx: the period of 1.4 runs past the school year.
  await page.setInputFiles("#file-input", xlsx);
  await page.getByTestId("file-findings").waitFor();
  assert.match(await page.getByTestId("file-context").innerText(), /THCS · năm học 2025-2026 · TT 18\/2018/);
  const findings = page.getByTestId("file-findings");
  assert.strictEqual(await findings.locator('[data-rule="timeline.after-school-year"]').count(), 1);
  const before = await rulesOf(fs.readFileSync(xlsx), "thu-duc.xlsx");
  const periodCell = page.getByRole("textbox", { name: "Thời gian thực hiện và hoàn thành — dòng 29" });
  await periodCell.fill("Tháng 9/2025 – 5/2026");
  await findings.locator('[data-rule="timeline.after-school-year"]').waitFor({ state: "detached" });
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Lưu tệp đã sửa" }).click(),
  ]);
  assert.strictEqual(dl.suggestedFilename(), "thu-duc-da-sua.xlsx");
  const saved = fs.readFileSync(await dl.path());
  const after = await rulesOf(saved, "thu-duc-da-sua.xlsx");
  assert.deepStrictEqual(
    after.rules,
    before.rules.filter((r) => r !== "timeline.after-school-year"),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(saved);
  assert.strictEqual(wb.getWorksheet("Danh sách lớp").getCell("B2").value, 42);
  // Every other cell of the plan sheet is unchanged.
  const orig = new ExcelJS.Workbook();
  await orig.xlsx.load(fs.readFileSync(xlsx));
  orig.getWorksheet("Kế hoạch").eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!(r === 29 && c === 6))
        assert.strictEqual(
          String(wb.getWorksheet("Kế hoạch").getCell(r, c).value ?? ""),
          String(cell.value ?? ""),
          `cell ${r},${c}`,
        );
    }),
  );

  // .docx: a budget typo introduced and seen, the rest of the document kept.
  await page.setInputFiles("#file-input", docx);
  await page.getByRole("heading", { level: 2, name: "mam-non.docx" }).waitFor();
  assert.match(await findings.innerText(), /0 lỗi, 0 cảnh báo/);
  // Named as the findings name places in a Word document: table and row (grid line 78 is table 4, row 7).
  await page.getByRole("textbox", { name: "Dự kiến kinh phí — bảng 4 · dòng 7" }).fill("60 triệu đống");
  await findings.locator('[data-rule="budget.unit-typo"]').waitFor();
  const [dl2] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Lưu tệp đã sửa" }).click(),
  ]);
  const saved2 = await rulesOf(fs.readFileSync(await dl2.path()), "mam-non-da-sua.docx");
  assert.deepStrictEqual(saved2.rules, ["budget.unit-typo"]);

  // Template: .xlsx with native validation lists.
  await page.getByTestId("entry-template").click();
  await page.getByRole("combobox", { name: "Cấp học" }).selectOption("thcs");
  await page.getByRole("textbox", { name: "Năm học" }).fill("2025 – 2026");
  const [dl3] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("template-form").getByRole("button", { name: "Tạo mẫu" }).click(),
  ]);
  assert.strictEqual(dl3.suggestedFilename(), "ke-hoach-cai-tien-thcs-2025-2026.xlsx");
  const tpl = new ExcelJS.Workbook();
  await tpl.xlsx.load(fs.readFileSync(await dl3.path()));
  assert.deepStrictEqual(tpl.getWorksheet("Kế hoạch").getCell("B8").dataValidation.formulae, ["DS_TieuChi"]);
  assert.strictEqual(tpl.getWorksheet("KHCT_DanhMuc").state, "veryHidden");
  // The page opens the template it made: axe judges that view once it is there, not the page changing under it
  // (the download comes before the template is read; the .docx's view stays until then).
  await page.getByRole("heading", { level: 2, name: dl3.suggestedFilename(), exact: true }).waitFor();
  await page.getByTestId("loading").waitFor({ state: "detached" });

  // Accessibility: axe-core, no violation of any impact.
  await page.addScriptTag({ url: baseUrl + "__test__/axe.min.js" });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map(
      (v) => `${v.id}: ${v.nodes.length} ${v.nodes.map((n) => n.html.slice(0, 200)).join(" | ")}`,
    ),
  );
  assert.deepStrictEqual(violations, []);
  assert.ok(
    requests.every((u) => u.startsWith(baseUrl)),
    "only localhost requests",
  );
  fs.rmSync(dir, { recursive: true, force: true });
};
