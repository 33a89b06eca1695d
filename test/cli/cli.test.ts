import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { SEEDS, seedGrid, seedText } from "../support/seeds";
import { docxFromGrid, oleBytes, xlsxFromGrid } from "../support/files";

/** A tiny JSON Schema checker for the subset docs/cli-json-schema.json uses. */
function validate(schema: any, value: any, at = "$"): string[] {
  const errs: string[] = [];
  const type = (v: any) =>
    v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
  if (schema.const !== undefined && value !== schema.const) errs.push(`${at}: expected ${schema.const}`);
  if (schema.enum && !schema.enum.includes(value)) errs.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = type(value);
    if (!types.includes(t) && !(t === "integer" && types.includes("number")))
      errs.push(`${at}: type ${t}, expected ${types}`);
  }
  if (schema.required) for (const k of schema.required) if (value?.[k] === undefined) errs.push(`${at}: missing ${k}`);
  if (schema.properties && value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (schema.properties[k]) errs.push(...validate(schema.properties[k], v, `${at}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${at}: unexpected ${k}`);
    }
  }
  if (schema.items && Array.isArray(value))
    value.forEach((v, i) => errs.push(...validate(schema.items, v, `${at}[${i}]`)));
  return errs;
}

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../../docs/cli-json-schema.json"), "utf8"));
let dir: string;

const run = (args: string[]) => runCli(dir, args);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-cli-"));
  fs.mkdirSync(path.join(dir, "plans/sub"), { recursive: true });
  fs.writeFileSync(path.join(dir, "plans/thu-duc.txt"), seedText(SEEDS.thuDuc));
  fs.writeFileSync(path.join(dir, "plans/mam-non.docx"), await docxFromGrid(seedGrid(SEEDS.mamNon)));
  fs.writeFileSync(path.join(dir, "plans/sub/quang-ninh.xlsx"), await xlsxFromGrid(seedGrid(SEEDS.quangNinh)));
  fs.mkdirSync(path.join(dir, "mixed"));
  fs.writeFileSync(path.join(dir, "mixed/mam-non.txt"), seedText(SEEDS.mamNon));
  fs.writeFileSync(path.join(dir, "mixed/hong.xlsx"), Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9]));
  fs.writeFileSync(path.join(dir, "mixed/cu.doc"), oleBytes(false));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kehoach check", () => {
  it("checks a folder recursively and prints the documented JSON shape", async () => {
    const before = fs.readFileSync(path.join(dir, "plans/mam-non.docx"));
    const { code, out } = await run(["check", "plans", "--json"]);
    const json = JSON.parse(out);
    expect(validate(schema, json)).toEqual([]);
    expect(json.files.map((f: any) => f.path)).toEqual([
      "plans/mam-non.docx",
      "plans/sub/quang-ninh.xlsx",
      "plans/thu-duc.txt",
    ]);
    const thuDuc = json.files[2];
    expect(thuDuc.context).toEqual({
      level: "thcs",
      regime: "2018",
      circular: "18/2018/TT-BGDĐT",
      schoolYear: "2025-2026",
      school: null,
    });
    expect(thuDuc.rows.map((r: any) => r.criterion)).toEqual(["1.4", "5.2", "5.4"]);
    expect(thuDuc.rows[0]).toMatchObject({
      standard: 1,
      timeline: { kind: "range", start: "2025-09", end: "2026-09" },
      budget: { kind: "amount", vnd: 5000000, per: "year" },
    });
    expect(thuDuc.findings.find((f: any) => f.rule === "timeline.after-school-year")).toMatchObject({
      severity: "warning",
      criterion: "1.4",
      standard: 1,
      ref: "F29",
    });
    expect(thuDuc.summary).toEqual({ rows: 3, totalVnd: 5000000, errors: 2, warnings: 1, notes: 2, totalIsMax: false });
    expect(json.files[0].summary).toMatchObject({ rows: 5, totalVnd: 70000000, errors: 0, warnings: 0 });
    expect(code).toBe(1); // errors found
    expect(fs.readFileSync(path.join(dir, "plans/mam-non.docx")).equals(before)).toBe(true);
  });
  it("exits 0 without errors and prints findings grouped by row in Vietnamese", async () => {
    const r = await run(["check", "mixed/mam-non.txt"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("không có lỗi");
    expect(r.out).toMatch(/mixed\/mam-non\.txt\s+0\s+0\s+70\.000\.000/);
    const t = await run(["check", "plans/thu-duc.txt"]);
    expect(t.out).toContain("Dòng 29 (tiêu chí 1.4)");
    expect(t.out).toContain('Năm "20128" không hợp lệ');
  });
  it("names places in a Word document's terms: table, row and column; paragraphs under 'Văn bản'", async () => {
    fs.writeFileSync(path.join(dir, "thu-duc.docx"), await docxFromGrid(seedGrid(SEEDS.thuDuc)));
    const r = await run(["check", "thu-duc.docx", "--out", "thu-duc-report.html"]);
    expect(r.out).toMatch(/ {2}Bảng \d+ · dòng \d+ \(tiêu chí 1\.4\)\n/);
    expect(r.out).toMatch(/cột Thời gian +cảnh báo +"Tháng 9\/2025/);
    expect(r.out).toMatch(/ {2}Văn bản\n[^\n]*lỗi +Khoảng năm "từ năm 2029 đến 2024"/);
    expect(r.out).not.toMatch(/\b[A-I]\d{1,3}\b +(lỗi|cảnh báo)/); // no A1 addresses for a Word document
    const html = fs.readFileSync(path.join(dir, "thu-duc-report.html"), "utf8");
    expect(html).toMatch(/<td>Bảng \d+ · dòng \d+ · cột Thời gian<\/td>/);
    expect(html).toContain('<th style="width:18%">Vị trí</th>');
    // Each school's table repeats its school and file with the header on every printed page.
    expect(html).toContain('<th class="who" colspan="4">Trường: thu-duc · Tệp: thu-duc.docx</th>');
    // The same plan as .xlsx keeps its A1 addresses.
    fs.writeFileSync(path.join(dir, "thu-duc.xlsx"), await xlsxFromGrid(seedGrid(SEEDS.thuDuc)));
    expect((await run(["check", "thu-duc.xlsx"])).out).toMatch(/ {4}F29 +cảnh báo/);
  });
  it("reports unreadable files clearly, still checks the others, and exits 2", async () => {
    const { code, out } = await run(["check", "mixed", "--json"]);
    const json = JSON.parse(out);
    expect(validate(schema, json)).toEqual([]);
    const byPath = Object.fromEntries(json.files.map((f: any) => [f.path, f]));
    expect(byPath["mixed/hong.xlsx"]).toMatchObject({ status: "error", error: expect.stringMatching(/hỏng/) });
    expect(byPath["mixed/cu.doc"]).toMatchObject({ status: "error", error: expect.stringMatching(/Word 97-2003/) });
    expect(byPath["mixed/mam-non.txt"]).toMatchObject({ status: "ok", summary: { errors: 0 } });
    expect(code).toBe(2);
  });
  it("applies --level/--year overrides and writes reports", async () => {
    const r = await run(["check", "plans/thu-duc.txt", "--year", "2026-2027", "--json", "--out", "report.html"]);
    const f = JSON.parse(r.out).files[0];
    expect(f.context).toMatchObject({ schoolYear: "2026-2027", regime: "2026" });
    expect(f.findings.map((x: any) => x.rule)).toContain("doc.circular-regime-mismatch");
    const html = fs.readFileSync(path.join(dir, "report.html"), "utf8");
    expect(html).toContain("<h1>Báo cáo tổng hợp kiểm tra kế hoạch cải tiến chất lượng giáo dục</h1>");
    await run(["check", "plans", "--out", "report.xlsx"]);
    expect(fs.statSync(path.join(dir, "report.xlsx")).size).toBeGreaterThan(1000);
  });
  it("rejects usage problems with exit code 2", async () => {
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["check", "plans", "--level", "dai-hoc"])).code).toBe(2);
    expect((await run(["check", "plans", "--year", "2029-2024"])).code).toBe(2);
    expect((await run(["lam-gi"])).code).toBe(2);
    expect((await run(["check", "khong-co.xlsx", "--json"])).code).toBe(2);
  });
});

