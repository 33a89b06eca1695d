#!/usr/bin/env node
// Local HTTPS server for dist/: the task pane (Excel/Word) and the standalone page, on https://localhost:3000.
// Usage: node scripts/dev-server.js [--watch] [--port N] [--dir dist]
const fs = require("fs");
const path = require("path");
const https = require("https");
const { getHttpsOptions } = require("./certs");
const pkg = require("../package.json");

const root = path.resolve(__dirname, "..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function startServer({
  port = Number(process.env.PORT) || pkg.config.dev_server_port,
  dir = path.join(root, "dist"),
  log = console.log,
  // called with each request's path (the browser tests: what the page and its workers fetched from this origin)
  onRequest = null,
} = {}) {
  const options = await getHttpsOptions({ log });
  const base = path.resolve(dir);
  const server = https.createServer({ cert: options.cert, key: options.key }, (req, res) => {
    try {
      const url = new URL(req.url, "https://localhost");
      if (onRequest) onRequest(url.pathname);
      let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "page.html");
      if (!fs.existsSync(file)) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Không tìm thấy / not found");
        return;
      }
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "access-control-allow-origin": "https://localhost:" + port,
      });
      fs.createReadStream(file).pipe(res);
    } catch {
      res.writeHead(400).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const actual = server.address().port;
  return { server, port: actual, url: `https://localhost:${actual}/`, certSource: options.source };
}

async function watch(log = console.log) {
  const webpack = require("webpack");
  const config = require("../webpack.config.js")({}, { mode: "development" });
  const compiler = webpack(config);
  await new Promise((resolve) => {
    let first = true;
    compiler.watch({ aggregateTimeout: 300 }, (err, stats) => {
      if (err || stats.hasErrors())
        log("Lỗi biên dịch / build error:\n" + (err ? err.message : stats.toString("errors-only")));
      else log(`Đã biên dịch / built in ${stats.endTime - stats.startTime} ms`);
      if (first) {
        first = false;
        resolve();
      }
    });
  });
}

if (require.main === module) {
  (async () => {
    if (process.argv.includes("--watch")) await watch();
    const { url, certSource } = await startServer({
      port: Number(arg("--port", 0)) || undefined,
      dir: arg("--dir", path.join(root, "dist")),
    });
    console.log(
      `KHCT đang chạy / serving: ${url}taskpane.html (ngăn Office) · ${url}page.html (trang độc lập) — chứng chỉ / certificate: ${certSource}`,
    );
  })().catch((e) => {
    console.error("Không khởi động được máy chủ / server failed:", e.message);
    process.exit(1);
  });
}

module.exports = { startServer, watch };
