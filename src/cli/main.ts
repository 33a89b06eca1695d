/**
 * `kehoach` — check many plan files at once; generate templates.
 *   kehoach check [--level L] [--regime 2018|2026] [--year 2025-2026] [--json] [--out report.xlsx|report.html] PATH...
 *   kehoach new --level thcs --year 2025-2026 [--regime 2018|2026] [--school "..."] -o plan.xlsx|plan.docx
 * Exit codes: 0 no errors, 1 errors found, 2 usage problem or a file could not be read. Inputs are never modified.
 */
import * as fs from "fs";
import * as path from "path";
import "../core/catalogs/all";
import type { Regime, SchoolContext, SchoolLevel } from "../core/types";
import { catalogIdFor, getCatalog } from "../core/catalogs/index";
import { catalogForPlan, checkPlan } from "../core/rules/index";
import { mainPlan } from "../core/read/index";
import { summarize } from "../core/summary";
import { FileHost, FileProblem, openPlanFile, generateTemplate } from "../hosts/file/index";
import { htmlReport, jsonReport, xlsxReport, type FileResult } from "../hosts/file/report";
import { runConvert } from "./convert";
import { runDraft } from "./draft";
import { levelFindings, loadLevelGrids } from "./levels-check";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  isTTY?: boolean;
  cwd?: string;
}

type Lang = "vi" | "en";
const LEVELS: SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap", "gdtx"];
const EXTS = new Set([".xlsx", ".docx", ".pdf", ".txt"]);

