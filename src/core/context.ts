/** School context (level, regime, school year, school, circular) detected from a document's text. */
import type { ContextSource, Regime, SchoolContext, SchoolLevel } from "./types";
import { fixLookalikes, foldDiacritics } from "./text/normalize";
import { parseCitations, parseSchoolYear } from "./parse/refs";
import { LETTER_CLASS_ES2017, modernRegExp, UPPER_CLASS_ES2017 } from "./text/regex-compat";

const SCHOOL_KINDS =
  "Mầm non|MẦM NON|Mẫu giáo|Tiểu học|TIỂU HỌC|THCS|THPT|Trung học cơ sở|Trung học phổ thông|" +
  "TH&THCS|TH và THCS|THCS và THPT|Phổ thông|PTDTNT|PTDTBT";
/** "Trường THCS Lê Quý Đôn": the school name after the level (ES2018 \p{…} built at run time, see regex-compat). */
const SCHOOL_NAME_RE = modernRegExp(
  `\\b(Trường|TRƯỜNG)\\s+(${SCHOOL_KINDS})\\s+((?:[\\p{Lu}0-9][\\p{L}0-9]*[ \\t]?){1,5})`,
  "u",
  `\\b(Trường|TRƯỜNG)\\s+(${SCHOOL_KINDS})\\s+((?:[${UPPER_CLASS_ES2017}0-9][${LETTER_CLASS_ES2017}0-9]*[ \\t]?){1,5})`,
);

/** Words a school's kind is written with ("TRƯỜNG TRUNG HỌC PHỔ THÔNG", "TRƯỜNG TH & THCS", "TRƯỜNG PT DTNT"). */
const KIND_WORDS = new Set(
  (
    "truong mam non mau giao tieu hoc trung co so pho thong thcs thpt th va & pt ptcs ptdtnt ptdtbt dtnt dtbt " +
    "dan toc noi tru ban lien cap nhieu chuyen"
  ).split(" "),
);
/** Lines of a header block that are no school name: the motto, the title, the body above the school. */
const NOT_A_NAME =
  /^(?:so\s*:|cong hoa|doc lap|ke hoach|bao cao|uy ban|ubnd|phong\b|nam hoc|hieu truong|v\/v|ve viec|hoi dong|can cu)/;

/** "TRƯỜNG TRUNG HỌC PHỔ" or "TRƯỜNG THCS": a school line that names only the kind of school, not the school. */
function kindOnly(line: string): boolean {
  const words = foldDiacritics(line).replace(/&/g, " & ").split(/\s+/).filter(Boolean);
  return words[0] === "truong" && words.every((w) => KIND_WORDS.has(w));
}

/** A line of a school's name in capitals: letters, no small letter, no digit or stop, no other heading. */
function capitalsLine(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 0 &&
    t.length <= 50 &&
    t === t.toUpperCase() &&
    t !== t.toLowerCase() &&
    !/[\d.:;()]/.test(t) &&
    !NOT_A_NAME.test(foldDiacritics(t))
  );
}

/** A body under the school in the header block ("HỘI ĐỒNG TỰ ĐÁNH GIÁ", "TỔ CHUYÊN MÔN"): no part of its name. */
const BODY_UNDER = /^(?:hoi dong|to (?:chuyen mon|van phong)|ban\b|chi bo|cong doan)/;

/** The first of a line's parts set apart by a run of spaces (a PDF line across both columns of a header block). */
export const firstPart = (line: string): string =>
  (line.split(/\s{2,}|\t/).find((p) => p.trim()) ?? "").replace(/\s+/g, " ").trim();

/**
 * The school's name written in capitals over several lines of one column: "TRƯỜNG TRUNG HỌC PHỔ" / "THÔNG" /
 * "TRẦN QUANG KHẢI" (joined while the line names only the kind of school, then with the name's line), or a name
 * wrapped at the column's edge, "TRƯỜNG THCS HÒA" / "PHÚ" (one short line of capitals). `below`: the lines under
 * `first` in the same column, in order. A line that is no school line is returned as it is.
 */
export function joinSchoolName(first: string, below: string[]): string {
  let name = firstPart(first);
  if (foldDiacritics(name).split(" ")[0] !== "truong" || !capitalsLine(name)) return name;
  for (const raw of below.slice(0, 3)) {
    const next = firstPart(raw);
    if (!capitalsLine(next)) break;
    if (kindOnly(name)) {
      name = `${name} ${next}`;
      if (kindOnly(name)) continue;
    } else if (next.split(" ").length <= 3 && !BODY_UNDER.test(foldDiacritics(next))) name = `${name} ${next}`;
    break;
  }
  return name;
}

