/** Levels and circulars as people say and cite them ("THCS", "TT 18/2018"), never the internal codes. */
import type { SchoolLevel } from "./types";

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
