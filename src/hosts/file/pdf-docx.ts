/**
 * "Lưu thành .docx" for plans read from a PDF (a PDF is never rewritten): the plan table as read (with the user's
 * edits) and the document context, written into a new .docx in the official layout (header block, title, Căn cứ,
 * the table, signature) by the same generator as "Tạo mẫu".
 */
import type { Plan } from "../../core/types";
import { renderGrid } from "../../core/render";
import { writePlanFile } from "./generate";

export async function planAsDocx(plan: Plan): Promise<Uint8Array> {
  const context = {
    ...plan.context,
    regime: plan.context.regime ?? (plan.template === "tt57-bieu2" ? "2026" : "2018"),
  } as Plan["context"];
  const docx = await writePlanFile(renderGrid(plan.template, context, plan), context, "docx");
  return plan.scan ? withScanNote(docx, plan.scan) : docx;
}

/** A plan read by OCR says so at the top of the saved document (in italics, before the header block). */
async function withScanNote(docx: Uint8Array, scan: NonNullable<Plan["scan"]>): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  const text =
    `Văn bản này được đọc từ bản quét/ảnh chụp bằng nhận dạng chữ (OCR): ${scan.pages} trang, độ tin cậy trung bình ` +
    `${scan.meanConfidence} %, ${scan.lowCells} ô độ tin cậy thấp — hãy đối chiếu với bản gốc.`;
  const note = `<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  zip.file("word/document.xml", xml.replace(/<w:body>/, `<w:body>${note}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The .docx name for a PDF, a scan or a photo ("ke-hoach.pdf" → "ke-hoach.docx", "anh.jpg" → "anh.docx"). */
export const docxNameFor = (name: string) => name.replace(/(\.(pdf|jpe?g|png))?$/i, ".docx");
