/**
 * Messages about files made by other tools than ours (scripts/fixtures/tool-made): a PDF with nothing on it is said
 * to be empty, not a scan (Ghostscript's blank page); a Word paragraph over the cell limit is named as Word names
 * it, "đoạn", not "dòng" (a LibreOffice .docx whose third paragraph is 107,999 characters long).
 */
import * as fs from "fs";
import * as path from "path";
import { FileProblem } from "../../../src/hosts/file/errors";
import { openPlanFile } from "../../../src/hosts/file/index";

const DIR = path.join(__dirname, "..", "..", "fixtures", "tool-made");
const problem = async (name: string): Promise<FileProblem> => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, name)));
  return openPlanFile(bytes, name).then(
    () => {
      throw new Error(`${name} was read`);
    },
    (e: unknown) => e as FileProblem,
  );
};

describe("files made by other tools", () => {
  it("a PDF with no text and no image is empty, not a scan", async () => {
    const e = await problem("trang-trang.pdf");
    expect(e).toBeInstanceOf(FileProblem);
    expect(e.code).toBe("empty");
    expect(e.message).toBe(
      'Tệp "trang-trang.pdf" là PDF không có nội dung để đọc: chỉ có trang trắng (không có chữ, không có ảnh). ' +
        "Hãy kiểm tra lại tệp, hoặc dùng bản Word/Excel gốc.",
    );
    expect(e.message).not.toMatch(/quét/);
  });

  it("a .docx paragraph over the cell limit is “đoạn 3”, as Word counts", async () => {
    const e = await problem("doan-dai.docx");
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/đoạn 3 dài 107\.999 ký tự vượt giới hạn 100\.000 ký tự/);
    expect(e.message).not.toMatch(/dòng/);
  });
});
