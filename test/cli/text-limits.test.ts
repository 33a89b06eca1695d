/**
 * Text work linear in the text and bounded per cell (issue 27): folding a long text, one cell or line longer than
 * 100,000 characters reported (not processed), JSON output escaping invisible and reordering characters, and the
 * .xlsx report and convert output staying well-formed when a cell holds U+FFFE / U+FFFF.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { foldDiacritics } from "../../src/core/text/normalize";
import { convertLegacy } from "../../src/core/text/legacy";
import { LIMITS } from "../../src/hosts/file/limits";
import { runCli } from "../support/cli";
import { docxFromGrid, xlsxFromGrid } from "../support/files";
import { SEEDS, seedGrid, seedText } from "../support/seeds";

let dir: string;
const at = (p: string) => path.join(dir, p);
const run = (args: string[]) => runCli(dir, args);
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-text-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("folding is linear and exact on long texts", () => {
  it("folds 2 million characters to the hand-written result", () => {
    const folded = foldDiacritics("  Đội NGŨ\u00a0giáo   viên\t".repeat(100_000));
    expect(folded.length).toBe("doi ngu giao vien ".length * 100_000 - 1);
    expect(folded.slice(0, 36)).toBe("doi ngu giao vien doi ngu giao vien ");
    expect(folded.endsWith("giao vien")).toBe(true);
    expect(foldDiacritics("Ủy ban NHÂN DÂN — Hoá")).toBe("uy ban nhan dan - hoa");
  });
  it("converts a long TCVN3 text", () => {
    expect(convertLegacy("KÕ ho¹ch ".repeat(50_000), "tcvn3")).toBe("Kế hoạch ".repeat(50_000));
  });
});

describe("one cell longer than the limit is reported, not processed", () => {
  const long = (n: number) => "Nâng cao chất lượng ".repeat(Math.ceil(n / 20)).slice(0, n);
  it("states the limit: 100,000 characters", () => expect(LIMITS.cellChars).toBe(100_000));

  it(".xlsx: a cell just over the limit is refused naming the cell; just under is read", async () => {
    const grid = seedGrid(SEEDS.quangNinh);
    const row = grid.findIndex((r) => r.length > 5) + 2;
    const over = grid.map((r, i) => (i === row ? [r[0], long(100_001), ...r.slice(2)] : r));
    fs.writeFileSync(at("qua.xlsx"), await xlsxFromGrid(over, false));
    const r = await run(["check", "qua.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /Tệp quá lớn hoặc bất thường: "qua\.xlsx" — ô Kế hoạch!B\d+ dài 100\.001 ký tự vượt giới hạn 100\.000 ký tự/,
    );
    const under = grid.map((r, i) => (i === row ? [r[0], long(99_999), ...r.slice(2)] : r));
    fs.writeFileSync(at("vua.xlsx"), await xlsxFromGrid(under, false));
    const ok = await run(["check", "vua.xlsx", "--json"]);
    expect(JSON.parse(ok.out).files[0].status).toBe("ok");
  });

  it(".docx: one paragraph of 1 MB is refused", async () => {
    fs.writeFileSync(at("dai.docx"), await docxFromGrid([...seedGrid(SEEDS.mamNon), [long(1_000_000)]]));
    const r = await run(["check", "dai.docx"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/"dai\.docx" — đoạn \d+ dài 1\.000\.000 ký tự vượt giới hạn 100\.000 ký tự/);
  });

  it(".txt: one line over the limit is refused before splitting; a line of 99,999 is read", async () => {
    fs.writeFileSync(at("mot-dong.txt"), seedText(SEEDS.mamNon) + "\n" + long(3_000_000));
    const r = await run(["check", "mot-dong.txt"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/dòng \d+ dài 3\.000\.000 ký tự vượt giới hạn 100\.000 ký tự/);
    fs.writeFileSync(at("vua.txt"), seedText(SEEDS.mamNon) + "\n" + long(99_999));
    expect(JSON.parse((await run(["check", "vua.txt", "--json"])).out).files[0].status).toBe("ok");
  });
});

describe("characters that hide or break output", () => {
  const evilBudget = (s: string) => seedText(SEEDS.mamNon).replace("\t10.000.000", `\tkhoảng ${s}`);

  it("--json escapes C1 controls and bidi overrides as \\u sequences; the parsed text is unchanged", async () => {
    fs.writeFileSync(at("ke-hoach.txt"), evilBudget("A\u0085B\u202eC\u2066D"));
    const r = await run(["check", "ke-hoach.txt", "--json"]);
    expect(r.out).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain("A\\u0085B\\u202eC\\u2066D");
    expect(JSON.stringify(JSON.parse(r.out))).toContain("A\u0085B\u202eC\u2066D");
  });

  it("the .xlsx report and convert output hold no U+FFFE / U+FFFF and open again", async () => {
    fs.writeFileSync(at("ke-hoach.txt"), evilBudget("x\ufffey\uffffz"));
    expect((await run(["check", "ke-hoach.txt", "--out", "bao-cao.xlsx"])).err).toMatch(/Đã ghi báo cáo/);
    expect((await run(["convert", "ke-hoach.txt", "-o", "moi.xlsx"])).code).toBe(0);
    expect((await run(["convert", "ke-hoach.txt", "-o", "moi.docx"])).code).toBe(0);
    for (const f of ["bao-cao.xlsx", "moi.xlsx", "moi.docx"]) {
      const zip = await JSZip.loadAsync(fs.readFileSync(at(f)));
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
        const xml = await zip.file(name)!.async("string");
        expect(xml).not.toMatch(/[\ufffe\uffff]/);
      }
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(at("bao-cao.xlsx")) as unknown as ArrayBuffer);
    const texts = wb.getWorksheet("Chi tiết")!.getSheetValues().flat().map(String).join(" ");
    expect(texts).toContain("xyz");
  });
});
