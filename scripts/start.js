#!/usr/bin/env node
// `npm start`: build, serve https://localhost:3000 (task pane + standalone page), and sideload into desktop
// Excel/Word where they exist (Windows, macOS). On Linux it keeps serving and explains how to sideload on the web.
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { startServer, watch } = require("./dev-server");
const { desktopOffice, portFree, portBusyMessage } = require("./start-checks");
const { rewriteBaseUrl } = require("./manifest-check");
const pkg = require("../package.json");

const root = path.resolve(__dirname, "..");
const DEV_BASE = `https://localhost:${pkg.config.dev_server_port}/`;

/** The manifest to sideload: the repository's one, or a copy pointing at another port (PORT=…). */
function manifestFor(port) {
  const file = path.join(root, "manifest.xml");
  if (port === pkg.config.dev_server_port) return file;
  const copy = path.join(root, `.khct-manifest-${port}.xml`);
  fs.writeFileSync(copy, rewriteBaseUrl(fs.readFileSync(file, "utf8"), DEV_BASE, `https://localhost:${port}/`));
  return copy;
}

const MANUAL_SIDELOAD = [
  "Nạp thủ công trên Windows (mọi bản Office 2016 trở lên, kể cả bản cài đặt MSI/volume):",
  "  1. Chia sẻ một thư mục (ví dụ C:\\khct-manifest) và chép manifest.xml vào đó.",
  "  2. Excel/Word → Tệp → Tùy chọn → Trung tâm Tin cậy → Cài đặt Trung tâm Tin cậy → Danh mục Phần bổ trợ Tin cậy:",
  '     thêm đường dẫn \\\\tên-máy\\khct-manifest, đánh dấu "Hiện trong menu", OK, rồi mở lại Excel/Word.',
  "  3. Trang đầu → Phần bổ trợ của tôi → THƯ MỤC DÙNG CHUNG → KHCT.",
  "Manual sideload (any Office 2016+, MSI too): share a folder with manifest.xml, add it under Trust Center →",
  "Trusted Add-in Catalogs, restart, then My Add-ins → SHARED FOLDER.",
];

(async () => {
  // The port first: a busy port is said before a minute of building, not as a raw EADDRINUSE after it.
  const port = Number(process.env.PORT) || pkg.config.dev_server_port;
  if (!(await portFree(port))) {
    console.error(portBusyMessage(port));
    process.exitCode = 1;
    return;
  }
  console.log("Đang biên dịch… / building…");
  await watch();
  const { server, url, certSource } = await startServer({ port });
  fs.writeFileSync(path.join(root, ".khct-server.pid"), String(process.pid));
  console.log("");
  console.log(`✓ KHCT đang chạy tại / serving at ${url}`);
  console.log(`  Ngăn bổ trợ / task pane:      ${url}taskpane.html`);
  console.log(`  Trang độc lập / standalone:   ${url}page.html`);
  console.log(`  Chứng chỉ / certificate:      ${certSource}`);
  const office = desktopOffice();
  if (office.found) {
    if (office.install === "msi")
      console.log(`Office bản cài đặt MSI/volume (${office.dir}) / volume-licensed (MSI) Office`);
    const app = process.env.KHCT_APP || "excel";
    // Usage data of the office-addin tools stays off (no telemetry) before any of them runs.
    spawnSync(process.execPath, [require.resolve("office-addin-usage-data/cli.js"), "off"], { stdio: "ignore" });
    console.log(`Đang nạp phần bổ trợ vào ${app} / sideloading into desktop ${app}…`);
    const child = spawn(
      process.execPath,
      [
        require.resolve("office-addin-debugging/cli.js"),
        "start",
        manifestFor(port),
        "desktop",
        "--app",
        app,
        "--no-debug",
        "--dev-server-port",
        String(server.address().port),
      ],
      { stdio: "inherit" },
    );
    child.on("exit", (code) => {
      if (!code) return;
      console.log("Không nạp được tự động / automatic sideloading failed.");
      if (process.platform === "win32") console.log(MANUAL_SIDELOAD.join("\n"));
      else console.log("Xem README mục nạp thủ công / see the README on sideloading.");
    });
  } else {
    console.log("");
    console.log("Máy này không có Excel/Word bản cài đặt. Để dùng trên Excel hoặc Word cho web:");
    console.log("  1. Mở một sổ làm việc/tài liệu trên office.com (trình duyệt trên chính máy này).");
    const manifest = path.relative(root, manifestFor(port));
    console.log(`  2. Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Tải lên phần bổ trợ của tôi → chọn ${manifest}.`);
    console.log(`  3. Mở ${url}taskpane.html một lần và chấp nhận chứng chỉ nếu trình duyệt hỏi.`);
    console.log(
      `No desktop Excel/Word here. For Excel or Word on the web: Home → Add-ins → Upload My Add-in → ${manifest}.`,
    );
  }
  console.log("Dừng: Ctrl+C hoặc npm stop / stop with Ctrl+C or npm stop");
  const stop = () => {
    try {
      fs.unlinkSync(path.join(root, ".khct-server.pid"));
    } catch {
      /* already gone */
    }
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
})().catch((e) => {
  console.error("Không khởi động được / start failed:", e.message);
  process.exit(1);
});
