/**
 * The .docx KHCT writes ("Tạo mẫu", a drafted Biểu 2, "Lưu thành .docx"), laid out as Nghị định 30/2020/NĐ-CP
 * asks and as a secretary can print, sign and submit it:
 * - header block: agency and Quốc hiệu / Tiêu ngữ, each with its short rule line underneath;
 * - page numbers: Arabic numerals centred in the top margin, not on the first page (a header part + titlePg);
 * - headings keep with what follows and stand clear of the table above them;
 * - table rows that fit on one page never break across pages (cantSplit); only a row taller than a page may;
 * - columns at least as wide as the longest amount they hold ("5.000.000/năm học" never breaks inside the number);
 * - the signature block (chức vụ, chữ ký, họ tên) is one unsplittable row.
 */
import JSZip from "jszip";
import type { Regime, RenderedGrid, SchoolLevel } from "../../core/types";
import { bieu2Sections } from "../../core/tt57/bieu2";
import { canCuLines, LEVEL_TITLE } from "../../core/docparts/index";
import { encodeXml } from "./xml";
import { lineHeight, textPx, wrappedLines } from "./layout";

export interface DocxRequest {
  level: SchoolLevel;
  schoolYear: string;
  school?: string | null;
  /** Biểu 2 section IV rows (a drafted plan); the form's one empty row otherwise. */
  sectionIV?: string[][];
}

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Text width of the page in twips: A4 landscape (16838) less the left (1701) and right (1134) margins. */
export const TEXT_WIDTH = 14000;
/** Height of the page's text area in points: A4 landscape (11906 twips) less top and bottom margins (1134 each). */
const TEXT_HEIGHT_PT = (11906 - 2 * 1134) / 20;
/** Word's default left + right cell margins (108 twips each). */
const CELL_MARGINS = 216;

interface RunOptions {
  b?: boolean;
  i?: boolean;
  sz?: number;
}
interface ParaOptions extends RunOptions {
  align?: "center" | "both" | "left";
  indent?: boolean;
  /** Keep with the next paragraph (headings). */
  keep?: boolean;
  /** Space before in twips (a heading after a table stands clear of it). */
  before?: number;
}

