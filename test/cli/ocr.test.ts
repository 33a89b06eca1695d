/**
 * kehoach check on scans: --no-ocr keeps the refusal; with OCR the page progress goes to stderr only (stdout stays
 * the --json document) and a scan without a plan table says what was seen.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";

jest.setTimeout(1_800_000); // one OCR'd page; minutes on a shared 2-core machine

const SCANS = path.join(__dirname, "..", "fixtures", "scans");

function folderWith(...files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-ocr-cli-"));
  for (const f of files) fs.copyFileSync(path.join(SCANS, f), path.join(dir, f));
  return dir;
}

describe("kehoach check with scans", () => {
  it("--no-ocr refuses a scanned PDF and an image as before", async () => {
    const dir = folderWith("thu-duc-scan-bieu2.pdf", "title.png");
    const r = await runCli(dir, ["check", "--no-ocr", "--json", "thu-duc-scan-bieu2.pdf", "title.png"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files[0].error).toMatch(/PDF là ảnh quét/);
    expect(json.files[1].error).toMatch(/OCR đang tắt/);
    expect(r.err).not.toMatch(/trang \d+\/\d+/);
  });

  it("reads an image: progress on stderr, --json intact, no table → what was seen", async () => {
    const dir = folderWith("title.png");
    const r = await runCli(dir, ["check", "--json", "title.png"]);
    expect(r.err).toContain("title.png: đọc ảnh trang 1/1");
    expect(r.out).not.toContain("trang 1/1");
    const json = JSON.parse(r.out);
    expect(r.code).toBe(2);
    expect(json.files[0].status).toBe("error");
    expect(json.files[0].error).toMatch(
      /ảnh quét\/ảnh chụp: đã thấy 1 trang, \d+ chữ đọc được, độ tin cậy trung bình \d+ %/,
    );
    expect(json.files[0].error).toContain("bản Word/Excel gốc");
  });
});
