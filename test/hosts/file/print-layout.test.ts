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
const width = (sheet: XSheet, col: number) => sheet.widths.get(col) ?? 8.43;

describe("row heights (xlsx XML)", () => {
  it.each(XLSX)("%s: every row with text has an explicit height; wrapped text fits it", (name) => {
    let wrappedRows = 0;
    for (const sheet of visible(name)) {
      for (const row of sheet.rows.filter((r) => r.cells.some((c) => c.text.trim()))) {
        expect({ sheet: sheet.name, row: row.r, custom: row.customHeight, has: row.ht !== null }).toEqual({ sheet: sheet.name, row: row.r, custom: true, has: true });
        const wrapped = row.cells.filter((c) => c.wrap && c.text.trim());
        for (const c of row.cells.filter((x) => x.text.trim())) expect(row.ht!).toBeGreaterThanOrEqual(c.font.size * 1.1);
        if (!wrapped.length) continue;
        wrappedRows++;
        const bounds = wrapped.map((c) => heightBounds(c, width(sheet, c.col)));
        const min = Math.max(...bounds.map((b) => b.min));
        const max = Math.max(...bounds.map((b) => b.max));
        expect({ at: `${sheet.name}!${row.r}`, fits: row.ht! >= min, sensible: row.ht! <= Math.max(max, 20) }).toEqual({ at: `${sheet.name}!${row.r}`, fits: true, sensible: true });
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
      expect({ sheet: sheet.name, ...sheet.pageSetup }).toMatchObject({ sheet: sheet.name, paperSize: "9", orientation: "landscape", fitToWidth: "1", fitToHeight: "0" });
      expect(sheet.fitToPage).toBe(true);
      expect(sheet.printTitles).toMatch(/!\$\d+:\$\d+$/);
    }
  });
  it("the report: header row repeated, columns sized for path, cell, severity, message and suggestion, wrapped", () => {
    const [summary, details] = visible("bao-cao.xlsx");
    expect(summary.name).toBe("Tổng hợp");
    expect(details.printTitles).toMatch(/!\$1:\$1$/);
    expect(summary.printTitles).toMatch(/!\$1:\$1$/);
    const header = details.rows[0].cells.map((c) => c.text);
    expect(header).toEqual(["Tệp", "Vị trí", "Mức", "Quy tắc", "Nội dung", "Gợi ý"]);
    const w = (h: string) => width(details, header.indexOf(h) + 1);
    expect(w("Nội dung")).toBeGreaterThan(w("Gợi ý"));
    expect(w("Gợi ý")).toBeGreaterThan(w("Tệp"));
    expect(w("Tệp")).toBeGreaterThan(w("Vị trí"));
    expect(w("Vị trí")).toBeGreaterThan(w("Mức")); // "Bảng 1 · dòng 12 · cột Thời gian" on two lines
    expect(details.rows.length).toBeGreaterThan(2);
    for (const row of details.rows) for (const c of row.cells) expect(c.wrap).toBe(true);
    // The whole width fits one landscape A4 page at no less than 85 % (about 150 characters).
    const total = [...details.widths.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(160);
  });
});

describe("titles and TT numbering", () => {
  it.each(["mau-2018.xlsx", "mau-bieu2.xlsx", "ban-nhap-bieu2.xlsx"])("%s: title lines centred across the table's width, no merged cells", (name) => {
    const sheet = visible(name)[0];
    const columns = Math.max(...sheet.rows.flatMap((r) => r.cells.filter((c) => c.text === "TT").map(() => r.cells.length)));
    for (const r of [1, 2, 3]) {
      const row = sheet.rows.find((x) => x.r === r)!;
      expect(row.cells[0].text).toMatch(/TRƯỜNG|KẾ HOẠCH|Năm học/);
      expect(row.cells.map((c) => c.horizontal)).toEqual(new Array(columns).fill("centerContinuous"));
    }
    expect(sheet.merges).toEqual([]);
  });
  it("the 2018 .xlsx template numbers the standard rows, leaves the criterion rows' TT empty, adds no numbered empty row", () => {
    const sheet = visible("mau-2018.xlsx")[0];
    const text = (r: { cells: { col: number; text: string }[] }, col: number) => r.cells.find((c) => c.col === col)?.text ?? "";
    const standards = sheet.rows.filter((r) => /^Tiêu chuẩn \d/.test(text(r, 2)));
    expect(standards.map((r) => `${text(r, 1)} | ${text(r, 2).slice(0, 13)}`)).toEqual([1, 2, 3, 4, 5].map((n) => `${n} | Tiêu chuẩn ${n}:`));
    const numberedEmpty = sheet.rows.filter((r) => /^\d+$/.test(text(r, 1)) && r.cells.every((c) => c.col === 1 || !c.text.trim()));
    expect(numberedEmpty).toEqual([]);
  });
  it("the 2018 .docx template numbers the standard rows the same way", async () => {
    const sample = samples.find((s) => s.name === "mau-2018.docx")!;
    const xml = await (await JSZip.loadAsync(sample.bytes)).file("word/document.xml")!.async("string");
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => [...m[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")));
    const standards = rows.filter((r) => /^Tiêu chuẩn \d/.test(r[1] ?? ""));
    expect(standards.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5"]);
    expect(rows.filter((r) => r.length === 9 && /^\d+$/.test(r[0]) && r.slice(1).every((t) => !t.trim()))).toEqual([]);
  });
});

describe("every generated plan file reads back", () => {
  it.each(["mau-2018.xlsx", "mau-2018.docx", "mau-bieu2.xlsx", "mau-bieu2.docx", "da-sua-2018.xlsx", "da-sua-2018.docx", "ban-nhap-bieu2.xlsx", "ban-nhap-bieu2.docx"])(
    "%s: the same rows, no findings beyond those expected",
    async (name) => {
      const sample = samples.find((s) => s.name === name)!;
      const plan = await reread(sample.bytes, name);
      expect(plan.headerRow).toBeGreaterThanOrEqual(0);
      expect(rowsOf(plan)).toEqual(sample.expectedRows);
      expect(rulesOf(plan)).toEqual(sample.expectedRules);
    },
  );
});
