/**
 * Limits at their edges (issue 27), inputs generated at test time. Just over: refused at once with the "Tệp quá lớn
 * hoặc bất thường" message. Just under: read within the memory budget, measured in a child process started with
 * --max-old-space-size set to the budget (peak RSS from process.resourceUsage); the slow ones run when
 * KHCT_EDGE_TESTS=1 (figures in README, "Giới hạn").
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BUDGET, LIMITS } from "../../src/hosts/file/limits";
import { runCli } from "../support/cli";
import { builtCli, sh } from "../support/built-cli";
import { SEEDS, seedText } from "../support/seeds";

let dir: string;
const at = (p: string) => path.join(dir, p);
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-edge-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A text plan of exactly `lines` lines: the seed, then its table rows repeated. */
function planLines(lines: number): string {
  const seed = seedText(SEEDS.thuDuc).replace(/\n$/, "");
  const rows = seed.split("\n").filter((l) => l.includes("\t")).slice(1);
  const have = seed.split("\n").length;
  const extra = Array.from({ length: lines - have }, (_, i) => rows[i % rows.length]);
  return [seed, ...extra].join("\n");
}

/** A zip whose central directory lists `n` entries with one name (APPNOTE 4.3: local headers, directory, end). */
function zipOneName(n: number): Buffer {
  const name = Buffer.from("word/document.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(name.length, 26);
  const localBlock = Buffer.concat([local, name]);
  const central: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(0, 42); // every entry points at the one local header
    central.push(c, name);
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(n, 0xffff), 8);
  end.writeUInt16LE(Math.min(n, 0xffff), 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(localBlock.length, 16);
  return Buffer.concat([localBlock, dirBytes, end]);
}

describe("just over each limit: refused at once", () => {
  it(`a text file of ${LIMITS.rows + 1} lines`, async () => {
    fs.writeFileSync(at("dai.txt"), planLines(LIMITS.rows + 1));
    const r = await runCli(dir, ["check", "dai.txt"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Tệp quá lớn hoặc bất thường: "dai.txt" — hơn 50.000 dòng vượt giới hạn 50.000 dòng.');
  });

  it("a zip listing 20,000 entries under one name (the package's part count comes from its directory)", async () => {
    fs.writeFileSync(at("mot-ten.docx"), zipOneName(20_000));
    const r = await runCli(dir, ["check", "mot-ten.docx"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('"mot-ten.docx" — 20.000 phần trong gói vượt giới hạn 10.000 phần');
  });
});

const edge = process.env.KHCT_EDGE_TESTS === "1" ? describe : describe.skip;
edge("just under: read within the memory budget (KHCT_EDGE_TESTS=1)", () => {
  it(`a text plan of ${LIMITS.rows - 1} lines, under --max-old-space-size=${BUDGET.memoryMb}`, async () => {
    fs.writeFileSync(at("vua.txt"), planLines(LIMITS.rows - 1));
    const main = builtCli();
    const script =
      `require(${JSON.stringify(main)}).main(["check","vua.txt","--json"]).then((c)=>{` +
      `process.stderr.write("maxrss_kb="+process.resourceUsage().maxRSS+"\\n");process.exitCode=c;})`;
    fs.writeFileSync(at("run.js"), script);
    const r = await sh(`node --max-old-space-size=${BUDGET.memoryMb} run.js`, dir);
    const rss = Number(/maxrss_kb=(\d+)/.exec(r.err)?.[1]);
    process.stdout.write(`edge text ${LIMITS.rows - 1} lines: exit ${r.code}, peak RSS ${Math.round(rss / 1024)} MB\n`);
    expect(JSON.parse(r.out).files[0].status).toBe("ok");
    expect(rss / 1024).toBeLessThan(BUDGET.memoryMb);
  }, 600_000);
});
