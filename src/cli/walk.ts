/**
 * The files a `check` run reads. A folder is searched with its subfolders; an entry that cannot be read (a dangling
 * link, a link loop, a folder without permission) is reported and the walk goes on; a link is followed only when
 * it stays inside the folder given, and a folder reached twice (a loop) is read once.
 */
import * as fs from "fs";
import * as path from "path";
import { notRegularFile } from "./input";

export const PLAN_EXTS = new Set([".xlsx", ".docx", ".pdf", ".txt"]);
const LEGACY = /\.(doc|xls)$/i;

export interface WalkProblem {
  path: string;
  message: string;
  /** A skipped link out of the folder is a note; anything else is an error (exit code 2). */
  severity: "error" | "note";
}

export interface Collected {
  files: string[];
  problems: WalkProblem[];
}

const isWanted = (name: string) => PLAN_EXTS.has(path.extname(name).toLowerCase()) || LEGACY.test(name);

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "liên kết trỏ tới tệp không còn tồn tại";
  if (code === "ELOOP") return "liên kết vòng (trỏ lại chính nó)";
  if (code === "EACCES" || code === "EPERM") return "không có quyền đọc";
  return `không đọc được (${code ?? (e as Error).message})`;
}

const inside = (root: string, p: string) =>
  p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/** Walks one input given on the command line (absolute path). */
function walkInput(input: string, out: Collected, display: (p: string) => string): number {
  let found = 0;
  const rootReal = fs.realpathSync.native(input);
  const seen = new Set<string>();
  const visit = (dir: string, dirReal: string) => {
    if (seen.has(dirReal)) return;
    seen.add(dirReal);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.problems.push({
        path: display(dir),
        message: `Thư mục ${reason(e)} — bỏ qua, các tệp khác vẫn được kiểm tra.`,
        severity: "error",
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let real = path.join(dirReal, e.name);
      if (e.isSymbolicLink()) {
        try {
          real = fs.realpathSync.native(full);
          const st = fs.statSync(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          if (isDir || isWanted(e.name) || !path.extname(e.name)) {
            out.problems.push({
              path: display(full),
              message: `Không đọc được: ${reason(err)} — bỏ qua, các tệp khác vẫn được kiểm tra.`,
              severity: "error",
            });
          }
          continue;
        }
        if (!inside(rootReal, real)) {
          if (isDir || isWanted(e.name)) {
            out.problems.push({
              path: display(full),
              message: "Liên kết trỏ ra ngoài thư mục đã chọn — không theo, bỏ qua.",
              severity: "note",
            });
          }
          continue;
        }
      }
      if (isDir) visit(full, real);
      else if (isFile && isWanted(e.name)) {
        out.files.push(full);
        found++;
      }
    }
  };
  visit(input, rootReal);
  return found;
}

/** Every input: files as given, folders walked. Missing inputs and empty folders are problems (errors). */
export function collectInputs(inputs: string[], cwd: string): Collected {
  const out: Collected = { files: [], problems: [] };
  const display = (p: string) => path.relative(cwd, p) || p;
  for (const given of inputs) {
    const p = path.resolve(cwd, given);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
      out.problems.push({
        path: given,
        message: missing ? `Không tìm thấy tệp hoặc thư mục "${given}".` : `Không đọc được "${given}": ${reason(e)}.`,
        severity: "error",
      });
      continue;
    }
    if (st.isFile()) {
      out.files.push(p);
      continue;
    }
    if (!st.isDirectory()) {
      out.problems.push({
        path: given,
        message: `${notRegularFile(p, given) ?? `"${given}" không phải tệp thường`} — bỏ qua.`,
        severity: "error",
      });
      continue;
    }
    let found = 0;
    try {
      found = walkInput(p, out, display);
    } catch (e) {
      out.problems.push({
        path: given,
        message: `Không đọc được thư mục "${given}": ${reason(e)}.`,
        severity: "error",
      });
      continue;
    }
    if (!found) {
      const named = isWanted(given) ? ` ("${path.basename(given)}" là một thư mục, không phải tệp)` : "";
      out.problems.push({
        path: given,
        message: `Thư mục "${given}"${named} không có tệp .xlsx, .docx, .pdf hoặc .txt nào — không kiểm tra được gì.`,
        severity: "error",
      });
    }
  }
  return out;
}