const HELP: Record<string, Record<Lang, string>> = {
  main: {
    vi: `kehoach — kiểm tra và tạo kế hoạch cải tiến chất lượng giáo dục

Cách dùng:
  kehoach check [tùy chọn] TỆP_HOẶC_THƯ_MỤC...   kiểm tra các tệp .xlsx, .docx, .pdf, .txt (thư mục: tìm cả thư mục con)
  kehoach new --level CẤP --year NĂM_HỌC -o TỆP   tạo tệp kế hoạch mẫu (.xlsx hoặc .docx)
  kehoach new --from MỨC.xlsx|.docx|.txt -o TỆP   từ mức tự đánh giá: bảng khoảng cách và bản nháp kế hoạch
  kehoach convert TỆP -o TỆP_MỚI [--year NĂM]     chuyển kế hoạch theo TT 2018 thành bản nháp Biểu 2 (TT 57/2026)
  kehoach help [check|new]                        trợ giúp

Tùy chọn chung: --lang en (tiếng Anh)
Mã thoát: 0 không có lỗi · 1 có lỗi · 2 sai cách dùng hoặc có tệp không đọc được.
`,
    en: `kehoach — check and create education quality improvement plans

Usage:
  kehoach check [options] FILE_OR_FOLDER...   check .xlsx, .docx, .pdf, .txt files (folders are searched recursively)
  kehoach new --level LEVEL --year YEAR -o FILE  create a plan template (.xlsx or .docx)
  kehoach new --from LEVELS.xlsx|.docx|.txt -o FILE  from self-assessment levels: gap board and draft plan
  kehoach convert FILE -o NEW [--year YEAR]   turn a 2018-regime plan into a draft Biểu 2 (Circular 57/2026)
  kehoach help [check|new]                    help

Common option: --lang en
Exit codes: 0 no errors · 1 errors found · 2 usage problem or a file could not be read.
`,
  },
  check: {
    vi: `kehoach check [tùy chọn] TỆP_HOẶC_THƯ_MỤC...

  --level CẤP      mam-non | tieu-hoc | thcs | thpt | nhieu-cap | gdtx (mặc định: đọc từ văn bản)
  --regime R       2018 | 2026 (mặc định: theo năm học)
  --year NĂM_HỌC   ví dụ 2025-2026 (mặc định: đọc từ tiêu đề)
  --json           in kết quả dạng JSON (xem README)
  --out TỆP        ghi báo cáo report.xlsx hoặc report.html
  --levels TỆP     đối chiếu với mức tự đánh giá (danh sách hoặc bảng) và mục tiêu --goal N
Không bao giờ sửa tệp đầu vào.
`,
    en: `kehoach check [options] FILE_OR_FOLDER...

  --level LEVEL    mam-non | tieu-hoc | thcs | thpt | nhieu-cap | gdtx (default: read from the document)
  --regime R       2018 | 2026 (default: from the school year)
  --year YEAR      e.g. 2025-2026 (default: read from the title)
  --json           print results as JSON (see README)
  --out FILE       write a report.xlsx or report.html
  --levels FILE    also check against self-assessment levels (a list or a table) and the goal --goal N
Input files are never modified.
`,
  },
  new: {
    vi: `kehoach new --level CẤP --year NĂM_HỌC [--regime 2018|2026] [--school "Tên trường"] -o TỆP.xlsx|TỆP.docx [--force]

Tạo tệp kế hoạch mẫu: .xlsx có danh sách chọn tiêu chí và mức (chạy trên mọi Excel từ 2007), .docx theo thể thức
Nghị định 30/2020. Không ghi đè tệp đã có trừ khi thêm --force.

kehoach new --from MỨC.xlsx|MỨC.docx|MỨC.txt [--goal N] [--pick 1.3,2.1=2] [--level CẤP --year NĂM_HỌC] -o TỆP

Đọc mức tự đánh giá của từng tiêu chí (bảng đánh dấu x dưới Mức 1/2/3, cột mức cạnh mã tiêu chí, hoặc danh sách
"1.1 Mức 2, 1.2 Mức 1 …"), in bảng khoảng cách tới mục tiêu (--goal: TT 57 Mức 1–2; TT 2018 Mức 1–4) và tạo bản
nháp: Biểu 2 mục IV và V (TT 57) hoặc bảng 9 cột (TT 2018) cho nhóm tiêu chí ít nhất đạt mục tiêu (hoặc --pick).
Ô chưa có nội dung được ghi "(cần điền)", không tự viết nội dung.
`,
    en: `kehoach new --level LEVEL --year YEAR [--regime 2018|2026] [--school "Name"] -o FILE.xlsx|FILE.docx [--force]

Creates a plan template: .xlsx with criterion and level dropdowns (any Excel since 2007), .docx in the official
layout. An existing file is not overwritten unless --force is given.

kehoach new --from LEVELS.xlsx|.docx|.txt [--goal N] [--pick 1.3,2.1=2] [--level LEVEL --year YEAR] -o FILE

Reads each criterion's self-assessment level (x marks under Level 1/2/3, a level column, or a list "1.1 Mức 2, …"),
prints the gap board for the goal and drafts the plan rows (Biểu 2 sections IV and V, or the 2018 9-column table)
for the smallest set of criteria reaching the goal (or --pick). Empty cells are marked "(cần điền)".
`,
  },
};

class UsageError extends Error {}

function parseArgs(argv: string[]) {
  const opts: Record<string, string | boolean> = {};
  const positional: string[] = [];
  const withValue = new Set(["--level", "--regime", "--year", "--out", "-o", "--school", "--lang", "--output", "--from", "--goal", "--pick", "--levels"]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a.length > 1) {
      const [k, v] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
      if (withValue.has(k)) {
        const val = v ?? argv[++i];
        if (val === undefined) throw new UsageError(`Thiếu giá trị cho ${k} / missing value for ${k}`);
        opts[k === "-o" || k === "--output" ? "--out" : k] = val;
      } else if (["--json", "--help", "-h", "--force", "--version", "--no-color"].includes(k)) opts[k] = true;
      else throw new UsageError(`Tùy chọn không rõ: ${a} / unknown option`);
    } else positional.push(a);
  }
  return { opts, positional };
}

function collect(inputs: string[], cwd: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        if (e.startsWith(".") || e === "node_modules") continue;
        const full = path.join(p, e);
        const s = fs.statSync(full);
        if (s.isDirectory()) walk(full);
        else if (EXTS.has(path.extname(e).toLowerCase()) || /\.(doc|xls)$/i.test(e)) files.push(full);
      }
    } else files.push(p);
  };
  for (const i of inputs) {
    const p = path.resolve(cwd, i);
    if (!fs.existsSync(p)) missing.push(i);
    else walk(p);
  }
  return { files, missing };
}

