// The standalone page renders without Office and checks a pasted plan, with no request leaving localhost.
module.exports.run = async ({ newPage, baseUrl, assert }) => {
  const page = await newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(baseUrl + "page.html");
  await page.getByRole("button", { name: "Dán bảng" }).click();
  const table = [
    "TRƯỜNG MẦM NON HOA SEN",
    "Năm học 2025 – 2026",
    "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt (so với hiện trạng)\tCông việc/giải pháp cần thực hiện\tChủ trì và phối hợp thực hiện\tThời gian thực hiện và hoàn thành\tDự kiến kinh phí\tĐiều kiện hỗ trợ khác\tGhi chú",
    "\tTiêu chí 3.3: Khối phòng hành chính - quản trị\tĐạt mức 2\tSửa chữa\tBGH\tTháng 11/2025\t10 triệu đống\t\t",
  ].join("\n");
  await page.getByRole("textbox", { name: /Dán bảng kế hoạch/ }).fill(table);
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.getByTestId("file-findings").waitFor();
  assert.match(await page.getByTestId("file-findings").innerText(), /Đơn vị tiền viết sai/);
  assert.match(await page.getByTestId("file-context").innerText(), /Mầm non · năm học 2025-2026 · TT 19\/2018/);
  // A paste is no file: the page (its plan worker included) titles it "Bảng dán", never a made-up file name.
  await page.getByRole("heading", { level: 2, name: "Bảng dán" }).waitFor();
  assert.doesNotMatch(await page.locator("body").innerText(), /bang-dan/);
  // The catalog chunk was loaded lazily from the same origin.
  assert.ok(
    requests.some((u) => /catalog-tt19-2018/.test(u)),
    "catalog TT19 loaded on demand",
  );
  assert.ok(
    requests.every((u) => u.startsWith(baseUrl)),
    "only localhost requests",
  );
};
