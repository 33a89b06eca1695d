/**
 * `kehoach check thu-muc/ --out tong-hop.xlsx`: the consolidated workbook, re-opened with ExcelJS, carries the same
 * per-school figures as `--json` of the same folder; `--json` names each finding's place in the file's own terms.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { SEEDS, seedGrid, seedText } from "../support/seeds";
import { docxFromGrid, xlsxFromGrid } from "../support/files";
import { syntheticPlanGrid } from "../support/plans";

jest.setTimeout(180_000); // real files, read and checked: waits for them, whatever the machine's load
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-report-"));
  const p = (f: string) => path.join(dir, "phong", f);
  fs.mkdirSync(p("cum-2"), { recursive: true });
  fs.writeFileSync(p("thu-duc.docx"), await docxFromGrid(seedGrid(SEEDS.thuDuc)));
  fs.writeFileSync(p("mam-non.txt"), seedText(SEEDS.mamNon));
  fs.writeFileSync(p("cum-2/quang-ninh.xlsx"), await xlsxFromGrid(seedGrid(SEEDS.quangNinh)));
  fs.writeFileSync(p("cum-2/hong.xlsx"), Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9]));
  // Two plans of the same school ("TRƯỜNG THCS A"): their sheets must get distinct names. One has ranges.
  fs.writeFileSync(
    p("a-1.xlsx"),
    await xlsxFromGrid(
      syntheticPlanGrid(6, (i) => ({ period: "Tháng 10/2025", budget: i % 2 ? "khoảng 2 - 3 triệu" : "1.000.000" })),
    ),
  );
  fs.writeFileSync(
    p("a-2.docx"),
    await docxFromGrid(
      syntheticPlanGrid(4, () => ({ period: "Tháng 11/2025", budget: "500.000" })),
      false,
    ),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cellText = (v: ExcelJS.CellValue) =>
  v === null || v === undefined
    ? ""
    : typeof v === "object" && "richText" in v
      ? v.richText.map((t) => t.text).join("")
      : String(v);

describe("kehoach check --out tong-hop.xlsx", () => {
  it("writes a summary and one sheet per school whose counts equal --json of the same folder", async () => {
    const json = JSON.parse((await runCli(dir, ["check", "phong", "--json"])).out);
    const r = await runCli(dir, ["check", "phong", "--out", "tong-hop.xlsx"]);
    expect(r.code).toBe(2); // one file could not be read
    expect(r.err).toContain("Đã ghi báo cáo: tong-hop.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, "tong-hop.xlsx")) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 3)).toEqual(["Tổng hợp", "Thống kê", "Chi tiết"]);
    expect(names).toHaveLength(3 + 6);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["TRƯỜNG THCS A", "TRƯỜNG THCS A (2)", "hong"]));

    const summary = wb.getWorksheet("Tổng hợp")!;
    const rows: string[][] = [];
    summary.eachRow((row) =>
      rows.push(
        Array.from(row.values as ExcelJS.CellValue[])
          .slice(1)
          .map(cellText),
      ),
    );
    expect(rows[1][0]).toBe("Báo cáo tổng hợp kiểm tra kế hoạch cải tiến chất lượng giáo dục");
    expect(rows[2][0]).toMatch(/^Lập ngày \d\d tháng \d\d? năm \d{4} bằng KHCT/);
    expect(rows[3][0]).toBe("Đã kiểm tra 6 tệp kế hoạch (5 đọc được, 1 không đọc được).");
    const head = rows.findIndex((x) => x[0] === "TT");
    expect(rows[head]).toEqual([
      "TT",
      "Trường",
      "Tệp",
      "Cấp học",
      "Năm học",
      "Thông tư",
      "Trạng thái",
      "Lỗi",
      "Cảnh báo",
      "Lưu ý",
      "Số dòng",
      "Tổng kinh phí (đồng)",
      "Ghi chú",
    ]);
    const byFile = new Map(rows.slice(head + 1, head + 1 + json.files.length).map((x) => [x[2], x]));
    expect([...byFile.keys()].sort()).toEqual(json.files.map((f: { path: string }) => f.path).sort());
    for (const f of json.files) {
      const row = byFile.get(f.path)!;
      if (f.status === "error") {
        expect([row[6], row[7], row[12]]).toEqual(["Không đọc được", "—", f.error]); // no counts, never "0 lỗi"
        continue;
      }
      const s = f.summary;
      expect({ path: f.path, figures: row.slice(7, 12).map(Number) }).toEqual({
        path: f.path,
        figures: [s.errors, s.warnings, s.notes, s.rows, s.totalVnd],
      });
      expect(row[6]).toBe("Đọc được");
      // Each school's own sheet lists exactly the file's findings, each with its school and file.
      const sheet = wb.getWorksheet(names[3 + rows.slice(head + 1).findIndex((x) => x[2] === f.path)])!;
      const lines: string[][] = [];
      let headerRow = 0;
      sheet.eachRow((x) => {
        lines.push(
          Array.from(x.values as ExcelJS.CellValue[])
            .slice(1)
            .map(cellText),
        );
        if (lines[lines.length - 1][0] === "TT") headerRow = x.number;
      });
      const top = lines.findIndex((x) => x[0] === "TT");
      expect(lines.slice(top + 1).map((x) => x[2])).toEqual(f.findings.map(() => f.path));
      expect(lines.slice(top + 1).map((x) => x[5])).toEqual(f.findings.map((x: { message: string }) => x.message));
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9 });
      expect(sheet.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    }
    // Written by hand: 6 rows of 1 million or "khoảng 2 - 3 triệu" in turn → 3 × 1 + 3 × 3 million, at most.
    const a1 = json.files.find((f: { path: string }) => f.path === "phong/a-1.xlsx");
    expect(a1.summary).toMatchObject({ totalVnd: 12_000_000, totalIsMax: true, rows: 6 });
    expect(byFile.get("phong/a-1.xlsx")![12]).toBe("Kinh phí tính theo mức tối đa của khoảng");
    // The total row adds up the files.
    const total = rows[head + 1 + json.files.length];
    expect(total.slice(1, 3)).toEqual(["Cộng", "6 tệp"]);
    const sum = (k: string) =>
      json.files.reduce((a: number, f: { summary?: Record<string, number> }) => a + (f.summary?.[k] ?? 0), 0);
    expect(total.slice(7, 12).map(Number)).toEqual([
      sum("errors"),
      sum("warnings"),
      sum("notes"),
      sum("rows"),
      sum("totalVnd"),
    ]);
  });

  it("the .html report has the title, date, what was checked, the schools and the charts", async () => {
    await runCli(dir, ["check", "phong", "--out", "tong-hop.html"]);
    const html = fs.readFileSync(path.join(dir, "tong-hop.html"), "utf8");
    expect(html).toContain("<h1>Báo cáo tổng hợp kiểm tra kế hoạch cải tiến chất lượng giáo dục</h1>");
    expect(html).toMatch(/Lập ngày \d\d tháng \d\d? năm \d{4} bằng KHCT/);
    expect(html).toContain("Đã kiểm tra 6 tệp kế hoạch (5 đọc được, 1 không đọc được)");
    expect(html).toContain("<li>Kinh phí viết đúng (số, đơn vị, nguồn)</li>");
    expect(html.match(/<tr data-file="/g)).toHaveLength(6);
    expect(html.match(/<figure id="bieu-do-[a-z-]+"><figcaption>/g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('aria-label="Kinh phí theo nguồn (mọi trường)"');
    expect(html).not.toMatch(/<script/i);
  });

  it("--json names each finding's place in the file's own terms, with its ref kept (schema v1)", async () => {
    const json = JSON.parse(
      (await runCli(dir, ["check", "phong/thu-duc.docx", "phong/cum-2/quang-ninh.xlsx", "phong/mam-non.txt", "--json"]))
        .out,
    );
    const [docx, xlsx] = json.files;
    const late = docx.findings.find((f: { rule: string }) => f.rule === "timeline.after-school-year");
    expect(late.ref).toMatch(/^F\d+$/); // the grid's address, as before
    expect(late.location).toEqual({
      kind: "table",
      table: expect.any(Number),
      row: expect.any(Number),
      column: "Thời gian",
    });
    expect(late.place).toBe(`Bảng ${late.location.table} · dòng ${late.location.row} · cột Thời gian`);
    const paragraph = docx.findings.find((f: { rule: string }) => f.rule === "doc.reversed-year-range");
    expect([paragraph.place, paragraph.location]).toEqual(["Văn bản", { kind: "document" }]);
    expect(docx.readStatus).toBe("read");
    for (const f of xlsx.findings)
      expect(f.location).toEqual(f.ref ? { kind: "cell", ref: f.ref } : { kind: "document" });
    for (const f of xlsx.findings) expect(f.place).toBe(f.ref ?? "Văn bản");
  });
});
