/** criterion.*: criterion codes and names, standard names, placement and duplicates against the catalog. */
import type { Catalog, Finding, PlanCell } from "../types";
import { parseStandardRef } from "../parse/refs";
import { criterionRefOf } from "../read/index";
import { foldDiacritics, wordsOf } from "../text/normalize";
import { findCriterion, registeredCatalogs } from "../catalogs/index";
import { CIRCULARS } from "../catalogs/meta";
import { cellRef, finding, said, type MessageTable, type Rule } from "./finding";
import { crosswalkFor, describeCrosswalk } from "../tt57/crosswalk";
import { REVIEW_MARK } from "../tt57/rules";
import type { LangText } from "../text/message";

const LEVEL_VI: Record<string, string> = {
  "tt19-2018": "mầm non",
  "tt17-2018": "tiểu học",
  "tt18-2018": "THCS, THPT, nhiều cấp học",
  "tt57-mam-non": "mầm non",
  "tt57-pho-thong": "phổ thông",
  "tt57-gdtx": "GDTX",
};

/** Messages of the criterion.* rules (`circular`: the plan's circular, `other`: the one the text was written for). */
export const CRITERION_TEXT = {
  standardRowInBieu2: {
    rule: "criterion.standard-row-in-bieu2",
    vi: (n: number) => `Biểu 2 (TT 57/2026) không có dòng “Tiêu chuẩn ${n}”: các tiêu chí ghi liền nhau.`,
    en: (n: number) => `Biểu 2 (TT 57/2026) has no standard rows (Standard ${n}).`,
    suggestion: { vi: "Xóa dòng này.", en: "Delete this row." },
  },
  duplicateStandard: {
    rule: "criterion.duplicate-standard",
    vi: (n: number, first: string | null) =>
      `Dòng “Tiêu chuẩn ${n}” có hai lần trong cùng một mục (lần đầu ở ô ${first}).`,
    en: (n: number) => `Standard ${n} is headed twice in one section.`,
    suggestion: {
      vi: (n: number) => `Chuyển các tiêu chí ${n}.x xuống dưới một dòng “Tiêu chuẩn ${n}” rồi xóa dòng thừa.`,
      en: (n: number) => `Move the criteria ${n}.x under one “Tiêu chuẩn ${n}” row, then delete the extra row.`,
    },
  },
  unknownStandard: {
    rule: "criterion.unknown-standard",
    vi: (n: number, circular: string, _count: number) => `Tiêu chuẩn ${n} không có trong ${circular}.`,
    en: (n: number, circular: string) => `Standard ${n} does not exist in ${circular}.`,
    suggestion: {
      vi: (_n: number, circular: string, count: number) => `${circular} có ${count} tiêu chuẩn.`,
      en: (_n: number, circular: string, count: number) => `${circular} has ${count} standards.`,
    },
  },
  standardNameOther: {
    rule: "criterion.standard-name-mismatch",
    vi: (n: number, name: string, circular: string, other: string, otherLevel: string) =>
      `Tên Tiêu chuẩn ${n} đang ghi theo ${other} (${otherLevel}), không phải ${circular}.`,
    en: (n: number, _name: string, circular: string, other: string) =>
      `Standard ${n} is named with the wording of ${other}, not ${circular}.`,
    suggestion: {
      vi: (n: number, name: string) => `Tên đúng: "Tiêu chuẩn ${n}: ${name}"`,
      en: (n: number, name: string) => `Correct name: "Tiêu chuẩn ${n}: ${name}"`,
    },
  },
  standardName: {
    rule: "criterion.standard-name-mismatch",
    vi: (n: number, _name: string, circular: string) => `Tên Tiêu chuẩn ${n} khác với ${circular}.`,
    en: (n: number, _name: string, circular: string) => `Standard ${n}'s name differs from ${circular}.`,
    suggestion: {
      vi: (n: number, name: string) => `Tên đúng: "Tiêu chuẩn ${n}: ${name}"`,
      en: (n: number, name: string) => `Correct name: "Tiêu chuẩn ${n}: ${name}"`,
    },
  },
  wrongRegimeCode: {
    rule: "criterion.wrong-regime",
    vi: (
      code: string,
      circular: string,
      other: string,
      annex: string | null | undefined,
      _crosswalk: LangText | null,
    ) => `Tiêu chí ${code} là mã của ${other}, không có trong ${circular}${annex ? ` (${annex})` : ""}.`,
    en: (code: string, circular: string, other: string) => `Criterion ${code} belongs to ${other}, not ${circular}.`,
    suggestion: {
      vi: (_code: string, circular: string, _other: string, _annex: unknown, crosswalk: LangText | null) =>
        crosswalk
          ? `Tiêu chí TT57 tương ứng (${REVIEW_MARK}): ${crosswalk.vi}`
          : `Chọn tiêu chí tương ứng trong ${circular}.`,
      en: (_code: string, circular: string, _other: string, _annex: unknown, crosswalk: LangText | null) =>
        crosswalk
          ? `Matching TT57 criterion (a suggestion — to be reviewed): ${crosswalk.en}`
          : `Choose the matching criterion in ${circular}.`,
    },
  },
  unknownCode: {
    rule: "criterion.unknown-code",
    vi: (code: string, circular: string, _hint: LangText) => `Tiêu chí ${code} không có trong ${circular}.`,
    en: (code: string, circular: string) => `Criterion ${code} does not exist in ${circular}.`,
    suggestion: {
      vi: (_code: string, _circular: string, hint: LangText) => hint.vi,
      en: (_code: string, _circular: string, hint: LangText) => hint.en,
    },
  },
  wrongStandard: {
    rule: "criterion.wrong-standard",
    vi: (code: string, n: number, name: string, under: number) =>
      `Tiêu chí ${code} thuộc Tiêu chuẩn ${n} nhưng đang đặt dưới Tiêu chuẩn ${under}.`,
    en: (code: string, n: number, _name: string, under: number) =>
      `Criterion ${code} belongs to Standard ${n} but sits under Standard ${under}.`,
    suggestion: {
      vi: (_code: string, n: number, name: string) => `Chuyển dòng này xuống dưới "Tiêu chuẩn ${n}: ${name}".`,
      en: (_code: string, n: number, name: string) => `Move this row under "Tiêu chuẩn ${n}: ${name}".`,
    },
  },
  /** A criterion named with another circular's wording: wrong-regime when that circular is of the other regime. */
  nameOther: {
    rule: "criterion.name-mismatch",
    vi: (code: string, name: string, note: LangText, circular: string, other: string, otherLevel: string) =>
      `Tên tiêu chí ${code} đang ghi theo ${other} (${otherLevel}), không phải ${circular}.`,
    en: (code: string, _name: string, _note: LangText, circular: string, other: string) =>
      `Criterion ${code} is named with the wording of ${other}, not ${circular}.`,
    suggestion: {
      vi: (code: string, name: string, note: LangText) => `Tên đúng: "Tiêu chí ${code}: ${name}"${note.vi}`,
      en: (code: string, name: string, note: LangText) => `Correct name: "Tiêu chí ${code}: ${name}"${note.en}`,
    },
  },
  name: {
    rule: "criterion.name-mismatch",
    vi: (code: string, _name: string, _note: LangText, circular: string) =>
      `Tên tiêu chí ${code} khác với ${circular}.`,
    en: (code: string, _name: string, _note: LangText, circular: string) =>
      `Criterion ${code}'s name differs from ${circular}.`,
    suggestion: {
      vi: (code: string, name: string, note: LangText) => `Tên đúng: "Tiêu chí ${code}: ${name}"${note.vi}`,
      en: (code: string, name: string, note: LangText) => `Correct name: "Tiêu chí ${code}: ${name}"${note.en}`,
    },
  },
  duplicate: {
    rule: "criterion.duplicate",
    vi: (code: string, inSection: boolean, first: string | null) =>
      `Tiêu chí ${code} xuất hiện hai lần${inSection ? " trong cùng một mục" : ""} (lần đầu ở ô ${first}).`,
    en: (code: string) => `Criterion ${code} appears twice.`,
    suggestion: {
      vi:
        "Gộp các công việc của tiêu chí này vào một dòng, " +
        "hoặc ghi chúng thành các dòng công việc dưới cùng tiêu chí.",
      en: "Merge this criterion's tasks into one row, or write them as task rows under the same criterion.",
    },
  },
} satisfies MessageTable;

