/**
 * A district's folder of mixed plans, made at test time: the three seeds as .xlsx, .docx and .txt, their PDFs
 * (committed fixtures printed by LibreOffice), a scan without text, a corrupt package, a Word 97-2003 file and
 * generated plans with budgets, ranges and periods out of the school year. Used by the page's batch browser test
 * and bench/page-batch (`count` files: the generated plans fill up to it).
 */
import * as fs from "fs";
import * as path from "path";
import { SEEDS, seedGrid, seedText } from "./seeds";
import { docxFromGrid, oleBytes, xlsxFromGrid } from "./files";
import { syntheticPlanGrid } from "./plans";
import { PdfWriter } from "./pdf-writer";

const PDFS = ["thu-duc-2025-2026.pdf", "mam-non-2025-2026.pdf", "quang-ninh-2023-2024.pdf"];

/** Writes `count` (at least 12) plan files under `dir`/`name`; returns their paths relative to `dir`. */
export async function writeBatchFolder(dir: string, name: string, count: number): Promise<string[]> {
  const files = new Map<string, Uint8Array | string>();
  const seeds = [SEEDS.thuDuc, SEEDS.mamNon, SEEDS.quangNinh];
  for (const [i, s] of seeds.entries()) {
    files.set(`${name}/cum-${i + 1}/seed-${i + 1}.xlsx`, await xlsxFromGrid(seedGrid(s)));
    files.set(`${name}/cum-${i + 1}/seed-${i + 1}.docx`, await docxFromGrid(seedGrid(s)));
    files.set(`${name}/cum-${i + 1}/seed-${i + 1}.txt`, seedText(s));
  }
  for (const p of PDFS)
    files.set(`${name}/pdf/${p}`, new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "fixtures", "pdf", p))));
  files.set(`${name}/pdf/ban-quet.pdf`, new PdfWriter().imagePage().imagePage().bytes());
  files.set(`${name}/hong.xlsx`, new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
  files.set(`${name}/cu.doc`, oleBytes(false));
  for (let k = 0; files.size < count; k++) {
    const rows = 4 + (k % 9) * 3;
    const grid = syntheticPlanGrid(
      rows,
      (i) => ({
        period: (i + k) % 7 === 0 ? "Tháng 9/2030" : "Tháng 10/2025 - tháng 4/2026",
        budget: (i + k) % 4 === 0 ? "khoảng 2 - 3 triệu (xã hội hóa)" : `${(i % 5) + 1}.000.000 (ngân sách)`,
      }),
      k % 2 === 1,
    );
    grid[0] = [`TRƯỜNG THCS SỐ ${k + 1}`];
    files.set(
      `${name}/truong/truong-${String(k + 1).padStart(3, "0")}.${k % 2 ? "docx" : "xlsx"}`,
      k % 2 ? await docxFromGrid(grid, false) : await xlsxFromGrid(grid),
    );
  }
  for (const [p, b] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), b);
  }
  return [...files.keys()];
}
