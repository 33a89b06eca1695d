/* global performance */
// The standalone page on a scan (issue 22): a phone photo of a plan (.jpg) is read by OCR in a worker of its own,
// with a progress bar ("Đang đọc ảnh trang 1/1"); the plan then shows like a PDF plan (findings, OCR notes) and
// "Lưu thành .docx" saves a .docx that says it was read from a scan. Opened again and stopped ("Dừng"): tesseract's
// worker is gone, the page says it stopped and stays usable. A searchable scan whose OCR layer is garbled is read
// again by OCR the same way (issue 21). tesseract's script, WASM core and Vietnamese data come from the page's own
// origin. OCR runs in tesseract's worker, not on the main thread: while it reads, the bar follows the worker's
// progress and the user types in the paste box; the typed text shows before the OCR worker's result is delivered (an
// order of events: test/browser/worker-gate.js holds the result until the typing has shown), not a speed. The OCR's
// seconds and the main thread's long tasks meanwhile are figures of bench/page-main-thread.ts.
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { installWorkerGate, indexOf } = require("./worker-gate");

module.exports.run = async ({ newPage, baseUrl, assert, eventually, root, served }) => {
  const photo = path.join(root, "test", "fixtures", "scans", "thu-duc-photo.jpg");
  const page = await newPage();
  await installWorkerGate(page);
  const requests = [];
  page.context().on("request", (r) => requests.push(r.url()));
  await page.goto(baseUrl + "page.html");
  await page.getByTestId("drop-zone").waitFor();
  assert.ok(!requests.some((u) => /ocr|tesseract/i.test(u)), "no OCR part in the page's first load");
  const from = await page.evaluate(() => (window.__gate.hold("khct-ocr"), window.__gate.log.length));
  await page.setInputFiles("#file-input", photo);
  const bar = page.getByTestId("ocr-progress");
  await bar.waitFor();
  await eventually(async () => assert.match(await bar.innerText(), /Đang đọc ảnh trang 1\/1/));
  // tesseract is reading: the OCR worker reports its recognition progress (a fraction above 0 comes only from
  // tesseract's own worker). Known from the gate's log, not from Playwright's list of workers or their requests: both
  // can miss a worker started by a worker (attached after it began running) — runs here waited on them to the ceiling.
  const recognizing = (since) =>
    eventually(async () => {
      const log = await page.evaluate((f) => window.__gate.log.slice(f), since);
      assert.ok(
        log.some((e) => e.worker === "khct-ocr" && e.type === "progress" && e.fraction > 0),
        JSON.stringify(log),
      );
    });
  await recognizing(from);
  // While OCR reads, the user goes to the paste box and types; the typed text shows while the bar is still there.
  const pasteBox = page.getByRole("textbox", { name: /Dán bảng kế hoạch/ });
  await page.getByTestId("entry-paste").click();
  await pasteBox.pressSequentially("Tiêu chí 1.4");
  await eventually(async () => assert.strictEqual(await pasteBox.inputValue(), "Tiêu chí 1.4"));
  assert.ok(await bar.isVisible(), "the scan is still being read");
  await page.getByTestId("entry-open").click();
  await page.evaluate(() => window.__gate.release("khct-ocr"));
  await bar.waitFor({ state: "detached" });
  await page.getByTestId("file-findings").waitFor();
  const log = await page.evaluate((f) => window.__gate.log.slice(f), from);
  const sent = indexOf(log, { worker: "khct-ocr", dir: "to" });
  const progress = indexOf(log, { worker: "khct-ocr", dir: "delivered", type: "progress" }, sent);
  const typed = indexOf(log, { dir: "input", target: "TEXTAREA" }, sent);
  const done = indexOf(log, { worker: "khct-ocr", dir: "delivered", type: "done" }, sent);
  assert.ok(sent >= 0 && progress > sent, `the bar follows the worker's progress: ${JSON.stringify(log)}`);
  assert.ok(typed > sent && done > typed, `typed while OCR read, its result delivered after: ${JSON.stringify(log)}`);
  assert.strictEqual(await bar.count(), 0, "the bar goes once the scan is read");
  await page.getByRole("heading", { name: "thu-duc-photo.jpg" }).waitFor();
  assert.match(await page.getByTestId("file-context").innerText(), /THCS · năm học 2025-2026/);
  const findings = page.getByTestId("file-findings");
  assert.strictEqual(await findings.locator('[data-rule="ocr.read-from-scan"]').count(), 1);
  assert.match(await findings.innerText(), /đọc từ ảnh quét\/ảnh chụp \(1 trang, \d+ chữ đọc được/i);
  const cells = await page
    .getByTestId("plan-table")
    .getByRole("textbox")
    .evaluateAll((els) => els.map((e) => e.value));
  assert.ok(
    cells.some((c) => /^Tiêu chí 1\.4 Hiệu trưởng/.test(c)),
    cells.join(" | "),
  );
  assert.ok(cells.includes("Từ nguồn hoạt động thường xuyên của đơn vị; Dự kiến 5.000.000/năm học."));
  // Tesseract's core and data were fetched (checked at the end), but not by the main thread: not in its own timeline.
  const mainThread = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert.deepStrictEqual(
    mainThread.filter((u) => /tesseract|traineddata/.test(u)),
    [],
    "OCR's core and data are loaded by its workers",
  );

  // Saved as a new .docx that says it was read from a scan.
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Lưu thành .docx" }).click(),
  ]);
  assert.strictEqual(dl.suggestedFilename(), "thu-duc-photo.docx");
  const xml = await (await JSZip.loadAsync(fs.readFileSync(await dl.path()))).file("word/document.xml").async("string");
  assert.match(xml, /được đọc từ bản quét\/ảnh chụp bằng nhận dạng chữ \(OCR\)/);
  assert.match(xml, /Tiêu chí 1\.4 Hiệu trưởng/);

  // Open it again and stop: tesseract's worker ends, the page says it stopped and opens the next file as usual. The
  // OCR's answer is held at the gate, so "Dừng" is certainly pressed while the page's job is open, however fast this
  // machine reads the photo (the stopped worker's held answer is dropped with it, as terminate() does).
  const from2 = await page.evaluate(() => (window.__gate.hold("khct-ocr"), window.__gate.log.length));
  await page.setInputFiles("#file-input", photo);
  await eventually(async () => assert.match(await bar.innerText(), /Đang đọc ảnh trang 1\/1/));
  await recognizing(from2);
  await page.getByRole("button", { name: "Dừng" }).click();
  await page.getByText(/Đã dừng đọc ảnh “thu-duc-photo\.jpg”/).waitFor();
  assert.strictEqual(await bar.count(), 0);
  const stopLog = await page.evaluate((f) => window.__gate.log.slice(f), from2);
  assert.ok(
    indexOf(stopLog, { worker: "khct-ocr", dir: "terminated" }) >= 0 &&
      indexOf(stopLog, { worker: "khct-ocr", dir: "delivered", type: "done" }) < 0,
    `stopped before its result was delivered: ${JSON.stringify(stopLog)}`,
  );
  await eventually(async () =>
    assert.deepStrictEqual(
      page
        .workers()
        .map((w) => w.url())
        .filter((u) => /ocr/.test(u)),
      [],
      "tesseract's worker and the OCR worker are terminated",
    ),
  );
  await page.evaluate(() => window.__gate.release("khct-ocr"));
  await page.setInputFiles("#file-input", path.join(root, "test", "fixtures", "pdf", "thu-duc-2025-2026.pdf"));
  await page.getByRole("heading", { name: "thu-duc-2025-2026.pdf" }).waitFor();
  await page.getByTestId("file-findings").waitFor();

  // A searchable scan (ocrmypdf) whose OCR layer is garbled ("Tiêu chí 1.9: Thực hiện quy chế dân chủ cơ sở" read
  // as "sa ¬ ẻ SN nh chủ cờ Sở"): its pages are read again by OCR in the OCR worker, with the bar, and the file
  // says so; row 1.9 is back.
  // Its OCR answer is held until the bar has been seen: two pages read fast cannot take the bar away unseen.
  const layered = path.join(root, "test", "fixtures", "pdf-variety", "thpt-nguyen-du-2025-2026.ocr.pdf");
  await page.evaluate(() => window.__gate.hold("khct-ocr"));
  await page.setInputFiles("#file-input", layered);
  await eventually(async () => assert.match(await bar.innerText(), /Đang đọc ảnh trang [12]\/2/));
  await page.evaluate(() => window.__gate.release("khct-ocr"));
  await bar.waitFor({ state: "detached" });
  await page.getByRole("heading", { name: "thpt-nguyen-du-2025-2026.ocr.pdf" }).waitFor();
  await page.getByTestId("file-findings").waitFor();
  await page.getByText(/Lớp chữ OCR có sẵn trong tệp PDF đọc kém/).waitFor();
  const thpt = await page
    .getByTestId("plan-table")
    .getByRole("textbox")
    .evaluateAll((els) => els.map((e) => e.value));
  assert.ok(
    thpt.some((c) => /^Tiêu chí 1\.9: Thực hiện quy chế dân chủ cơ sở/.test(c)),
    thpt.join(" | "),
  );

  // What tesseract's worker fetched, as this origin's server saw it (only this test reads scans; a worker started by
  // a worker may be missing from the browser's request events). Nothing left the origin: the check below and the
  // runner's own.
  const ocrParts = served.filter((u) => /^\/ocr\//.test(u));
  console.log(`  OCR parts fetched: ${ocrParts.join(", ")}`);
  assert.ok(
    ocrParts.some((u) => /\/ocr\/lang\/vie\.traineddata\.gz$/.test(u)),
    "the Vietnamese data from the page",
  );
  assert.ok(ocrParts.some((u) => /\/ocr\/core\/tesseract-core-(relaxedsimd-|simd-)?lstm\.wasm\.js$/.test(u)));
  assert.deepStrictEqual(
    requests.filter((u) => !u.startsWith(baseUrl)),
    [],
    "every request stays on the page's own origin",
  );
};
