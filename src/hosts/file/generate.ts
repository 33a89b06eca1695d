/**
 * "Tạo mẫu": a new plan file for a level, regime and school year.
 * .xlsx: the table, a hidden catalog sheet and native list validation (dropdowns in any Excel since 2007).
 * .docx: the official layout (Nghị định 30/2020): header block, title, "Căn cứ", the table, signature.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Catalog, Regime, RenderedGrid, SchoolContext, SchoolLevel } from "../../core/types";
import { bieu2Sections, reviewPoints } from "../../core/tt57/bieu2";
import { catalogIdFor, getCatalog, loadCatalog } from "../../core/catalogs/index";
import { canCuLines, LEVEL_TITLE } from "../../core/docparts/index";
import { renderGrid } from "../../core/render";
import { templateFor } from "../../core/templates";
import { regimeForYear } from "../../core/context";
import { encodeXml, xmlSafeText } from "./xml";
import { fitRowHeights } from "./layout";
import { PAGE_A4_LANDSCAPE } from "./xlsx";

export interface TemplateRequest {
  level: SchoolLevel;
  schoolYear: string;
  regime?: Regime;
  school?: string | null;
  format: "xlsx" | "docx";
  /** Biểu 2 section IV rows (a drafted plan); the form's one empty row otherwise. */
  sectionIV?: string[][];
}

const HIDDEN = "KHCT_DanhMuc";

export { canCuLines } from "../../core/docparts/index";

async function catalogFor(level: SchoolLevel, regime: Regime): Promise<Catalog> {
  const id = catalogIdFor(level, regime);
  return getCatalog(id) ?? (await loadCatalog(id));
}

export async function generateTemplate(req: TemplateRequest): Promise<Uint8Array> {
  const regime = req.regime ?? regimeForYear(req.schoolYear);
  const catalog = await catalogFor(req.level, regime);
  const context = { level: req.level, regime, schoolYear: req.schoolYear, school: req.school ?? null };
  const grid = renderGrid(templateFor(regime).id, context, null, catalog);
  return req.format === "docx" ? generateDocx(req, regime, catalog, grid) : generateXlsx(req, regime, catalog, grid);
}

/** Writes a plan grid (e.g. a draft Biểu 2 carried over from a 2018 plan) as a new .xlsx or .docx. */
export async function writePlanFile(grid: RenderedGrid, context: SchoolContext, format: "xlsx" | "docx", opts: { sectionIV?: string[][] } = {}): Promise<Uint8Array> {
  const level = context.level ?? "thcs";
  const regime = context.regime ?? "2026";
  const req: TemplateRequest = { level, schoolYear: context.schoolYear ?? "", regime, school: context.school, format, sectionIV: opts.sectionIV };
  const catalog = await catalogFor(level, regime);
  return format === "docx" ? generateDocx(req, regime, catalog, grid) : generateXlsx(req, regime, catalog, grid);
}