export interface DetectedContext {
  context: SchoolContext;
  source: Partial<Record<keyof SchoolContext, ContextSource>>;
}

/** From school year 2026-2027 on, TT 57/2026 applies; up to 2025-2026 the 2018 circulars. */
export function regimeForYear(schoolYear: string): Regime {
  const m = /^(\d{4})/.exec(String(schoolYear ?? ""));
  return m && Number(m[1]) >= 2026 ? "2026" : "2018";
}

/** The school year that contains a date (September → August). */
export function schoolYearOf(date: Date): string {
  const y = date.getFullYear();
  const first = date.getMonth() + 1 >= 9 ? y : y - 1;
  return `${first}-${first + 1}`;
}

const LEVEL_PATTERNS: [RegExp, SchoolLevel][] = [
  [/mam non|mau giao|nha tre/, "mam-non"],
  [/giao duc thuong xuyen|\bgdtx\b|gdnn\s*-\s*gdtx/, "gdtx"],
  [
    new RegExp(
      String.raw`nhieu cap hoc|\bth\s*(&|va)\s*thcs\b|\bthcs\s*(&|va)\s*thpt\b|tieu hoc va trung hoc co so|` +
        "trung hoc co so va trung hoc pho thong|lien cap|pho thong co nhieu cap",
    ),
    "nhieu-cap",
  ],
  [/trung hoc pho thong|\bthpt\b/, "thpt"],
  [/trung hoc co so|\bthcs\b/, "thcs"],
  [/tieu hoc|\bth\b(?!\s*(&|va))/, "tieu-hoc"],
];

export function levelFromText(text: string): SchoolLevel | null {
  const f = foldDiacritics(text);
  for (const [re, level] of LEVEL_PATTERNS) if (re.test(f)) return level;
  return null;
}

const CIRCULAR_LEVEL: Record<string, SchoolLevel> = {
  "19/2018/TT-BGDĐT": "mam-non",
  "17/2018/TT-BGDĐT": "tieu-hoc",
  "18/2018/TT-BGDĐT": "thcs",
};

/** "TRƯỜNG THCS", "Trường Tiểu học": a school kind with no name after it. */
/** A word of a name: a capital, then letters ("NGUYỄN", "Trãi", "H'Mông"), or a short number ("Số 1"). */
const NAME_WORD_RE = modernRegExp(
  "^([\\p{Lu}][\\p{L}.'-]*|\\d{1,3})$",
  "u",
  `^([${UPPER_CLASS_ES2017}][${LETTER_CLASS_ES2017}.'-]*|\\d{1,3})$`,
);
/**
 * The school's name when its line holds only the kind and the name went to the next cell or line of the heading
 * block ("TRƯỜNG THCS" | "NGUYỄN TRÃI"): a short line of capitalised words (and short numbers) that no other heading
 * line starts with ("CỘNG HÒA …", "Số: …").
 */
function withNameBelow(school: string, next: string | undefined): string {
  if (!next || !kindOnly(school)) return school;
  const words = next.split(" ");
  const named = words.every((w) => NAME_WORD_RE.test(w)) && words.some((w) => !/^\d+$/.test(w));
  if (words.length > 6 || !named || NOT_A_NAME.test(foldDiacritics(next))) return school;
  return `${school} ${next}`;
}

