/** criterion.*: criterion codes and names, standard names, placement and duplicates against the catalog. */
import type { Catalog, Finding, PlanCell } from "../types";
import { parseStandardRef } from "../parse/refs";
import { criterionRefOf } from "../read/index";
import { foldDiacritics, wordsOf } from "../text/normalize";
import { findCriterion, registeredCatalogs } from "../catalogs/index";
import { cellRef, finding, type Rule } from "./finding";
import { crosswalkFor, describeCrosswalk } from "../tt57/crosswalk";
import { REVIEW_MARK } from "../tt57/rules";

const LEVEL_VI: Record<string, string> = { "tt19-2018": "mầm non", "tt17-2018": "tiểu học", "tt18-2018": "THCS, THPT, nhiều cấp học", "tt57-mam-non": "mầm non", "tt57-pho-thong": "phổ thông", "tt57-gdtx": "GDTX" };


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
  const a = simple(written);
  const { text: b, words: wb } = official(officialName);
  if (!a || a === b) return true;
  if (a.length >= 8 && (b.startsWith(a) || a.startsWith(b))) return true;
  const wa = a.split(" ");
  const inB = wa.filter((w) => wb.includes(w)).length / (wa.length || 1);
  const inA = wb.filter((w) => wa.includes(w)).length / (wb.length || 1);
  return inB >= 0.85 && inA >= 0.85;
}

