/**
 * Reading one input named on the command line (a plan, a --levels file, convert's or new --from's source). Only a
 * regular file is read: a character device (/dev/zero, /dev/urandom), a named pipe or a socket would be read without
 * end or wait forever, so it is refused at once with a message. The size is checked before a byte is read.
 */
import * as fs from "fs";
import * as path from "path";
import { FileProblem } from "../hosts/file/errors";
import { checkFileSize } from "../hosts/file/limits";

/** Why a path given as an input is not a regular file, or null when it is one. Vietnamese. */
export function notRegularFile(file: string, given: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return `Không tìm thấy tệp "${given}".`;
    if (code === "ELOOP") return `Không đọc được "${given}": liên kết vòng.`;
    if (code === "EACCES" || code === "EPERM") return `Không đọc được "${given}": không có quyền đọc.`;
    return `Không đọc được "${given}" (${code ?? (e as Error).message}).`;
  }
  if (st.isFile()) return null;
  if (st.isDirectory()) return `"${given}" là một thư mục, không phải tệp.`;
  const kind = st.isFIFO()
    ? "một đường ống (FIFO)"
    : st.isCharacterDevice() || st.isBlockDevice()
      ? "một thiết bị"
      : st.isSocket()
        ? "một socket"
        : "không phải tệp thường";
  return `"${given}" là ${kind}, không phải tệp thường`;
}

/** The bytes of a regular file, size-checked first. Throws a FileProblem with a Vietnamese message otherwise. */
export function readInputFile(file: string, given = file): Uint8Array {
  const why = notRegularFile(file, given);
  if (why)
    throw new FileProblem("unsupported", `${why.replace(/\.$/, "")} — không đọc.`, `"${given}" is not a regular file.`);
  checkFileSize(path.basename(file), fs.statSync(file).size);
  return new Uint8Array(fs.readFileSync(file));
}
