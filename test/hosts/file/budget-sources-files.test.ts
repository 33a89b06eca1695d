/**
 * A two-row budget header in real files: a .docx whose "Kinh phí" cell spans two grid columns (w:gridSpan) over
 * "Ngân sách" | "XHH", the other labels merged down (w:vMerge), and a workbook whose "Kinh phí" cell is merged over
 * two columns (ECMA-376 Part 1 §17.4.17 gridSpan, §17.4.85 vMerge; §18.3.1.55 mergeCell). Both read every amount
 * with its source, as the .docx reader did not (an amount only under XHH was lost); so do the same plan re-saved and
 * printed by LibreOffice (test/fixtures/tool-made/kinh-phi-hai-dong.*, scripts/fixtures/tool-made). Expectations by
 * hand.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import "../../../src/core/catalogs/all";
import { FileHost, openPlanFile } from "../../../src/hosts/file";
import { docxPackage } from "../../support/files";

const TITLE = [
  "TRƯỜNG THCS LÊ QUÝ ĐÔN",
  "KẾ HOẠCH",
  "Cải tiến chất lượng giáo dục năm học 2025 – 2026",
  "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
];
const LABELS = ["TT", "Tiêu chí", "Kết quả cần đạt", "Công việc", "Người thực hiện", "Thời gian"];
const BODY = [
  ["1", "Tiêu chí 1.1: Phương hướng, chiến lược", "5.000.000", "2.000.000"],
  ["2", "Tiêu chí 1.2: Hội đồng trường", "Không", "3.000.000"],
  ["3", "Tiêu chí 1.3: Tổ chức Đảng", "Không", "Không"],
  ["4", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng", "4000000", ""],
].map(([tt, criterion, ns, xhh]) => [tt, criterion, "Đạt mức 2", "Việc", "BGH", "Tháng 9/2025", ns, xhh, ""]);
const EXPECTED = [
  ["1.1", "amount", 7_000_000, "Xã hội hóa; Ngân sách"],
  ["1.2", "amount", 3_000_000, "Xã hội hóa"],
  ["1.3", "none", null, null],
  ["1.4", "amount", 4_000_000, "Ngân sách"],
];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
const tc = (text: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${p(text)}</w:tc>`;

function docxBody(): string {
  const merged = '<w:vMerge w:val="restart"/>';
  const head = [...LABELS.map((l) => tc(l, merged)), tc("Kinh phí", '<w:gridSpan w:val="2"/>'), tc("Ghi chú", merged)];
  const sub = [...LABELS.map(() => tc("", "<w:vMerge/>")), tc("Ngân sách"), tc("XHH"), tc("", "<w:vMerge/>")];
  const rows = [head, sub, ...BODY.map((r) => r.map((c) => tc(c)))].map((cells) => `<w:tr>${cells.join("")}</w:tr>`);
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(9)}</w:tblGrid>`;
  return `${TITLE.map(p).join("")}<w:tbl>${grid}${rows.join("")}</w:tbl>`;
}

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  TITLE.forEach((t) => ws.addRow([t]));
  ws.addRow([...LABELS, "Kinh phí", "", "Ghi chú"]); // row 5
  ws.addRow(["", "", "", "", "", "", "Ngân sách", "XHH", ""]); // row 6
  ws.mergeCells("G5:H5");
  for (const col of ["A", "B", "C", "D", "E", "F", "I"]) ws.mergeCells(`${col}5:${col}6`);
  BODY.forEach((r) => ws.addRow(r.map((c) => (/^\d{7}$/.test(c) ? Number(c) : c))));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function budgetsOf(bytes: Uint8Array, name: string) {
  const { plans } = await new FileHost(await openPlanFile(bytes, name)).read();
  const plan = plans.find((x) => x.rows.some((r) => r.kind === "criterion"))!;
  return plan.rows
    .filter((r) => r.kind === "criterion")
    .map((r) => [r.criterion, r.budget?.kind, r.budget?.vnd ?? null, r.budget?.source ?? null]);
}

it(".docx: 'Kinh phí' spanning 'Ngân sách' | 'XHH'", async () => {
  expect(await budgetsOf(await docxPackage(docxBody()), "ke-hoach.docx")).toEqual(EXPECTED);
});

it(".xlsx: 'Kinh phí' merged over 'Ngân sách' | 'XHH', amounts as numbers", async () => {
  expect(await budgetsOf(await xlsxBytes(), "ke-hoach.xlsx")).toEqual(EXPECTED);
});

describe("made by LibreOffice (scripts/fixtures/tool-made)", () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "../../fixtures/tool-made", name)));
  it.each(["kinh-phi-hai-dong.docx", "kinh-phi-hai-dong.pdf"])("%s", async (name) => {
    expect(await budgetsOf(fixture(name), name)).toEqual(EXPECTED);
  });
});
