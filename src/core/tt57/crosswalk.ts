/**
 * The reviewed 2018 → TT57 crosswalk (data in crosswalk-data.ts, generated from
 * ../shared/reference/crosswalk-2018-tt57.json): per 2018 criterion one primary TT57 criterion and up to three
 * "also relevant" ones, each with a confidence (the reasons stay in the reference file). No official crosswalk
 * exists: every use is a suggestion shown as "gợi ý — cần rà soát", with its confidence. A correction is a one-line
 * data change.
 */
import type { Catalog } from "../types";
import { findCriterion } from "../catalogs/index";
import { CROSSWALK_PAIRS } from "./crosswalk-data";
import type { LangText } from "../text/message";

export interface CrosswalkPair {
  from: { circular: string; code: string };
  to: { code: string; name: string };
  /** "high" | "medium" | "low" */
  confidence: string;
  /** The primary pair of its 2018 criterion (the reference's reason starts "Primary"); else "also relevant". */
  primary: boolean;
}

export interface CrosswalkTarget {
  code: string;
  /** The TT57 name: the catalog's verbatim name when a catalog is given, else the crosswalk's. */
  name: string;
  confidence: string;
}

export interface CrosswalkEntry {
  circular: string;
  code: string;
  primary: CrosswalkTarget;
  alternatives: CrosswalkTarget[];
}

const CONFIDENCE_VI: Record<string, string> = { high: "cao", medium: "trung bình", low: "thấp" };

/** "high" → "cao"; other values are shown as written. */
export function confidenceVi(confidence: string): string {
  return CONFIDENCE_VI[confidence] ?? confidence;
}

let index: Map<string, CrosswalkPair[]> | null = null;
function pairsFor(circular: string, code: string): CrosswalkPair[] {
  if (!index) {
    index = new Map();
    for (const p of CROSSWALK_PAIRS) {
      const k = `${p.from.circular}|${p.from.code}`;
      index.set(k, [...(index.get(k) ?? []), p]);
    }
  }
  return index.get(`${circular.replace("BGDDT", "BGDĐT")}|${code}`) ?? [];
}

/** The crosswalk entry of a 2018 criterion ("18/2018/TT-BGDĐT", "5.6"), or null when the data has none. */
export function crosswalkFor(circular2018: string, code: string, tt57?: Catalog | null): CrosswalkEntry | null {
  const pairs = pairsFor(circular2018, code);
  const primaryPair = pairs.find((p) => p.primary) ?? pairs[0];
  if (!primaryPair) return null;
  const target = (p: CrosswalkPair): CrosswalkTarget => ({
    code: p.to.code,
    name: (tt57 ? findCriterion(tt57, p.to.code)?.criterion.name : null) ?? p.to.name,
    confidence: p.confidence,
  });
  return {
    circular: primaryPair.from.circular,
    code,
    primary: target(primaryPair),
    alternatives: pairs.filter((p) => p !== primaryPair).map(target),
  };
}

/**
 * The suggestion as shown to users, in both languages: primary with its confidence, the alternatives, and a plain
 * warning when the confidence is low. E.g. "3.5 Kết quả … (độ tin cậy: cao); cũng liên quan: 1.3 (thấp)". The
 * criteria's names are the circular's, in Vietnamese in both.
 */
export function describeCrosswalk(e: CrosswalkEntry): LangText {
  const describe = (lang: "vi" | "en"): string => {
    const words =
      lang === "vi"
        ? { confidence: "độ tin cậy", also: "cũng liên quan", level: confidenceVi }
        : { confidence: "confidence", also: "also related", level: (c: string) => c };
    // In English the circular's names are quoted: Vietnamese legal text inside English wording.
    const name = (n: string) => (lang === "vi" ? n : `“${n}”`);
    const named = (a: CrosswalkEntry["alternatives"][number]) =>
      `${a.code} ${name(a.name)} (${words.confidence}: ${words.level(a.confidence)})`;
    const alt = e.alternatives.length ? `; ${words.also}: ${e.alternatives.map(named).join(", ")}` : "";
    const low =
      e.primary.confidence !== "low"
        ? ""
        : lang === "vi"
          ? " — độ tin cậy thấp: chưa có tiêu chí TT57 tương ứng rõ ràng, cần xem kỹ"
          : " — no clear matching TT57 criterion, look closely";
    const sure = `${words.confidence}: ${words.level(e.primary.confidence)}${low}`;
    return `${e.primary.code} ${name(e.primary.name)} (${sure})${alt}`;
  };
  return { vi: describe("vi"), en: describe("en") };
}