export function detectContext(lines: string[]): DetectedContext {
  const context: SchoolContext = { level: null, regime: null, schoolYear: null, school: null, circular: null };
  const source: DetectedContext["source"] = {
    level: "unknown",
    regime: "unknown",
    schoolYear: "unknown",
    school: "unknown",
    circular: "unknown",
  };
  try {
    const wide = lines
      .slice(0, 400)
      .map((l) => fixLookalikes(String(l ?? "")).replace(/<\/?p>/gi, " "))
      .filter((l) => l.trim());
    const head = wide.map((l) => l.replace(/\s+/g, " ").trim());
    // School name: the "TRƯỜNG …" line of the header block, else "Trường Mầm non X" inside a sentence.
    const SCHOOL_RE = new RegExp(
      String.raw`^(truong|nha tre|trung tam)\s+(mam non|mau giao|tieu hoc|thcs|thpt|trung hoc|th\b|pt\b|pho thong|` +
        String.raw`ptdt|lien cap|gdtx|giao duc|ptcs|dan toc)`,
    );
    // A line across both columns of a header block ("TRƯỜNG THCS HÒA   VIỆT NAM"): its school part only.
    for (const [i, l] of wide.slice(0, 40).map(firstPart).entries()) {
      const f = foldDiacritics(l);
      if (SCHOOL_RE.test(f) && l.length < 120) {
        context.school = withNameBelow(l, head[i + 1]);
        source.school = "detected";
        const lv = levelFromText(l);
        if (lv) {
          context.level = lv;
          source.level = "detected";
        }
        break;
      }
    }
    if (!context.school) {
      for (const l of head.slice(0, 120)) {
        const m = SCHOOL_NAME_RE.exec(l);
        if (m) {
          context.school = `${m[1]} ${m[2]} ${m[3]}`.replace(/\s+$/, "");
          source.school = "detected";
          break;
        }
      }
    }
    // Document number "Số: 25/KH-THCSLQĐ" names the school type in its abbreviation.
    if (!context.level) {
      for (const l of head.slice(0, 40)) {
        const m = /s[ốo]\s*:?\s*[\d.…]*\s*\/\s*KH\s*-\s*([A-ZĐ&]+)/iu.exec(l);
        if (m) {
          const abbr = m[1].toUpperCase();
          const lv: SchoolLevel | null =
            /^(THCS|THPT)&?(THPT)?/.test(abbr) && abbr.startsWith("THCSTHPT")
              ? "nhieu-cap"
              : abbr.startsWith("THPT")
                ? "thpt"
                : abbr.startsWith("THCS")
                  ? "thcs"
                  : /^(MN|MG|NT)/.test(abbr)
                    ? "mam-non"
                    : /^(TH&THCS|THVATHCS|PTDT|TRH)/.test(abbr)
                      ? "nhieu-cap"
                      : abbr.startsWith("TH")
                        ? "tieu-hoc"
                        : /^(GDTX|GDNN)/.test(abbr)
                          ? "gdtx"
                          : null;
          if (lv) {
            context.level = lv;
            source.level = "detected";
          }
          break;
        }
      }
    }
    for (const l of head) {
      const sy = parseSchoolYear(l);
      if (sy) {
        context.schoolYear = sy;
        source.schoolYear = "detected";
        break;
      }
    }
    const cites = head.flatMap((l) => parseCitations(l)).filter((c) => c.kind === "thong-tu" && c.canonical);
    const main = cites.find(
      (c) => /^(17|18|19)\/2018\/TT-BGD/.test(c.canonical!) || /^57\/2026\/TT-BGD/.test(c.canonical!),
    );
    if (main) {
      context.circular = main.canonical!.replace("BGDDT", "BGDĐT");
      source.circular = "detected";
    }
    if (!context.level) {
      // Title lines ("KẾ HOẠCH … TRƯỜNG MẦM NON …"), then the circular cited.
      for (const l of head.slice(0, 60)) {
        const f = foldDiacritics(l);
        if (/ke hoach|truong|bao cao|nam hoc/.test(f) && !/thong tu|cong van|quyet dinh|nghi dinh/.test(f)) {
          const lv = levelFromText(l);
          if (lv) {
            context.level = lv;
            source.level = "detected";
            break;
          }
        }
      }
    }
    if (context.school && !context.level) {
      const lv = levelFromText(context.school);
      if (lv) {
        context.level = lv;
        source.level = "detected";
      }
    }
    if (!context.level && context.circular && CIRCULAR_LEVEL[context.circular]) {
      context.level = CIRCULAR_LEVEL[context.circular];
      source.level = "detected";
    }
    if (context.schoolYear) {
      context.regime = regimeForYear(context.schoolYear);
      source.regime = "detected";
    } else if (context.circular) {
      context.regime = context.circular.startsWith("57/2026") ? "2026" : "2018";
      source.regime = "detected";
    }
  } catch {
    // total: keep what was found
  }
  return { context, source };
}

/** User choices win over detection; missing regime follows the school year. */
export function resolveContext(
  detected: DetectedContext | SchoolContext,
  user?: Partial<SchoolContext>,
): SchoolContext {
  const base: SchoolContext = "context" in detected ? { ...detected.context } : { ...detected };
  const out: SchoolContext = { ...base };
  if (user) {
    for (const k of Object.keys(user) as (keyof SchoolContext)[]) {
      const v = user[k];
      if (v !== undefined && v !== null && v !== "") (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  if (user?.schoolYear && !user.regime) out.regime = regimeForYear(user.schoolYear);
  if (!out.regime && out.schoolYear) out.regime = regimeForYear(out.schoolYear);
  return out;
}

export function contextSources(
  detected: DetectedContext,
  user?: Partial<SchoolContext>,
): Partial<Record<keyof SchoolContext, ContextSource>> {
  const out = { ...detected.source };
  if (user)
    for (const k of Object.keys(user) as (keyof SchoolContext)[])
      if (user[k] !== undefined && user[k] !== null && user[k] !== "") out[k] = "user";
  return out;
}
