/**
 * The 1,000-row plan bench/file measures (TT 18/2018 criteria in turn, a "MỨC 1, 2, 3" band before each round) and
 * its PDF as test/support/pdf-writer prints it (cell borders, the header repeated on each page, rows split by page
 * breaks). Shared by bench/file.ts and bench/pdf-cpu.ts.
 */
import "../src/core/catalogs/all";
import { TEMPLATE_2018_COLUMNS } from "../src/core/templates";
import { getCatalog } from "../src/core/catalogs/index";
import { tablePdf } from "../test/support/pdf-writer";

export const catalog = getCatalog("tt18-2018")!;

export function planGrid(rows = 1000): string[][] {
  const criteria = catalog.standards.flatMap((s) => s.criteria);
  const grid: string[][] = [
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN"],
    ["Năm học 2025 – 2026"],
    TEMPLATE_2018_COLUMNS.map((c) => c.header),
  ];
  for (let i = 0; i < rows; i++) {
    if (i % criteria.length === 0) grid.push(["", "MỨC 1, 2, 3", "", "", "", "", "", "", ""]);
    const c = criteria[i % criteria.length];
    grid.push([
      "",
      `Tiêu chí ${c.code}: ${c.name}`,
      "Đạt mức 2",
      `Công việc ${i}: xây dựng kế hoạch và tổ chức thực hiện.`,
      "BGH",
      "Tháng 10/2025 - tháng 5/2026",
      `${1 + (i % 9)}.000.000`,
      "",
      "",
    ]);
  }
  return grid;
}

export const pdfFromGrid = async (g: string[][]): Promise<Uint8Array> => {
  const h = g.findIndex((r) => r.length > 1);
  const widths = [3, 14, 14, 20, 9, 9, 8, 8, 5];
  return tablePdf({ before: g.slice(0, h).map((r) => r[0]), header: g[h], widths, rows: g.slice(h + 1) });
};
