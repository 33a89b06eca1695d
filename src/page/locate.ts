/** Where a finding of an opened file is, in that file's terms: A1 for .xlsx, "Bảng 2 · dòng 5" for .docx and .pdf. */
import type { Plan } from "../core/types";
import type { OpenedFile } from "../hosts/file/index";
import { tableRowOf } from "../hosts/file/places";
import { documentLocator, pastedLocator, sheetLocator, type Locator } from "../ui/findings/model";
import type { Lang } from "../ui/i18n";

export function fileLocator(file: OpenedFile, plan: Plan, lang: Lang): Locator {
  if (file.kind === "xlsx") return sheetLocator(lang);
  const tables = tableRowOf(file, plan);
  return tables ? documentLocator(plan, lang, tables) : pastedLocator(plan, lang);
}
