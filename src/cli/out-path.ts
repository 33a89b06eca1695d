/**
 * Where a report or a converted plan may be written. Checked before any input is read, so a mistake costs nothing:
 * the extension, the folder, an existing file (only with --force) and — compared by real path and file identity,
 * not by spelling — never an input (a symbolic link, a hard link or a case-only variant of an input is that input).
 */
import * as fs from "fs";
import * as path from "path";

export class OutPathError extends Error {}

export interface OutTarget {
  /** Absolute path as given (resolved against the working folder). */
  file: string;
  /** Whether a file is already there (then --force was given). */
  exists: boolean;
}

/** Real path of p, or of its folder plus its name when p does not exist yet. */
function realOrPlanned(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(p)), path.basename(p));
    } catch {
      return p;
    }
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** Is `out` the same file as `input`: same device and inode, or the same real path (case-folded where it may be). */
export function sameFile(out: string, input: string): boolean {
  const a = statOrNull(out);
  const b = statOrNull(input);
  if (a && b && a.ino !== 0 && a.dev === b.dev && a.ino === b.ino) return true;
  const ra = realOrPlanned(out);
  const rb = realOrPlanned(input);
  if (ra === rb) return true;
  return process.platform !== "linux" && ra.toLowerCase() === rb.toLowerCase();
}

/** The checks that need no input: extension, folder, existing file. Vietnamese messages. */
export function checkOutPath(given: string, cwd: string, exts: string[], force: boolean): OutTarget {
  const file = path.resolve(cwd, given);
  const dir = path.dirname(file);
  const dirStat = statOrNull(dir);
  if (!dirStat)
    throw new OutPathError(
      `Không có thư mục "${path.dirname(given) || "."}" để ghi "${given}": hãy tạo thư mục trước.`,
    );
  if (!dirStat.isDirectory())
    throw new OutPathError(`"${path.dirname(given)}" không phải thư mục, không ghi được "${given}".`);
  if (statOrNull(file)?.isDirectory())
    throw new OutPathError(
      `"${given}" là một thư mục, không phải tệp: hãy ghi tên tệp, ví dụ ${path.join(given, "bao-cao" + exts[0])}.`,
    );
  const ext = path.extname(file).toLowerCase();
  if (!exts.includes(ext)) throw new OutPathError(`Tệp ra "${given}" phải có đuôi ${exts.join(" hoặc ")}.`);
  let lst: fs.Stats | null = null;
  try {
    lst = fs.lstatSync(file);
  } catch {
    lst = null;
  }
  const st = statOrNull(file);
  if (lst && !st) throw new OutPathError(`"${given}" là một liên kết hỏng: hãy chọn tên tệp khác.`);
  if (lst && !force) throw new OutPathError(`Tệp "${given}" đã có; thêm --force để ghi đè.`);
  return { file, exists: Boolean(lst) };
}

/** The check against the inputs: refused even with --force. */
export function checkNotAnInput(target: OutTarget, given: string, inputs: string[]): void {
  for (const input of inputs) {
    if (sameFile(target.file, input)) {
      throw new OutPathError(
        `Tệp ra "${given}" chính là tệp đầu vào "${input}" (cùng tệp, qua liên kết hoặc tên khác): không ghi ` +
          `đè tệp đầu vào.`,
      );
    }
  }
}