describe("kehoach new", () => {
  it.each(["xlsx", "docx"])("creates a %s template that check reads with one finding: no content yet", async (ext) => {
    const file = `moi.${ext}`;
    const made = await run([
      "new",
      "--level",
      "thcs",
      "--year",
      "2025-2026",
      "--school",
      "Trường THCS Lê Quý Đôn",
      "-o",
      file,
    ]);
    expect(made.code).toBe(0);
    const r = await run(["check", file, "--json"]);
    const f = JSON.parse(r.out).files[0];
    expect(f).toMatchObject({ status: "ok", context: { level: "thcs", schoolYear: "2025-2026", regime: "2018" } });
    // An empty table is never a success (issue 24): the only finding says it has no content.
    expect(f.findings.map((x: { rule: string; severity: string }) => [x.rule, x.severity])).toEqual([
      ["table.empty", "warning"],
    ]);
    expect(r.code).toBe(0);
    // Never overwrites without --force.
    expect((await run(["new", "--level", "thcs", "--year", "2025-2026", "-o", file])).code).toBe(2);
    expect((await run(["new", "--level", "thcs", "--year", "2025-2026", "-o", file, "--force"])).code).toBe(0);
  });
});

describe("help", () => {
  it("is Vietnamese by default and English with --lang en", async () => {
    expect((await run(["--help"])).out).toContain("Cách dùng");
    expect((await run(["help", "check"])).out).toContain("Không bao giờ sửa tệp đầu vào");
    expect((await run(["check", "--help", "--lang", "en"])).out).toContain("Input files are never modified");
  });
});
