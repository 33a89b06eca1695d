/**
 * bench/cli: `kehoach check` over 100 generated plan files (.xlsx, .docx and .txt mixed). Prints seconds and files/s.
 * Run: node bench/run-ts.js bench/cli.ts
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../src/cli/main";
import { docxFromGrid, xlsxFromGrid } from "../test/support/files";
import { seedGrid, SEEDS } from "../test/support/seeds";

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-bench-cli-"));
  const seeds = [SEEDS.thuDuc, SEEDS.mamNon, SEEDS.quangNinh];
  for (let i = 0; i < 100; i++) {
    const grid = seedGrid(seeds[i % 3]);
    const kind = i % 3;
    const name = path.join(dir, `truong-${String(i).padStart(3, "0")}`);
    if (kind === 0) fs.writeFileSync(name + ".xlsx", await xlsxFromGrid(grid));
    else if (kind === 1) fs.writeFileSync(name + ".docx", await docxFromGrid(grid));
    else fs.writeFileSync(name + ".txt", grid.map((r) => r.join("\t")).join("\n"));
  }
  let out = "";
  const t0 = process.hrtime.bigint();
  const code = await main(["check", dir, "--json"], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => undefined },
    isTTY: false,
    cwd: dir,
  });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const files = JSON.parse(out).files.length;
  console.log(`bench/cli — node ${process.version}`);
  console.log(
    `kehoach check: ${files} files (.xlsx/.docx/.txt) in ${secs.toFixed(2)} s → ${(files / secs).toFixed(1)} files/s (exit ${code}; target < 10 s)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
})();
