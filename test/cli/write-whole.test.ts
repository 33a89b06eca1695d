/** --out written whole or not at all (issue 27): a full disk or a read-only folder leaves no file and says why. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeFileWhole } from "../../src/cli/output";

// A seam on writeSync / openSync: the tests run as root, where a read-only folder or a full disk cannot be made.
const seam: { failWrite: string | null; failOpen: string | null } = { failWrite: null, failOpen: null };
jest.mock("fs", () => {
  const real = jest.requireActual("fs");
  return {
    ...real,
    openSync: (p: string, ...rest: unknown[]) => {
      if (seam.failOpen) throw Object.assign(new Error(`${seam.failOpen}: open '${p}'`), { code: seam.failOpen });
      return real.openSync(p, ...rest);
    },
    writeSync: (fd: number, buf: Uint8Array, off: number, len: number) => {
      if (seam.failWrite) {
        real.writeSync(fd, buf, off, Math.min(len, 10)); // part of the bytes reach the disk, then it is full
        throw Object.assign(new Error(`${seam.failWrite}: no space left on device, write`), { code: seam.failWrite });
      }
      return real.writeSync(fd, buf, off, len);
    },
  };
});

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-write-"))));
afterEach(() => {
  Object.assign(seam, { failWrite: null, failOpen: null });
  fs.rmSync(dir, { recursive: true, force: true });
});

it("writes the bytes whole, replacing an existing file only at the end", () => {
  const file = path.join(dir, "bao-cao.html");
  fs.writeFileSync(file, "cũ");
  writeFileWhole(file, "<html>mới</html>");
  expect(fs.readFileSync(file, "utf8")).toBe("<html>mới</html>");
  expect(fs.readdirSync(dir)).toEqual(["bao-cao.html"]);
});

it("a full disk: no 0-byte or half file, the old file kept, a Vietnamese message", () => {
  const file = path.join(dir, "bao-cao.xlsx");
  fs.writeFileSync(file, "bản cũ");
  seam.failWrite = "ENOSPC";
  expect(() => writeFileWhole(file, new Uint8Array(100_000), "bao-cao.xlsx")).toThrow(
    'Không ghi được "bao-cao.xlsx": ổ đĩa đã đầy. Không có tệp nào bị ghi dở hay bị thay đổi.',
  );
  expect(fs.readdirSync(dir)).toEqual(["bao-cao.xlsx"]);
  expect(fs.readFileSync(file, "utf8")).toBe("bản cũ");
  fs.rmSync(file);
  expect(() => writeFileWhole(file, new Uint8Array(100_000), "bao-cao.xlsx")).toThrow(/ổ đĩa đã đầy/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

it("a read-only folder: said so, nothing created", () => {
  seam.failOpen = "EROFS";
  expect(() => writeFileWhole(path.join(dir, "ra.docx"), "x", "ra.docx")).toThrow(
    'Không ghi được "ra.docx": thư mục chỉ cho phép đọc. Không có tệp nào bị ghi dở hay bị thay đổi.',
  );
  expect(fs.readdirSync(dir)).toEqual([]);
});