const run = (t: string, o: RunOptions = {}) => {
  const size = o.sz ? `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>` : "";
  const props = `${o.b ? "<w:b/>" : ""}${o.i ? "<w:i/>" : ""}${size}`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${encodeXml(t)}</w:t></w:r>`;
};

export const para = (t: string, o: ParaOptions = {}) => {
  const props =
    (o.keep ? "<w:keepNext/><w:keepLines/>" : "") +
    `<w:spacing w:before="${o.before ?? 60}" w:after="60"/>` +
    (o.indent ? '<w:ind w:firstLine="567"/>' : "") +
    (o.align ? `<w:jc w:val="${o.align}"/>` : "");
  return `<w:p><w:pPr>${props}</w:pPr>${t ? run(t, o) : ""}</w:p>`;
};

/** A section heading: kept with what follows, with room above it (it often follows a table). */
const heading = (t: string) => para(t, { b: true, sz: 13, keep: true, before: 240 });

/**
 * A short horizontal rule centred in a cell `cellWidth` twips wide and `length` twips long: an empty paragraph whose
 * top border is narrowed by equal indents (the Decree's line under the agency name and under the Tiêu ngữ).
 */
export function ruleLine(cellWidth: number, length: number): string {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return (
    `<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>` +
    `<w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/><w:ind w:left="${side}" w:right="${side}"/>` +
    `</w:pPr></w:p>`
  );
}

/** The width of one unwrapped line of text in twips, Times New Roman (layout.ts's glyph table and margin). */
export function textTwips(text: string, sz: number, bold = false): number {
  return Math.ceil(textPx(text, { name: "Times New Roman", size: sz, bold }) * 15);
}

const NO_BORDERS =
  '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>' +
  '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const BORDERS =
  '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>' +
  '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>' +
  "</w:tblBorders>";

const cellXml = (width: number, content: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;

/** A table cell's paragraph: an empty cell keeps a run with its font size, so text typed into it later gets 12 pt. */
const cellPara = (t: string, o: { b?: boolean; sz: number; align: "center" | "left"; keep?: boolean }) =>
  `<w:p><w:pPr>${o.keep ? "<w:keepNext/>" : ""}<w:spacing w:before="60" w:after="60"/><w:jc w:val="${o.align}"/>` +
  `</w:pPr>${run(t, o)}</w:p>`;

function headerBlock(req: DocxRequest): string {
  const school = req.school ? req.school.toUpperCase() : `TRƯỜNG ${LEVEL_TITLE[req.level]} …`;
  const motto = "Độc lập - Tự do - Hạnh phúc";
  // The line under the agency name is a third to a half of the name; the one under the Tiêu ngữ is as long as it.
  const agencyLine = Math.min(5000, Math.max(1200, Math.round(textTwips(school, 13, true) * 0.4)));
  const left =
    para("UBND XÃ/PHƯỜNG …", { sz: 13, align: "center" }) +
    para(school, { b: true, sz: 13, align: "center" }) +
    ruleLine(5600, agencyLine) +
    para("Số: …/KH-…", { sz: 13, align: "center" });
  const right =
    para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13, align: "center" }) +
    para(motto, { b: true, sz: 14, align: "center" }) +
    ruleLine(8400, textTwips(motto, 14, true)) +
    para("…, ngày … tháng … năm …", { i: true, sz: 14, align: "center" });
  const grid = '<w:tblGrid><w:gridCol w:w="5600"/><w:gridCol w:w="8400"/></w:tblGrid>';
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${NO_BORDERS}</w:tblPr>${grid}` +
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(5600, left)}${cellXml(8400, right)}</w:tr></w:tbl>`
  );
}

/** Nơi nhận on the left; chức vụ, room to sign and stamp, and họ tên on the right — one row that never splits. */
function signatureBlock(): string {
  const left =
    para("Nơi nhận:", { b: true, i: true, sz: 12 }) +
    para("- Phòng Văn hóa - Xã hội xã/phường …;", { sz: 11 }) +
    para("- Hội đồng trường;", { sz: 11 }) +
    para("- Lưu: VT.", { sz: 11 });
  const right =
    para("HIỆU TRƯỞNG", { b: true, sz: 13, align: "center" }) +
    para("(Ký, ghi rõ họ tên, đóng dấu)", { i: true, sz: 13, align: "center" }) +
    para("") +
    para("") +
    para("") +
    para("…………………………", { b: true, sz: 13, align: "center" });
  const grid = '<w:tblGrid><w:gridCol w:w="7000"/><w:gridCol w:w="7000"/></w:tblGrid>';
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${NO_BORDERS}</w:tblPr>${grid}` +
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(7000, left)}${cellXml(7000, right)}</w:tr></w:tbl>`
  );
}

/** A number with its separators and what is glued to it ("5.000.000/năm", "15.000.000đ"): never broken. */
const AMOUNT_TOKEN = /^[(]?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?\S*$/;

/** The widest amount token of each column, in twips (0 where the column holds none). */
export function amountWidths(rows: string[][], columns: number): number[] {
  const out = new Array<number>(columns).fill(0);
  for (const row of rows) {
    row.forEach((text, c) => {
      for (const token of String(text ?? "").split(/\s+/)) {
        if (AMOUNT_TOKEN.test(token)) out[c] = Math.max(out[c], textTwips(token, 12) + CELL_MARGINS);
      }
    });
  }
  return out;
}

/**
 * Column widths (twips, summing to TEXT_WIDTH) from relative weights, widened where a column must hold an amount
 * unbroken; the width it takes comes from the widest other columns.
 */
export function fitColumnWidths(weights: number[], rows: string[][]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const need = amountWidths(rows, widths.length);
  let deficit = 0;
  need.forEach((n, c) => {
    if (n > widths[c]) {
      deficit += n - widths[c];
      widths[c] = n;
    }
  });
  while (deficit > 0) {
    // Take from the widest column that did not need widening, a little at a time.
    const donor = widths
      .map((w, c) => ({ w, c }))
      .filter((x) => need[x.c] === 0 || x.w > need[x.c] + 200)
      .sort((a, b) => b.w - a.w)[0];
    if (!donor) break;
    const take = Math.min(deficit, 50);
    widths[donor.c] -= take;
    deficit -= take;
  }
  return widths;
}

/** Points a row takes when printed (wrapped lines of 12 pt text, cell spacing); used to decide cantSplit. */
function rowHeightPt(cells: string[], widths: number[], bold: boolean): number {
  const font = { name: "Times New Roman", size: 12, bold };
  let need = 0;
  cells.forEach((t, c) => {
    // twips → pixels (÷15) → Excel character units (7 px each, plus 7 px of padding in layout.ts).
    const chars = (Math.max(1, widths[c] - CELL_MARGINS) / 15 + 7) / 7;
    const paragraphs = String(t ?? "").split(/\n/).length;
    need = Math.max(need, wrappedLines(t, chars, font) * lineHeight(font) + paragraphs * 6);
  });
  return need;
}

/** A row that fits on one page (with the repeated header) is never broken across two. */
const fitsOnePage = (heightPt: number) => heightPt < TEXT_HEIGHT_PT * 0.8;

interface RowStyle {
  header: boolean;
  bold: boolean;
  /** Kept on the page of the row after it (the header and the (1)…(10) row never end a page alone). */
  withNext: boolean;
}

function tableXml(
  rows: string[][],
  widths: number[],
  style: (r: number) => RowStyle,
  centred: (r: number, c: number) => boolean,
): string {
  const body = rows
    .map((cells, r) => {
      const { header, bold, withNext } = style(r);
      const keep = header || fitsOnePage(rowHeightPt(cells, widths, bold));
      const props = `${header ? "<w:tblHeader/>" : ""}${keep ? "<w:cantSplit/>" : ""}`;
      const tcs = cells
        .map((t, c) => {
          const align = centred(r, c) ? "center" : "left";
          return cellXml(widths[c], cellPara(t, { b: bold, sz: 12, align, keep: withNext }));
        })
        .join("");
      return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ""}${tcs}</w:tr>`;
    })
    .join("");
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const props = `<w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${BORDERS}<w:tblLayout w:type="fixed"/>`;
  return `<w:tbl><w:tblPr>${props}</w:tblPr>${grid}${body}</w:tbl>`;
}

