/**
 * "Tạo mẫu": a new plan file for a level, regime and school year.
 * .xlsx: the table, a hidden catalog sheet and native list validation (dropdowns in any Excel since 2007).
 * .docx: the official layout (Nghị định 30/2020): header block, title, "Căn cứ", the table, signature
 * (generate-docx.ts).
 */
import ExcelJS from "exceljs";
import type { Catalog, Regime, RenderedGrid, SchoolContext, SchoolLevel } from "../../core/types";
import { bieu2Sections, reviewPoints } from "../../core/tt57/bieu2";
import { catalogIdFor, getCatalog, loadCatalog } from "../../core/catalogs/index";
import { LEVEL_TITLE } from "../../core/docparts/index";
import { renderGrid } from "../../core/render";
import { templateFor } from "../../core/templates";
import { regimeForYear } from "../../core/context";
import { xmlSafeText } from "./xml";
import { fitRowHeights } from "./layout";
import { PAGE_A4_LANDSCAPE, writeWorkbook } from "./xlsx";
import { generateDocx } from "./generate-docx";

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

// exceljs orders worksheets (tabs, and the sheets of a printed workbook) by `orderNo`, which its types omit.
type Ordered = { orderNo: number };
const tabOrder = (ws: ExcelJS.Worksheet) => (ws as unknown as Ordered).orderNo;
const setTabOrder = (ws: ExcelJS.Worksheet, n: number) => ((ws as unknown as Ordered).orderNo = n);

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
  return req.format === "docx" ? generateDocx(req, regime, grid) : generateXlsx(req, regime, catalog, grid);
}

/** Writes a plan grid (e.g. a draft Biểu 2 carried over from a 2018 plan) as a new .xlsx or .docx. */
export async function writePlanFile(
  grid: RenderedGrid,
  context: SchoolContext,
  format: "xlsx" | "docx",
  opts: { sectionIV?: string[][] } = {},
): Promise<Uint8Array> {
  const level = context.level ?? "thcs";
  const regime = context.regime ?? "2026";
  const req: TemplateRequest = {
    level,
    schoolYear: context.schoolYear ?? "",
    regime,
    school: context.school,
    format,
    sectionIV: opts.sectionIV,
  };
  const catalog = await catalogFor(level, regime);
  return format === "docx" ? generateDocx(req, regime, grid) : generateXlsx(req, regime, catalog, grid);
}

async function generateXlsx(
  req: TemplateRequest,
  regime: Regime,
  catalog: Catalog,
  grid: RenderedGrid,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KHCT";
  const ws = wb.addWorksheet("Kế hoạch", { pageSetup: { ...PAGE_A4_LANDSCAPE } });
  const title = [
    req.school ? req.school.toUpperCase() : `TRƯỜNG ${LEVEL_TITLE[req.level]} …`,
    "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
    `Năm học ${req.schoolYear}`,
  ];
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
      cell.font = {
        name: "Times New Roman",
        size: 12,
        bold: grid.kinds[r] !== "criterion" && grid.kinds[r] !== "task",
      };
      const centred = grid.kinds[r] === "header" || grid.kinds[r] === "number-row" || grid.columns[c].role === "tt";
      cell.alignment = { wrapText: true, vertical: "top", horizontal: centred ? "center" : "left" };
      cell.border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
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
  fitRowHeights(
    ws,
    Array.from({ length: lastRow }, (_, i) => i + 1),
  );
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
    const sections = bieu2Sections({
      level: req.level,
      regime,
      schoolYear: req.schoolYear,
      school: req.school ?? null,
    });
    for (const [name, num] of [
      ["IV. Vấn đề trọng tâm", "IV"],
      ["VI. Theo dõi, đánh giá", "VI"],
    ] as const) {
      const sec = sections.find((x) => x.number === num)!;
      const sh = wb.addWorksheet(name, { pageSetup: { ...PAGE_A4_LANDSCAPE } });
      // Tabs (and a printed workbook) follow the form: IV before the plan table (section V), VI after it.
      if (num === "IV") setTabOrder(sh, tabOrder(ws) - 0.5);
      sh.getCell(1, 1).value = `${sec.number}. ${sec.title}`;
      sh.getCell(1, 1).font = { name: "Times New Roman", size: 13, bold: true };
      const body = (num === "IV" && req.sectionIV?.length && req.sectionIV) || sec.table!.rows;
      [sec.table!.headers, ...body].forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = sh.getCell(r + 3, c + 1);
          cell.value = xmlSafeText(v);
          cell.font = { name: "Times New Roman", size: 12, bold: r === 0 };
          cell.border = {
            top: { style: "thin" },
            left: { style: "thin" },
            bottom: { style: "thin" },
            right: { style: "thin" },
          };
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
      fitRowHeights(
        sh,
        Array.from({ length: end }, (_, i) => i + 1),
      );
    }
  }
  setTabOrder(hidden, 1000); // the catalog sheet stays last
  // Excel opens on the plan table, wherever its tab stands.
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: wb.worksheets.indexOf(ws),
      visibility: "visible",
    },
  ];
  wb.definedNames.add(`'${HIDDEN}'!$A$1:$A$${criteria.length}`, "DS_TieuChi");
  wb.definedNames.add(`'${HIDDEN}'!$B$1:$B$${levels.length}`, "DS_Muc");
  const critCol = grid.columns.findIndex((c) => c.role === "criterion") + 1;
  const targetCol = grid.columns.findIndex((c) => c.role === "target") + 1;
  const firstRow = top + 2;
  const lastListRow = Math.max(top + grid.rows.length + 100, firstRow + 200);
  for (let r = firstRow; r <= lastListRow; r++) {
    ws.getCell(r, critCol).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ["DS_TieuChi"],
      showErrorMessage: false,
      promptTitle: "Tiêu chí",
      prompt: "Chọn tiêu chí trong danh sách (hoặc ghi Tiêu chuẩn N: …)",
      showInputMessage: true,
    };
    ws.getCell(r, targetCol).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ["DS_Muc"],
      showErrorMessage: false,
    };
  }
  return writeWorkbook(wb);
}
