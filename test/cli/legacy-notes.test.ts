/** Legacy encodings of .txt plans (issue 27): VNI detected and converted with a note; the note shown in the CLI. */
import { decodePlanText } from "../../src/hosts/file/text";
import { humanPrinter } from "../../src/cli/print";
import { readPlan } from "../../src/core/read/index";
import { SEEDS, seedGrid } from "../support/seeds";

it("a VNI .txt (VNI-Windows bytes) is converted, with a note, not read as Windows-1258 without a word", () => {
  const bytes = new Uint8Array(Buffer.from("Keá hoaïch caûi tieán chaát löôïng giaùo duïc tröôøng THCS", "latin1"));
  const { text, note } = decodePlanText(bytes, "vni.txt");
  expect(text).toContain("hoạch cải");
  expect(text).toContain("lượng giáo dục trường THCS");
  expect(note?.vi).toMatch(/^Tệp "vni\.txt" dùng bảng mã VNI/);
  expect(note?.en).toMatch(/^"vni\.txt" is in VNI/);
});

it("a TCVN3 .txt is converted and the check-capitals note is printed under the file", () => {
  const bytes = new Uint8Array(Buffer.from("KÕ ho¹ch c¶i tiÕn chÊt l­îng gi¸o dôc", "latin1"));
  const { text, note } = decodePlanText(bytes, "abc.txt");
  expect(text).toBe("Kế hoạch cải tiến chất lượng giáo dục");
  let out = "";
  const plan = readPlan(seedGrid(SEEDS.mamNon));
  humanPrinter({ write: (s: string) => (out += s) }, "vi", false).file({
    path: "abc.txt",
    status: "ok",
    plan,
    findings: [],
    totalVnd: 0,
    notes: [note!],
  });
  expect(out).toContain('lưu ý: Tệp "abc.txt" dùng bảng mã TCVN3');
  expect(out).toContain("chữ hoa gõ bằng phông .VnTimeH");
});
