/**
 * Output that arrives whole (issue 27): piped output drains before the process ends, a reader that closes early
 * does not stop the --out report, --out is written whole or not at all, every input (--levels too) is protected
 * from --out, and only regular files are read as inputs.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { builtCli, sh } from "../support/built-cli";
import { SEEDS, seedText } from "../support/seeds";
import { xlsxFromGrid } from "../support/files";

let dir: string;
const at = (p: string) => path.join(dir, p);

beforeAll(() => {
  builtCli(); // compiled once, before the timed-out tests
}, 180_000);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-whole-"));
  fs.mkdirSync(at("plans"));
  // 30 plans: the JSON is several times a pipe's 64 KB buffer, so a slow reader leaves most of it queued.
  for (let i = 0; i < 30; i++) fs.writeFileSync(at(`plans/p${String(i).padStart(2, "0")}.txt`), seedText(SEEDS.thuDuc));
  fs.writeFileSync(at("muc.txt"), "1.1 Mức 2, 1.2 Mức 1, 1.3 Mức 2\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("piped output", () => {
  it("JSON piped into a reader that waits before reading arrives whole and parses", async () => {
    const r = await sh("$KEHOACH check plans --json | { sleep 1; cat > got.json; }", dir);
    expect(r.code).toBe(0);
    const got = JSON.parse(fs.readFileSync(at("got.json"), "utf8"));
    expect(got.files).toHaveLength(30);
    expect(fs.statSync(at("got.json")).size).toBeGreaterThan(64 * 1024);
  }, 120_000);

  it("human output keeps its summary when piped to a slow reader; exit code survives the pipe", async () => {
    const r = await sh(
      "$KEHOACH check plans > /dev/null; echo direct=$?; $KEHOACH check plans | { sleep 1; tail -3; }",
      dir,
    );
    expect(r.out).toMatch(/direct=1/);
    expect(r.out).toMatch(/p29\.txt\s+\d+\s+\d+/); // the last line of the summary table
  }, 120_000);

  it("`| head -1` ends quietly and the --out report is still written", async () => {
    const r = await sh("$KEHOACH check plans --out bao-cao.xlsx | head -1; echo status=$?", dir);
    expect(r.err).not.toMatch(/EPIPE|Error/);
    expect(r.err).toMatch(/Đã ghi báo cáo: bao-cao\.xlsx/);
    const xlsx = fs.readFileSync(at("bao-cao.xlsx"));
    expect(xlsx.subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  }, 120_000);
});

describe("--out never replaces an input", () => {
  it("refuses --levels as --out, directly and through a symbolic link, even with --force", async () => {
    fs.writeFileSync(
      at("muc.xlsx"),
      await xlsxFromGrid(
        [
          ["Tiêu chí", "Mức"],
          ["1.1", "2"],
          ["1.2", "1"],
        ],
        false,
      ),
    );
    const before = fs.readFileSync(at("muc.xlsx"));
    const direct = await runCli(dir, [
      "check",
      "plans/p00.txt",
      "--levels",
      "muc.xlsx",
      "--out",
      "muc.xlsx",
      "--force",
    ]);
    expect(direct.code).toBe(2);
    expect(direct.err).toMatch(/chính là tệp đầu vào "[^"]*muc\.xlsx"/);
    fs.symlinkSync(at("muc.txt"), at("link.html"));
    const viaLink = await runCli(dir, [
      "check",
      "plans/p00.txt",
      "--levels",
      "muc.txt",
      "--out",
      "link.html",
      "--force",
    ]);
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toMatch(/chính là tệp đầu vào/);
    expect(fs.readFileSync(at("muc.xlsx")).equals(before)).toBe(true);
    expect(fs.readFileSync(at("muc.txt"), "utf8")).toBe("1.1 Mức 2, 1.2 Mức 1, 1.3 Mức 2\n");
    const other = await runCli(dir, ["check", "plans/p00.txt", "--levels", "muc.txt", "--out", "khac.xlsx"]);
    expect(other.code).not.toBe(2); // another name is allowed
    expect(fs.existsSync(at("khac.xlsx"))).toBe(true);
  });
});

describe("only regular files are inputs", () => {
  const fifo = () => {
    execFileSync("mkfifo", [at("ong.txt")]);
    return "ong.txt";
  };
  it.each([
    ["check", (p: string) => ["check", p]],
    ["check --levels", (p: string) => ["check", "plans/p00.txt", "--levels", p]],
    ["convert", (p: string) => ["convert", p, "-o", "ra.docx"]],
    ["new --from", (p: string) => ["new", "--from", p, "-o", "ra.xlsx"]],
  ])("%s refuses /dev/zero, /dev/urandom and a FIFO at once", async (_, args) => {
    for (const [input, kind] of [
      ["/dev/zero", /thiết bị/],
      ["/dev/urandom", /thiết bị/],
      [fifo(), /đường ống \(FIFO\)/],
    ] as const) {
      const r = await runCli(dir, args(input));
      expect(r.code).toBe(2);
      expect(r.out + r.err).toMatch(kind);
      expect(r.out + r.err).toMatch(/không phải tệp thường/);
    }
    expect(fs.existsSync(at("ra.docx")) || fs.existsSync(at("ra.xlsx"))).toBe(false);
  });
});
