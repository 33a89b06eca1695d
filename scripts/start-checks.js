// Checks `npm start` makes before it builds: which desktop Office the machine has, and whether the port is free.
const fs = require("fs");
const net = require("net");
const path = require("path");

/**
 * Desktop Excel/Word on this machine: { found, install, dir } where install is "click-to-run" (Microsoft 365, retail
 * 2016–2021: Program Files\Microsoft Office\root\Office16), "msi" (volume-licensed 2016/2019: Program Files\Microsoft
 * Office\Office16) or "mac". Both 64- and 32-bit Program Files are searched.
 */
function desktopOffice({ platform = process.platform, env = process.env, exists = fs.existsSync } = {}) {
  const apps = (dir, names) => names.some((n) => exists(path.join(dir, n)));
  if (platform === "win32") {
    const roots = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(Boolean);
    for (const [install, tail] of [
      ["click-to-run", ["Microsoft Office", "root", "Office16"]],
      ["msi", ["Microsoft Office", "Office16"]],
    ]) {
      for (const r of roots) {
        const dir = path.join(r, ...tail);
        if (apps(dir, ["EXCEL.EXE", "WINWORD.EXE"])) return { found: true, install, dir };
      }
    }
    return { found: false, install: null, dir: null };
  }
  if (platform === "darwin") {
    const found = exists("/Applications/Microsoft Excel.app") || exists("/Applications/Microsoft Word.app");
    return { found, install: found ? "mac" : null, dir: found ? "/Applications" : null };
  }
  return { found: false, install: null, dir: null };
}

/** Resolves true when nothing listens on 127.0.0.1:port (the address the dev server binds). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

/** The message for a busy port: Vietnamese, then English; how to choose another port on each system. */
function portBusyMessage(port) {
  const next = Number(port) + 1;
  return [
    `Cổng ${port} đang được dùng (có thể KHCT đã chạy rồi: dừng bằng npm stop, hoặc một chương trình khác).`,
    `Chọn cổng khác: PORT=${next} npm start  (Windows cmd: set PORT=${next} && npm start;`,
    `PowerShell: $env:PORT=${next}; npm start). Phần bổ trợ được nạp với địa chỉ mới tự động.`,
    `Port ${port} is in use (KHCT may already be running: npm stop). Choose another: PORT=${next} npm start.`,
  ].join("\n");
}

module.exports = { desktopOffice, portFree, portBusyMessage };
