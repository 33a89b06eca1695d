// Finds a Chromium-family browser for the browser tests and benches, with no manual step on a fresh machine:
// 1. CHROMIUM_PATH when set;
// 2. a Chrome, Edge or Chromium the machine already has (Windows, macOS, Linux), unless KHCT_BROWSER=npm;
// 3. otherwise the headless Chromium shipped inside the npm package @sparticuz/chromium (Linux x64), extracted
//    once into the temp folder (about 200 MB, a second or two). It needs libnss3, libnspr4 and libexpat1,
//    which a stock Debian/Ubuntu image with Node has; a missing library is reported by name.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

function systemCandidates() {
  if (process.platform === "win32") {
    const roots = [process.env["ProgramFiles"], process.env["ProgramFiles(x86)"], process.env["LOCALAPPDATA"]].filter(
      Boolean,
    );
    const tails = [
      "Google\\Chrome\\Application\\chrome.exe",
      "Microsoft\\Edge\\Application\\msedge.exe",
      "Chromium\\Application\\chrome.exe",
    ];
    return roots.flatMap((r) => tails.map((t) => path.join(r, t)));
  }
  if (process.platform === "darwin") {
    const apps = [
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
    return ["/Applications", path.join(os.homedir(), "Applications")].flatMap((r) => apps.map((a) => path.join(r, a)));
  }
  const names = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
  ];
  return [
    ...names.map((n) => `/usr/bin/${n}`),
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
    "/opt/microsoft/msedge/msedge",
  ];
}

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Extracts @sparticuz/chromium into <tmp>/khct-chromium-<version>/ (kept between runs) and returns its path. */
async function npmChromium() {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `Không tìm thấy Chrome/Edge/Chromium trên máy, và Chromium từ npm chỉ chạy trên Linux x64 (máy này: ${process.platform} ${process.arch}). ` +
        "Hãy cài Chrome hoặc Edge, hoặc đặt CHROMIUM_PATH.",
    );
  }
  let pkgDir;
  try {
    // The package exports only its code (build/cjs/index.cjs): its folder is two levels up.
    pkgDir = path.resolve(path.dirname(require.resolve("@sparticuz/chromium")), "..", "..");
  } catch {
    throw new Error("Thiếu gói @sparticuz/chromium: chạy `npm install` (hoặc `npm ci`) trước.");
  }
  const version = require(path.join(pkgDir, "package.json")).version;
  const target = path.join(os.tmpdir(), `khct-chromium-${version}`);
  const binary = path.join(target, "chromium");
  if (!isExecutable(binary)) {
    // Extract into a private folder, then move it into place, so two runs at once never see a half-written binary.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "khct-chromium-tmp-"));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = work; // the package extracts into os.tmpdir()
    try {
      const Chromium = require("@sparticuz/chromium");
      await (Chromium.default || Chromium).executablePath(path.join(pkgDir, "bin"));
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    try {
      fs.renameSync(work, target);
    } catch {
      fs.rmSync(work, { recursive: true, force: true }); // another run won the race: use its copy
    }
  }
  checkSharedLibraries(binary);
  // The bundled fonts serve when the machine has no fontconfig setup of its own.
  if (!process.env.FONTCONFIG_PATH && !fs.existsSync("/etc/fonts/fonts.conf"))
    process.env.FONTCONFIG_PATH = path.join(target, "fonts");
  return binary;
}

function checkSharedLibraries(binary) {
  let out = "";
  try {
    out = execFileSync("ldd", [binary], { encoding: "utf8" });
  } catch {
    return; // no ldd: let the launch itself report
  }
  const missing = out
    .split("\n")
    .filter((l) => l.includes("not found"))
    .map((l) => l.trim().split(/\s+/)[0]);
  if (missing.length) {
    throw new Error(
      `Chromium từ npm thiếu thư viện hệ thống: ${missing.join(", ")} (Debian/Ubuntu: gói libnss3, libnspr4, libexpat1). ` +
        "Hoặc đặt CHROMIUM_PATH tới một Chrome/Chromium có sẵn.",
    );
  }
}

/** Returns { executablePath, source } — source is "CHROMIUM_PATH", "system" or "npm". */
async function findBrowser() {
  if (process.env.CHROMIUM_PATH) {
    if (!isExecutable(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH không trỏ tới tệp chạy được: ${process.env.CHROMIUM_PATH}`);
    return { executablePath: process.env.CHROMIUM_PATH, source: "CHROMIUM_PATH" };
  }
  if (process.env.KHCT_BROWSER !== "npm") {
    const found = systemCandidates().find(isExecutable);
    if (found) return { executablePath: found, source: "system" };
  }
  return { executablePath: await npmChromium(), source: "npm" };
}

module.exports = { findBrowser, systemCandidates };
