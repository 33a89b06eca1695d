/**
 * The command line against hostile folders and paths (issue 16): links that lead --out to an input, bad folder
 * entries, terminal escape sequences in file contents and names, empty folders, --out problems found first.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { SEEDS, seedText } from "../support/seeds";

// fs with two seams: a folder that reads as "permission denied" (the tests run as root, where chmod cannot make one)
// and a hook on each file read.
const seams: { deny: string | null; onRead: ((p: string) => void) | null } = { deny: null, onRead: null };
jest.mock("fs", () => {
  const real = jest.requireActual("fs");
  return {
    ...real,
    readdirSync: (p: string, o?: unknown) => {
      if (seams.deny && String(p) === seams.deny)
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: "EACCES" });
      return real.readdirSync(p, o);
    },
    readFileSync: (p: string, o?: unknown) => {
      seams.onRead?.(String(p));
      return real.readFileSync(p, o);
    },
  };
});

let dir: string;
const run = (args: string[]) => runCli(dir, args);
const at = (p: string) => path.join(dir, p);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-hostile-"));
  fs.mkdirSync(at("plans"));
  fs.writeFileSync(at("plans/mam-non.txt"), seedText(SEEDS.mamNon));
  fs.writeFileSync(at("plans/thu-duc.txt"), seedText(SEEDS.thuDuc));
});
afterEach(() => {
  Object.assign(seams, { deny: null, onRead: null });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("--out never destroys an input", () => {
  it("refuses a symbolic link to an input, even with --force", async () => {
    const before = fs.readFileSync(at("plans/mam-non.txt"));
    fs.symlinkSync(at("plans/mam-non.txt"), at("link.html"));
    const plain = await run(["check", "plans", "--out", "link.html"]);
    expect(plain.code).toBe(2);
    expect(plain.err).toMatch(/đã có; thêm --force/);
    const forced = await run(["check", "plans", "--out", "link.html", "--force"]);
    expect(forced.code).toBe(2);
    expect(forced.err).toMatch(/chính là tệp đầu vào/);
    expect(fs.readFileSync(at("plans/mam-non.txt")).equals(before)).toBe(true);
  });

  it("refuses a hard link to an input", async () => {
    const before = fs.readFileSync(at("plans/thu-duc.txt"));
    fs.linkSync(at("plans/thu-duc.txt"), at("hard.xlsx"));
    const r = await run(["check", "plans/thu-duc.txt", "--out", "hard.xlsx", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chính là tệp đầu vào/);
    expect(fs.readFileSync(at("plans/thu-duc.txt")).equals(before)).toBe(true);
  });

  it("needs --force to replace any existing file", async () => {
    fs.writeFileSync(at("old.html"), "giữ lại");
    const r = await run(["check", "plans", "--out", "old.html"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/đã có; thêm --force/);
    expect(fs.readFileSync(at("old.html"), "utf8")).toBe("giữ lại");
    expect((await run(["check", "plans", "--out", "old.html", "--force"])).code).toBe(1);
    expect(fs.readFileSync(at("old.html"), "utf8")).toContain("Báo cáo");
  });

  it("checks --out before reading any file, in Vietnamese", async () => {
    for (const [out, msg] of [
      ["khong-co/bao-cao.xlsx", /Không có thư mục "khong-co"/],
      ["bao-cao.pdf", /phải có đuôi \.xlsx hoặc \.html/],
      ["plans", /là một thư mục/],
    ] as const) {
      const r = await run(["check", "plans", "--out", out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.out).toBe(""); // nothing was checked
    }
  });

  it("convert: never over its input through a link, and --force for an existing file", async () => {
    const before = fs.readFileSync(at("plans/mam-non.txt"));
    fs.symlinkSync(at("plans/mam-non.txt"), at("ra.docx"));
    const r = await run(["convert", "plans/mam-non.txt", "-o", "ra.docx", "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chính là tệp đầu vào/);
    expect(fs.readFileSync(at("plans/mam-non.txt")).equals(before)).toBe(true);
    fs.writeFileSync(at("co-san.xlsx"), "x");
    expect((await run(["convert", "plans/mam-non.txt", "-o", "co-san.xlsx"])).err).toMatch(/--force/);
    expect((await run(["convert", "plans/mam-non.txt", "-o", "khong-co/moi.xlsx"])).err).toMatch(/Không có thư mục/);
  });
});

describe("folder walk", () => {
  it("reports a dangling link, a link loop and a link out of the folder, and checks the rest", async () => {
    fs.symlinkSync(at("plans/khong-con.txt"), at("plans/gay.txt"));
    fs.symlinkSync(at("plans"), at("plans/vong")); // a loop back to the folder itself
    fs.symlinkSync("tu-no.txt", at("plans/tu-no.txt")); // a link to itself: ELOOP
    fs.mkdirSync(at("ngoai"));
    fs.writeFileSync(at("ngoai/bi-mat.txt"), seedText(SEEDS.quangNinh));
    fs.symlinkSync(at("ngoai/bi-mat.txt"), at("plans/ra-ngoai.txt"));
    const r = await run(["check", "plans", "--json"]);
    const files = JSON.parse(r.out).files;
    const byPath = Object.fromEntries(files.map((f: { path: string }) => [f.path, f]));
    expect(byPath["plans/gay.txt"]).toMatchObject({
      status: "error",
      error: expect.stringMatching(/không còn tồn tại/),
    });
    expect(byPath["plans/tu-no.txt"]).toMatchObject({ status: "error", error: expect.stringMatching(/vòng/) });
    expect(byPath["plans/mam-non.txt"]).toMatchObject({ status: "ok" });
    expect(byPath["plans/thu-duc.txt"]).toMatchObject({ status: "ok" });
    expect(files.filter((f: { path: string }) => f.path.endsWith("mam-non.txt"))).toHaveLength(1); // the loop is read once
    expect(files.some((f: { path: string }) => f.path.includes("ra-ngoai"))).toBe(false);
    expect(r.err).toMatch(/ra-ngoai\.txt: Liên kết trỏ ra ngoài thư mục/);
    expect(r.code).toBe(2);
  });

  it("reports an unreadable subfolder and goes on", async () => {
    fs.mkdirSync(at("plans/khoa"));
    seams.deny = at("plans/khoa");
    const r = await run(["check", "plans", "--json"]);
    const files = JSON.parse(r.out).files;
    expect(files.find((f: { path: string }) => f.path === "plans/khoa")).toMatchObject({
      status: "error",
      error: expect.stringMatching(/không có quyền đọc/),
    });
    expect(files.filter((f: { status: string }) => f.status === "ok")).toHaveLength(2);
    expect(r.code).toBe(2);
  });

  it("an empty folder, or a folder named x.docx, is said so with exit 2", async () => {
    fs.mkdirSync(at("trong"));
    fs.mkdirSync(at("x.docx"));
    const a = await run(["check", "trong"]);
    expect(a.code).toBe(2);
    expect(a.out).toMatch(/không có tệp \.xlsx, \.docx, \.pdf hoặc \.txt nào/);
    const b = await run(["check", "x.docx"]);
    expect(b.code).toBe(2);
    expect(b.out).toMatch(/"x\.docx" là một thư mục, không phải tệp/);
  });

  it("says when a file holds no plan table", async () => {
    fs.writeFileSync(at("thu.txt"), "Kính gửi: Ban giám hiệu\nNội dung thư.\n");
    const r = await run(["check", "thu.txt"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Không tìm thấy bảng kế hoạch cải tiến trong tệp "thu\.txt"/);
  });
});

describe("human output", () => {
  it("neutralises terminal control sequences from file contents and file names", async () => {
    const evil = "\u001b]0;pwned\u0007\u001b[2J\u001b]8;;http://x.invalid\u001b\\link\u001b]8;;\u001b\\\rGiả\u202e";
    // A budget cell the reader cannot parse is quoted in its finding ("Không đọc được kinh phí: "…"").
    const text = seedText(SEEDS.mamNon).replace("\t10.000.000", `\tkhoảng ${evil}`);
    fs.writeFileSync(at(`plans/ten\u001b[31mdo\r.txt`), text);
    const r = await run(["check", "plans"]);
    expect(r.out).toContain("plans/ten␛[31mdo␍.txt");
    expect(r.out).toContain("␛]0;pwned");
    // eslint-disable-next-line no-control-regex
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it("streams --json file by file, in exactly the documented pretty-printed form", async () => {
    fs.writeFileSync(at("plans/hong.xlsx"), "không phải zip");
    const r = await run(["check", "plans", "--json"]);
    expect(r.out).toBe(JSON.stringify(JSON.parse(r.out), null, 2) + "\n");
    expect(JSON.parse(r.out).files).toHaveLength(3);
    fs.mkdirSync(at("trong"));
    const empty = await run(["check", "trong", "--json"]);
    expect(empty.out).toBe(JSON.stringify(JSON.parse(empty.out), null, 2) + "\n");
  });

  it("prints each file's results as soon as it is checked", async () => {
    let out = "";
    let seenAtSecond: string | null = null;
    seams.onRead = (p) => {
      if (p.endsWith("thu-duc.txt")) seenAtSecond = out;
    };
    const { main } = await import("../../src/cli/main");
    await main(["check", "plans"], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => 0 },
      isTTY: false,
      cwd: dir,
    });
    expect(seenAtSecond).toContain("plans/mam-non.txt");
    expect(seenAtSecond).toContain("không có lỗi");
  });
});