const SEV = { error: { vi: "lỗi", en: "error", color: 31 }, warning: { vi: "cảnh báo", en: "warning", color: 33 }, info: { vi: "lưu ý", en: "note", color: 36 } } as const;

export async function checkFile(file: string, display: string, user: Partial<SchoolContext>): Promise<FileResult> {
  try {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const opened = await openPlanFile(bytes, path.basename(file));
    const host = new FileHost(opened);
    const { plans } = await host.read(user);
    const plan = mainPlan(plans);
    if (!plan || plan.headerRow < 0) return { path: display, status: "error", error: `Không tìm thấy bảng kế hoạch cải tiến trong tệp / no plan table found`, findings: [], totalVnd: 0 };
    const catalog = plan.context.level && plan.context.regime ? getCatalog(catalogIdFor(plan.context.level, plan.context.regime)) ?? null : null;
    const findings = checkPlan(plan, catalog);
    return { path: display, status: "ok", plan, findings, totalVnd: summarize(plan, findings).totalVnd };
  } catch (e) {
    const msg = e instanceof FileProblem ? e.message : `Không đọc được tệp: ${(e as Error).message}`;
    return { path: display, status: "error", error: msg, findings: [], totalVnd: 0 };
  }
}

function userContext(opts: Record<string, string | boolean>): Partial<SchoolContext> {
  const ctx: Partial<SchoolContext> = {};
  if (typeof opts["--level"] === "string") {
    if (!LEVELS.includes(opts["--level"] as SchoolLevel)) throw new UsageError(`Cấp học không hợp lệ: ${opts["--level"]} (dùng ${LEVELS.join(", ")})`);
    ctx.level = opts["--level"] as SchoolLevel;
  }
  if (typeof opts["--year"] === "string") {
    const m = /^(\d{4})-(\d{4})$/.exec(opts["--year"]);
    if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new UsageError(`Năm học không hợp lệ: ${opts["--year"]} (ví dụ 2025-2026)`);
    ctx.schoolYear = opts["--year"];
  }
  if (typeof opts["--regime"] === "string") {
    if (opts["--regime"] !== "2018" && opts["--regime"] !== "2026") throw new UsageError("--regime chỉ nhận 2018 hoặc 2026");
    ctx.regime = opts["--regime"] as Regime;
  }
  return ctx;
}

