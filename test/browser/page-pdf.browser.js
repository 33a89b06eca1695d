// The standalone page on a PDF plan, entirely in the browser: pdf.js loads as a lazy chunk (no worker file, nothing
// from the network), the table and findings appear as for the same plan's .docx, "Lưu thành .docx" saves a new
// .docx that re-opens with the same rows; a scanned PDF without text says what OCR saw. All requests stay local.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { PdfWriter } = require("../support/pdf-writer.ts");
const { openPlanFile, FileHost } = require("../../src/hosts/file/index.ts");
const { mainPlan } = require("../../src/core/read/index.ts");
require("../../src/core/catalogs/all.ts");

async function criteriaOf(bytes, name) {
  const plan = mainPlan((await new FileHost(await openPlanFile(new Uint8Array(bytes), name)).read()).plans);
  return plan.rows
    .filter((r) => r.kind === "criterion")
    .map((r) => ({ criterion: r.criterion, period: r.period, budget: r.budget }));
}

module.exports.run = async ({ newPage, baseUrl, assert, root }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-page-pdf-"));
  const pdf = path.join(root, "test", "fixtures", "pdf", "thu-duc-2025-2026.pdf");
  const scan = path.join(dir, "scan.pdf");
  fs.writeFileSync(scan, new PdfWriter().imagePage().bytes());
  const page = await newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(baseUrl + "page.html");
  const loadedBefore = requests.length;

  await page.setInputFiles("#file-input", pdf);
  await page.getByTestId("file-findings").waitFor();
  await page.getByRole("heading", { name: "thu-duc-2025-2026.pdf" }).waitFor();
  assert.match(await page.getByTestId("file-context").innerText(), /THCS · năm học 2025-2026/);
  const findings = page.getByTestId("file-findings");
  assert.strictEqual(await findings.locator('[data-rule="timeline.after-school-year"]').count(), 1);
  // Places in the PDF's terms: the plan table's row counted from its header; a paragraph finding under "Văn bản".
  // (The row part is said to screen readers and shown once, as the group's label: textContent holds it all.)
  const late = await findings.locator('[data-rule="timeline.after-school-year"]').textContent();
  assert.match(late, /Bảng 1 · dòng \d+ · cột Thời gian/);
  assert.doesNotMatch(await findings.innerText(), /cột TT/);
  const table = page.getByTestId("plan-table");
  const plan = mainPlan(
    (await new FileHost(await openPlanFile(new Uint8Array(fs.readFileSync(pdf)), "a.pdf")).read()).plans,
  );
  assert.strictEqual(await table.locator("tbody tr").count(), plan.rows.length);
  const budgets = await table
    .getByRole("textbox", { name: /^Dự kiến kinh phí/ })
    .evaluateAll((els) => els.map((e) => e.value));
  assert.ok(
    budgets.includes("Từ nguồn hoạt động thường xuyên của đơn vị; Dự kiến 5.000.000/năm học."),
    budgets.join(" | "),
  );
  assert.ok(
    requests.slice(loadedBefore).some((u) => /\.js$/.test(u)),
    "pdf.js arrives as a lazy chunk",
  );

  // No "save corrected file" for a PDF: a new .docx instead.
  assert.strictEqual(await page.getByRole("button", { name: "Lưu tệp đã sửa" }).count(), 0);
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Lưu thành .docx" }).click(),
  ]);
  assert.strictEqual(dl.suggestedFilename(), "thu-duc-2025-2026.docx");
  const saved = fs.readFileSync(await dl.path());
  assert.deepStrictEqual(
    await criteriaOf(saved, "thu-duc-2025-2026.docx"),
    await criteriaOf(fs.readFileSync(pdf), "thu-duc-2025-2026.pdf"),
  );

  // A scanned PDF is read by OCR (issue 22; test/browser/page-ocr.browser.js): this one's image is a blank 2×2 dot,
  // so the page says what OCR saw (no word) and suggests the original file.
  await page.setInputFiles("#file-input", scan);
  await page.getByText(/Tệp "scan\.pdf" là ảnh quét\/ảnh chụp: không đọc được chữ nào/).waitFor();
  assert.match(await page.locator("main").innerText(), /Hãy dùng bản Word\/Excel gốc, hoặc quét lại rõ hơn/);
  assert.ok(
    requests.every((u) => u.startsWith(baseUrl)),
    "only localhost requests",
  );
  fs.rmSync(dir, { recursive: true, force: true });
};