function otherCatalogWith(catalog: Catalog, kind: "standard" | "criterion", key: string, written: string): Catalog | null {
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
        out.push(finding({ rule: "criterion.standard-row-in-bieu2", severity: "error", cell, standard: row.standard, message: `Biểu 2 (TT 57/2026) không có dòng “Tiêu chuẩn ${row.standard}”: các tiêu chí ghi liền nhau.`, messageEn: `Biểu 2 (TT 57/2026) has no standard rows (Standard ${row.standard}).`, suggestion: "Xóa dòng này." }));
        continue;
      }
      const earlier = standardRows.get(row.standard);
      if (earlier) {
        out.push(finding({ rule: "criterion.duplicate-standard", severity: "error", cell, standard: row.standard, message: `Dòng “Tiêu chuẩn ${row.standard}” có hai lần trong cùng một mục (lần đầu ở ô ${cellRef(earlier.pos)}).`, messageEn: `Standard ${row.standard} is headed twice in one section.`, suggestion: `Chuyển các tiêu chí ${row.standard}.x xuống dưới một dòng “Tiêu chuẩn ${row.standard}” rồi xóa dòng thừa.` }));
      } else standardRows.set(row.standard, cell);
      const ref = parseStandardRef(cell.text);
      const def = catalog.standards.find((s) => s.number === row.standard);
      if (!def) {
        out.push(finding({ rule: "criterion.unknown-standard", severity: "error", cell, standard: row.standard, message: `Tiêu chuẩn ${row.standard} không có trong ${catalog.circular}.`, messageEn: `Standard ${row.standard} does not exist in ${catalog.circular}.`, suggestion: `${catalog.circular} có ${catalog.standards.length} tiêu chuẩn.` }));
        continue;
      }
      if (ref && ref.rest && !sameName(ref.rest, def.name)) {
        const other = otherCatalogWith(catalog, "standard", String(def.number), ref.rest);
        out.push(
          finding({
            rule: "criterion.standard-name-mismatch",
            severity: "warning",
            cell,
            standard: def.number,
            message: other
              ? `Tên Tiêu chuẩn ${def.number} đang ghi theo ${other.circular} (${LEVEL_VI[other.id]}), không phải ${catalog.circular}.`
              : `Tên Tiêu chuẩn ${def.number} khác với ${catalog.circular}.`,
            messageEn: other ? `Standard ${def.number} is named with the wording of ${other.circular}, not ${catalog.circular}.` : `Standard ${def.number}'s name differs from ${catalog.circular}.`,
            suggestion: `Tên đúng: "Tiêu chuẩn ${def.number}: ${def.name}"`,
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
    if (!hit) {
      const others = registeredCatalogs().filter((c) => c.regime !== catalog.regime && c.levels.some((l) => catalog.levels.includes(l)) && findCriterion(c, code));
      // The school's own 2018 circular first (a THCS plan's 2018 code is a TT18 code, not a TT17 one).
      const other = others.find((c) => plan.context.level !== null && c.levels.includes(plan.context.level)) ?? others[0];
      if (other) {
        const cw = catalog.regime === "2026" ? crosswalkFor(other.circular, code, catalog) : null;
        out.push(finding({ ...base, rule: "criterion.wrong-regime", severity: "error", message: `Tiêu chí ${code} là mã của ${other.circular}, không có trong ${catalog.circular}${catalog.annex ? ` (${catalog.annex})` : ""}.`, messageEn: `Criterion ${code} belongs to ${other.circular}, not ${catalog.circular}.`, suggestion: cw ? `Tiêu chí TT57 tương ứng (${REVIEW_MARK}): ${describeCrosswalk(cw)}` : `Chọn tiêu chí tương ứng trong ${catalog.circular}.` }));
      }
      else
        out.push(finding({ ...base, rule: "criterion.unknown-code", severity: "error", message: `Tiêu chí ${code} không có trong ${catalog.circular}.`, messageEn: `Criterion ${code} does not exist in ${catalog.circular}.`, suggestion: unknownCodeHint(catalog, code) }));
      continue;
    }
    if (currentStandard !== null && currentStandard !== hit.standard.number)
      out.push(finding({ ...base, rule: "criterion.wrong-standard", severity: "error", message: `Tiêu chí ${code} thuộc Tiêu chuẩn ${hit.standard.number} nhưng đang đặt dưới Tiêu chuẩn ${currentStandard}.`, messageEn: `Criterion ${code} belongs to Standard ${hit.standard.number} but sits under Standard ${currentStandard}.`, suggestion: `Chuyển dòng này xuống dưới "Tiêu chuẩn ${hit.standard.number}: ${hit.standard.name}".` }));
    const ref = criterionRefOf(row);
    if (ref && ref.rest && !sameName(ref.rest, hit.criterion.name)) {
      const other = otherCatalogWith(catalog, "criterion", code, ref.rest);
      const wrongRegime = other && other.regime !== catalog.regime;
      out.push(
        finding({
          ...base,
          rule: wrongRegime ? "criterion.wrong-regime" : "criterion.name-mismatch",
          severity: wrongRegime ? "error" : "warning",
          message: other ? `Tên tiêu chí ${code} đang ghi theo ${other.circular} (${LEVEL_VI[other.id]}), không phải ${catalog.circular}.` : `Tên tiêu chí ${code} khác với ${catalog.circular}.`,
          messageEn: other ? `Criterion ${code} is named with the wording of ${other.circular}, not ${catalog.circular}.` : `Criterion ${code}'s name differs from ${catalog.circular}.`,
          suggestion: `Tên đúng: "Tiêu chí ${code}: ${hit.criterion.name}"${nameConfidenceNote(hit.criterion.confidence)}`,
        }),
      );
    }
    const key = `${section ?? ""}|${code}`;
    // Rows carried over from a 2018 plan ("cần rà soát") may map onto the same TT57 criterion on purpose.
    if (seen.has(key) && !(cell?.text.includes("cần rà soát") ?? false))
      out.push(finding({ ...base, rule: "criterion.duplicate", severity: "warning", message: `Tiêu chí ${code} xuất hiện hai lần${section ? " trong cùng một mục" : ""} (lần đầu ở ô ${cellRef(seen.get(key)!.pos)}).`, messageEn: `Criterion ${code} appears twice.`, suggestion: "Gộp các công việc của tiêu chí này vào một dòng, hoặc ghi chúng thành các dòng công việc dưới cùng tiêu chí." }));
    else if (cell) seen.set(key, cell);
  }
  return out;
};


/** Where a code the circular lacks could belong: the standard's own criteria, or the standards the circular has. */
function unknownCodeHint(catalog: Catalog, code: string): string {
  const std = catalog.standards.find((s) => String(s.number) === code.split(".")[0]);
  if (std) return `Tiêu chuẩn ${std.number} có các tiêu chí: ${std.criteria.map((c) => c.code).join(", ")}.`;
  return `${catalog.circular} có ${catalog.standards.length} tiêu chuẩn (1–${catalog.standards.length}): kiểm tra lại mã tiêu chí.`;
}

/**
 * The reference data's confidence in a criterion's name ("name: medium; content: medium (…)"), in words for users;
 * nothing when the name is well attested.
 */
export function nameConfidenceNote(confidence: string | undefined): string {
  if (!confidence) return "";
  const f = confidence.toLowerCase();
  const level = /name:\s*(high|medium|low)/.exec(f)?.[1] ?? /^(high|medium|low)\b/.exec(f)?.[1] ?? null;
  if (level === "medium") return " (tên theo dữ liệu tham chiếu, mới đối chiếu được một nguồn — nên so với văn bản thông tư)";
  if (level === "low") return " (tên theo dữ liệu tham chiếu chưa chắc chắn — nên so với văn bản thông tư)";
  return "";
}