async function runCheck(opts: Record<string, string | boolean>, positional: string[], io: Io, lang: Lang): Promise<number> {
  if (!positional.length) throw new UsageError(lang === "vi" ? "Cần ít nhất một tệp hoặc thư mục. Xem: kehoach help check" : "Give at least one file or folder. See: kehoach help check");
  const ctx = userContext(opts);
  const cwd = io.cwd ?? process.cwd();
  const { files, missing } = collect(positional, cwd);
  const results: FileResult[] = missing.map((m) => ({ path: m, status: "error" as const, error: `Không tìm thấy tệp hoặc thư mục "${m}" / not found`, findings: [], totalVnd: 0 }));
  const progress = files.length > 10 && io.stderr.isTTY;
  let levelGrids: string[][][] | null = null;
  if (typeof opts["--levels"] === "string") {
    try {
      levelGrids = await loadLevelGrids(path.resolve(cwd, opts["--levels"]));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  for (let i = 0; i < files.length; i++) {
    if (progress) {
      const w = 30;
      const done = Math.round(((i + 1) / files.length) * w);
      io.stderr.write(`\r[${"#".repeat(done)}${".".repeat(w - done)}] ${i + 1}/${files.length}`);
    }
    results.push(await checkFile(files[i], path.relative(cwd, files[i]) || files[i], ctx));
    const r = results[results.length - 1];
    const cat = levelGrids && r.plan ? catalogForPlan(r.plan) : null;
    if (levelGrids && r.plan && cat) r.findings.push(...levelFindings(r.plan, cat, levelGrids, typeof opts["--goal"] === "string" ? opts["--goal"] : undefined));
  }
  if (progress) io.stderr.write("\n");
  const color = Boolean(io.isTTY) && !opts["--no-color"];
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  if (opts["--json"]) io.stdout.write(JSON.stringify(jsonReport(results), null, 2) + "\n");
  else {
    for (const r of results) {
      io.stdout.write(`\n${paint(1, r.path)}\n`);
      if (r.status === "error") {
        io.stdout.write(`  ${paint(31, lang === "vi" ? "không đọc được" : "unreadable")}: ${r.error}\n`);
        continue;
      }
      const c = r.plan!.context;
      io.stdout.write(`  ${c.level ?? "?"} · ${c.regime ?? "?"} · ${lang === "vi" ? "năm học" : "year"} ${c.schoolYear ?? "?"}${c.school ? ` · ${c.school}` : ""}\n`);
      if (!r.findings.length) io.stdout.write(`  ${paint(32, lang === "vi" ? "không có lỗi" : "no problems")}\n`);
      const byRow = new Map<string, typeof r.findings>();
      for (const f of r.findings) {
        const k = f.cell ? String(f.cell.row) : "-";
        byRow.set(k, [...(byRow.get(k) ?? []), f]);
      }
      for (const [k, fs2] of [...byRow.entries()].sort((a, b) => (a[0] === "-" ? -1 : b[0] === "-" ? 1 : Number(a[0]) - Number(b[0])))) {
        io.stdout.write(`  ${k === "-" ? (lang === "vi" ? "Văn bản" : "Document") : `${lang === "vi" ? "Dòng" : "Row"} ${Number(k) + 1}`}${fs2[0].criterion ? ` (${lang === "vi" ? "tiêu chí" : "criterion"} ${fs2[0].criterion})` : ""}\n`);
        for (const f of fs2) {
          io.stdout.write(`    ${(f.ref ?? "").padEnd(6)} ${paint(SEV[f.severity].color, SEV[f.severity][lang].padEnd(9))} ${lang === "vi" ? f.message : f.messageEn}\n`);
          if (f.suggestion && lang === "vi") io.stdout.write(`           ${paint(2, "→ " + f.suggestion)}\n`);
        }
      }
    }
    const head = lang === "vi" ? ["Tệp", "Lỗi", "Cảnh báo", "Tổng kinh phí (đ)"] : ["File", "Errors", "Warnings", "Total budget (VND)"];
    const width = Math.min(60, Math.max(head[0].length, ...results.map((r) => r.path.length)));
    io.stdout.write(`\n${head[0].padEnd(width)}  ${head[1].padStart(5)}  ${head[2].padStart(9)}  ${head[3].padStart(18)}\n`);
    for (const r of results) {
      const e = r.status === "error" ? "—" : String(r.findings.filter((f) => f.severity === "error").length);
      const w = r.status === "error" ? "—" : String(r.findings.filter((f) => f.severity === "warning").length);
      const v = r.status === "error" ? (lang === "vi" ? "không đọc được" : "unreadable") : r.totalVnd.toLocaleString("vi-VN");
      io.stdout.write(`${r.path.slice(-width).padEnd(width)}  ${e.padStart(5)}  ${w.padStart(9)}  ${v.padStart(18)}\n`);
    }
  }
  if (typeof opts["--out"] === "string") {
    const out = path.resolve(cwd, opts["--out"]);
    if (results.some((r) => path.resolve(cwd, r.path) === out)) throw new UsageError("Tệp báo cáo trùng với tệp đầu vào / the report would overwrite an input");
    if (/\.html?$/i.test(out)) fs.writeFileSync(out, htmlReport(results));
    else if (/\.xlsx$/i.test(out)) fs.writeFileSync(out, await xlsxReport(results));
    else throw new UsageError("--out phải là .xlsx hoặc .html / --out must be .xlsx or .html");
    io.stderr.write(`${lang === "vi" ? "Đã ghi báo cáo" : "Report written"}: ${opts["--out"]}\n`);
  }
  if (results.some((r) => r.status === "error")) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

async function runNew(opts: Record<string, string | boolean>, io: Io, lang: Lang): Promise<number> {
  const ctx = userContext(opts);
  if (typeof opts["--from"] === "string") {
    if (typeof opts["--out"] !== "string") throw new UsageError(lang === "vi" ? "Cần -o TỆP.xlsx hoặc -o TỆP.docx" : "-o FILE.xlsx or FILE.docx is required");
    const str = (k: string) => (typeof opts[k] === "string" ? (opts[k] as string) : undefined);
    try {
      return await runDraft({ from: opts["--from"], out: opts["--out"], goal: str("--goal"), pick: str("--pick"), force: Boolean(opts["--force"]), cwd: io.cwd ?? process.cwd(), user: ctx, school: str("--school") ?? null, lang }, (s) => io.stdout.write(s));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (!ctx.level) throw new UsageError(lang === "vi" ? "Cần --level (ví dụ --level thcs)" : "--level is required");
  if (!ctx.schoolYear) throw new UsageError(lang === "vi" ? "Cần --year (ví dụ --year 2025-2026)" : "--year is required");
  const out = opts["--out"];
  if (typeof out !== "string") throw new UsageError(lang === "vi" ? "Cần -o TỆP.xlsx hoặc -o TỆP.docx" : "-o FILE.xlsx or FILE.docx is required");
  const format = /\.docx$/i.test(out) ? "docx" : /\.xlsx$/i.test(out) ? "xlsx" : null;
  if (!format) throw new UsageError(lang === "vi" ? "Tệp ra phải là .xlsx hoặc .docx" : "Output must be .xlsx or .docx");
  const file = path.resolve(io.cwd ?? process.cwd(), out);
  if (fs.existsSync(file) && !opts["--force"]) throw new UsageError(lang === "vi" ? `Tệp "${out}" đã có; thêm --force để ghi đè` : `"${out}" exists; add --force to overwrite`);
  const bytes = await generateTemplate({ level: ctx.level, schoolYear: ctx.schoolYear, regime: ctx.regime ?? undefined, school: typeof opts["--school"] === "string" ? opts["--school"] : null, format });
  fs.writeFileSync(file, bytes);
  io.stdout.write(`${lang === "vi" ? "Đã tạo" : "Created"} ${out}\n`);
  return 0;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, isTTY: process.stdout.isTTY }): Promise<number> {
  let lang: Lang = "vi";
  try {
    const { opts, positional } = parseArgs(argv);
    if (opts["--lang"] === "en") lang = "en";
    const [cmd, ...rest] = positional;
    if (opts["--version"]) {
      io.stdout.write("kehoach 0.1.0\n");
      return 0;
    }
    if (!cmd || cmd === "help" || (opts["--help"] && !["check", "new"].includes(cmd))) {
      io.stdout.write(HELP[rest[0] === "check" || rest[0] === "new" ? rest[0] : "main"][lang]);
      return cmd || opts["--help"] ? 0 : 2;
    }
    if (opts["--help"] || opts["-h"]) {
      io.stdout.write(HELP[cmd][lang]);
      return 0;
    }
    if (cmd === "check") return await runCheck(opts, rest, io, lang);
    if (cmd === "new") return await runNew(opts, io, lang);
    if (cmd === "convert") {
      if (rest.length !== 1 || typeof opts["--out"] !== "string") throw new UsageError(lang === "vi" ? "Cách dùng: kehoach convert TỆP -o TỆP_MỚI.xlsx|.docx [--year 2026-2027]" : "Usage: kehoach convert FILE -o NEW.xlsx|.docx [--year 2026-2027]");
      try {
        return await runConvert(rest[0], opts["--out"], { year: typeof opts["--year"] === "string" ? userContext(opts).schoolYear ?? undefined : undefined, force: Boolean(opts["--force"]), cwd: io.cwd ?? process.cwd() }, (s) => io.stdout.write(s));
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
    throw new UsageError(lang === "vi" ? `Lệnh không rõ: ${cmd}. Xem: kehoach help` : `Unknown command: ${cmd}. See: kehoach help`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kehoach: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`kehoach: ${(e as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
