/**
 * The page's batch queue over a folder: the same files, order, statuses and counts as `kehoach check --json` of the
 * same folder; progress file by file; cancel keeps what was read; a failing file never stops the batch.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../../support/cli";
import { SEEDS, seedGrid, seedText } from "../../support/seeds";
import { docxFromGrid, oleBytes, xlsxFromGrid } from "../../support/files";
import { syntheticPlanGrid } from "../../support/plans";
import { planSources, runBatch, type BatchSource } from "../../../src/hosts/file/batch";
import { checkBytes, toReportFile } from "../../../src/hosts/file/check";
import type { ReportFile } from "../../../src/core/report/model";
import { PdfWriter } from "../../support/pdf-writer";
import { nodeOcrEnv } from "../../../src/hosts/file/ocr/node-env";

jest.setTimeout(180_000); // real files, read and checked: waits for them, whatever the machine's load
let dir: string;
let sources: BatchSource[];
// As the page's batch worker checks a file: scans read by OCR (issue 22), from the installed trained data here.
const ocr = { env: nodeOcrEnv() };
const check = async (bytes: Uint8Array, s: BatchSource) =>
  toReportFile(await checkBytes(bytes, path.basename(s.path), s.path, {}, { ocr }));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-batch-"));
  const files: Record<string, Uint8Array | string> = {
    "phong/thu-duc.docx": await docxFromGrid(seedGrid(SEEDS.thuDuc)),
    "phong/mam-non.txt": seedText(SEEDS.mamNon),
    "phong/B/quang-ninh.xlsx": await xlsxFromGrid(seedGrid(SEEDS.quangNinh)),
    "phong/B/hong.docx": new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]),
    "phong/cu.doc": oleBytes(false),
    "phong/a.xlsx": await xlsxFromGrid(
      syntheticPlanGrid(5, (i) => ({ period: i ? "Tháng 10/2025" : "Tháng 9/2030", budget: "1 triệu" })),
    ),
    "phong/.an.xlsx": await xlsxFromGrid(syntheticPlanGrid(2, () => ({ period: "Tháng 10/2025", budget: "" }))),
    "phong/ghi-chu.md": "không phải kế hoạch",
    "phong/scan.pdf": new PdfWriter().imagePage().imagePage().bytes(),
    "phong/thu-duc.pdf": new Uint8Array(
      fs.readFileSync(path.join(__dirname, "../../fixtures/pdf/thu-duc-2025-2026.pdf")),
    ),
  };
  for (const [p, b] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), b);
  }
  // As the page gets them from a folder input: relative paths in any order.
  sources = Object.keys(files)
    .reverse()
    .map((p) => ({
      path: p,
      size: fs.statSync(path.join(dir, p)).size,
      bytes: async () => new Uint8Array(fs.readFileSync(path.join(dir, p))),
    }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("batch of a folder", () => {
  it("lists the plan files in the command line's order, skipping hidden and other files", () => {
    expect(planSources(sources).map((s) => s.path)).toEqual([
      "phong/B/hong.docx",
      "phong/B/quang-ninh.xlsx",
      "phong/a.xlsx",
      "phong/cu.doc",
      "phong/mam-non.txt",
      "phong/scan.pdf",
      "phong/thu-duc.docx",
      "phong/thu-duc.pdf",
    ]);
  });

  it("gives the statuses and counts of `kehoach check --json` of the same folder, with progress file by file", async () => {
    const progress: string[] = [];
    const { files, cancelled } = await runBatch(planSources(sources), check, {
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.current ?? "-"}`),
    });
    expect(cancelled).toBe(false);
    expect(progress).toEqual([
      "0/8 phong/B/hong.docx",
      "1/8 phong/B/quang-ninh.xlsx",
      "2/8 phong/a.xlsx",
      "3/8 phong/cu.doc",
      "4/8 phong/mam-non.txt",
      "5/8 phong/scan.pdf",
      "6/8 phong/thu-duc.docx",
      "7/8 phong/thu-duc.pdf",
      "8/8 -",
    ]);
    // The page reads scans by OCR (issue 22) as the command line does by default.
    const json = JSON.parse((await runCli(dir, ["check", "phong", "--json"])).out);
    expect(files.map((f) => f.file)).toEqual(json.files.map((f: { path: string }) => f.path));
    files.forEach((f: ReportFile, i) => {
      const j = json.files[i];
      expect({ file: f.file, status: f.status }).toEqual({ file: j.path, status: j.readStatus });
      if (j.status === "error") expect(f.reason).toBe(j.error);
      else
        expect([f.errors, f.warnings, f.notes, f.rows, f.totalVnd, f.findings.map((x) => x.place)]).toEqual([
          j.summary.errors,
          j.summary.warnings,
          j.summary.notes,
          j.summary.rows,
          j.summary.totalVnd,
          j.findings.map((x: { place: string }) => x.place),
        ]);
    });
    // Written by hand: the corrupt package and the Word 97-2003 file are listed with their reasons.
    expect(files.filter((f) => f.status === "unreadable").map((f) => f.file)).toEqual([
      "phong/B/hong.docx",
      "phong/cu.doc",
    ]);
    expect(files.find((f) => f.file === "phong/cu.doc")!.reason).toMatch(/Word 97-2003/);
    // A scan is said to be one (not "broken"); the text PDF is read like the Word file of the same plan.
    expect(files.find((f) => f.file === "phong/scan.pdf")).toMatchObject({
      status: "scanned",
      checked: false,
      reason: expect.stringMatching(/quét/),
    });
    expect(files.find((f) => f.file === "phong/thu-duc.pdf")).toMatchObject({ status: "read", checked: true, rows: 3 });
  });

  it("cancel stops before the next file and keeps the files read", async () => {
    const signal = { aborted: false };
    const seen: string[] = [];
    const r = await runBatch(planSources(sources), check, {
      signal,
      onFile: (f, i) => {
        seen.push(f.file);
        if (i === 1) signal.aborted = true;
      },
    });
    expect([r.cancelled, r.files.map((f) => f.file), seen]).toEqual([
      true,
      ["phong/B/hong.docx", "phong/B/quang-ninh.xlsx"],
      ["phong/B/hong.docx", "phong/B/quang-ninh.xlsx"],
    ]);
  });

  it("stopped while a file is read (a long scan ended at once): that file is not listed, the batch stops", async () => {
    const signal = { aborted: false };
    const order = planSources(sources);
    const stoppedIn = order[2].path;
    const r = await runBatch(
      order,
      async (bytes, s) => {
        if (s.path !== stoppedIn) return check(bytes, s);
        signal.aborted = true; // the user presses "Dừng"; the page terminates the worker reading this file
        throw new Error("closed");
      },
      { signal },
    );
    expect([r.cancelled, r.files.map((f) => f.file)]).toEqual([true, ["phong/B/hong.docx", "phong/B/quang-ninh.xlsx"]]);
  });

  it("a reader that fails or a file too large is listed with its reason; the batch goes on", async () => {
    const odd: BatchSource[] = [
      {
        path: "x/khong-doc.xlsx",
        size: 10,
        bytes: () => Promise.reject(new Error("Không đọc được tệp (quyền truy cập).")),
      },
      { path: "x/qua-lon.pdf", size: 500 * 1024 * 1024, bytes: () => Promise.reject(new Error("must not be read")) },
      sources.find((s) => s.path === "phong/mam-non.txt")!,
    ];
    const { files } = await runBatch(odd, check);
    expect(files.map((f) => [f.file, f.status])).toEqual([
      ["x/khong-doc.xlsx", "unreadable"],
      ["x/qua-lon.pdf", "unreadable"],
      ["phong/mam-non.txt", "read"],
    ]);
    expect(files[0].reason).toBe("Không đọc được tệp (quyền truy cập).");
    expect(files[1].reason).toMatch(/quá lớn/i);
  });
});
