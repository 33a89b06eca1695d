import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { PdfWriter } from "../support/pdf-writer";

// The first test pays for loading pdf.js (transformed from ES modules once, then cached).

const FIXTURES = path.join(__dirname, "..", "fixtures", "pdf");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-cli-pdf-"));
  const good = fs.readFileSync(path.join(FIXTURES, "thu-duc-2025-2026.pdf"));
  fs.mkdirSync(path.join(dir, "pdf"));
  fs.writeFileSync(path.join(dir, "pdf/thu-duc.pdf"), good);
  fs.copyFileSync(path.join(FIXTURES, "mam-non-2025-2026.pdf"), path.join(dir, "pdf/mam-non.pdf"));
  fs.writeFileSync(path.join(dir, "pdf/scan.pdf"), new PdfWriter().imagePage().bytes());
  fs.copyFileSync(path.join(FIXTURES, "encrypted.pdf"), path.join(dir, "pdf/mat-khau.pdf"));
  fs.writeFileSync(path.join(dir, "pdf/tai-do.pdf"), good.subarray(0, Math.floor(good.length / 2)));
  fs.copyFileSync(path.join(FIXTURES, "thu-duc-nhieu-trang-layout.txt"), path.join(dir, "layout.txt"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kehoach check with PDF files", () => {
  it("checks the readable PDFs of a folder, reports scanned, encrypted and truncated ones, and exits 2", async () => {
    // --no-ocr: the scan is refused as before OCR existed (test/cli/ocr.test.ts reads scans).
    const { code, out } = await runCli(dir, ["check", "pdf", "--json", "--no-ocr"]);
    const files = Object.fromEntries(JSON.parse(out).files.map((f: { path: string }) => [path.basename(f.path), f]));
    expect(files["scan.pdf"]).toMatchObject({
      status: "error",
      error: expect.stringContaining(
        "Tệp PDF là ảnh quét, không có chữ để đọc: hãy dùng bản Word/Excel gốc hoặc dán bảng",
      ),
    });
    expect(files["mat-khau.pdf"]).toMatchObject({ status: "error", error: expect.stringMatching(/có mật khẩu/) });
    expect(files["tai-do.pdf"]).toMatchObject({ status: "error", error: expect.stringMatching(/không trọn vẹn/) });
    expect(files["thu-duc.pdf"]).toMatchObject({ status: "ok", context: { level: "thcs", schoolYear: "2025-2026" } });
    expect(files["thu-duc.pdf"].rows.map((r: { criterion: string }) => r.criterion)).toEqual(["1.4", "5.2", "5.4"]);
    expect(files["thu-duc.pdf"].findings.map((f: { rule: string }) => f.rule)).toContain("timeline.after-school-year");
    expect(files["mam-non.pdf"]).toMatchObject({ status: "ok", context: { level: "mam-non" } });
    expect(code).toBe(2);
  });

  it("prints the Vietnamese messages in the text report and converts a PDF plan to a draft Biểu 2", async () => {
    const text = await runCli(dir, ["check", "--no-ocr", "pdf/scan.pdf", "pdf/thu-duc.pdf"]);
    expect(text.out).toContain("không đọc được: Tệp PDF là ảnh quét");
    expect(text.out).toMatch(/THCS · năm học 2025-2026 · TT 18\/2018/);
    expect(text.code).toBe(2);
    const conv = await runCli(dir, ["convert", "pdf/thu-duc.pdf", "-o", "bieu2.docx"]);
    expect(conv.code).toBe(0);
    expect(conv.out).toContain("tiêu chí 1.4 (2018)");
    expect(fs.statSync(path.join(dir, "bieu2.docx")).size).toBeGreaterThan(1000);
  });

  it("reads a PDF's text saved by `pdftotext -layout` as a .txt file", async () => {
    const { code, out } = await runCli(dir, ["check", "layout.txt", "--json"]);
    const file = JSON.parse(out).files[0];
    expect(file.status).toBe("ok");
    expect(file.rows.map((r: { criterion: string }) => r.criterion)).toEqual(["1.4", "5.2", "5.4"]);
    expect(code).toBe(1);
  });
});
