/**
 * `kehoach` — check many plan files at once; generate templates.
 *   kehoach check [--level L] [--regime 2018|2026] [--year 2025-2026] [--json] [--out report.xlsx|report.html] PATH...
 *   kehoach new --level thcs --year 2025-2026 [--regime 2018|2026] [--school "..."] -o plan.xlsx|plan.docx
 * Exit codes: 0 no errors, 1 errors found, 2 usage problem or a file could not be read. Inputs are never modified.
 */
import * as path from "path";
import "../core/catalogs/all";
import type { Regime, SchoolContext, SchoolLevel } from "../core/types";
import { catalogForPlan } from "../core/rules/index";
import { FileProblem, generateTemplate, type OpenOptions } from "../hosts/file/index";
import { checkBytes } from "../hosts/file/check";
import { nodeOcrEnv } from "../hosts/file/ocr/node-env";
import { htmlReport, xlsxReport, type FileResult } from "../hosts/file/report";
import { levelFindings } from "./levels-check";
import { runTask } from "./tasks";
import { checkNotAnInput, checkOutPath } from "./out-path";
import { humanPrinter, jsonPrinter } from "./print";
import { term } from "./term";
import { collectInputs } from "./walk";
import { processIo, writeFileWhole } from "./output";
import { readInputFile } from "./input";
import { isolatedChecker, outOfMemoryMessage, type CheckOptions } from "./isolate";
import { errorText, TextError, viOnly, type LangText } from "../core/text/message";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  isTTY?: boolean;
  cwd?: string;
}

type Lang = "vi" | "en";
const LEVELS: SchoolLevel[] = ["mam-non", "tieu-hoc", "thcs", "thpt", "nhieu-cap", "gdtx"];

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
  --no-ocr         không đọc chữ từ PDF quét và ảnh .jpg/.png (báo "PDF là ảnh quét" như trước)
Không bao giờ sửa tệp đầu vào.
`,
    en: `kehoach check [options] FILE_OR_FOLDER...

  --level LEVEL    mam-non | tieu-hoc | thcs | thpt | nhieu-cap | gdtx (default: read from the document)
  --regime R       2018 | 2026 (default: from the school year)
  --year YEAR      e.g. 2025-2026 (default: read from the title)
  --json           print results as JSON (see README)
  --out FILE       write a report.xlsx or report.html
  --levels FILE    also check against self-assessment levels (a list or a table) and the goal --goal N
  --no-ocr         do not read scanned PDFs and .jpg/.png images by OCR (refuse them as before)
Input files are never modified.
`,
  },
  new: {
    vi:
      `kehoach new --level CẤP --year NĂM_HỌC [--regime 2018|2026] [--school "Tên trường"] -o ` +
      `TỆP.xlsx|TỆP.docx [--force]

Tạo tệp kế hoạch mẫu: .xlsx có danh sách chọn tiêu chí và mức (chạy trên mọi Excel từ 2007), .docx theo thể thức
Nghị định 30/2020. Không ghi đè tệp đã có trừ khi thêm --force.

kehoach new --from MỨC.xlsx|MỨC.docx|MỨC.txt [--goal N] [--pick 1.3,2.1=2] [--level CẤP --year NĂM_HỌC] [--json] -o TỆP

Đọc mức tự đánh giá của từng tiêu chí (bảng đánh dấu x dưới Mức 1/2/3, cột mức cạnh mã tiêu chí, hoặc danh sách
"1.1 Mức 2, 1.2 Mức 1 …"), in bảng khoảng cách tới mục tiêu (--goal: TT 57 Mức 1–2; TT 2018 Mức 1–4) và tạo bản
nháp: Biểu 2 mục IV và V (TT 57) hoặc bảng 9 cột (TT 2018) cho nhóm tiêu chí ít nhất đạt mục tiêu (hoặc --pick).
Ô chưa có nội dung được ghi "(cần điền)", không tự viết nội dung. Tiêu chí chưa có mức được liệt kê để hỏi lại, không
đưa vào kế hoạch. --json: in bảng khoảng cách dạng JSON (docs/gap-board-json-schema.json); -o khi đó không bắt buộc.
`,
    en: `kehoach new --level LEVEL --year YEAR [--regime 2018|2026] [--school "Name"] -o FILE.xlsx|FILE.docx [--force]

