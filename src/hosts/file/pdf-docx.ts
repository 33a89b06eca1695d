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
  return writePlanFile(renderGrid(plan.template, context, plan), context, "docx");
}

/** The name of the .docx saved for a PDF ("ke-hoach.pdf" → "ke-hoach.docx"). */
export const docxNameFor = (pdfName: string) => pdfName.replace(/(\.pdf)?$/i, ".docx");
