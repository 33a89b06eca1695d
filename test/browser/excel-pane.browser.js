// The Excel pane against the strict Excel fake (office.js stubbed), once per host profile (Excel 2016, 2019, 2021,
// Microsoft 365, Excel on the web): insert the plan table, check a pasted plan, click a finding and see the
// selection move, marks added and cleared back to the workbook as it was, and the self-test report. Every
// operation works or says what needs a newer Office; no page error (ApiNotFound would surface as one).
const fs = require("fs");
const path = require("path");
const { excelFake } = require("./fake-hosts");
const { splitPasted } = require("../../src/core/read/index.ts");
const { EXCEL_PROFILES } = require("../hosts/excel/profiles.ts");

async function excelPage(newPage, baseUrl, grid, profileId) {
  const page = await newPage({ host: "Excel" });
  await page.addInitScript(excelFake());
  await page.addInitScript(
    ({ g, id }) => {
      const wb = new window.__fakeExcel.FakeWorkbook(["Kế hoạch"]);
      wb.sheet("Kế hoạch").setValues(0, 0, g);
      const profile = window.__excelProfiles.excelProfile(id);
      const fx = window.__fakeExcel.makeExcel(wb, profile);
      window.__khctWb = wb;
      window.__khctIsSet = fx.env.isSetSupported;
      // Excel.run(batch) and Excel.run(context, batch), as office.js.
      window.Excel = { run: (a, b) => (typeof a === "function" ? fx.env.run(a) : fx.env.run(b, a)) };
    },
    { g: grid, id: profileId },
  );
  await page.goto(baseUrl + "taskpane.html");
  await page.getByTestId("host-panel").waitFor();
  return page;
}

const sheetState = () =>
  JSON.stringify([
    window.__khctWb.sheets.map((s) => [s.name, s.snapshot()]),
    window.__khctWb.notes,
    window.__khctWb.comments,
    [...window.__khctWb.names],
  ]);

module.exports.run = async ({ newPage, baseUrl, assert, root }) => {
  const grid = splitPasted(
    fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-thu-duc-2025-2026.txt"), "utf8"),
  );
  for (const profile of EXCEL_PROFILES) {
    const api = profile.sets.ExcelApi;
    const atLeast = (v) => Number(api.split(".")[1]) >= Number(v.split(".")[1]);
    // Insert into an empty sheet: the column numbers stay text.
    const page = await excelPage(newPage, baseUrl, [], profile.id);
    await page.getByRole("combobox", { name: "Cấp học" }).selectOption("thcs");
    await page.getByRole("textbox", { name: "Năm học" }).fill("2025-2026");
    await page.getByRole("button", { name: "Chèn bảng kế hoạch" }).click();
    await page
      .getByTestId("host-message")
      .getByText(/Đã chèn bảng/)
      .waitFor();
    const cells = await page.evaluate(() => [
      window.__khctWb.sheet("Kế hoạch").peek(0, 1).value,
      window.__khctWb.sheet("Kế hoạch").peek(1, 7).value,
    ]);
    assert.deepStrictEqual(cells, ["Tiêu chuẩn, tiêu chí", "(8)"], profile.label);
    // A second insert would overwrite: the pane asks first and writes nothing on "Không ghi đè".
    await page.getByRole("button", { name: "Chèn bảng kế hoạch" }).click();
    await page.getByTestId("occupied").waitFor();
    await page.getByRole("alertdialog").getByRole("button", { name: "Không ghi đè" }).click();
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    await page.close();

    // Check a plan pasted into the sheet (the Thủ Đức seed), click a finding, clear the marks.
    const p2 = await excelPage(newPage, baseUrl, grid, profile.id);
    const before = await p2.evaluate(sheetState);
    await p2.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await p2.getByTestId("host-findings").waitFor();
    assert.match(await p2.getByTestId("host-findings").innerText(), /2 lỗi, 1 cảnh báo/, profile.label);
    // The findings show before the marks are written (the check marks the sheet next): its closing message says the
    // check, marks included, has ended.
    const checked = p2.getByTestId("host-message").getByText(/^Đã kiểm tra \d+ dòng: 2 lỗi, 1 cảnh báo\./);
    await checked.waitFor();
    if (!atLeast("1.6")) assert.match(await checked.innerText(), /cần ExcelApi 1\.6/, profile.label);
    await p2.getByTestId("host-findings").locator('[data-rule="timeline.after-school-year"]').click();
    await p2.waitForFunction(() => window.__khctWb.selection.address === "F29");
    const marks = await p2.evaluate(() => ({
      notes: window.__khctWb.notes.map((n) => n.content),
      comments: window.__khctWb.comments.map((n) => n.content),
    }));
    const expected = atLeast("1.18") ? marks.notes : atLeast("1.10") ? marks.comments : [];
    assert.ok(
      atLeast("1.10")
        ? expected.length >= 3 && expected.every((n) => n.startsWith("[KHCT]"))
        : marks.notes.length + marks.comments.length === 0,
      `${profile.label}: marks`,
    );
    await p2.getByRole("button", { name: "Thao tác khác" }).click();
    await p2.getByRole("menuitem", { name: "Xóa đánh dấu" }).click();
    await p2.getByTestId("host-message").getByText("Đã xóa đánh dấu.").waitFor();
    assert.strictEqual(await p2.evaluate(sheetState), before, `${profile.label}: clearing restores the workbook`);

    // The self-test leaves the workbook as it was and reports no failure.
    await p2.getByRole("button", { name: "Tự kiểm tra phần bổ trợ" }).click();
    const report = await p2.getByTestId("self-test-report").inputValue();
    assert.match(report, new RegExp(`ExcelApi 1\\.1–${api.replace(".", "\\.")}`), profile.label);
    assert.doesNotMatch(report, /LỖI —/, `${profile.label}: ${report}`);
    assert.strictEqual(
      await p2.evaluate(sheetState),
      before,
      `${profile.label}: the self-test leaves the workbook as it was`,
    );
    await p2.close();
  }
};