function simpleTable(headers: string[], rows: string[][]): string {
  // A narrow TT column; the others share the width.
  const widths = fitColumnWidths(
    headers.map((h) => (h === "TT" ? 0.35 : 1)),
    rows,
  );
  return tableXml(
    [headers, ...rows],
    widths,
    (r) => ({ header: r === 0, bold: r === 0, withNext: r === 0 }),
    (r, c) => r === 0 || headers[c] === "TT",
  );
}

function planTable(grid: RenderedGrid): string {
  const widths = fitColumnWidths(
    grid.columns.map((c) => c.width),
    grid.rows,
  );
  return tableXml(
    grid.rows,
    widths,
    (r) => ({
      header: grid.kinds[r] === "header",
      bold: grid.kinds[r] !== "criterion" && grid.kinds[r] !== "task",
      withNext: ["header", "number-row", "section", "standard"].includes(grid.kinds[r]),
    }),
    (r, c) => grid.kinds[r] === "header" || grid.kinds[r] === "number-row" || grid.columns[c].role === "tt",
  );
}

const SECT_PR =
  '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>' +
  '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>' +
  "<w:titlePg/></w:sectPr>";

const title = (req: DocxRequest) => [
  para("KẾ HOẠCH", { b: true, sz: 14, align: "center", before: 240 }),
  para(`Cải tiến chất lượng giáo dục năm học ${req.schoolYear}`, { b: true, sz: 14, align: "center" }),
  para(""),
];

/** The whole document for a plan grid under its regime. */
export function generateDocx(req: DocxRequest, regime: Regime, grid: RenderedGrid): Promise<Uint8Array> {
  const parts = [headerBlock(req), ...title(req)];
  if (regime === "2026") {
    // Biểu 2: sections I–VIII in order.
    const sections = bieu2Sections({
      level: req.level,
      regime,
      schoolYear: req.schoolYear,
      school: req.school ?? null,
    });
    for (const sec of sections) {
      parts.push(heading(`${sec.number}. ${sec.title}`));
      for (const l of sec.lines) parts.push(para(l, { sz: 13, align: "both", indent: true }));
      if (sec.table) {
        const body = (sec.number === "IV" && req.sectionIV?.length && req.sectionIV) || sec.table.rows;
        parts.push(simpleTable(sec.table.headers, body));
      }
      if (sec.noteUnder) parts.push(para(sec.noteUnder, { i: true, sz: 12 }));
      if (sec.planTable) parts.push(planTable(grid));
    }
  } else {
    const intro =
      `${req.school ?? "Nhà trường"} xây dựng Kế hoạch cải tiến chất lượng giáo dục năm học ` +
      `${req.schoolYear} như sau:`;
    parts.push(
      ...canCuLines(req.level, regime).map((l) => para(l, { sz: 13, align: "both", indent: true })),
      para(intro, { sz: 13, align: "both", indent: true }),
      heading("I. MỤC ĐÍCH, YÊU CẦU"),
      para("…", { sz: 13, indent: true }),
      heading("II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"),
      planTable(grid),
      heading("III. TỔ CHỨC THỰC HIỆN"),
      para("1. Hiệu trưởng: …", { sz: 13, indent: true }),
      para("2. Hội đồng tự đánh giá, các tổ chuyên môn, tổ văn phòng: …", { sz: 13, indent: true }),
    );
  }
  // Room between the last table or paragraph and the signature block.
  parts.push(para(""), signatureBlock(), SECT_PR);
  return packDocx(parts.join(""));
}

/** The page-number header: the PAGE field centred, 13 pt (shown from page 2 on: the section has titlePg). */
const HEADER_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:t>2</w:t></w:r>' +
  "</w:fldSimple></w:p></w:hdr>";

const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function packDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  zip.file(
    "[Content_Types].xml",
    `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/word/header1.xml" ContentType="${CT}.header+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/header" Target="header1.xml"/></Relationships>`,
  );
  zip.file(
    "word/styles.xml",
    `${xml}<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" ` +
      'w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/>' +
      '<w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
      '<w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>',
  );
  zip.file("word/header1.xml", HEADER_XML);
  zip.file("word/document.xml", `${xml}<w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
