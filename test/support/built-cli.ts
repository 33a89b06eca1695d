/**
 * The compiled command line, for tests that need a real process (pipes, exit codes, memory caps, worker threads).
 * lib/ (built by `npm install` → prepare) is used when it is newer than every source file it is built from;
 * otherwise the sources are compiled once into a temporary folder shared by the test files of this run.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "../..");

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts")) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

function fresh(outDir: string): boolean {
  const main = path.join(outDir, "cli", "main.js");
  if (!fs.existsSync(main)) return false;
  const src = Math.max(...["core", "hosts", "cli"].map((d) => newest(path.join(root, "src", d))));
  return fs.statSync(main).mtimeMs >= src;
}

/** Path of a compiled cli/main.js reflecting the current sources. */
export function builtCli(): string {
  const dist = path.join(root, "lib");
  if (fresh(dist)) return path.join(dist, "cli", "main.js");
  // Test files run at the same time (jest's workers) may each compile: each into a folder of its own, then moved in
  // place by one rename under a name of the sources' state. A build is never seen half-written (its main.js written
  // before the modules it loads), and none is overwritten or removed while another test file runs it.
  const tag = Buffer.from(root).toString("hex").slice(-24);
  const state = Math.floor(Math.max(...["core", "hosts", "cli"].map((d) => newest(path.join(root, "src", d)))));
  const out = path.join(os.tmpdir(), `khct-cli-build-${tag}-${state}`);
  if (!fs.existsSync(path.join(out, "cli", "main.js"))) {
    const own = fs.mkdtempSync(`${out}.part-`);
    const tsc = require.resolve("typescript/bin/tsc");
    execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.lib.json"), "--outDir", own], {
      stdio: "pipe",
    });
    try {
      fs.renameSync(own, out);
      // Builds of earlier states of the sources are not used again.
      const stale = `khct-cli-build-${tag}-`;
      for (const name of fs.readdirSync(os.tmpdir()))
        if (name.startsWith(stale) && !name.includes(".part-") && name !== path.basename(out))
          fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    } catch {
      fs.rmSync(own, { recursive: true, force: true }); // another test file's build of the same sources is there
    }
  }
  return path.join(out, "cli", "main.js");
}

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs a shell command line (the built CLI is $KEHOACH) and collects its output. */
export function sh(command: string, cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", command], {
      cwd,
      // NODE_PATH: a build in the temporary folder finds the project's packages.
      env: {
        ...process.env,
        NODE_PATH: path.join(root, "node_modules"),
        KEHOACH: `${process.execPath} ${builtCli()}`,
        ...env,
      },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, out, err }));
  });
}
