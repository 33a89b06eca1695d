// The Word pane against the strict Word fake, once per Word host profile (Word 2019, Word 2021, Microsoft 365, Word on
// the web): check the plan in the document, see the findings, click one to select its cell, clear the marks (the
// document is as before), and pick a criterion into the cell at the cursor. Then, in a fresh document, Word's code
// loaded on first use (the word-more chunk): not fetched at start-up; a failed fetch is said plainly and changes
// nothing; the next try shows the action's progress while the chunk is on its way, then inserts the header block.
const fs = require("fs");
const path = require("path");
const { wordFake } = require("./fake-hosts");
const { splitPasted } = require("../../src/core/read/index.ts");

const PROFILES = ["word-2019", "word-2021", "word-365", "word-web"];

module.exports.run = async ({ newPage, baseUrl, assert, eventually, root }) => {
  const grid = splitPasted(
    fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-thu-duc-2025-2026.txt"), "utf8"),
  );
  for (const profile of PROFILES) {
    const page = await newPage({ host: "Word" });
    await page.addInitScript(wordFake());
    await page.addInitScript(
      ([g, p]) => {
        const doc = new window.__fakeWord.FakeDocument(g);
        const fw = window.__fakeWord.makeWord(doc, p);
        window.__khctDoc = doc;
        window.__khctIsSet = fw.env.isSetSupported;
        window.Word = { run: fw.env.run };
      },
      [grid, profile],
    );
    await page.goto(baseUrl + "taskpane.html");
    await page.getByTestId("host-panel").waitFor();
    assert.match(await page.getByTestId("host-kind").innerText(), /Word/);
    const before = await page.evaluate(() => window.__khctDoc.snapshot());
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByTestId("host-findings").waitFor();
    assert.match(await page.getByTestId("host-findings").innerText(), /2 lỗi, 1 cảnh báo/, profile);
    // The findings show before the marks are written (the check marks the document next): its closing message says
    // the check, marks included, has ended.
    await page
      .getByTestId("host-message")
      .getByText(/^Đã kiểm tra \d+ dòng: 2 lỗi, 1 cảnh báo\./)
      .waitFor();
    const marks = await page.evaluate(() => {
      const d = window.__khctDoc;
      const controls = d.tables().flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.controls)));
      return { comments: d.comments.map((c) => c.content), controls: controls.map((c) => c.title) };
    });
    // Comments need WordApi 1.4; Word 2019 and 2021 mark with a highlight inside a titled content control.
    const titles = profile === "word-2019" || profile === "word-2021" ? marks.controls : marks.comments;
    assert.ok(
      titles.length >= 3 && titles.every((c) => c.startsWith("[KHCT]")),
      `${profile}: ${JSON.stringify(marks)}`,
    );
    await page.getByTestId("host-findings").locator('[data-rule="timeline.after-school-year"]').click();
    await page.waitForFunction(() => window.__khctDoc.selected !== null);
    assert.match(await page.evaluate(() => window.__khctDoc.selected), /^t\d+:\d+:5$/);
    await page.getByRole("button", { name: "Thao tác khác" }).click();
    await page.getByRole("menuitem", { name: "Xóa đánh dấu" }).click();
    await page.getByTestId("host-message").getByText("Đã xóa đánh dấu.").waitFor();
    assert.strictEqual(
      await page.evaluate(() => window.__khctDoc.snapshot()),
      before,
      `${profile}: clearing restores the document`,
    );

    // Criterion picker: search without diacritics, pick, the cell at the cursor gets the official name.
    await page.getByRole("combobox", { name: "Cấp học" }).selectOption("thcs");
    await page.getByRole("textbox", { name: "Năm học" }).fill("2025-2026");
    const row = await page.evaluate(() => {
      const d = window.__khctDoc;
      const block = d.blocks.findIndex((b) => b.kind === "table");
      const t = d.blocks[block];
      t.insertRowByUser(
        t.rows.length,
        t.rows[0].cells.map(() => ""),
      );
      d.cursor = { block, row: t.rows.length - 1, col: 1 };
      return d.cursor.row;
    });
    await page.getByRole("textbox", { name: /Tìm tiêu chí/ }).fill("thu vien");
    await page.getByRole("button", { name: /^3\.6 — Thư viện/ }).click();
    await page
      .getByTestId("host-message")
      .getByText(/Đã ghi Tiêu chí 3\.6/)
      .waitFor();
    // The criterion goes into the cell at the cursor; this small table has no standard rows, so none is added (a
    // standard row is added only where the table has them: issue 23, defect 8, a picker never builds a wrong structure).
    const picked = await page.evaluate((r) => {
      const t = window.__khctDoc.blocks.find((b) => b.kind === "table");
      return {
        cell: t.values[r][1],
        rows: t.values.length,
        headings: t.values.filter((v) => /^Tiêu chuẩn 3/.test(v[1])).length,
      };
    }, row);
    assert.deepStrictEqual(picked, { cell: "Tiêu chí 3.6: Thư viện", rows: row + 1, headings: 0 });
    await page.context().close();
  }

  const page = await newPage({ host: "Word" });
  await page.addInitScript(wordFake());
  await page.addInitScript(() => {
    const doc = new window.__fakeWord.FakeDocument([[""]]);
    const fw = window.__fakeWord.makeWord(doc, "word-365");
    window.__khctDoc = doc;
    window.__khctIsSet = fw.env.isSetSupported;
    window.Word = { run: fw.env.run };
  });
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  let release = null;
  let fail = true;
  await page.route(/\/word-more[.\w]*\.js$/, async (route) => {
    if (fail) return route.abort("connectionfailed");
    await new Promise((resolve) => (release = resolve));
    await route.continue();
  });
  await page.goto(baseUrl + "taskpane.html");
  await page.getByTestId("host-panel").waitFor();
  assert.ok(!fetched.some((f) => /word-more/.test(f)), `word-more fetched at start-up: ${fetched.join(" ")}`);
  const before = await page.evaluate(() => window.__khctDoc.snapshot());
  const insertHeader = async () => {
    await page.getByRole("button", { name: "Thao tác khác" }).click();
    await page.getByRole("menuitem", { name: "Chèn phần đầu văn bản" }).click();
  };
  await insertHeader();
  await page
    .getByTestId("host-message")
    .getByText(/^Có lỗi: Không tải được phần này của KHCT/)
    .waitFor();
  assert.strictEqual(await page.evaluate(() => window.__khctDoc.snapshot()), before, "a failed load changes nothing");
  fail = false;
  await insertHeader();
  await page.getByTestId("progress").getByText("Đang chèn…").waitFor();
  // The request is held by the route above: wait (to the tests' ceiling, not forever) for it to have reached it.
  await eventually(async () => assert.ok(release, "the word-more request reached the route"));
  release();
  await page.getByTestId("host-message").getByText("Đã chèn phần đầu văn bản, tiêu đề và Căn cứ.").waitFor();
  assert.strictEqual(
    await page.evaluate(() => window.__khctDoc.tables()[0].values[0][1]),
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  );
  await page.context().close();
};
