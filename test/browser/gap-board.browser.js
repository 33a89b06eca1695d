// From self-assessment to plan, the same levels in four places: the command line, the standalone page (download),
// the Excel pane and the Word pane (faked hosts). All four give the same drafted rows, and the draft re-checks with
// no error. The levels are pasted as a list, then one is changed on the board's quick grid.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { excelFake, wordFake } = require("./fake-hosts");
const { openPlanFile, FileHost } = require("../../src/hosts/file/index.ts");
const { checkPlan } = require("../../src/core/rules/index.ts");
const { readPlans, splitPasted } = require("../../src/core/read/index.ts");
const { main } = require("../../src/cli/main.ts");
require("../../src/core/catalogs/all.ts");

// 3.2 (mandatory) below Mức 1; 1.1 changed to Không đạt on the grid, so 4 of the 7 others are at Mức 1: one of
// 1.1, 1.2, 2.3 must be added (the first, 1.1, is pre-selected).
const LIST =
  "1.1 Mức 1, 1.2 Không đạt, 1.3 Mức 1, 1.4 Mức 1, 2.1 Mức 1, 2.2 Mức 1, 2.3 Không đạt, 3.1 Mức 1, 3.2 Không đạt, 3.3 Mức 1, 3.4 Mức 2, 3.5 Mức 1, 4.1 Mức 1, 4.2 Mức 1, 4.3 Mức 1";
const FINAL = LIST.replace("1.1 Mức 1", "1.1 Không đạt");

/** Section IV's criteria (column "Tiêu chí liên quan") in the grids of a document or workbook. */
function issuesIn(grids) {
  for (const g of grids) {
    const h = g.findIndex((r) => r.some((c) => String(c).startsWith("Tiêu chí liên quan")));
    if (h >= 0)
      return g
        .slice(h + 1)
        .filter((r) => r.length > 2 && /\d+\.\d+/.test(r[2]))
        .map((r) => /\d+\.\d+/.exec(r[2])[0]);
  }
  return [];
}

/** Criterion rows (code, content, goal, tasks) of the main plan read back, and section IV's criteria. */
function draftOf(plans, grids) {
  const plan = plans.find((p) => p.template === "tt57-bieu2" && p.rows.some((r) => r.kind === "criterion"));
  return {
    plan,
    rows: plan.rows
      .filter((r) => r.kind === "criterion")
      .map((r) => [r.criterion, r.cells.criterion.text, r.cells.target.text, r.cells.tasks.text]),
    issues: issuesIn(grids),
  };
}

async function fromFile(bytes, name) {
  const opened = await openPlanFile(new Uint8Array(bytes), name);
  const { plans } = await new FileHost(opened).read({ level: "thcs", schoolYear: "2026-2027" });
  return draftOf(
    plans,
    opened.grids.map((g) => g.grid),
  );
}

async function fillBoard(page) {
  await page.getByRole("combobox", { name: "Cấp học", exact: true }).selectOption("thcs");
  await page.getByRole("textbox", { name: "Năm học", exact: true }).fill("2026-2027");
  await page.getByRole("button", { name: "Lập kế hoạch từ kết quả tự đánh giá" }).click();
  await page.getByRole("textbox", { name: "Mức tự đánh giá (dán danh sách hoặc bảng)" }).fill(LIST);
  await page.getByRole("button", { name: "Đọc mức", exact: true }).click();
  await page.getByTestId("gap-message").getByText("Đã đọc mức của 15 tiêu chí").waitFor();
  await page.getByRole("combobox", { name: "Mức hiện tại của tiêu chí 1.1" }).selectOption("0");
  await page.locator('[data-code="1.1"][data-status="choice"]').waitFor();
}

