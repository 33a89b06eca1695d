/**
 * The written files as Excel, LibreOffice and WPS open and print them, checked on their XML: row heights that fit
 * wrapped text, A4 landscape page setup fitted to one page wide with a repeated header row, titles centred across
 * the table, standard rows numbered; and every generated plan file reads back to the same rows.
 */
import JSZip from "jszip";
import { generatedSamples, reread, rowsOf, rulesOf, type Sample } from "../../support/samples";
import { heightBounds, readSheets, type XSheet } from "./sheet-xml";

let samples: Sample[];
const sheetsOf = new Map<string, XSheet[]>();
beforeAll(async () => {
  samples = await generatedSamples();
  for (const s of samples.filter((x) => x.name.endsWith(".xlsx"))) sheetsOf.set(s.name, await readSheets(s.bytes));
});

const XLSX = ["mau-2018.xlsx", "mau-bieu2.xlsx", "da-sua-2018.xlsx", "ban-nhap-bieu2.xlsx", "bao-cao.xlsx"];
const visible = (name: string) => sheetsOf.get(name)!.filter((s) => s.name !== "KHCT_DanhMuc");
/** The plan table's sheet (a Biểu 2 workbook has section IV's sheet before it, as the form orders them). */
const planSheet = (name: string) => visible(name).find((s) => s.name === "Kế hoạch") ?? visible(name)[0];
const width = (sheet: XSheet, col: number) => sheet.widths.get(col) ?? 8.43;

describe("row heights (xlsx XML)", () => {
  it.each(XLSX)("%s: every row with text has an explicit height; wrapped text fits it", (name) => {
    let wrappedRows = 0;
    for (const sheet of visible(name)) {
      for (const row of sheet.rows.filter((r) => r.cells.some((c) => c.text.trim()))) {
        expect({ sheet: sheet.name, row: row.r, custom: row.customHeight, has: row.ht !== null }).toEqual({
          sheet: sheet.name,
          row: row.r,
          custom: true,
          has: true,
        });
        const wrapped = row.cells.filter((c) => c.wrap && c.text.trim());
        for (const c of row.cells.filter((x) => x.text.trim()))
          expect(row.ht!).toBeGreaterThanOrEqual(c.font.size * 1.1);
        if (!wrapped.length) continue;
        wrappedRows++;
        const bounds = wrapped.map((c) => heightBounds(c, width(sheet, c.col)));
        const min = Math.max(...bounds.map((b) => b.min));
        const max = Math.max(...bounds.map((b) => b.max));
        expect({ at: `${sheet.name}!${row.r}`, fits: row.ht! >= min, sensible: row.ht! <= Math.max(max, 20) }).toEqual({
          at: `${sheet.name}!${row.r}`,
          fits: true,
          sensible: true,
        });
      }
    }
    expect(wrappedRows).toBeGreaterThan(0);
  });
  it("a multi-line cell of the saved file is taller than a one-line row of the same table", () => {
    const sheet = visible("da-sua-2018.xlsx")[0];
    const edited = sheet.rows.find((r) => r.cells.some((c) => c.text.startsWith("Tiêu chí 1.4")))!;
    const section = sheet.rows.find((r) => r.cells.some((c) => c.text === "MỨC 1, 2, 3"))!;
    expect(edited.ht!).toBeGreaterThan(section.ht! * 4);
  });
});

