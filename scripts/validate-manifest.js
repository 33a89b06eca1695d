#!/usr/bin/env node
// `npm run validate`: offline manifest check (always), then Microsoft's online validation when reachable.
const fs = require("fs");
const path = require("path");
const https = require("https");
const { execFileSync } = require("child_process");
const { checkManifest } = require("./manifest-check");

const root = path.resolve(__dirname, "..");
let failed = false;
// `node scripts/validate-manifest.js [manifest.xml …]`: the named manifests (icons beside them in assets/), else the
// development manifest and the built one in dist/.
const named = process.argv.slice(2).map((f) => [path.resolve(f), path.join(path.dirname(path.resolve(f)), "assets")]);
const manifests = named.length
  ? named
  : [
      [path.join(root, "manifest.xml"), path.join(root, "assets")],
      [path.join(root, "dist", "manifest.xml"), path.join(root, "dist", "assets")],
    ];
for (const [file, assets] of manifests) {
  if (!fs.existsSync(file)) continue;
  const { errors, warnings } = checkManifest(fs.readFileSync(file, "utf8"), { assetsDir: assets });
  console.log(
    `${errors.length ? "✗" : "✓"} ${path.relative(root, file) || file}: ${errors.length} lỗi / errors, ${warnings.length} cảnh báo / warnings`,
  );
  for (const e of errors) console.log("  lỗi / error:", e);
  for (const w of warnings) console.log("  cảnh báo / warning:", w);
  if (errors.length) failed = true;
}

function reachable(url, ms) {
  return new Promise((resolve) => {
    const req = https.request(url, { method: "HEAD", timeout: ms }, () => resolve(true));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.on("error", () => resolve(false));
    req.end();
  });
}

(async () => {
  if (failed) process.exit(1);
  if (process.env.KHCT_OFFLINE !== "1" && (await reachable("https://validationgateway.omex.office.net/", 3000))) {
    try {
      for (const [file] of manifests)
        execFileSync(process.execPath, [require.resolve("office-addin-manifest/cli.js"), "validate", file], {
          stdio: "inherit",
        });
    } catch {
      process.exit(1);
    }
  } else {
    console.log(
      "Bỏ qua kiểm tra trực tuyến của Microsoft (không có mạng) / online validation skipped (service unreachable)",
    );
  }
})();