/** True when what the user wrote names the same thing as the official text (truncation and punctuation tolerated). */
const simple = (s: string) =>
  foldDiacritics(s.indexOf("<") >= 0 ? s.replace(/<\/?[a-z][^>]*>/gi, " ") : s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
/** Official names are few: their folded forms are computed once. */
const officialCache = new Map<string, { text: string; words: string[] }>();
function official(name: string): { text: string; words: string[] } {
  let o = officialCache.get(name);
  if (!o) {
    const text = simple(name);
    o = { text, words: wordsOf(text) };
    officialCache.set(name, o);
  }
  return o;
}

export function sameName(written: string, officialName: string): boolean {
  // An aside in brackets is often left out ("Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội
  // đồng khác" written "Hội đồng trường và các hội đồng khác"): the name without it is the same name.
  const bare = officialName.replace(/\s*\([^()]*\)/g, "");
  if (bare !== officialName && bare.trim() && sameName(written, bare)) return true;
  const a = simple(written);
  const { text: b, words: wb } = official(officialName);
  if (!a || a === b) return true;
  if (a.length >= 8 && (b.startsWith(a) || a.startsWith(b))) return true;
  const wa = a.split(" ");
  const inB = wa.filter((w) => wb.includes(w)).length / (wa.length || 1);
  const inA = wb.filter((w) => wa.includes(w)).length / (wb.length || 1);
  return inB >= 0.85 && inA >= 0.85;
}

function otherCatalogWith(
  catalog: Catalog,
  kind: "standard" | "criterion",
  key: string,
  written: string,
): Catalog | null {
  for (const c of registeredCatalogs()) {
    if (c.id === catalog.id) continue;
    if (kind === "criterion") {
      const hit = findCriterion(c, key);
      if (hit && sameName(written, hit.criterion.name)) return c;
    } else {
      const s = c.standards.find((x) => String(x.number) === key);
      if (s && sameName(written, s.name)) return c;
    }
  }
  return null;
}

/**
 * A circular issued after the plan's school year ended (31 August) cannot be where its codes came from: "Tiêu chí
 * 4.3" in a TT 18 plan for 2024-2025 is a code TT 18 lacks, not one of TT 57/2026's (issued 7 July 2026).
 */
function issuedAfterSchoolYear(c: Catalog, schoolYear: string | null): boolean {
  const issued = CIRCULARS[c.circular]?.issued;
  const end = schoolYear ? Number(schoolYear.slice(5, 9)) : NaN;
  return Boolean(issued) && Number.isFinite(end) && issued! > `${end}-08-31`;
}

export const criterionRules: Rule = ({ plan, catalog }) => {
  if (!catalog) return [];
  const out: Finding[] = [];
  let currentStandard: number | null = null;
  const seen = new Map<string, PlanCell>();
  const standardRows = new Map<number, PlanCell>();
  let section: string | null = null;
  for (const row of plan.rows) {
    if (row.kind === "section") {
      section = row.section;
      seen.clear();
      standardRows.clear();
      currentStandard = null;
      continue;
    }
    if (row.kind === "standard") {
      currentStandard = row.standard;
      const cell = row.cells.criterion;
      if (!cell || row.standard === null) continue;
      // Structure (issue 23): Biểu 2 has no standard rows; a standard's heading appears once per section.
      if (plan.template === "tt57-bieu2") {
        out.push(
          finding({
            severity: "error",
            cell,
            standard: row.standard,
            ...said(CRITERION_TEXT.standardRowInBieu2, row.standard),
          }),
        );
        continue;
      }
      const earlier = standardRows.get(row.standard);
      if (earlier) {
        const first = cellRef(earlier.pos);
        out.push(
          finding({
            severity: "error",
            cell,
            standard: row.standard,
            ...said(CRITERION_TEXT.duplicateStandard, row.standard, first),
          }),
        );
      } else standardRows.set(row.standard, cell);
      const ref = parseStandardRef(cell.text);
      const def = catalog.standards.find((s) => s.number === row.standard);
      if (!def) {
        const text = said(CRITERION_TEXT.unknownStandard, row.standard, catalog.circular, catalog.standards.length);
        out.push(finding({ severity: "error", cell, standard: row.standard, ...text }));
        continue;
      }
      if (ref && ref.rest && !sameName(ref.rest, def.name)) {
        const other = otherCatalogWith(catalog, "standard", String(def.number), ref.rest);
        out.push(
          finding({
            severity: "warning",
            cell,
            standard: def.number,
            ...(other
              ? said(
                  CRITERION_TEXT.standardNameOther,
                  def.number,
                  def.name,
                  catalog.circular,
                  other.circular,
                  LEVEL_VI[other.id],
                )
              : said(CRITERION_TEXT.standardName, def.number, def.name, catalog.circular)),
          }),
        );
      }
      continue;
    }
    if (row.kind !== "criterion" || !row.criterion) continue;
    const cell = row.cells.criterion ?? null;
    const code = row.criterion;
    const hit = findCriterion(catalog, code);
    const base = { cell, criterion: code, standard: row.standard };
    const ref = criterionRefOf(row);
    // A cell naming further criteria ("Tiêu chí 4.1, 4.2"): the row serves each; a code the circular lacks is told.
    for (const extra of ref?.also ?? [])
      if (!findCriterion(catalog, extra))
        out.push(
          finding({
            ...base,
            criterion: extra,
            severity: "error",
            ...said(CRITERION_TEXT.unknownCode, extra, catalog.circular, unknownCodeHint(catalog, extra)),
          }),
        );
    if (!hit) {
      const others = registeredCatalogs().filter(
        (c) =>
          c.regime !== catalog.regime &&
          c.levels.some((l) => catalog.levels.includes(l)) &&
          findCriterion(c, code) &&
          !issuedAfterSchoolYear(c, plan.context.schoolYear),
      );
      // The school's own 2018 circular first (a THCS plan's 2018 code is a TT18 code, not a TT17 one).
      const other =
        others.find((c) => plan.context.level !== null && c.levels.includes(plan.context.level)) ?? others[0];
      if (other) {
        const cw = catalog.regime === "2026" ? crosswalkFor(other.circular, code, catalog) : null;
        const crosswalk = cw ? describeCrosswalk(cw) : null;
        const text = said(
          CRITERION_TEXT.wrongRegimeCode,
          code,
          catalog.circular,
          other.circular,
          catalog.annex,
          crosswalk,
        );
        out.push(finding({ ...base, severity: "error", ...text }));
      } else
        out.push(
          finding({
            ...base,
            severity: "error",
            ...said(CRITERION_TEXT.unknownCode, code, catalog.circular, unknownCodeHint(catalog, code)),
          }),
        );
      continue;
    }
    if (currentStandard !== null && currentStandard !== hit.standard.number)
      out.push(
        finding({
          ...base,
          severity: "error",
          ...said(CRITERION_TEXT.wrongStandard, code, hit.standard.number, hit.standard.name, currentStandard),
        }),
      );
    // Several criteria's names in one cell cannot be held against the first one's name.
    if (ref && ref.rest && !ref.also && !sameName(ref.rest, hit.criterion.name)) {
      const other = otherCatalogWith(catalog, "criterion", code, ref.rest);
      const wrongRegime = other && other.regime !== catalog.regime;
      const note = nameConfidenceNote(hit.criterion.confidence);
      out.push(
        finding({
          ...base,
          severity: wrongRegime ? "error" : "warning",
          ...(other
            ? said(
                CRITERION_TEXT.nameOther,
                code,
                hit.criterion.name,
                note,
                catalog.circular,
                other.circular,
                LEVEL_VI[other.id],
              )
            : said(CRITERION_TEXT.name, code, hit.criterion.name, note, catalog.circular)),
          rule: wrongRegime ? "criterion.wrong-regime" : "criterion.name-mismatch",
        }),
      );
    }
    const key = `${section ?? ""}|${code}`;
    // Rows carried over from a 2018 plan ("cần rà soát") may map onto the same TT57 criterion on purpose.
    if (seen.has(key) && !(cell?.text.includes("cần rà soát") ?? false))
      out.push(
        finding({
          ...base,
          severity: "warning",
          ...said(CRITERION_TEXT.duplicate, code, Boolean(section), cellRef(seen.get(key)!.pos)),
        }),
      );
    else if (cell) seen.set(key, cell);
  }
  return out;
};

/** Where a code the circular lacks could belong: the standard's own criteria, or the standards the circular has. */
function unknownCodeHint(catalog: Catalog, code: string): LangText {
  const std = catalog.standards.find((s) => String(s.number) === code.split(".")[0]);
  const count = catalog.standards.length;
  if (std) {
    const codes = std.criteria.map((c) => c.code).join(", ");
    return {
      vi: `Tiêu chuẩn ${std.number} có các tiêu chí: ${codes}.`,
      en: `Standard ${std.number} has the criteria ${codes}.`,
    };
  }
  return {
    vi: `${catalog.circular} có ${count} tiêu chuẩn (1–${count}): kiểm tra lại mã tiêu chí.`,
    en: `${catalog.circular} has ${count} standards (1–${count}): check the criterion code.`,
  };
}

/**
 * The reference data's confidence in a criterion's name ("name: medium; content: medium (…)"), in words for users;
 * nothing when the name is well attested.
 */
export function nameConfidenceNote(confidence: string | undefined): LangText {
  const f = (confidence ?? "").toLowerCase();
  const level = /name:\s*(high|medium|low)/.exec(f)?.[1] ?? /^(high|medium|low)\b/.exec(f)?.[1] ?? null;
  if (level === "medium")
    return {
      vi: " (tên theo dữ liệu tham chiếu, mới đối chiếu được một nguồn — nên so với văn bản thông tư)",
      en: " (name from the reference data, checked against one source only — compare with the circular's text)",
    };
  if (level === "low")
    return {
      vi: " (tên theo dữ liệu tham chiếu chưa chắc chắn — nên so với văn bản thông tư)",
      en: " (name from the reference data, not certain — compare with the circular's text)",
    };
  return { vi: "", en: "" };
}
