/**
 * The file formats as other programs read them. A generated .docx is a whole OPC package (ECMA-376 Part 2): the
 * package relationship `_rels/.rels` names the main document, and every part [Content_Types].xml overrides and every
 * target of the document's relationships is in the zip. A worksheet with a merged area is read as Excel shows it:
 * the text once, in the area's first cell. Expected values by hand.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import "../../../src/core/catalogs/all";
import { generateTemplate } from "../../../src/hosts/file";
import { sheetToGrid } from "../../../src/hosts/file/xlsx";

describe("generated .docx package", () => {
  it("has the package relationship to word/document.xml and every part it names", async () => {
    const zip = await JSZip.loadAsync(
      await generateTemplate({ level: "thcs", schoolYear: "2025-2026", format: "docx" }),
    );
    const rels = await zip.file("_rels/.rels")?.async("string");
    expect(rels).toMatch(
      /<Relationship Id="rId1" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument" Target="word\/document\.xml"\/>/,
    );
    const types = (await zip.file("[Content_Types].xml")!.async("string"))!;
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml"]));
    for (const part of overrides) expect(zip.file(part)).not.toBeNull();
    const documentRels = (await zip.file("word/_rels/document.xml.rels")!.async("string"))!;
    const targets = [...documentRels.matchAll(/Target="([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(zip.file(`word/${t}`)).not.toBeNull();
  });
});

describe("worksheet with merged cells", () => {
  it("reads a merged area's text once, in its first cell; an empty row and an empty first cell as empty", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KH");
    ws.getCell("A1").value = "TT";
    ws.getCell("B1").value = "Tiêu chí";
    ws.getCell("A2").value = "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường";
    ws.mergeCells("A2:C2");
    ws.getCell("A3").value = 1;
    ws.getCell("B3").value = "Tiêu chí 1.1";
    ws.getCell("C3").value = "Tháng 9/2025";
    ws.getCell("B5").value = "Ghi chú";
    const read = sheetToGrid(ws);
    expect(read.grid).toEqual([
      ["TT", "Tiêu chí"],
      ["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      ["1", "Tiêu chí 1.1", "Tháng 9/2025"],
      [],
      ["", "Ghi chú"],
    ]);
    expect(read.problems).toEqual([
      {
        vi: 'Trang "KH": 1 vùng ô gộp — nội dung được đọc ở ô đầu tiên của mỗi vùng',
        en: 'Sheet "KH": 1 merged areas, read from their first cells',
      },
    ]);
  });
});
