/** Builds real .xlsx and .docx files from seed grids (nothing binary is committed). */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function xlsxFromGrid(grid: string[][], extraSheet = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (extraSheet) {
    const other = wb.addWorksheet("Danh sách lớp");
    other.addRow(["Lớp", "Sĩ số"]);
    other.addRow(["6A", 42]);
    other.getCell("A1").font = { bold: true, color: { argb: "FFFF0000" } };
  }
  const ws = wb.addWorksheet("Kế hoạch");
  grid.forEach((row) => ws.addRow(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const p = (t: string) =>
  `<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;

/** Rows with several cells become tables (contiguous rows = one table); one-cell rows become paragraphs. */
export async function docxFromGrid(grid: string[][], extraTable = true): Promise<Uint8Array> {
  let body = "";
  let i = 0;
  if (extraTable)
    body += `<w:tbl><w:tr><w:tc>${p("UBND PHƯỜNG LINH XUÂN")}</w:tc><w:tc>${p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}</w:tc></w:tr></w:tbl>`;
  while (i < grid.length) {
    if (grid[i].length > 1) {
      let rows = "";
      const width = Math.max(
        ...grid
          .slice(i, i + 200)
          .filter((r) => r.length > 1)
          .map((r) => r.length),
      );
      while (i < grid.length && grid[i].length > 1) {
        const cells = [...grid[i], ...new Array(Math.max(0, width - grid[i].length)).fill("")];
        rows += `<w:tr>${cells.map((c) => `<w:tc>${c.split("\n").map(p).join("")}</w:tc>`).join("")}</w:tr>`;
        i++;
      }
      body += `<w:tbl>${rows}</w:tbl>`;
    } else {
      body += p(grid[i][0] ?? "");
      i++;
    }
  }
  return docxPackage(body, { "word/media/note.txt": "một phần khác của tài liệu / another part of the package" });
}

/** The smallest .docx package around a WordprocessingML body (ECMA-376 Part 2: content types, relationships). */
export async function docxPackage(body: string, extraParts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  for (const [name, text] of Object.entries(extraParts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An OLE compound file header (legacy .doc/.xls), optionally with the EncryptedPackage stream name. */
export function oleBytes(encrypted: boolean): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (encrypted) {
    const name = "EncryptedPackage";
    for (let k = 0; k < name.length; k++) b[1024 + 2 * k] = name.charCodeAt(k);
  }
  return b;
}
