/** The document's context as people say it: "Trường THCS … · THCS · năm học 2025-2026 · TT 18/2018". */
import type { SchoolContext } from "../core/types";
import { circularFor } from "../core/catalogs/index";
import { L, circularLabel, levelLabel, type Lang } from "../ui/i18n";

export function contextLine(c: SchoolContext, lang: Lang): string {
  const circular = c.circular
    ? circularLabel(c.circular)
    : c.level && c.regime
      ? circularLabel(circularFor(c.level, c.regime))
      : null;
  return [
    c.school,
    c.level ? levelLabel(c.level, lang) : L(lang, "chưa rõ cấp học", "level unknown"),
    c.schoolYear ? `${L(lang, "năm học", "school year")} ${c.schoolYear}` : L(lang, "chưa rõ năm học", "year unknown"),
    circular,
  ]
    .filter(Boolean)
    .join(" · ");
}
