/**
 * The hostile small files the standalone page is tried on (issue 27), written into `dir`: a 47 KB .docx holding 10 MB
 * of text in one paragraph, a small .xlsx with one cell just under the cell limit, and a 9 KB .xlsx whose long cells
 * bring it just under the text limit of a file (19 million characters). Used by test/browser/page-hostile.browser.js
 * (what the page says, and that it answers the user meanwhile) and bench/page-main-thread.ts (its main-thread figures).
 */
import * as fs from "fs";
import * as path from "path";
import { docxBody, paragraph, planRowAt, xlsxRows } from "./hostile-inputs";
import { LIMITS } from "../../src/hosts/file/limits";
import { SEEDS, seedGrid } from "./seeds";

const VI = "Nâng cao chất lượng đội ngũ giáo viên, bồi dưỡng chuyên môn nghiệp vụ thường xuyên. ";
const text = (chars: number) => VI.repeat(Math.ceil(chars / VI.length)).slice(0, chars);

export interface PageHostileFiles {
  /** doan-10mb.docx: one paragraph of 10,485,760 characters. */
  big: string;
  /** mot-o.xlsx: the Thủ Đức seed with one cell of LIMITS.cellChars − 10 characters. */
  oneCell: string;
  /** o-dai.xlsx: the seed, then rows whose cells together bring the file just under LIMITS.textChars. */
  near: string;
}

export function writePageHostileFiles(dir: string): PageHostileFiles {
  const big = path.join(dir, "doan-10mb.docx");
  fs.writeFileSync(big, docxBody(paragraph(text(10 * 1024 * 1024))));
  // A plan whose rows after the seed carry cells just under the cell limit, all together just under the text limit.
  const seedLength = seedGrid(SEEDS.thuDuc).length;
  const rows = seedLength + Math.floor(LIMITS.textChars / LIMITS.cellChars) - 10;
  const rowAt = planRowAt(rows);
  const near = path.join(dir, "o-dai.xlsx");
  fs.writeFileSync(
    near,
    xlsxRows(1, rows, (s, r) => {
      const row = [...rowAt(s, r)];
      if (r >= seedLength && row.length > 3) row[2] = text(LIMITS.cellChars - 10);
      return row;
    }),
  );
  const oneCell = path.join(dir, "mot-o.xlsx");
  const one = planRowAt(seedLength + 1);
  const firstPlanRow = seedGrid(SEEDS.thuDuc).findIndex((x) => x.length > 3) + 1;
  fs.writeFileSync(
    oneCell,
    xlsxRows(1, seedLength, (s, r) => {
      const row = [...one(s, r)];
      if (r === firstPlanRow) row[2] = text(LIMITS.cellChars - 10);
      return row;
    }),
  );
  return { big, oneCell, near };
}