async function generateXlsx(req: TemplateRequest, regime: Regime, catalog: Catalog, grid: RenderedGrid): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KHCT";
  const ws = wb.addWorksheet("Kế hoạch", { pageSetup: { ...PAGE_A4_LANDSCAPE } });
  const title = [req.school ? req.school.toUpperCase() : `TRƯỜNG ${LEVEL_TITLE[req.level]} …`, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", `Năm học ${req.schoolYear}`];
  // Centred across the table's width as on a printed form (centerContinuous: no merged cells, the text stays in A).
  title.forEach((t, i) => {
    for (let c = 1; c <= grid.columns.length; c++) {
      const cell = ws.getCell(i + 1, c);
      if (c === 1) cell.value = xmlSafeText(t);
      cell.font = { name: "Times New Roman", size: 13, bold: true };
      cell.alignment = { horizontal: "centerContinuous", vertical: "middle" };
    }
  });
  const top = title.length + 2; // header row (1-based)
  grid.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      const cell = ws.getCell(top + r, c + 1);
      cell.value = xmlSafeText(text); // U+FFFE/U+FFFF or a C0 control from the input would break the file
      cell.font = { name: "Times New Roman", size: 12, bold: grid.kinds[r] !== "criterion" && grid.kinds[r] !== "task" };
      const centred = grid.kinds[r] === "header" || grid.kinds[r] === "number-row" || grid.columns[c].role === "tt";
      cell.alignment = { wrapText: true, vertical: "top", horizontal: centred ? "center" : "left" };
      cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    });
  });
  grid.columns.forEach((c, i) => (ws.getColumn(i + 1).width = Math.max(6, c.width * 1.6)));
  let lastRow = top + grid.rows.length - 1;
  if (regime === "2026") {
    // Section VI's two review points, also under the plan table (the full table is on its own sheet).
    const below = top + grid.rows.length + 1;
    ws.getCell(below, 1).value = "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (bảng đầy đủ ở trang “VI. Theo dõi, đánh giá”)";
    ws.getCell(below, 1).font = { name: "Times New Roman", size: 12, bold: true };
    reviewPoints(req.schoolYear).forEach((p, i) => {
      ws.getCell(below + 1 + i, 1).value = p;
      ws.getCell(below + 1 + i, 1).font = { name: "Times New Roman", size: 12 };
    });
    lastRow = below + reviewPoints(req.schoolYear).length;
  }
  // Every written row gets a height that fits its wrapped text (LibreOffice does not auto-fit on opening).
  fitRowHeights(ws, Array.from({ length: lastRow }, (_, i) => i + 1));
  ws.views = [{ state: "frozen", ySplit: top }];
  ws.pageSetup.printTitlesRow = `${top}:${top}`;
  // Hidden catalog sheet and defined names for the dropdowns.
  const hidden = wb.addWorksheet(HIDDEN, { state: "veryHidden" });
  const criteria = catalog.standards.flatMap((s) => s.criteria.map((c) => `Tiêu chí ${c.code}: ${c.name}`));
  criteria.forEach((t, i) => (hidden.getCell(i + 1, 1).value = t));
  const levels = Array.from({ length: catalog.maxLevel }, (_, i) => `Đạt mức ${i + 1}`);
  levels.forEach((t, i) => (hidden.getCell(i + 1, 2).value = t));
  if (regime === "2026") {
    // Biểu 2 in Excel: the section IV and VI tables next to the section V plan table.
    const sections = bieu2Sections({ level: req.level, regime, schoolYear: req.schoolYear, school: req.school ?? null });
    for (const [name, num] of [["IV. Vấn đề trọng tâm", "IV"], ["VI. Theo dõi, đánh giá", "VI"]] as const) {
      const sec = sections.find((x) => x.number === num)!;
      const sh = wb.addWorksheet(name, { pageSetup: { ...PAGE_A4_LANDSCAPE } });
      sh.getCell(1, 1).value = `${sec.number}. ${sec.title}`;
      sh.getCell(1, 1).font = { name: "Times New Roman", size: 13, bold: true };
      const body = (num === "IV" && req.sectionIV?.length && req.sectionIV) || sec.table!.rows;
      [sec.table!.headers, ...body].forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = sh.getCell(r + 3, c + 1);
          cell.value = xmlSafeText(v);
          cell.font = { name: "Times New Roman", size: 12, bold: r === 0 };
          cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
          cell.alignment = { wrapText: true, vertical: "top", horizontal: r === 0 ? "center" : "left" };
        }),
      );
      sec.table!.headers.forEach((h, c) => (sh.getColumn(c + 1).width = h === "TT" ? 6 : 26));
      sh.pageSetup.printTitlesRow = "3:3";
      let end = body.length + 3;
      if (sec.noteUnder) {
        end = body.length + 5;
        sh.getCell(end, 1).value = sec.noteUnder;
        sh.getCell(end, 1).font = { name: "Times New Roman", size: 12, italic: true };
      }
      fitRowHeights(sh, Array.from({ length: end }, (_, i) => i + 1));
    }
  }
  wb.definedNames.add(`'${HIDDEN}'!$A$1:$A$${criteria.length}`, "DS_TieuChi");
  wb.definedNames.add(`'${HIDDEN}'!$B$1:$B$${levels.length}`, "DS_Muc");
  const critCol = grid.columns.findIndex((c) => c.role === "criterion") + 1;
  const targetCol = grid.columns.findIndex((c) => c.role === "target") + 1;
  const firstRow = top + 2;
  const lastListRow = Math.max(top + grid.rows.length + 100, firstRow + 200);
  for (let r = firstRow; r <= lastListRow; r++) {
    ws.getCell(r, critCol).dataValidation = { type: "list", allowBlank: true, formulae: ["DS_TieuChi"], showErrorMessage: false, promptTitle: "Tiêu chí", prompt: "Chọn tiêu chí trong danh sách (hoặc ghi Tiêu chuẩn N: …)", showInputMessage: true };
    ws.getCell(r, targetCol).dataValidation = { type: "list", allowBlank: true, formulae: ["DS_Muc"], showErrorMessage: false };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ---- .docx ----
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const run = (t: string, o: { b?: boolean; i?: boolean; sz?: number } = {}) =>
  `<w:r><w:rPr>${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${o.sz ? `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>` : ""}</w:rPr><w:t xml:space="preserve">${encodeXml(t)}</w:t></w:r>`;
const para = (t: string, o: { b?: boolean; i?: boolean; sz?: number; align?: "center" | "both" | "left"; indent?: boolean; keep?: boolean } = {}) =>
  `<w:p><w:pPr>${o.keep ? "<w:keepNext/>" : ""}${o.align ? `<w:jc w:val="${o.align}"/>` : ""}${o.indent ? '<w:ind w:firstLine="567"/>' : ""}<w:spacing w:before="60" w:after="60"/></w:pPr>${t ? run(t, o) : ""}</w:p>`;
/** A table cell's paragraph: an empty cell keeps a run with its font size, so text typed or saved into it later
 * gets 12 pt like its neighbours rather than the document default. */
const cellPara = (t: string, o: { b?: boolean; sz: number; align: "center" | "left" }) =>
  `<w:p><w:pPr><w:jc w:val="${o.align}"/><w:spacing w:before="60" w:after="60"/></w:pPr>${run(t, o)}</w:p>`;
const NO_BORDERS = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const BORDERS = '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>';

function headerBlock(req: TemplateRequest): string {
  const school = req.school ? req.school.toUpperCase() : `TRƯỜNG ${LEVEL_TITLE[req.level]} …`;
  const cell = (w: number, content: string) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const left = para("UBND XÃ/PHƯỜNG …", { sz: 13, align: "center" }) + para(school, { b: true, sz: 13, align: "center" }) + para("Số: …/KH-…", { sz: 13, align: "center" });
  const right = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13, align: "center" }) + para("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14, align: "center" }) + para("…, ngày … tháng … năm …", { i: true, sz: 14, align: "center" });
  return `<w:tbl><w:tblPr><w:tblW w:w="14000" w:type="dxa"/>${NO_BORDERS}</w:tblPr><w:tblGrid><w:gridCol w:w="5600"/><w:gridCol w:w="8400"/></w:tblGrid><w:tr>${cell(5600, left)}${cell(8400, right)}</w:tr></w:tbl>`;
}

