/** Word: a drafted plan's tables queued after an anchor (no sync here: the caller syncs once). */
import type { DraftInsert } from "../port";

/** Queues each table with its bold heading paragraph after `anchor`; returns the number of table rows. */
export function queueDraftTables(
  anchor: Word.Range | Word.Paragraph | Word.Table,
  tables: DraftInsert["tables"],
): number {
  let at = anchor;
  let rows = 0;
  for (const t of tables) {
    if (t.heading) {
      const p: Word.Paragraph = at.insertParagraph(t.heading, "After");
      p.font.name = "Times New Roman";
      p.font.size = 13;
      p.font.bold = true;
      at = p;
    }
    const width = Math.max(...t.rows.map((r) => r.length));
    const values = t.rows.map((r) => [...r, ...new Array(width - r.length).fill("")]);
    const table: Word.Table = at.insertTable(values.length, width, "After", values);
    table.font.name = "Times New Roman";
    table.font.size = 12;
    table.headerRowCount = t.headerRows;
    for (let h = 0; h < t.headerRows; h++) table.getCell(h, 0).parentRow.font.bold = true;
    for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const)
      table.getBorder(b).type = "Single";
    at = table;
    rows += values.length;
  }
  return rows;
}
