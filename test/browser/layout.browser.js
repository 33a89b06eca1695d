/* global getComputedStyle */
// The pane at 320 and 350 px (Excel and Word) and the page at 1366 px: no horizontal overflow; after a check the
// result heading is in view and has the focus; the overwrite dialog holds the focus and closes with Escape; every
// finding is reachable with Tab and shows a focus ring; axe reports no violation of any impact.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { splitPasted } = require("../../src/core/read/index.ts");
const { xlsxFromGrid } = require("../support/files.ts");
const { seedGrid, SEEDS } = require("../support/seeds.ts");
const { excelPane, wordPane, axeViolations } = require("./hosts-pages");

const noOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function headingInViewAndFocused(page, testId) {
  return page.evaluate((id) => {
    const h = document.querySelector(`[data-testid="${id}"] h2`);
    const r = h.getBoundingClientRect();
    return { focused: document.activeElement === h, inView: r.top >= 0 && r.bottom <= window.innerHeight };
  }, testId);
}

/** Tabs from the list's heading through the list: every finding button gets the focus, with a visible ring. */
async function tabThroughFindings(page, testId, assert) {
  const total = await page.locator(`[data-testid="${testId}"] button[data-rule]`).count();
  assert.ok(total > 0, "findings listed");
  await page.locator(`[data-testid="${testId}"] h2`).focus();
  const seen = new Set();
  for (let i = 0; i < total + 3 && seen.size < total; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate((id) => {
      const el = document.activeElement;
      if (!el || !el.matches(`[data-testid="${id}"] button[data-rule]`)) return null;
      const st = getComputedStyle(el);
      const idx = [...document.querySelectorAll(`[data-testid="${id}"] button[data-rule]`)].indexOf(el);
      return { idx, ring: st.outlineStyle !== "none" && parseFloat(st.outlineWidth) >= 1 };
    }, testId);
    if (!f) continue;
    assert.ok(f.ring, `finding ${f.idx} shows a focus ring`);
    seen.add(f.idx);
  }
  assert.strictEqual(seen.size, total, `all ${total} findings reachable with Tab`);
}

module.exports.run = async ({ newPage, baseUrl, assert, root }) => {
  const grid = splitPasted(
    fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-thu-duc-2025-2026.txt"), "utf8"),
  );
  for (const width of [320, 350]) {
    for (const [host, open] of [
      ["Excel", excelPane],
      ["Word", wordPane],
    ]) {
      const page = await newPage({ host });
      await page.setViewportSize({ width, height: 560 });
      await open(page, baseUrl, grid);
      // The pane reads the document just after its first paint and shows its level and year as taken from it: the
      // pane is measured and judged by axe once that is done, not while it changes.
      await page.getByText("(lấy từ văn bản)").first().waitFor();
      assert.ok((await noOverflow(page)) <= 0, `${host} ${width}px: no horizontal overflow`);
      assert.deepStrictEqual(await axeViolations(page, baseUrl), [], `${host} ${width}px: axe before a check`);
      await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      await page.getByTestId("host-findings").waitFor();
      await page.waitForFunction(
        () => document.activeElement && document.activeElement.matches('[data-testid="host-findings"] h2'),
      );
      assert.deepStrictEqual(
        await headingInViewAndFocused(page, "host-findings"),
        { focused: true, inView: true },
        `${host} ${width}px: result heading`,
      );
      assert.ok((await noOverflow(page)) <= 0, `${host} ${width}px: no horizontal overflow after a check`);
      await tabThroughFindings(page, "host-findings", assert);
      assert.deepStrictEqual(await axeViolations(page, baseUrl), [], `${host} ${width}px: axe after a check`);
    }
    // The overwrite question: a dialog that holds the focus and closes with Escape; nothing written.
    const page = await newPage({ host: "Excel" });
    await page.setViewportSize({ width, height: 560 });
    await excelPane(page, baseUrl, grid);
    // "Chèn bảng kế hoạch" needs a level and a year: the document's, read just after the pane's first paint (before
    // that the pane asks the user to choose them instead of asking about overwriting).
    await page.getByText("(lấy từ văn bản)").first().waitFor();
    const before = await page.evaluate(() => window.__khctWb.sheet("Kế hoạch").snapshot());
    await page.getByRole("button", { name: "Chèn bảng kế hoạch" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement && document.activeElement.textContent === "Không ghi đè");
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      assert.ok(
        await page.evaluate(() => Boolean(document.activeElement.closest('[role="alertdialog"]'))),
        "focus stays in the dialog",
      );
    }
    // Measured as it stays: the dialog grows in from 85 % of its size (Fluent's scale motion), and a box read
    // mid-motion is smaller than the dialog's own.
    await dialog.evaluate((el) => Promise.allSettled(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    const box = await dialog.boundingBox();
    assert.ok(
      box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= 560,
      `dialog inside the ${width}px pane`,
    );
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.strictEqual(
      await page.evaluate(() => window.__khctWb.sheet("Kế hoạch").snapshot()),
      before,
      "nothing written",
    );
  }

  // The page at a 1366×768 laptop.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-layout-"));
  const xlsx = path.join(dir, "thu-duc.xlsx");
  fs.writeFileSync(xlsx, await xlsxFromGrid(seedGrid(SEEDS.thuDuc)));
  const page = await newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(baseUrl + "page.html");
  assert.deepStrictEqual(await axeViolations(page, baseUrl), [], "page: axe before a file");
  // The drop area opens the picker when clicked.
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByTestId("drop-zone").click({ position: { x: 10, y: 10 } }),
  ]);
  await chooser.setFiles(xlsx);
  await page.getByTestId("file-findings").waitFor();
  await page.waitForFunction(
    () =>
      document.activeElement &&
      document.activeElement.matches("h2") &&
      document.activeElement.textContent === "thu-duc.xlsx",
  );
  assert.ok((await noOverflow(page)) <= 0, "page 1366px: no horizontal overflow");
  // Findings beside the table, the table header stays visible while the table scrolls.
  const [table, list] = [
    await page.getByTestId("table-scroller").boundingBox(),
    await page.getByTestId("file-findings").boundingBox(),
  ];
  assert.ok(list.x >= table.x + table.width - 1, "findings list beside the table");
  await page.getByTestId("table-scroller").evaluate((el) => (el.scrollTop = 600));
  const stuck = await page.evaluate(() => {
    const s = document.querySelector('[data-testid="table-scroller"]').getBoundingClientRect();
    const th = document.querySelector('[data-testid="plan-table"] th').getBoundingClientRect();
    return Math.abs(th.top - s.top) <= 2;
  });
  assert.ok(stuck, "the table header stays at the top while scrolling");
  // A finding goes to its cell; every finding is reachable with Tab and shows a ring.
  await page.getByTestId("file-findings").locator('[data-rule="timeline.after-school-year"]').click();
  assert.strictEqual(
    await page.evaluate(() => document.activeElement.getAttribute("aria-label")),
    "Thời gian thực hiện và hoàn thành — dòng 29",
  );
  await tabThroughFindings(page, "file-findings", assert);
  assert.deepStrictEqual(await axeViolations(page, baseUrl), [], "page: axe with a file open");
  fs.rmSync(dir, { recursive: true, force: true });
};
