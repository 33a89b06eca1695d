/** The page's "Lưu thành .docx" for a plan opened from a PDF: a new .docx (the PDF itself is never rewritten). */
import type { Plan } from "../core/types";
import type { LangText } from "../core/text/message";
import { GARBLED_PREFIX } from "../core/text/garble-prefix";
import { download, MIME } from "../ui/download";

const loadFileModule = () => import(/* webpackChunkName: "file-host" */ "../hosts/file/index");

/** The label of the save button: PDFs and scans/photos (.jpg, .png) are saved as a new .docx. */
export function saveLabel(kind: string, lang: "vi" | "en"): string | null {
  if (kind !== "pdf" && kind !== "jpg" && kind !== "png") return null;
  return lang === "vi" ? "Lưu thành .docx" : "Save as .docx";
}

/** The garbled-text notice of a PDF about to be saved as .docx (the page asks before writing), or null. */
export function garbledSaveNotice(kind: string, problems: readonly LangText[]): LangText | null {
  if (kind !== "pdf") return null;
  return problems.find((p) => p.vi.startsWith(GARBLED_PREFIX)) ?? null;
}

/** Downloads the plan as a new .docx and returns the name it was saved under. */
export async function savePdfAsDocx(plan: Plan, name: string): Promise<string> {
  const mod = await loadFileModule();
  const saved = mod.docxNameFor(name);
  download(await mod.planAsDocx(plan), saved, MIME.docx);
  return saved;
}
