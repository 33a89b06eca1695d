// The Word pane against a faked Word: check the plan in the document, see the findings, click one to select its cell.
const fs = require("fs");
const path = require("path");
const { wordFake } = require("./fake-hosts");
const { splitPasted } = require("../../src/core/read/index.ts");

module.exports.run = async ({ newPage, baseUrl, assert, root }) => {
  const grid = splitPasted(fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-thu-duc-2025-2026.txt"), "utf8"));
  const page = await newPage({ host: "Word" });
  await page.addInitScript(wordFake());
  await page.addInitScript((g) => {
    const doc = new window.__fakeWord.FakeDocument(g);
    const fw = window.__fakeWord.makeWord(doc, "1.4");
    window.__khctDoc = doc;
    window.__khctIsSet = fw.env.isSetSupported;
    window.Word = { run: fw.env.run };
  }, grid);
  await page.goto(baseUrl + "taskpane.html");
  await page.getByTestId("host-panel").waitFor();
  assert.match(await page.getByTestId("host-kind").innerText(), /Word/);
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByTestId("host-findings").waitFor();
  assert.match(await page.getByTestId("host-findings").innerText(), /2 lỗi, 1 cảnh báo/);
  const comments = await page.evaluate(() => window.__khctDoc.comments.map((c) => c.content));
  assert.ok(comments.length >= 3 && comments.every((c) => c.startsWith("[KHCT]")));
  await page.getByTestId("host-findings").locator('[data-rule="timeline.after-school-year"]').click();
  await page.waitForFunction(() => window.__khctDoc.selected !== null);
  assert.match(await page.evaluate(() => window.__khctDoc.selected), /^t\d+:\d+:5$/);

  // Criterion picker: search without diacritics, pick, the cell at the cursor gets the official name.
  await page.getByRole("combobox", { name: "Cấp học" }).selectOption("thcs");
  await page.getByRole("textbox", { name: "Năm học" }).fill("2025-2026");
  const row = await page.evaluate(() => {
    const d = window.__khctDoc;
    const block = d.blocks.findIndex((b) => b.kind === "table");
    d.blocks[block].values.push(["", "", "", "", "", "", "", "", ""]);
    d.cursor = { block, row: d.blocks[block].values.length - 1, col: 1 };
    return d.cursor.row;
  });
  await page.getByRole("textbox", { name: /Tìm tiêu chí/ }).fill("thu vien");
  await page.getByRole("button", { name: /^3\.6 — Thư viện/ }).click();
  await page.getByTestId("host-message").getByText(/Đã ghi Tiêu chí 3\.6/).waitFor();
  const cells = await page.evaluate((r) => { const d = window.__khctDoc; const t = d.blocks.find((b) => b.kind === "table"); return [t.values[r][1], t.values[r + 1][1]]; }, row);
  assert.deepStrictEqual(cells, ["Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "Tiêu chí 3.6: Thư viện"]);
};