Creates a plan template: .xlsx with criterion and level dropdowns (any Excel since 2007), .docx in the official
layout. An existing file is not overwritten unless --force is given.

kehoach new --from LEVELS.xlsx|.docx|.txt [--goal N] [--pick 1.3,2.1=2] [--level LEVEL --year YEAR] [--json] -o FILE

Reads each criterion's self-assessment level (x marks under Level 1/2/3, a level column, or a list "1.1 Mức 2, …"),
prints the gap board for the goal and drafts the plan rows (Biểu 2 sections IV and V, or the 2018 9-column table)
for the smallest set of criteria reaching the goal (or --pick). Empty cells are marked "(cần điền)". Criteria
without a level are listed and never planned. --json prints the board as JSON (docs/gap-board-json-schema.json);
-o is then optional.
`,
  },
};

/** A wrong command line: said in the language asked for (a message written for it, or both languages). */
class UsageError extends TextError {
  constructor(message: string | LangText) {
    super(typeof message === "string" ? viOnly(message) : message);
  }
}

/** The language asked for, read before the options are checked (a usage error is said in it too). */
function langOf(argv: string[]): Lang {
  const end = argv.indexOf("--");
  const options = end < 0 ? argv : argv.slice(0, end);
  return options.some((a, i) => a === "--lang=en" || (a === "--lang" && options[i + 1] === "en")) ? "en" : "vi";
}

function parseArgs(argv: string[]) {
  const opts: Record<string, string | boolean> = {};
  const positional: string[] = [];
  const withValue = new Set([
    "--level",
    "--regime",
    "--year",
    "--out",
    "-o",
    "--school",
    "--lang",
    "--output",
    "--from",
    "--goal",
    "--pick",
    "--levels",
  ]);
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
        if (val === undefined) throw new UsageError({ vi: `Thiếu giá trị cho ${k}`, en: `missing value for ${k}` });
        opts[k === "-o" || k === "--output" ? "--out" : k] = val;
      } else if (["--json", "--help", "-h", "--force", "--version", "--no-color", "--no-ocr"].includes(k))
        opts[k] = true;
      else throw new UsageError({ vi: `Tùy chọn không rõ: ${a}`, en: `unknown option: ${a}` });
    } else positional.push(a);
  }
  return { opts, positional };
}

export async function checkFile(
  file: string,
  display: string,
  user: Partial<SchoolContext>,
  opts: CheckOptions = { ocr: false },
): Promise<FileResult> {
  try {
    const name = path.basename(file);
    const bytes = readInputFile(file, display); // regular files only, size checked before reading
    return await checkBytes(bytes, name, display, user, openOptions(opts));
  } catch (e) {
    const name = path.basename(file);
    const msg =
      e instanceof FileProblem
        ? e.message
        : e instanceof RangeError // "Array buffer allocation failed", "Invalid string length"
          ? outOfMemoryMessage(name)
          : `Không đọc được tệp "${name}": tệp hỏng hoặc có cấu trúc bất thường.`;
    const errorEn = e instanceof FileProblem ? { errorEn: e.messageEn } : {};
    return { path: display, status: "error", error: msg, ...errorEn, findings: [], totalVnd: 0 };
  }
}

function userContext(opts: Record<string, string | boolean>): Partial<SchoolContext> {
  const ctx: Partial<SchoolContext> = {};
  if (typeof opts["--level"] === "string") {
    if (!LEVELS.includes(opts["--level"] as SchoolLevel))
      throw new UsageError(`Cấp học không hợp lệ: ${opts["--level"]} (dùng ${LEVELS.join(", ")})`);
    ctx.level = opts["--level"] as SchoolLevel;
  }
  if (typeof opts["--year"] === "string") {
    const m = /^(\d{4})-(\d{4})$/.exec(opts["--year"]);
    if (!m || Number(m[2]) !== Number(m[1]) + 1)
      throw new UsageError(`Năm học không hợp lệ: ${opts["--year"]} (ví dụ 2025-2026)`);
    ctx.schoolYear = opts["--year"];
  }
  if (typeof opts["--regime"] === "string") {
    if (opts["--regime"] !== "2018" && opts["--regime"] !== "2026")
      throw new UsageError("--regime chỉ nhận 2018 hoặc 2026");
    ctx.regime = opts["--regime"] as Regime;
  }
  return ctx;
}

async function runCheck(
  opts: Record<string, string | boolean>,
  positional: string[],
  io: Io,
  lang: Lang,
): Promise<number> {
  if (!positional.length)
    throw new UsageError(
      lang === "vi"
        ? "Cần ít nhất một tệp hoặc thư mục. Xem: kehoach help check"
        : "Give at least one file or folder. See: kehoach help check",
    );
  const ctx = userContext(opts);
  const cwd = io.cwd ?? process.cwd();
  // --out is checked before any input is read: a wrong folder or extension costs nothing.
  const outGiven = typeof opts["--out"] === "string" ? opts["--out"] : null;
  const target = outGiven ? checkOutPath(outGiven, cwd, [".xlsx", ".html", ".htm"], Boolean(opts["--force"])) : null;
  const { files, problems } = collectInputs(positional, cwd);
  const levelsFile = typeof opts["--levels"] === "string" ? path.resolve(cwd, opts["--levels"]) : null;
  if (target && outGiven) checkNotAnInput(target, outGiven, levelsFile ? [...files, levelsFile] : files);
  let levelGrids: string[][][] | null = null;
  if (typeof opts["--levels"] === "string") {
    try {
      // Read in the isolated worker: a hostile levels file ends with its message, never an aborted process.
      levelGrids = (await runTask({ kind: "levels", file: path.resolve(cwd, opts["--levels"]) }, () => {})).grids ?? [];
    } catch (e) {
      throw new UsageError(e instanceof TextError ? e.text : (e as Error).message);
    }
  }
  for (const n of problems.filter((p) => p.severity === "note"))
    io.stderr.write(`kehoach: ${term(n.path)}: ${term(n.message)}\n`);
  const color = Boolean(io.isTTY) && !opts["--no-color"];
  const printer = opts["--json"] ? jsonPrinter(io.stdout) : humanPrinter(io.stdout, lang, color);
  const results: FileResult[] = [];
  const add = (r: FileResult) => {
    results.push(r);
    printer.file(r); // printed as soon as known: a later failure never loses it
  };
  for (const p of problems.filter((x) => x.severity === "error"))
    add({ path: p.path, status: "error", error: p.message, findings: [], totalVnd: 0 });
  const progress = files.length > 10 && io.stderr.isTTY && !io.isTTY;
  const isolated = isolatedChecker(); // each file in a worker thread: its failure is its own result
  const check = isolated?.check ?? checkFile;
  for (let i = 0; i < files.length; i++) {
    if (progress) {
      const w = 30;
      const done = Math.round(((i + 1) / files.length) * w);
      io.stderr.write(`\r[${"#".repeat(done)}${".".repeat(w - done)}] ${i + 1}/${files.length}`);
    }
    const display = path.relative(cwd, files[i]) || files[i];
    const r = await check(files[i], display, ctx, checkOptions(opts, display, io));
    const cat = levelGrids && r.plan ? catalogForPlan(r.plan) : null;
    if (levelGrids && r.plan && cat) {
      const goal = typeof opts["--goal"] === "string" ? opts["--goal"] : undefined;
      r.findings.push(...levelFindings(r.plan, cat, levelGrids, goal));
    }
    add(r);
  }
  isolated?.close();
  if (progress) io.stderr.write("\n");
  printer.summary(results);
  if (target && outGiven) {
    const report = /\.html?$/i.test(target.file) ? htmlReport(results) : await xlsxReport(results);
    writeFileWhole(target.file, report, outGiven); // whole or not at all
    io.stderr.write(`${lang === "vi" ? "Đã ghi báo cáo" : "Report written"}: ${term(outGiven)}\n`);
  }
  if (results.some((r) => r.status === "error")) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** OCR for scans and photos unless --no-ocr; "trang n/N" on stderr (never on stdout, which may be --json). */
function checkOptions(opts: Record<string, string | boolean>, display: string, io: Io): CheckOptions {
  return {
    ocr: !opts["--no-ocr"],
    onPage: (n, total) => io.stderr.write(`kehoach: ${term(display)}: đọc ảnh trang ${n}/${total}…\n`),
  };
}

/** The file host's options for a check: OCR with this process's environment (the CLI's thread or its worker). */
function openOptions(opts: CheckOptions): OpenOptions {
  return opts.ocr ? { ocr: { env: nodeOcrEnv(), onProgress: opts.onPage } } : {};
}

async function runNew(opts: Record<string, string | boolean>, io: Io, lang: Lang): Promise<number> {
  const ctx = userContext(opts);
  if (typeof opts["--from"] === "string") {
    const json = Boolean(opts["--json"]);
    // With --json the board alone may be asked for; the draft is written when -o is given.
    if (typeof opts["--out"] !== "string" && !json)
      throw new UsageError(
        lang === "vi"
          ? "Cần -o TỆP.xlsx hoặc -o TỆP.docx (hoặc --json để chỉ in bảng khoảng cách)"
          : "-o FILE.xlsx or FILE.docx is required (or --json for the board only)",
      );
    const str = (k: string) => (typeof opts[k] === "string" ? (opts[k] as string) : undefined);
    try {
      const o = {
        from: opts["--from"],
        out: str("--out") ?? null,
        json,
        goal: str("--goal"),
        pick: str("--pick"),
        force: Boolean(opts["--force"]),
        cwd: io.cwd ?? process.cwd(),
        user: ctx,
        school: str("--school") ?? null,
        lang,
      };
      return (await runTask({ kind: "draft", o }, (s) => io.stdout.write(s))).code ?? 0;
    } catch (e) {
      throw new UsageError(e instanceof TextError ? e.text : (e as Error).message);
    }
  }
  if (!ctx.level) throw new UsageError(lang === "vi" ? "Cần --level (ví dụ --level thcs)" : "--level is required");
  if (!ctx.schoolYear)
    throw new UsageError(lang === "vi" ? "Cần --year (ví dụ --year 2025-2026)" : "--year is required");
  const out = opts["--out"];
  if (typeof out !== "string")
    throw new UsageError(lang === "vi" ? "Cần -o TỆP.xlsx hoặc -o TỆP.docx" : "-o FILE.xlsx or FILE.docx is required");
  const format = /\.docx$/i.test(out) ? "docx" : /\.xlsx$/i.test(out) ? "xlsx" : null;
  if (!format)
    throw new UsageError(lang === "vi" ? "Tệp ra phải là .xlsx hoặc .docx" : "Output must be .xlsx or .docx");
  const file = checkOutPath(out, io.cwd ?? process.cwd(), [".xlsx", ".docx"], Boolean(opts["--force"])).file;
  const bytes = await generateTemplate({
    level: ctx.level,
    schoolYear: ctx.schoolYear,
    regime: ctx.regime ?? undefined,
    school: typeof opts["--school"] === "string" ? opts["--school"] : null,
    format,
  });
  writeFileWhole(file, bytes, out);
  io.stdout.write(`${lang === "vi" ? "Đã tạo" : "Created"} ${out}\n`);
  return 0;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = langOf(argv);
  try {
    const { opts, positional } = parseArgs(argv);
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
      if (rest.length !== 1 || typeof opts["--out"] !== "string")
        throw new UsageError(
          lang === "vi"
            ? "Cách dùng: kehoach convert TỆP -o TỆP_MỚI.xlsx|.docx [--year 2026-2027]"
            : "Usage: kehoach convert FILE -o NEW.xlsx|.docx [--year 2026-2027]",
        );
      try {
        const convertOpts = {
          year: typeof opts["--year"] === "string" ? (userContext(opts).schoolYear ?? undefined) : undefined,
          force: Boolean(opts["--force"]),
          cwd: io.cwd ?? process.cwd(),
        };
        return (
          (
            await runTask({ kind: "convert", input: rest[0], out: opts["--out"], opts: convertOpts }, (s) =>
              io.stdout.write(s),
            )
          ).code ?? 0
        );
      } catch (e) {
        throw new UsageError(e instanceof TextError ? e.text : (e as Error).message);
      }
    }
    throw new UsageError(
      lang === "vi" ? `Lệnh không rõ: ${cmd}. Xem: kehoach help` : `Unknown command: ${cmd}. See: kehoach help`,
    );
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kehoach: ${errorText(e, lang)}\n`);
      return 2;
    }
    io.stderr.write(`kehoach: ${errorText(e, lang)}\n`);
    return 2;
  }
}

if (require.main === module) {
  // exitCode, not exit(): stdout and stderr drain to a slow reader before the process ends.
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
