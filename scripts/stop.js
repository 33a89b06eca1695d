#!/usr/bin/env node
// `npm stop`: stops the server started by `npm start` and unloads the add-in from desktop Office.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const pidFile = path.join(root, ".khct-server.pid");
if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Đã dừng máy chủ (pid ${pid}) / server stopped`);
  } catch {
    console.log("Máy chủ đã dừng trước đó / server was not running");
  }
  fs.rmSync(pidFile, { force: true });
} else {
  console.log("Không có máy chủ đang chạy / no server running");
}
if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync(process.execPath, [require.resolve("office-addin-usage-data/cli.js"), "off"], { stdio: "ignore" });
  spawnSync(
    process.execPath,
    [require.resolve("office-addin-debugging/cli.js"), "stop", path.join(root, "manifest.xml")],
    { stdio: "inherit" },
  );
}