describe("page setup (xlsx XML)", () => {
  it.each(XLSX)("%s: every sheet prints A4 landscape, one page wide, with its header row repeated", (name) => {
    for (const sheet of visible(name)) {
      expect({ sheet: sheet.name, ...sheet.pageSetup }).toMatchObject({
        sheet: sheet.name,
        paperSize: "9",
        orientation: "landscape",
        fitToWidth: "1",
        fitToHeight: "0",
      });
      expect(sheet.fitToPage).toBe(true);
      expect(sheet.printTitles).toMatch(/!\$\d+:\$\d+$/);
    }
  });
  it("the report: title, date and the district's fields on every sheet; header row repeated; sized to one page wide", () => {
    const sheets = visible("bao-cao.xlsx");
    expect(sheets.slice(0, 3).map((x) => x.name)).toEqual(["Tổng hợp", "Thống kê", "Chi tiết"]);
    // Then one sheet per file, named by its school (here the file's name: the seeds do not name a school).
    expect(sheets.length).toBe(3 + 3);
    const text = (x: XSheet, r: number) => x.rows.find((row) => row.r === r)?.cells[0]?.text ?? "";
    for (const x of sheets) {
      expect(text(x, 1)).toMatch(/^ĐƠN VỊ: …/); // the district fills in its name
      expect(text(x, 2)).toMatch(/^(Báo cáo tổng hợp kiểm tra|Thống kê|Các vấn đề|Kết quả kiểm tra kế hoạch: )/);
      expect(text(x, 3)).toMatch(/^Lập ngày \d\d tháng \d\d? năm \d{4} bằng KHCT · Người lập: …/);
      expect(text(x, 4)).toBe("Đã kiểm tra 3 tệp kế hoạch (2 đọc được, 1 không đọc được).");
      const header = x.rows.find((row) => row.cells[0]?.text === "TT" || row.cells[0]?.text === "Nhóm")!;
      expect(x.printTitles).toMatch(new RegExp(`!\\$${header.r}:\\$${header.r}$`));
      for (const row of x.rows.filter((rr) => rr.r >= header.r)) for (const c of row.cells) expect(c.wrap).toBe(true);
      // The whole width fits one landscape A4 page at no less than 85 % (about 150 characters).
      const total = [...x.widths.values()].reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(160);
    }
    const details = sheets[2];
    const headerRow = details.rows.find((row) => row.cells[0]?.text === "TT")!;
    const header = headerRow.cells.map((c) => c.text);
    // No internal rule ids in what people read (issue 24): they stay in --json.
    expect(header).toEqual(["TT", "Trường", "Tệp", "Vị trí", "Mức", "Nội dung", "Gợi ý"]);
    const w = (h: string) => width(details, header.indexOf(h) + 1);
    expect(w("Nội dung")).toBeGreaterThan(w("Gợi ý"));
    expect(w("Gợi ý")).toBeGreaterThan(w("Tệp"));
    expect(w("Tệp")).toBeGreaterThan(w("Vị trí"));
    expect(w("Vị trí")).toBeGreaterThan(w("Mức")); // "Bảng 1 · dòng 12 · cột Thời gian" on two lines
    // Every finding names its school and its file.
    const findings = details.rows.filter((row) => row.r > headerRow.r);
    expect(findings.length).toBeGreaterThan(2);
    for (const row of findings) expect(row.cells[2].text).toMatch(/^ke-hoach\/.+\.docx$/);
    // The summary lists each file with its status; the unreadable one says why.
    const summary = sheets[0].rows.map((row) => row.cells.map((c) => c.text).join(" | "));
    expect(summary.some((l) => /ke-hoach-cu\.doc \|.*Không đọc được.*Word 97-2003/.test(l))).toBe(true);
    expect(summary.some((l) => l.startsWith("– Mã và tên tiêu chuẩn, tiêu chí"))).toBe(true);
  });
});

describe("titles and TT numbering", () => {
  it.each(["mau-2018.xlsx", "mau-bieu2.xlsx", "ban-nhap-bieu2.xlsx"])(
    "%s: title lines centred across the table's width, no merged cells",
    (name) => {
      const sheet = planSheet(name);
      const columns = Math.max(
        ...sheet.rows.flatMap((r) => r.cells.filter((c) => c.text === "TT").map(() => r.cells.length)),
      );
      for (const r of [1, 2, 3]) {
        const row = sheet.rows.find((x) => x.r === r)!;
        expect(row.cells[0].text).toMatch(/TRƯỜNG|KẾ HOẠCH|Năm học/);
        expect(row.cells.map((c) => c.horizontal)).toEqual(new Array(columns).fill("centerContinuous"));
      }
      expect(sheet.merges).toEqual([]);
    },
  );
  it("the 2018 .xlsx template numbers the standard rows, leaves the criterion rows' TT empty, adds no numbered empty row", () => {
    const sheet = visible("mau-2018.xlsx")[0];
    const text = (r: { cells: { col: number; text: string }[] }, col: number) =>
      r.cells.find((c) => c.col === col)?.text ?? "";
    const standards = sheet.rows.filter((r) => /^Tiêu chuẩn \d/.test(text(r, 2)));
    expect(standards.map((r) => `${text(r, 1)} | ${text(r, 2).slice(0, 13)}`)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `${n} | Tiêu chuẩn ${n}:`),
    );
    const numberedEmpty = sheet.rows.filter(
      (r) => /^\d+$/.test(text(r, 1)) && r.cells.every((c) => c.col === 1 || !c.text.trim()),
    );
    expect(numberedEmpty).toEqual([]);
  });
  it("the 2018 .docx template numbers the standard rows the same way", async () => {
    const sample = samples.find((s) => s.name === "mau-2018.docx")!;
    const xml = await (await JSZip.loadAsync(sample.bytes)).file("word/document.xml")!.async("string");
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) =>
      [...m[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
      ),
    );
    const standards = rows.filter((r) => /^Tiêu chuẩn \d/.test(r[1] ?? ""));
    expect(standards.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5"]);
    expect(rows.filter((r) => r.length === 9 && /^\d+$/.test(r[0]) && r.slice(1).every((t) => !t.trim()))).toEqual([]);
  });
});

describe("every generated plan file reads back", () => {
  it.each([
    "mau-2018.xlsx",
    "mau-2018.docx",
    "mau-bieu2.xlsx",
    "mau-bieu2.docx",
    "da-sua-2018.xlsx",
    "da-sua-2018.docx",
    "ban-nhap-bieu2.xlsx",
    "ban-nhap-bieu2.docx",
  ])("%s: the same rows, no findings beyond those expected", async (name) => {
    const sample = samples.find((s) => s.name === name)!;
    const plan = await reread(sample.bytes, name);
    expect(plan.headerRow).toBeGreaterThanOrEqual(0);
    expect(rowsOf(plan)).toEqual(sample.expectedRows);
    expect(rulesOf(plan)).toEqual(sample.expectedRules);
  });
});
