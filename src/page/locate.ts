/** Where a finding of an opened file is, in that file's terms: A1 for .xlsx, "Bảng 2 · dòng 5" for .docx and .pdf. */
import type { CellPos, Plan } from "../core/types";
import type { OpenedFile } from "../hosts/file/index";
import { tableRowOf, type TableRow } from "../hosts/file/places";
import { documentLocator, pastedLocator, sheetLocator, type Locator } from "../ui/findings/model";
import type { Lang } from "../ui/i18n";

export function fileLocator(file: OpenedFile, plan: Plan, lang: Lang): Locator {
  return kindLocator(file.kind, plan, lang, tableRowOf(file, plan));
}

/**
 * The same from the file's kind and its table rows (a large plan's rows come from the plan worker, which holds the
 * file): a workbook by A1, a Word or PDF table by table and row, a text by its lines.
 */
export function kindLocator(
  kind: string,
  plan: Plan,
  lang: Lang,
  tables: ((pos: CellPos) => TableRow | null) | null,
): Locator {
  if (kind === "xlsx") return sheetLocator(lang);
  return tables ? documentLocator(plan, lang, tables) : pastedLocator(plan, lang);
}