module.exports.run = async ({ newPage, baseUrl, assert, eventually, root }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-gap-"));
  // Command line.
  fs.writeFileSync(path.join(dir, "muc.txt"), FINAL);
  let out = "";
  const io = { stdout: { write: (s) => (out += s) }, stderr: { write: (s) => (out += s) }, isTTY: false, cwd: dir };
  assert.strictEqual(
    await main(["new", "--from", "muc.txt", "--level", "thcs", "--year", "2026-2027", "-o", "cli.xlsx"], io),
    0,
    out,
  );
  const cli = await fromFile(fs.readFileSync(path.join(dir, "cli.xlsx")), "cli.xlsx");
  assert.deepStrictEqual(
    cli.rows.map((r) => r[0]),
    ["3.2", "1.1"],
  );
  assert.deepStrictEqual(cli.issues, ["3.2", "1.1"]);

  // Standalone page: the board, then the .xlsx and .docx downloads.
  const page = await newPage();
  await page.goto(baseUrl + "page.html");
  await fillBoard(page);
  await page
    .getByTestId("gap-summary")
    .getByText(/Trường hiện đạt: Chưa đạt · sau kế hoạch: Mức 1 · mục tiêu: Mức 1/)
    .waitFor();
  await eventually(async () => {
    assert.strictEqual(await page.getByRole("checkbox", { name: "Đưa vào kế hoạch tiêu chí 3.2" }).isChecked(), true);
    assert.strictEqual(await page.getByRole("checkbox", { name: "Đưa vào kế hoạch tiêu chí 1.1" }).isChecked(), true);
  });
  for (const format of ["xlsx", "docx"]) {
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `Tải bản nháp (.${format})` }).click(),
    ]);
    const got = await fromFile(fs.readFileSync(await dl.path()), `page.${format}`);
    assert.deepStrictEqual(got.rows, cli.rows, `page .${format} = command line`);
    assert.deepStrictEqual(got.issues, cli.issues);
    assert.deepStrictEqual(
      checkPlan(got.plan).filter((f) => f.severity === "error"),
      [],
    );
  }
  await page.addScriptTag({ url: baseUrl + "__test__/axe.min.js" });
  const violations = await page.evaluate(async () =>
    (
      await window.axe.run(document.querySelector('[data-testid="gap-panel"]'), { resultTypes: ["violations"] })
    ).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.length}`),
  );
  assert.deepStrictEqual(violations, []);

  // Excel pane: insert at the selection of an empty sheet; the sheet reads back to the same draft.
  const xl = await newPage({ host: "Excel" });
  await xl.addInitScript(excelFake());
  await xl.addInitScript(() => {
    const wb = new window.__fakeExcel.FakeWorkbook(["Kế hoạch"]);
    const fx = window.__fakeExcel.makeExcel(wb, "1.18");
    window.__khctWb = wb;
    window.__khctIsSet = fx.env.isSetSupported;
    window.Excel = { run: fx.env.run };
  });
  await xl.goto(baseUrl + "taskpane.html");
  await xl.getByTestId("host-panel").waitFor();
  await fillBoard(xl);
  await xl.getByRole("button", { name: "Chèn bản nháp" }).click();
  await xl
    .getByTestId("gap-message")
    .getByText(/Đã chèn bản nháp \(2 tiêu chí\)/)
    .waitFor();
  const sheet = await xl.evaluate(() => {
    const s = window.__khctWb.sheet("Kế hoạch");
    const rows = [];
    for (let r = 0; r < 14; r++) {
      const row = [];
      for (let c = 0; c < 10; c++) row.push(String((s.peek(r, c) || {}).value || ""));
      rows.push(row);
    }
    return rows;
  });
  const excel = draftOf(readPlans([["KẾ HOẠCH năm học 2026-2027"], ...sheet], { level: "thcs" }), [sheet]);
  assert.deepStrictEqual(excel.rows, cli.rows, "Excel pane = command line");
  assert.deepStrictEqual(excel.issues, cli.issues);
  // A second insert at the same place asks first.
  await xl.getByRole("button", { name: "Chèn bản nháp" }).click();
  await xl.getByTestId("gap-occupied").waitFor();
  await xl.getByRole("button", { name: "Không ghi đè" }).click();
  // The board's checks on the inserted plan: nothing to report.
  await xl.getByRole("button", { name: "Đối chiếu kế hoạch với mức" }).click();
  await xl.getByTestId("gap-findings").getByText("Kế hoạch khớp với mức tự đánh giá và mục tiêu.").waitFor();

  // Excel pane on a real plan (the Quảng Ninh seed, 2018 regime): levels read from its self-assessment table, the
  // declared goal Mức 3 is blocked by 3.2 and 3.5 only — exactly the rows the school planned.
  const seed = splitPasted(
    fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-quang-ninh-2023-2024.txt"), "utf8"),
  );
  const xs = await newPage({ host: "Excel" });
  await xs.addInitScript(excelFake());
  await xs.addInitScript((g) => {
    const wb = new window.__fakeExcel.FakeWorkbook(["Kế hoạch"]);
    wb.sheet("Kế hoạch").setValues(0, 0, g);
    const fx = window.__fakeExcel.makeExcel(wb, "1.18");
    window.__khctIsSet = fx.env.isSetSupported;
    window.Excel = { run: fx.env.run };
  }, seed);
  await xs.goto(baseUrl + "taskpane.html");
  await xs.getByTestId("host-panel").waitFor();
  await xs.getByRole("combobox", { name: "Cấp học", exact: true }).selectOption("thcs");
  await xs.getByRole("textbox", { name: "Năm học", exact: true }).fill("2023-2024");
  await xs.getByRole("button", { name: "Lập kế hoạch từ kết quả tự đánh giá" }).click();
  await xs.getByRole("button", { name: "Đọc mức từ tài liệu" }).click();
  await xs.getByTestId("gap-message").getByText("Đã đọc mức của 28 tiêu chí").waitFor();
  await xs.getByRole("combobox", { name: "Mục tiêu của trường" }).selectOption("3");
  await xs
    .getByTestId("gap-summary")
    .getByText(/Trường hiện đạt: Mức 2 · sau kế hoạch: Mức 3/)
    .waitFor();
  await eventually(async () => {
    const checked = await xs
      .locator('[data-testid="gap-board"] input[type="checkbox"]:checked')
      .evaluateAll((els) => els.map((e) => e.closest("tr").dataset.code));
    assert.deepStrictEqual(checked, ["3.2", "3.5"]);
  });
  // The board fits a 320 px pane: no horizontal scrolling.
  await xs.setViewportSize({ width: 320, height: 560 });
  // Fluent re-measures its message bars after a resize: the condition is retried, not given a fixed time.
  await eventually(async () => {
    const [scrollWidth, clientWidth] = await xs.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    const wide = await xs.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName}.${e.className}#${e.getAttribute("data-testid")}: ${Math.round(e.getBoundingClientRect().right)}`,
        ),
    );
    assert.ok(scrollWidth <= clientWidth, `the gap board overflows at 320 px: ${scrollWidth} > ${clientWidth} ${wide}`);
  });
  await xs.getByRole("button", { name: "Đối chiếu kế hoạch với mức" }).click();
  await xs.getByTestId("gap-findings").getByText("Kế hoạch khớp với mức tự đánh giá và mục tiêu.").waitFor();

  // Word pane: headed tables after the cursor; the document reads back to the same draft.
  const wd = await newPage({ host: "Word" });
  await wd.addInitScript(wordFake());
  await wd.addInitScript(() => {
    const doc = new window.__fakeWord.FakeDocument([["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"]]);
    const fw = window.__fakeWord.makeWord(doc, "1.4");
    window.__khctDoc = doc;
    window.__khctIsSet = fw.env.isSetSupported;
    window.Word = { run: fw.env.run };
  });
  await wd.goto(baseUrl + "taskpane.html");
  await wd.getByTestId("host-panel").waitFor();
  await fillBoard(wd);
  await wd.getByRole("button", { name: "Chèn bản nháp" }).click();
  await wd
    .getByTestId("gap-message")
    .getByText(/Đã chèn bản nháp/)
    .waitFor();
  const grid = await wd.evaluate(() =>
    window.__khctDoc.blocks.flatMap((b) => (b.kind === "table" ? b.values : [[b.text]])),
  );
  const word = draftOf(readPlans(grid, { level: "thcs" }), [grid]);
  assert.deepStrictEqual(word.rows, cli.rows, "Word pane = command line");
  assert.deepStrictEqual(word.issues, cli.issues);
  assert.deepStrictEqual(
    checkPlan(word.plan).filter((f) => f.severity === "error"),
    [],
  );
  await wd.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  // The pane's own check of the document: no error; the empty period and indicator cells are marked to fill.
  await wd.getByTestId("host-findings").waitFor();
  const text = await wd.getByTestId("host-findings").innerText();
  assert.match(text, /0 lỗi/);
  assert.match(text, /Chưa ghi thời gian thực hiện/);
  fs.rmSync(dir, { recursive: true, force: true });
};
