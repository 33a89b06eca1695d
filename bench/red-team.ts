/**
 * bench/red-team: the hostile inputs of issue 27 (test/support/hostile-inputs.ts), generated into a temporary folder and
 * run one by one through `kehoach check`, `convert`, `new --from` and `check --levels` as a school laptop would: the
 * main process under --max-old-space-size=2048, 60 s per file (killed after), peak RSS from /usr/bin/time. Prints a
 * table — file, command, exit, seconds, peak RSS, the first line of the message, input unchanged — and a verdict: every
 * run must end with exit 0, 1 or 2, its Vietnamese message, the input unchanged, under 2 GB and 60 s.
 * Run: node bench/run-ts.js bench/red-team.ts [--only=REGEX] [--commands=check,convert,new,levels] [--keep]
 */
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtCli } from "../test/support/built-cli";
import { hostileInputs } from "../test/support/hostile-inputs";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const CAP_MB = 2048;
const TIME_S = Number(arg("time") ?? 60);
const only = arg("only") ? new RegExp(arg("only")!) : null;
const commands = (arg("commands") ?? "check,convert,new,levels").split(",");
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const COMMANDS: Record<string, (input: string, out: string) => string[]> = {
  check: (input) => ["check", input, "--json"],
  convert: (input, out) => ["convert", input, "-o", `${out}.xlsx`],
  new: (input, out) => ["new", "--from", input, "--level", "thcs", "--year", "2026-2027", "-o", `${out}.docx`],
  levels: (input) => ["check", "inputs/plan-goc.txt", "--levels", input],
};

interface Row {
  file: string;
  command: string;
  exit: string;
  seconds: number;
  rssMb: number | null;
  message: string;
  unchanged: string;
  ok: boolean;
  why: string;
}

function digest(file: string): string | null {
  try {
    const st = fs.lstatSync(file);
    if (!st.isFile()) return `${st.mode}:${st.mtimeMs}`;
    return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex") + `:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The first line worth showing: a check's result from its JSON, else the first line of stderr, else of stdout. */
function firstMessage(command: string, out: string, err: string): string {
  if (command === "check") {
    try {
      const f = (JSON.parse(out) as { files: { status: string; error?: string; findings: unknown[] }[] }).files[0];
      return f.error ?? `${f.status}: ${f.findings.length} phát hiện`;
    } catch {
      // not JSON: the process ended before printing it
    }
  }
  const line = (s: string) =>
    s.split("\n").find((l) => l.trim() && !/^(KHCT_RSS_KB=|Command (exited|terminated))/.test(l)) ?? "";
  return line(err) || line(out);
}

function run(
  root: string,
  main: string,
  argv: string[],
): Promise<{ code: number | null; signal: string | null; out: string; err: string; s: number; killed: boolean }> {
  return new Promise((resolve) => {
    const node = [process.execPath, `--max-old-space-size=${CAP_MB}`, main, ...argv];
    const [cmd, ...args] = TIME ? [TIME, "-f", "KHCT_RSS_KB=%M", ...node] : node;
    const t0 = Date.now();
    const child = spawn(cmd, args, {
      cwd: root,
      detached: true,
      env: { ...process.env, NODE_PATH: path.resolve(__dirname, "../node_modules") },
    });
    let out = "";
    let err = "";
    let killed = false;
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => {
      killed = true;
      process.kill(-child.pid!, "SIGKILL");
    }, TIME_S * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, s: (Date.now() - t0) / 1000, killed });
    });
  });
}

const BAD_TEXT = /\n\s+at |Error:|FATAL|heap out of memory|allocation failed|Bug :|Maximum call stack/;

async function main(): Promise<void> {
  const cli = builtCli();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "khct-red-team-"));
  fs.mkdirSync(path.join(root, "inputs"));
  fs.mkdirSync(path.join(root, "out"));
  const inputs = hostileInputs();
  const wanted = inputs.filter((h) => !only || only.test(h.name) || h.name === "plan-goc.txt");
  process.stdout.write(`Thư mục / folder: ${root}\nĐang tạo ${wanted.length} tệp / generating…\n`);
  for (const h of wanted) {
    const t0 = Date.now();
    await h.make(path.join(root, "inputs", h.name));
    const st = fs.lstatSync(path.join(root, "inputs", h.name));
    process.stdout.write(
      `  ${h.name.padEnd(26)} ${h.special ? "special" : `${(st.size / 1048576).toFixed(1)} MB`} (${Date.now() - t0} ms) — ${h.what}\n`,
    );
  }
  const rows: Row[] = [];
  const header = `${"file".padEnd(26)} ${"command".padEnd(8)} exit  ${"s".padStart(5)} ${"RSS MB".padStart(7)}  unchanged  message`;
  process.stdout.write(`\n${header}\n${"-".repeat(header.length + 40)}\n`);
  for (const h of wanted) {
    if (only && !only.test(h.name)) continue;
    const rel = `inputs/${h.name}`;
    const file = path.join(root, rel);
    for (const c of commands) {
      const before = digest(file);
      const r = await run(root, cli, COMMANDS[c](rel, `out/${c}-${h.name.replace(/\W/g, "_")}`));
      const after = digest(file);
      const rss = TIME ? Number(/KHCT_RSS_KB=(\d+)/.exec(r.err)?.[1] ?? NaN) / 1024 : null;
      const exit = r.killed ? "124" : r.code === null ? `sig ${r.signal}` : String(r.code);
      const message = firstMessage(c, r.out, r.err);
      const unchanged = before === after;
      const why = [
        !["0", "1", "2"].includes(exit) && `exit ${exit}`,
        !unchanged && "input changed",
        rss !== null && rss >= CAP_MB && "RSS ≥ 2 GB", // NaN: killed before /usr/bin/time could say
        !message && "no message",
        BAD_TEXT.test(r.err + r.out) && "raw error text",
      ].filter(Boolean) as string[];
      const row: Row = {
        file: h.name,
        command: c,
        exit,
        seconds: r.s,
        rssMb: rss,
        message,
        unchanged: unchanged ? "yes" : "NO",
        ok: !why.length,
        why: why.join(", "),
      };
      rows.push(row);
      const rssText = rss === null || Number.isNaN(rss) ? "—" : rss.toFixed(0);
      process.stdout.write(
        `${h.name.padEnd(26)} ${c.padEnd(8)} ${exit.padEnd(4)} ${r.s.toFixed(1).padStart(5)} ${rssText.padStart(7)}  ${row.unchanged.padEnd(9)}  ` +
          `${row.ok ? "" : `FAIL (${row.why}) `}${message.slice(0, 150)}\n`,
      );
    }
  }
  const failed = rows.filter((r) => !r.ok);
  const slowest = rows.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const biggest = rows.reduce((a, b) => ((b.rssMb ?? 0) > (a.rssMb ?? 0) ? b : a));
  process.stdout.write(
    `\n${rows.length} lần chạy / runs, ${failed.length} không đạt / failed. ` +
      `Chậm nhất / slowest: ${slowest.file} ${slowest.command} ${slowest.seconds.toFixed(1)} s; ` +
      `bộ nhớ lớn nhất / largest peak RSS: ${biggest.file} ${biggest.command} ${biggest.rssMb?.toFixed(0) ?? "—"} MB.\n`,
  );
  if (!process.argv.includes("--keep")) fs.rmSync(root, { recursive: true, force: true });
  process.exitCode = failed.length ? 1 : 0;
}

void main();
