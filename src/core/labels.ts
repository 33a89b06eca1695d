/**
 * Levels and circulars as people say and cite them ("THCS", "TT 18/2018"), never the internal codes; funding-source
 * categories in the chosen language.
 */
import type { SchoolLevel } from "./types";
import type { FundingSource } from "./parse/budget";

const LEVEL_LABELS: Record<SchoolLevel, { vi: string; en: string }> = {
  "mam-non": { vi: "Mầm non", en: "Preschool" },
  "tieu-hoc": { vi: "Tiểu học", en: "Primary" },
  thcs: { vi: "THCS", en: "Lower secondary" },
  thpt: { vi: "THPT", en: "Upper secondary" },
  "nhieu-cap": { vi: "Phổ thông nhiều cấp học", en: "Multi-level school" },
  gdtx: { vi: "GDTX", en: "Continuing education" },
};

/** "THCS", "Mầm non": the level as people say it. */
export function levelLabel(level: SchoolLevel, lang: "vi" | "en"): string {
  return LEVEL_LABELS[level][lang];
}

/** "TT 18/2018", "TT 57/2026": the circular as people cite it. */
export function circularLabel(circular: string | null | undefined): string | null {
  const m = /^(\d+)\/(\d{4})/.exec(circular ?? "");
  return m ? `TT ${m[1]}/${m[2]}` : null;
}

/** The summary's label for budgeted rows that name no funding source. */
export const NO_SOURCE_LABEL = "Chưa ghi nguồn";

/** Our own funding-source categories (parse/budget.ts, the summary) in English. */
const SOURCE_LABELS_EN: Record<FundingSource | typeof NO_SOURCE_LABEL, string> = {
  "Ngân sách": "State budget",
  "Xã hội hóa": "Community contributions",
  "Nguồn thu tại đơn vị": "School's own revenue",
  Khác: "Other sources",
  [NO_SOURCE_LABEL]: "Source not stated",
};

/**
 * A funding source as the summary shows it: our categories in the chosen language; any other text (the user's own)
 * as written.
 */
export function fundingSourceLabel(source: string, lang: "vi" | "en"): string {
  if (lang === "vi") return source;
  const en: Record<string, string> = SOURCE_LABELS_EN;
  return Object.prototype.hasOwnProperty.call(en, source.normalize("NFC")) ? en[source.normalize("NFC")] : source;
}
