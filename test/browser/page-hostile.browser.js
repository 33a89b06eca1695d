/* global performance */
// The standalone page on hostile small files (issue 27): a 47 KB .docx holding 10 MB of text in one paragraph and a
// small .xlsx with one cell just under the cell limit: the first gets the "Tệp quá lớn hoặc bất thường" message from
// the plan worker, the second opens in the worker's view; neither is read on the main thread (the page never loads
// its file readers for them — it does for the ordinary plan opened last, which shows the check can see them). The
// page answers the user while each is being opened: the user switches to the paste box and types in it, the typed
// text shows while the page still says it is opening the file, and the worker's answer is delivered only after it —
// an order of events (test/browser/worker-gate.js holds the worker's answer until the typing has shown), not a speed.
// Then a 9 KB .xlsx whose long cells bring it just under the text limit of a file (19 million characters) opens in
// the worker's view, and an ordinary plan after it. How long the main thread's tasks are while these files open is a
// figure printed by bench/page-main-thread.ts, never asserted here.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { installWorkerGate, indexOf } = require("./worker-gate");
const { stretchFileBudget } = require("./file-budget");
const { writePageHostileFiles } = require("../support/hostile-page-files.ts");
const { SEEDS, seedText } = require("../support/seeds.ts");

const PLAN_WORKER = "khct-plan";

module.exports.run = async ({ newPage, baseUrl, assert, eventually }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-hostile-page-"));
  const { big, oneCell, near } = writePageHostileFiles(dir);

  const page = await newPage();
  await installWorkerGate(page);
  // o-dai.xlsx can take most of the page's 45 s budget on a busy 2-core box, and an answer held at the gate below
  // spends it too: the budget is stretched (file-budget.js), this test is not about the page's speed.
  await stretchFileBudget(page);
  await page.goto(baseUrl + "page.html");
  await page.locator("#file-input").waitFor({ state: "attached" });
  const pasteBox = page.getByRole("textbox", { name: /Dán bảng kế hoạch/ });
  const gateLog = (from) => page.evaluate((f) => window.__gate.log.slice(f), from);
  /** The page's main thread fetched its file readers (the "file-host" chunk) — in its own resource timeline. */
  const readersLoaded = () =>
    page.evaluate(() => performance.getEntriesByType("resource").some((e) => /file-host/.test(e.name)));

  /**
   * Opens `file` with the plan worker's answer held at the gate; meanwhile the user types `typed` in the paste box.
   * Returns the gate's log from the file's choice on, once the answer has been delivered (`done` shown).
   */
  async function openWhileTyping(file, typed, done) {
    const name = path.basename(file);
    const from = await page.evaluate(() => (window.__gate.hold("khct-plan"), window.__gate.log.length));
    await page.setInputFiles("#file-input", file);
    // The page has handed the file to its worker and says it is opening it.
    await eventually(async () => assert.ok(indexOf(await gateLog(from), { worker: PLAN_WORKER, type: "open" }) >= 0));
    await page.getByTestId("loading").getByText(`Đang mở tệp ${name}…`).waitFor();
    // The user, meanwhile: to the paste box, and types in it (key by key); the typed text shows.
    await page.getByTestId("entry-paste").click();
    await pasteBox.fill("");
    await pasteBox.pressSequentially(typed);
    await eventually(async () => assert.strictEqual(await pasteBox.inputValue(), typed));
    // …while the page still says it is opening the file: the typing was answered before the file's job ended.
    assert.ok(await page.getByTestId("loading").getByText(`Đang mở tệp ${name}…`).isVisible());
    const workerDone = await page.evaluate(() => window.__gate.waiting("khct-plan"));
    await page.getByTestId("entry-open").click();
    await page.evaluate(() => window.__gate.release("khct-plan"));
    await done();
    await page.getByTestId("loading").waitFor({ state: "detached" });
    const log = await gateLog(from);
    const sent = indexOf(log, { worker: PLAN_WORKER, dir: "to", type: "open" });
    const typedAt = indexOf(log, { dir: "input", target: "TEXTAREA" }, sent);
    const delivered = indexOf(log, { worker: PLAN_WORKER, dir: "delivered" }, sent);
    assert.ok(sent >= 0 && typedAt > sent, `typed after the file went to the worker: ${JSON.stringify(log)}`);
    assert.ok(delivered > typedAt, `the worker's answer delivered after the typing: ${JSON.stringify(log)}`);
    process.stdout.write(
      `  ${name}: typed while the page was opening it (the worker ${workerDone ? "had answered" : "was still reading"} ` +
        `when the typing showed)\n`,
    );
    return log.slice(sent);
  }

  const tooLarge =
    /Tệp quá lớn hoặc bất thường: "doan-10mb\.docx" — đoạn 1 dài 10\.485\.760 ký tự vượt giới hạn 100\.000 ký tự/;
  const docxLog = await openWhileTyping(big, "Tiêu chí 1.4", () =>
    page.getByTestId("file-error").getByText(tooLarge).waitFor(),
  );
  // The message is the worker's own answer: the worker read the file, the page did not.
  const answer = docxLog.find((e) => e.worker === PLAN_WORKER && e.dir === "from");
  assert.strictEqual(answer.type, "error");
  assert.match(answer.error, tooLarge);

  // A cell far longer than any real plan's: the file stays in the worker's view, never re-read here.
  const oneLog = await openWhileTyping(oneCell, "Nâng cao chất lượng", () =>
    page
      .getByTestId("large-plan")
      .getByRole("heading", { name: /mot-o\.xlsx/ })
      .waitFor(),
  );
  assert.strictEqual(oneLog.find((e) => e.worker === PLAN_WORKER && e.dir === "from").type, "ok");

  // Much text in few rows: kept in the worker's view.
  await page.setInputFiles("#file-input", near);
  await page
    .getByTestId("large-plan")
    .getByRole("heading", { name: /o-dai\.xlsx/ })
    .waitFor();
  assert.strictEqual(await readersLoaded(), false, "the hostile files are never read on the main thread");

  // What the user typed meanwhile is still there.
  await page.getByTestId("entry-paste").click();
  assert.strictEqual(await pasteBox.inputValue(), "Nâng cao chất lượng");
  await page.getByTestId("entry-open").click();

  // The tab is alive: an ordinary plan opens after them, read on the main thread (its readers loaded there).
  const plain = path.join(dir, "ke-hoach.txt");
  fs.writeFileSync(plain, seedText(SEEDS.thuDuc));
  await page.setInputFiles("#file-input", plain);
  // Its own view, named after it (the large view before it has a summary too: waiting for any summary would race).
  await page.getByRole("heading", { name: "ke-hoach.txt" }).waitFor();
  await page.getByTestId("large-plan").waitFor({ state: "detached" });
  await page.getByTestId("file-summary").waitFor();
  assert.strictEqual(await readersLoaded(), true, "an ordinary plan's readers are seen by the same check");
  fs.rmSync(dir, { recursive: true, force: true });
};