function simpleTable(headers: string[], rows: string[][]): string {
  // A narrow TT column; the others share the width.
  const weight = headers.map((h) => (h === "TT" ? 0.35 : 1));
  const sum = weight.reduce((a, b) => a + b, 0);
  const w = weight.map((x) => Math.round((x / sum) * 14000));
  const tr = (cells: string[], head: boolean) => `<w:tr>${head ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : ""}${cells.map((t, c) => `<w:tc><w:tcPr><w:tcW w:w="${w[c]}" w:type="dxa"/></w:tcPr>${cellPara(t, { b: head, sz: 12, align: head || headers[c] === "TT" ? "center" : "left" })}</w:tc>`).join("")}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="14000" w:type="dxa"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join("")}</w:tblGrid>${tr(headers, true)}${rows.map((r) => tr(r, false)).join("")}</w:tbl>`;
}

function planTable(grid: RenderedGrid): string {
  const total = grid.columns.reduce((s, c) => s + c.width, 0);
  const widths = grid.columns.map((c) => Math.round((c.width / total) * 14000));
  const rows = grid.rows
    .map((row, r) => {
      const kind = grid.kinds[r];
      const header = kind === "header";
      const bold = kind !== "criterion" && kind !== "task";
      const cells = row.map((t, c) => `<w:tc><w:tcPr><w:tcW w:w="${widths[c]}" w:type="dxa"/></w:tcPr>${cellPara(t, { b: bold, sz: 12, align: header || kind === "number-row" || grid.columns[c].role === "tt" ? "center" : "left" })}</w:tc>`).join("");
      // Short rows (header, numbers, section, standard) never break across pages.
      const short = header || kind === "number-row" || kind === "section" || kind === "standard";
      return `<w:tr>${short ? `<w:trPr>${header ? "<w:tblHeader/>" : ""}<w:cantSplit/></w:trPr>` : ""}${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="14000" w:type="dxa"/>${BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows}</w:tbl>`;
}

async function generateDocx(req: TemplateRequest, regime: Regime, catalog: Catalog, grid: RenderedGrid): Promise<Uint8Array> {
  void catalog;
  const signature = `<w:tbl><w:tblPr><w:tblW w:w="14000" w:type="dxa"/>${NO_BORDERS}</w:tblPr><w:tblGrid><w:gridCol w:w="7000"/><w:gridCol w:w="7000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="7000" w:type="dxa"/></w:tcPr>${para("Nơi nhận:", { b: true, i: true, sz: 12 })}${para("- Phòng Văn hóa - Xã hội xã/phường …;", { sz: 11 })}${para("- Hội đồng trường;", { sz: 11 })}${para("- Lưu: VT.", { sz: 11 })}</w:tc><w:tc><w:tcPr><w:tcW w:w="7000" w:type="dxa"/></w:tcPr>${para("HIỆU TRƯỞNG", { b: true, sz: 13, align: "center" })}${para("(Ký, ghi rõ họ tên, đóng dấu)", { i: true, sz: 13, align: "center" })}</w:tc></w:tr></w:tbl>`;
  const sectPr = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  if (regime === "2026") {
    // Biểu 2: sections I–VIII in order.
    const sections = bieu2Sections({ level: req.level, regime, schoolYear: req.schoolYear, school: req.school ?? null });
    const parts = [headerBlock(req), para(""), para("KẾ HOẠCH", { b: true, sz: 14, align: "center" }), para(`Cải tiến chất lượng giáo dục năm học ${req.schoolYear}`, { b: true, sz: 14, align: "center" }), para("")];
    for (const sec of sections) {
      parts.push(para(`${sec.number}. ${sec.title}`, { b: true, sz: 13, keep: true }));
      for (const l of sec.lines) parts.push(para(l, { sz: 13, align: "both", indent: true }));
      if (sec.table) parts.push(simpleTable(sec.table.headers, (sec.number === "IV" && req.sectionIV?.length && req.sectionIV) || sec.table.rows));
      if (sec.noteUnder) parts.push(para(sec.noteUnder, { i: true, sz: 12 }));
      if (sec.planTable) parts.push(planTable(grid));
    }
    parts.push(signature, sectPr);
    return packDocx(parts.join(""));
  }
  const body = [
    headerBlock(req),
    para(""),
    para("KẾ HOẠCH", { b: true, sz: 14, align: "center" }),
    para(`Cải tiến chất lượng giáo dục năm học ${req.schoolYear}`, { b: true, sz: 14, align: "center" }),
    para(""),
    ...canCuLines(req.level, regime).map((l) => para(l, { sz: 13, align: "both", indent: true })),
    para(`${req.school ?? "Nhà trường"} xây dựng Kế hoạch cải tiến chất lượng giáo dục năm học ${req.schoolYear} như sau:`, { sz: 13, align: "both", indent: true }),
    para("I. MỤC ĐÍCH, YÊU CẦU", { b: true, sz: 13, keep: true }),
    para("…", { sz: 13, indent: true }),
    para("II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", { b: true, sz: 13, keep: true }),
    planTable(grid),
    para("III. TỔ CHỨC THỰC HIỆN", { b: true, sz: 13, keep: true }),
    para("1. Hiệu trưởng: …", { sz: 13, indent: true }),
    para("2. Hội đồng tự đánh giá, các tổ chuyên môn, tổ văn phòng: …", { sz: 13, indent: true }),
    signature,
    // A4 landscape (the plan table is wide); margins per Nghị định 30/2020.
    sectPr,
  ].join("");
  return packDocx(body);
}

function packDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file("word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
