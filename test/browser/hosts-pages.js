// Opens the task pane on a faked Excel or Word holding a grid, and the standalone page: shared by the browser
// tests, scripts/screenshots.js and bench/startup.js.
const { excelFake, wordFake } = require("./fake-hosts");

/** The pane in Excel: `grid` written at `at` (0-based) on the sheet "Kế hoạch" of a fake workbook (ExcelApi 1.18). */
async function excelPane(page, baseUrl, grid = [], at = { row: 0, col: 0 }) {
  await page.addInitScript(excelFake());
  await page.addInitScript(
    ({ g, at }) => {
      const wb = new window.__fakeExcel.FakeWorkbook(["Kế hoạch"]);
      wb.sheet("Kế hoạch").setValues(at.row, at.col, g);
      const fx = window.__fakeExcel.makeExcel(wb, "1.18");
      window.__khctWb = wb;
      window.__khctIsSet = fx.env.isSetSupported;
      window.Excel = { run: fx.env.run };
    },
    { g: grid, at },
  );
  await page.goto(baseUrl + "taskpane.html");
  await page.getByTestId("host-panel").waitFor();
  return page;
}

/** The pane in Word: `grid` as a fake document (tables from multi-cell rows), WordApi 1.4. */
async function wordPane(page, baseUrl, grid = []) {
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
  return page;
}

/** axe-core on the page as it is: every violation, whatever its impact, as "rule: count". */
async function axeViolations(page, baseUrl) {
  if (!(await page.evaluate(() => Boolean(window.axe))))
    await page.addScriptTag({ url: baseUrl + "__test__/axe.min.js" });
  // Fluent buttons fade between their disabled and enabled colours: judge the settled colours, not a mid-fade frame.
  await page.addStyleTag({
    content: "*, *::before, *::after { transition: none !important; animation: none !important; }",
  });
  return page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map(
            (n) =>
              `${n.target.join(" ")} ${n.html.slice(0, 200)} ${n.any
                .concat(n.all, n.none)
                .map((c) => c.message)
                .join(";")}`,
          )
          .slice(0, 3)
          .join(" | ")}`,
    ),
  );
}

module.exports = { excelPane, wordPane, axeViolations };
