#!/usr/bin/env node
// `npm start`: build, serve https://localhost:3000 (task pane + standalone page), and sideload into desktop
// Excel/Word where they exist (Windows, macOS). On Linux it keeps serving and explains how to sideload on the web.
const fs = require("fs");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { startServer, watch } = require("./dev-server");

const root = path.resolve(__dirname, "..");

function desktopOffice() {
  if (process.platform === "win32") {
    const dirs = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean).map((p) => path.join(p, "Microsoft Office", "root", "Office16"));
    return dirs.some((d) => fs.existsSync(path.join(d, "EXCEL.EXE")) || fs.existsSync(path.join(d, "WINWORD.EXE")));
  }
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app") || fs.existsSync("/Applications/Microsoft Word.app");
  return false;
}

(async () => {
  console.log("Đang biên dịch… / building…");
  await watch();
  const { server, url, certSource } = await startServer();
  fs.writeFileSync(path.join(root, ".khct-server.pid"), String(process.pid));
  console.log("");
  console.log(`✓ KHCT đang chạy tại / serving at ${url}`);
  console.log(`  Ngăn bổ trợ / task pane:      ${url}taskpane.html`);
  console.log(`  Trang độc lập / standalone:   ${url}page.html`);
  console.log(`  Chứng chỉ / certificate:      ${certSource}`);
  if (desktopOffice()) {
    const app = process.env.KHCT_APP || "excel";
    // Usage data of the office-addin tools stays off (no telemetry) before any of them runs.
    spawnSync(process.execPath, [require.resolve("office-addin-usage-data/cli.js"), "off"], { stdio: "ignore" });
    console.log(`Đang nạp phần bổ trợ vào ${app} / sideloading into desktop ${app}…`);
    const child = spawn(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", path.join(root, "manifest.xml"), "desktop", "--app", app, "--no-debug", "--dev-server-port", String(server.address().port)], { stdio: "inherit" });
    child.on("exit", (code) => code && console.log("Không nạp được tự động; xem README mục nạp thủ công / sideloading failed, see README"));
  } else {
    console.log("");
    console.log("Máy này không có Excel/Word bản cài đặt. Để dùng trên Excel hoặc Word cho web:");
    console.log("  1. Mở một sổ làm việc/tài liệu trên office.com (trình duyệt trên chính máy này).");
    console.log("  2. Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Tải lên phần bổ trợ của tôi → chọn manifest.xml.");
    console.log("  3. Mở https://localhost:3000/taskpane.html một lần và chấp nhận chứng chỉ nếu trình duyệt hỏi.");
    console.log("No desktop Excel/Word here. For Excel or Word on the web: Home → Add-ins → Upload My Add-in → manifest.xml.");
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
