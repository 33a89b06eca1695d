/** The official document parts (Decree 30 layout) after the cursor, or after the table around it. */
import { planDocumentParts, type DocPart } from "../../core/docparts/index";
import { hasWordApi, NeedsNewerWord, queueAnchor, type WordEnv } from "./env";

type Align = "Left" | "Centered" | "Right" | "Justified";

export async function insertDocumentParts(
  env: WordEnv,
  parts: DocPart[] = planDocumentParts({ level: null, regime: null, schoolYear: null, school: null }),
): Promise<void> {
  // Paragraph.insertTable, Table.* and parentTableOrNullObject are WordApi 1.3.
  if (!hasWordApi(env, "1.3")) throw new NeedsNewerWord("Chèn phần đầu văn bản", "1.3");
  // TT 57/2026 (from 2026-2027): the Biểu 2 sections, whose text is loaded with the form's data only when needed.
  if (parts.some((p) => p.kind === "bieu2-sections")) {
    const { expandDocParts } = await import(/* webpackChunkName: "bieu2" */ "../../core/tt57/bieu2");
    parts = expandDocParts(parts);
  }
  await env.run(async (context) => {
    const anchor = queueAnchor(context);
    await context.sync(); // 1
    queueDocumentParts(anchor(), parts);
    await context.sync(); // 2: everything was queued above
  });
}

/** Queues the official document parts after a position (no sync: the caller sends them in one round trip). */
export function queueDocumentParts(start: Word.Range | Word.Table, parts: DocPart[]): void {
  let at: Word.Range | Word.Paragraph | Word.Table = start;
  const para = (text: string, o: { bold?: boolean; italic?: boolean; size?: number; align?: Align } = {}) => {
    const p: Word.Paragraph = at.insertParagraph(text, "After");
    p.font.name = "Times New Roman";
    p.font.size = o.size ?? 13;
    p.font.bold = Boolean(o.bold);
    p.font.italic = Boolean(o.italic);
    p.alignment = o.align ?? "Justified";
    at = p;
  };
  for (const part of parts) {
    if (part.kind === "header-block") {
      const t: Word.Table = at.insertTable(
        3,
        2,
        "After",
        part.left.map((l, i) => [l, part.right[i] ?? ""]),
      );
      t.font.name = "Times New Roman";
      t.font.size = 13;
      t.horizontalAlignment = "Centered";
      for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const)
        t.getBorder(b).type = "None";
      t.getCell(1, 0).body.font.bold = true;
      t.getCell(0, 1).body.font.bold = true;
      t.getCell(1, 1).body.font.bold = true;
      t.getCell(2, 1).body.font.italic = true;
      at = t;
    } else if (part.kind === "title") part.lines.forEach((l) => para(l, { bold: true, size: 14, align: "Centered" }));
    else if (part.kind === "heading") para(part.text, { bold: true });
    else if (part.kind === "paragraph") para(part.text, { italic: part.italic, bold: part.bold });
    else if (part.kind === "recipients")
      part.lines.forEach((l, i) => para(l, { bold: i === 0, italic: i === 0, size: i === 0 ? 12 : 11, align: "Left" }));
    else if (part.kind === "signature")
      part.lines.forEach((l, i) => para(l, { bold: i === 0, italic: i > 0, align: "Right" }));
    else if (part.kind === "table") para("[Bảng kế hoạch: bấm “Chèn bảng kế hoạch” để chèn tại đây]", { italic: true });
    else if (part.kind === "grid") {
      // Table.headerRowCount, getBorder: WordApi 1.3 (checked above).
      const t: Word.Table = at.insertTable(part.rows.length, part.rows[0].length, "After", part.rows);
      t.font.name = "Times New Roman";
      t.font.size = 12;
      t.headerRowCount = 1;
      t.getCell(0, 0).parentRow.font.bold = true;
      for (const b of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const)
        t.getBorder(b).type = "Single";
      at = t;
    }
  }
}
