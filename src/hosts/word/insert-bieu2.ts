/**
 * Biểu 2 (TT 57/2026) inserted as a whole document, loaded on first use with Word's other rarely used operations
 * (more.ts). Never inside a table.
 */
import type { RenderedGrid, SchoolContext } from "../../core/types";
import { renderGrid } from "../../core/render";
import { planDocumentParts } from "../../core/docparts/index";
import { hasWordApi, NeedsNewerWord, queueAnchor, type WordEnv } from "./env";
import { BORDERS, queuePlanTableLayout } from "./insert";

/**
 * Biểu 2 (TT 57/2026) as a whole document after the cursor (after the table around it): header block, title,
 * sections I–VIII in order with the form's text, the section IV and VI tables and the section V plan table.
 */
export async function insertBieu2(env: WordEnv, school: SchoolContext, grid?: RenderedGrid): Promise<void> {
  if (!hasWordApi(env, "1.3")) throw new NeedsNewerWord("Chèn Biểu 2", "1.3");
  const { bieu2Sections } = await import(/* webpackChunkName: "bieu2" */ "../../core/tt57/bieu2");
  const sections = bieu2Sections(school);
  const plan = grid ?? renderGrid("tt57-bieu2", school, null, null);
  const head = planDocumentParts(school).filter((p) => p.kind === "header-block" || p.kind === "title");
  await env.run(async (context) => {
    const anchor = queueAnchor(context);
    await context.sync(); // 1
    let at: Word.Range | Word.Paragraph | Word.Table = anchor();
    const para = (text: string, bold = false, align: "Left" | "Centered" | "Justified" = "Justified") => {
      const p: Word.Paragraph = at.insertParagraph(text, "After");
      p.font.name = "Times New Roman";
      p.font.size = 13;
      p.font.bold = bold;
      p.alignment = align;
      at = p;
    };
    const table = (rows: string[][], header = true) => {
      const t: Word.Table = at.insertTable(rows.length, rows[0].length, "After", rows);
      t.font.name = "Times New Roman";
      t.font.size = 12;
      if (header) {
        t.headerRowCount = 1;
        t.getCell(0, 0).parentRow.font.bold = true;
      }
      for (const b of BORDERS) t.getBorder(b).type = "Single";
      at = t;
      return t;
    };
    for (const part of head) {
      if (part.kind === "header-block") {
        const t: Word.Table = at.insertTable(
          3,
          2,
          "After",
          part.left.map((l, i) => [l, part.right[i] ?? ""]),
        );
        for (const b of BORDERS) t.getBorder(b).type = "None";
        at = t;
      } else if (part.kind === "title") part.lines.forEach((l) => para(l, true, "Centered"));
    }
    for (const sec of sections) {
      para(`${sec.number}. ${sec.title}`, true, "Left");
      for (const l of sec.lines) para(l);
      if (sec.table) table([sec.table.headers, ...sec.table.rows]);
      if (sec.noteUnder) para(sec.noteUnder);
      if (sec.planTable) queuePlanTableLayout(table(plan.rows), plan);
    }
    para("Nơi nhận: - Phòng Văn hóa - Xã hội xã/phường …; - Lưu: VT.", false, "Left");
    para("HIỆU TRƯỞNG", true, "Centered");
    await context.sync(); // 2
  });
}
