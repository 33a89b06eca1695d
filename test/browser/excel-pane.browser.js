// The Excel pane against a faked Excel (office.js stubbed): insert the plan table, check a pasted plan, click a
// finding and see the selection move, marks added as [KHCT] notes.
const fs = require("fs");
const path = require("path");
const { excelFake } = require("./fake-hosts");
const { splitPasted } = require("../../src/core/read/index.ts");

async function excelPage(newPage, baseUrl, grid) {
  const page = await newPage({ host: "Excel" });
  await page.addInitScript(excelFake());
  await page.addInitScript((g) => {
    const wb = new window.__fakeExcel.FakeWorkbook(["Kế hoạch"]);
    wb.sheet("Kế hoạch").setValues(0, 0, g);
    const fx = window.__fakeExcel.makeExcel(wb, "1.18");
    window.__khctWb = wb;
    window.__khctIsSet = fx.env.isSetSupported;
    window.Excel = { run: fx.env.run };
  }, grid);
  await page.goto(baseUrl + "taskpane.html");
  await page.getByTestId("host-panel").waitFor();
  return page;
}

module.exports.run = async ({ newPage, baseUrl, assert, root }) => {
  // Insert into an empty sheet.
  const page = await excelPage(newPage, baseUrl, []);
  await page.getByRole("combobox", { name: "Cấp học" }).selectOption("thcs");
  await page.getByRole("textbox", { name: "Năm học" }).fill("2025-2026");
  await page.getByRole("button", { name: "Chèn bảng kế hoạch" }).click();
  await page.getByTestId("host-message").getByText(/Đã chèn bảng/).waitFor();
  const header = await page.evaluate(() => window.__khctWb.sheet("Kế hoạch").peek(0, 1).value);
  assert.strictEqual(header, "Tiêu chuẩn, tiêu chí");
  // A second insert would overwrite: the pane asks first and writes nothing on "Không ghi đè".
  await page.getByRole("button", { name: "Chèn bảng kế hoạch" }).click();
  await page.getByTestId("occupied").waitFor();
  await page.getByRole("alertdialog").getByRole("button", { name: "Không ghi đè" }).click();
  await page.getByRole("alertdialog").waitFor({ state: "detached" });

  // Check a plan pasted into the sheet (the Thủ Đức seed), click a finding.
  const grid = splitPasted(fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-thu-duc-2025-2026.txt"), "utf8"));
  const p2 = await excelPage(newPage, baseUrl, grid);
  await p2.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await p2.getByTestId("host-findings").waitFor();
  assert.match(await p2.getByTestId("host-findings").innerText(), /2 lỗi, 1 cảnh báo/);
  await p2.getByTestId("host-findings").locator('[data-rule="timeline.after-school-year"]').click();
  await p2.waitForFunction(() => window.__khctWb.selection.address === "F29");
  const notes = await p2.evaluate(() => window.__khctWb.notes.map((n) => n.content));
  assert.ok(notes.length >= 3 && notes.every((n) => n.startsWith("[KHCT]")), "findings marked as [KHCT] notes");
  await p2.getByRole("button", { name: "Thao tác khác" }).click();
  await p2.getByRole("menuitem", { name: "Xóa đánh dấu" }).click();
  await p2.getByTestId("host-message").getByText("Đã xóa đánh dấu.").waitFor();
  assert.strictEqual(await p2.evaluate(() => window.__khctWb.notes.length), 0);
};
