/**
 * Output that arrives whole. A report or a converted plan is written to a temporary name in the same folder and
 * renamed over the target only when every byte is on disk: a full disk or a read-only folder leaves no 0-byte or
 * half-written file, only a Vietnamese message. The process's own stdout and stderr are wrapped so that a reader
 * that closed early (`| head -1`: EPIPE) ends the printing quietly while the run goes on and writes its --out file.
 */
import * as fs from "fs";
import * as path from "path";

export class OutputError extends Error {}

function writeFailure(e: unknown, given: string): OutputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "ENOSPC" || code === "EDQUOT"
      ? "ổ đĩa đã đầy"
      : code === "EROFS"
        ? "thư mục chỉ cho phép đọc"
        : code === "EACCES" || code === "EPERM"
          ? "không có quyền ghi vào thư mục"
          : `lỗi ghi tệp (${code ?? (e as Error).message})`;
  return new OutputError(`Không ghi được "${given}": ${why}. Không có tệp nào bị ghi dở hay bị thay đổi.`);
}

/** Writes `data` to `file` whole or not at all (temporary name in the same folder, fsync, rename). */
export function writeFileWhole(file: string, data: Uint8Array | string, given = file): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, "wx", 0o644);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing: the first error is the one reported
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was created
    }
    throw writeFailure(e, given);
  }
}

interface Writable {
  write(s: string): unknown;
  isTTY?: boolean;
  on?(ev: "error", cb: (e: NodeJS.ErrnoException) => void): unknown;
}

/** A stream whose writes stop quietly once its reader is gone (EPIPE); other errors are not hidden. */
export function quietOnClose<T extends Writable>(
  stream: T,
): { write(s: string): unknown; isTTY?: boolean; closed(): boolean } {
  let closed = false;
  stream.on?.("error", (e) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") closed = true;
    else throw e;
  });
  return {
    isTTY: stream.isTTY,
    closed: () => closed,
    write(s: string) {
      if (closed) return true;
      try {
        return stream.write(s);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EPIPE") closed = true;
        else throw e;
        return true;
      }
    },
  };
}

/** The process's own streams, EPIPE-safe. */
export function processIo() {
  const stdout = quietOnClose(process.stdout);
  return { stdout, stderr: quietOnClose(process.stderr), isTTY: process.stdout.isTTY };
}
