/**
 * `convert`, `new --from` and `check --levels` read their input in the same isolated worker as each file of a batch
 * (issue 27): a file that exhausts the worker's heap, or one that overruns the time budget, ends with its Vietnamese
 * message and exit 2 — no aborted process, no stack trace, the input unchanged and no output written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtCli, sh } from "../support/built-cli";
import { SEEDS, seedText } from "../support/seeds";

let dir: string;
const at = (p: string) => path.join(dir, p);
const LEVELS =
  "1.1 Mức 1, 1.2 Mức 1, 1.3 Mức 1, 1.4 Mức 1, 2.1 Mức 1, 2.2 Mức 1, 2.3 Mức 1, 3.1 Mức 1, 3.2 Không đạt, " +
  "3.3 Mức 1, 3.4 Mức 1, 3.5 Mức 1, 4.1 Mức 1, 4.2 Mức 1, 4.3 Mức 1\n";

beforeAll(() => {
  builtCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-tasks-"));
  fs.writeFileSync(at("tot.txt"), seedText(SEEDS.thuDuc));
  fs.writeFileSync(at("muc.txt"), LEVELS);
  // About 18,000 plan rows: far under every limit, but more than the 32 MB heap these tests give the worker.
  const seed = seedText(SEEDS.thuDuc);
  const rows = seed
    .split("\n")
    .filter((l) => l.includes("\t"))
    .slice(1);
  fs.writeFileSync(at("lon.txt"), seed + "\n" + Array(2000).fill(rows.join("\n")).join("\n"));
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TOO_LARGE =
  'Tệp quá lớn hoặc bất thường: "lon.txt" — bộ nhớ cần để đọc tệp vượt giới hạn 32 MB. Tệp không bị thay đổi.';

describe.each([
  ["convert", "$KEHOACH convert lon.txt -o ra.xlsx", "ra.xlsx"],
  ["new --from", "$KEHOACH new --from lon.txt --level thcs --year 2026-2027 -o ra.docx", "ra.docx"],
  ["check --levels", "$KEHOACH check tot.txt --levels lon.txt --out ra.xlsx", "ra.xlsx"],
])("%s", (_, command, out) => {
  it("a file that exhausts the worker's heap: its message, exit 2, input unchanged, nothing written", async () => {
    const before = fs.readFileSync(at("lon.txt"));
    const r = await sh(command, dir, { KHCT_WORKER_HEAP_MB: "32" });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kehoach: ${TOO_LARGE}\n`);
    expect(fs.readFileSync(at("lon.txt")).equals(before)).toBe(true);
    expect(fs.existsSync(at(out))).toBe(false);
  }, 180_000);
});

it("a command past the file's time budget says so (exit 2) and writes nothing", async () => {
  const r = await sh("$KEHOACH convert tot.txt -o cham.xlsx", dir, { KHCT_FILE_TIME_MS: "1" });
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^kehoach: Tệp quá phức tạp: "tot\.txt" — chưa đọc xong sau 0 giây/);
  expect(fs.existsSync(at("cham.xlsx"))).toBe(false);
}, 180_000);

it("a good levels file through the worker: the board is printed, the draft written", async () => {
  const r = await sh("$KEHOACH new --from muc.txt --level thcs --year 2026-2027 -o nhap.xlsx", dir);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toContain("Đã tạo bản nháp kế hoạch");
  expect(fs.statSync(at("nhap.xlsx")).size).toBeGreaterThan(0);
  const check = await sh("$KEHOACH check tot.txt --levels muc.txt --json", dir);
  expect(check.code).not.toBe(2);
  expect(JSON.parse(check.out).files[0].status).toBe("ok");
}, 180_000);
