/**
 * One bad file never takes a batch down (issue 27). The built command line reads each file in a worker thread with
 * a heap limit: a file that exhausts the worker's memory, a PDF whose page tree is a DAG claiming 16 million pages,
 * and a Flate bomb are each reported with their reason, the three good plans are checked, the report is written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtCli, sh } from "../support/built-cli";
import { flateBomb, formXObjectLoop, pageTreeDag, samePageListed } from "../support/hostile-pdf";
import { SEEDS, seedGrid, seedText } from "../support/seeds";
import { docxFromGrid, xlsxFromGrid } from "../support/files";
import { humanPrinter } from "../../src/cli/print";
import { readPlan } from "../../src/core/read/index";
import type { Finding } from "../../src/core/types";

let dir: string;
const at = (p: string) => path.join(dir, p);
beforeAll(() => {
  builtCli();
}, 180_000);
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-batch-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("a batch with a memory-exhausting file, a page-tree DAG and a Flate bomb: three checked, three reported, report written, exit 2", async () => {
  fs.mkdirSync(at("ke-hoach"));
  fs.writeFileSync(at("ke-hoach/1-tot.txt"), seedText(SEEDS.thuDuc));
  fs.writeFileSync(at("ke-hoach/2-tot.docx"), await docxFromGrid(seedGrid(SEEDS.mamNon)));
  fs.writeFileSync(at("ke-hoach/3-tot.xlsx"), await xlsxFromGrid(seedGrid(SEEDS.quangNinh)));
  // 20,000 plan rows: far under every limit, but more than the 48 MB heap this test gives the worker.
  const rows = seedText(SEEDS.thuDuc)
    .split("\n")
    .filter((l) => l.includes("\t"))
    .slice(1);
  fs.writeFileSync(
    at("ke-hoach/4-het-bo-nho.txt"),
    seedText(SEEDS.thuDuc) + "\n" + Array(2000).fill(rows.join("\n")).join("\n"),
  );
  fs.writeFileSync(at("ke-hoach/5-cay-trang.pdf"), pageTreeDag());
  fs.writeFileSync(at("ke-hoach/6-bom.pdf"), flateBomb(201));
  const r = await sh("$KEHOACH check ke-hoach --json --out bao-cao.html", dir, { KHCT_WORKER_HEAP_MB: "48" });
  expect(r.code).toBe(2);
  const files = JSON.parse(r.out).files as { path: string; status: string; error?: string }[];
  expect(files.map((f) => [path.basename(f.path), f.status])).toEqual([
    ["1-tot.txt", "ok"],
    ["2-tot.docx", "ok"],
    ["3-tot.xlsx", "ok"],
    ["4-het-bo-nho.txt", "error"],
    ["5-cay-trang.pdf", "error"],
    ["6-bom.pdf", "error"],
  ]);
  expect(files[3].error).toBe(
    'Tệp quá lớn hoặc bất thường: "4-het-bo-nho.txt" — bộ nhớ cần để đọc tệp vượt giới hạn 48 MB. Tệp không bị thay đổi.',
  );
  expect(files[4].error).toMatch(/"5-cay-trang\.pdf" — 16\.777\.216 trang vượt giới hạn 2\.000 trang/);
  expect(files[5].error).toMatch(/"6-bom\.pdf" — một luồng dữ liệu nén khi giải nén vượt giới hạn 200 MB/);
  const report = fs.readFileSync(at("bao-cao.html"), "utf8");
  for (const n of ["4-het-bo-nho.txt", "5-cay-trang.pdf", "6-bom.pdf", "1-tot.txt"]) expect(report).toContain(n);
  expect(r.err).not.toMatch(/at |Error|heap/); // no stack trace, no library dump
}, 300_000);

it("a page listed twice in the page tree is a structure error", async () => {
  fs.writeFileSync(at("trung.pdf"), samePageListed(3));
  const r = await sh("$KEHOACH check trung.pdf", dir);
  expect(r.code).toBe(2);
  expect(r.out).toMatch(
    /Tệp "trung\.pdf" có cấu trúc PDF bất thường: cùng một trang xuất hiện nhiều lần trong cây trang/,
  );
}, 120_000);

it("a form XObject that draws itself is a structure error, with no library source on stderr", async () => {
  fs.writeFileSync(at("vong.pdf"), formXObjectLoop());
  const r = await sh("$KEHOACH check vong.pdf", dir);
  expect(r.code).toBe(2);
  expect(r.out).toMatch(/"vong\.pdf" có cấu trúc PDF bất thường: một hình vẽ \(form XObject\) tự vẽ lại chính nó/);
  expect(r.err).toBe("");
}, 120_000);

it("180,000 findings print without overflowing the stack", () => {
  const plan = readPlan(seedGrid(SEEDS.thuDuc));
  const findings: Finding[] = Array.from({ length: 180_000 }, (_, i) => ({
    rule: "test.many",
    severity: "warning",
    message: `Phát hiện ${i}`,
    messageEn: `Finding ${i}`,
    cell: { row: plan.headerRow + 1 + (i % 5), col: 1 },
  })) as Finding[];
  let out = "";
  const p = humanPrinter({ write: (s: string) => (out += s) }, "vi", false);
  p.file({ path: "nhieu.txt", status: "ok", plan, findings, totalVnd: 0 });
  p.summary([{ path: "nhieu.txt", status: "ok", plan, findings, totalVnd: 0 }]);
  expect(out).toContain("Phát hiện 179999");
  expect(out).toMatch(/nhieu\.txt\s+0\s+180000/);
});
