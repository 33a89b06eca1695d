#!/usr/bin/env node
// kehoach — command line of KHCT. Built by `npm run build:lib` (run automatically by `npm install`).
const path = require("path");
const fs = require("fs");

const built = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(built)) {
  process.stderr.write("kehoach: chưa biên dịch — chạy `npm run build:lib` (hoặc `npm install`) trước.\nkehoach: not built yet — run `npm run build:lib` first.\n");
  process.exit(2);
}
require(built)
  .main(process.argv.slice(2))
  .then((code) => {
    // exitCode, not exit(): stdout and stderr drain to a slow reader before the process ends.
    process.exitCode = code;
  });
