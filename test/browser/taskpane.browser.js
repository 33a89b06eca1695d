// The task pane renders in Excel and in Word (office.js stubbed), checks a pasted plan, and shows the
// Vietnamese fallback page where modules cannot run (Internet Explorer 11).
const fs = require("fs");
const path = require("path");

module.exports.run = async ({ newPage, baseUrl, assert, eventually, root }) => {
  for (const [host, label] of [
    ["Excel", "Excel"],
    ["Word", "Word"],
  ]) {
    const page = await newPage({ host });
    await page.goto(baseUrl + "taskpane.html");
    await page.getByTestId("host-kind").waitFor();
    assert.match(await page.getByTestId("host-kind").innerText(), new RegExp(`Đang chạy trong: ${label}`));
    await page.locator("summary", { hasText: "Các cột" }).click();
    // 2025-2026 gives the 2018 table (9 columns), 2026-2027 TT57's Biểu 2 (10). The year today's date gives (the
    // field's default) is one of them: each count is waited for after a change away from the other, never on the
    // default it may already show.
    await page.getByRole("textbox", { name: "Năm học" }).fill("2025-2026");
    await eventually(async () => assert.strictEqual(await page.getByTestId("columns").locator("li").count(), 9));
    assert.match(await page.getByTestId("columns").innerText(), /Kết quả cần đạt \(so với hiện trạng\)/);
    await page.getByRole("textbox", { name: "Năm học" }).fill("2026-2027");
    await eventually(async () => assert.strictEqual(await page.getByTestId("columns").locator("li").count(), 10));
    await page.getByRole("textbox", { name: "Năm học" }).fill("2025-2026");
    await eventually(async () => assert.strictEqual(await page.getByTestId("columns").locator("li").count(), 9));
  }
  // Paste a real plan and check it.
  const page = await newPage({ host: "Excel" });
  await page.goto(baseUrl + "taskpane.html");
  const seed = fs.readFileSync(path.join(root, "test/fixtures/seeds/ke-hoach-thcs-thu-duc-2025-2026.txt"), "utf8");
  await page.locator("summary", { hasText: "Kiểm tra bảng dán" }).click();
  await page.getByRole("textbox", { name: /Dán bảng kế hoạch/ }).fill(seed);
  await page.getByRole("button", { name: "Kiểm tra bảng đã dán", exact: true }).click();
  await page.getByTestId("findings").waitFor();
  const text = await page.getByTestId("findings").innerText();
  assert.match(text, /20128/);
  assert.match(text, /vượt quá năm học 2025-2026/);
  assert.match(text, /2 lỗi, 1 cảnh báo/);
  // English switch.
  await page.getByRole("switch", { name: "English" }).click();
  await page
    .getByTestId("host-kind")
    .getByText(/Running in: Excel/)
    .waitFor();

  // Internet Explorer 11 ignores type="module" and runs the nomodule script ie.js instead. Chromium does the
  // opposite, so simulate IE: block the module scripts and run ie.js as IE would.
  const ie = await newPage({ host: "Excel", blockModules: true });
  await ie.goto(baseUrl + "taskpane.html");
  assert.match(await ie.content(), /<script nomodule="" src="ie\.js"><\/script>|<script nomodule src=ie\.js>/);
  await ie.addScriptTag({ url: baseUrl + "ie.js" });
  await ie.getByText("Phiên bản Office này chưa chạy được ngăn Kế hoạch cải tiến").waitFor();
  assert.match(await ie.locator("#root").innerText(), /trang độc lập page\.html/);
};
