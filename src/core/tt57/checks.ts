/**
 * The checks TT 57/2026 schools need next, each its own rule (id, severity, Vietnamese message, fix):
 *  - doc.abolished-district-level: header or "Nơi nhận" naming the district level abolished from 01/7/2025;
 *  - tt57.vague-weakness: a section IV weakness too vague for a plan to follow;
 *  - tt57.evidence-plan-only: evidence (column 9) that is only a plan, for a row whose goal is a result;
 *  - tt57.level-2-before-level-1: a Mức 2 target for a criterion whose section IV says Mức 1 is not reached.
 * The last is also exported as functions (`criteriaBelowLevel1`, `level2BeforeLevel1`) for other modules.
 */
import type { CellPos, Finding, Plan, PlanCell, PlanRow } from "../types";
import { foldDiacritics, spanAsWritten } from "../text/normalize";
import { finding, said, type MessageTable, type Rule } from "../rules/finding";

/** Messages of the four rules. */
export const TT57_NEXT_TEXT = {
  abolishedDistrictLevel: {
    rule: "doc.abolished-district-level",
    vi: (quoted: string) =>
      `Văn bản ghi “${quoted}”: từ 01/7/2025 không còn cấp huyện (chính quyền địa phương hai cấp).`,
    en: (quoted: string) => `The document names “${quoted}”: the district level no longer exists since 1 July 2025.`,
    suggestion: {
      vi:
        "Ghi cơ quan cấp xã/phường: “UBND xã/phường …”; Nơi nhận: “Phòng Văn hóa - Xã hội xã/phường …” " +
        "(trường THPT, trung tâm GDTX: “Sở Giáo dục và Đào tạo”).",
      en:
        "Name the commune/ward body: “UBND xã/phường …”; recipients (“Nơi nhận”): " +
        "“Phòng Văn hóa - Xã hội xã/phường …” (upper secondary schools, GDTX centres: “Sở Giáo dục và Đào tạo”).",
    },
  },
  vagueWeakness: {
    rule: "tt57.vague-weakness",
    vi: (weakness: string) =>
      `Điểm hạn chế “${weakness}” (mục IV) chưa cụ thể: chưa rõ thiếu gì, bao nhiêu, ở đâu — ` +
      "kế hoạch không bám theo được.",
    en: (weakness: string) => `The weakness “${weakness}” (section IV) is too vague: what, how many, where?`,
    suggestion: {
      vi: "Ghi cụ thể, ví dụ: “Thiếu 2 phòng học bộ môn (Tin học, Ngoại ngữ); 12/30 máy tính phòng Tin học hỏng”.",
      en: "Be specific, e.g. “Thiếu 2 phòng học bộ môn (Tin học, Ngoại ngữ); 12/30 máy tính phòng Tin học hỏng”.",
    },
  },
  evidencePlanOnly: {
    rule: "tt57.evidence-plan-only",
    vi: (goal: string) =>
      `Minh chứng dự kiến (cột 9) chỉ là kế hoạch; kế hoạch không chứng minh được kết quả “${goal}”.`,
    en: "The expected evidence (column 9) is only a plan: a plan does not show a result.",
    suggestion: {
      vi:
        "Ghi hồ sơ sẽ cho thấy kết quả, ví dụ: biên bản kiểm tra, báo cáo tổng kết, sổ theo dõi, kết quả khảo sát, " +
        "danh sách giáo viên/học sinh đạt …",
      en:
        "Name the records that will show the result, e.g. inspection minutes, the year-end report, a log book, " +
        "survey results, lists of teachers/pupils who reached it …",
    },
  },
  level2BeforeLevel1: {
    rule: "tt57.level-2-before-level-1",
    vi: (code: string) =>
      `Tiêu chí ${code} đặt mục tiêu Mức 2 nhưng mục IV ghi chưa đạt Mức 1: chỉ xét Mức 2 khi đã đạt Mức 1.`,
    en: (code: string) =>
      `Criterion ${code} targets Level 2 but section IV says Level 1 is not reached: ` +
      "Level 2 is considered only once Level 1 is met.",
    suggestion: {
      vi: (code: string) => `Đặt mục tiêu “Đạt Mức 1” cho tiêu chí ${code} trong năm học này; Mức 2 ở kế hoạch sau.`,
      en: (code: string) =>
        `Set the target “Đạt Mức 1” (Level 1 reached) for criterion ${code} this school year; Level 2 in a later plan.`,
    },
  },
} satisfies MessageTable;

const fold = (s: string) => foldDiacritics(s.replace(/<\/?[a-z][^>]*>/gi, " "));

// ---- doc.abolished-district-level -------------------------------------------------------------------------

/** 01/7/2025: district level abolished (Nghị định 142/2025, 143/2025; two-level local government). */
const REORGANISED = "2025-07";
// The unit's name: up to four words, not running into the next cell's "CỘNG HÒA …" of a joined header row.
const NAME = String.raw`(?:\s+(?!cong hoa|doc lap|truong\b)[^\s,;()]+){0,4}`;
const DISTRICT_RE = new RegExp(
  String.raw`\b(?:ubnd|uy ban nhan dan)\s+(?:huyen|quan|thi xa)\b${NAME}|` +
    String.raw`\bphong\s*(?:gd\s*(?:&|va|-)?\s*dt|gddt|giao duc(?:\s*(?:&|va)\s*dao tao)?)\b` +
    String.raw`(?:\s+(?:huyen|quan|thi xa|thanh pho)\b${NAME})?`,
);

/** "YYYY-MM" the document is dated (its "Place, ngày … tháng … năm …" line), else its school year's start. */
function planMonth(plan: Plan): string | null {
  for (const t of plan.text.slice(0, 20)) {
    const m =
      /^\s*[^,;]{2,50},\s*ngay\s*\d{1,2}\s*(?:thang\s*(\d{1,2})\s*nam\s*(\d{4})|\/\s*(\d{1,2})\s*\/\s*(\d{4}))/.exec(
        fold(t.text),
      );
    if (m) return `${m[2] ?? m[4]}-${String(m[1] ?? m[3]).padStart(2, "0")}`;
  }
  const y = /^(\d{4})/.exec(plan.context.schoolYear ?? "");
  return y ? `${y[1]}-09` : null;
}

/** Header block (before the title) and the "Nơi nhận" block: where the issuing and receiving bodies are named. */
function headerAndRecipients(plan: Plan): { row: number; text: string }[] {
  const out: { row: number; text: string }[] = [];
  for (const t of plan.text.slice(0, 12)) {
    if (/^ke hoach\b/.test(fold(t.text).trim())) break;
    out.push(t);
  }
  const at = plan.text.findIndex((t) => /^\s*noi nhan/.test(fold(t.text)));
  if (at >= 0)
    out.push(
      ...plan.text.slice(at, at + 10).filter((t) => !/^\s*(hieu truong|pho hieu truong|kt\.)/.test(fold(t.text))),
    );
  return out;
}

export const abolishedDistrictLevel: Rule = ({ plan }) => {
  const month = planMonth(plan);
  if (!month || month < REORGANISED) return [];
  const out: Finding[] = [];
  for (const t of headerAndRecipients(plan)) {
    const m = DISTRICT_RE.exec(fold(t.text));
    if (!m) continue;
    const quoted = spanAsWritten(t.text, m[0].trim());
    out.push(
      finding({
        severity: "warning",
        cell: { row: t.row, col: 0 },
        ...said(TT57_NEXT_TEXT.abolishedDistrictLevel, quoted),
      }),
    );
  }
  return out;
};

// ---- tt57.vague-weakness ------------------------------------------------------------------------------------

const VAGUE_WORDS = [
  "kho khan",
  "han che",
  "thieu thon",
  "chua dap ung",
  "chua cao",
  "chua dong deu",
  "chua tot",
  "chua hieu qua",
  "chua thuong xuyen",
  "chua sau",
  "yeu",
  "bat cap",
  "chua day du",
  "con thieu",
  "xuong cap",
];
const VAGUE_PHRASES = new RegExp(String.raw`\b(con|van con|van|dang)?\s*(${VAGUE_WORDS.join("|")})\b`, "g");
const GENERIC_WORDS =
  "co so vat chat|csvc|trang thiet bi|thiet bi|doi ngu|giao vien|can bo|nhan vien|hoc sinh|tre|mot so|mot phan|" +
  "nha truong|truong|cong tac|chat luong|giao duc|hoat dong|nhieu|nhat dinh|mat|van|con|chua|va|cac|nhung|o|rat|kha";
const GENERIC = new RegExp(String.raw`\b(${GENERIC_WORDS})\b`, "g");

/** A weakness that says no what, how many or where ("cơ sở vật chất còn khó khăn", "còn hạn chế"). */
export function isVagueWeakness(text: string): boolean {
  const f = fold(text).replace(/[^a-z0-9 ]+/g, " ");
  if (/\d/.test(f) || !VAGUE_PHRASES.test(f)) return false;
  VAGUE_PHRASES.lastIndex = 0;
  const left = f.replace(VAGUE_PHRASES, " ").replace(GENERIC, " ").split(/\s+/).filter(Boolean);
  return left.length <= 2;
}

export const vagueWeakness: Rule = ({ plan }) =>
  (plan.priorityIssues ?? [])
    .filter((i) => i.weakness && isVagueWeakness(i.weakness.text))
    .map((i) => {
      const w = i.weakness!.text.replace(/\s+/g, " ").trim();
      return finding({
        severity: "warning",
        cell: i.weakness!,
        criterion: i.criterion,
        standard: i.standard,
        ...said(TT57_NEXT_TEXT.vagueWeakness, w),
      });
    });

// ---- tt57.evidence-plan-only --------------------------------------------------------------------------------

const cellText = (row: PlanRow, role: keyof PlanRow["cells"]) =>
  (row.cells[role]?.text ?? "").replace(/<\/?[a-z][^>]*>/gi, " ").trim();

/** A goal stated as a result (a level, a rate, a count, pupils reaching something), not as producing a document. */
export function isResultGoal(goal: string): boolean {
  const f = fold(goal).trim();
  if (!f || /^(xay dung|ban hanh|lap|hoan thien|co)\s+(duoc\s+)?(ke hoach|quy che|ke hoach)/.test(f)) return false;
  return /\d|%|\bdat\b|ty le|tang|giam|nang cao|duoc cong nhan|cai thien|dam bao|\bdu\b/.test(f);
}

/** Evidence naming only plans ("Kế hoạch bồi dưỡng (MC.2.2.01)"; "KH số 12/KH-THCS"). */
export function isPlanOnlyEvidence(evidence: string): boolean {
  const items = fold(evidence)
    .replace(/\(?\s*mc\.[\d.]+\s*\)?|\[h\d+-[\d.]+-\d+\]/g, " ")
    .split(/[;\n+]|,(?![^()]*\))/)
    .map((s) => s.replace(/^[\s\-•*.]+|[\s.]+$/g, ""))
    .filter(Boolean);
  return items.length > 0 && items.every((s) => /^(du thao\s+)?(ke hoach|kh\b)/.test(s));
}

export const evidencePlanOnly: Rule = ({ plan }) => {
  if (plan.template !== "tt57-bieu2") return [];
  const out: Finding[] = [];
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const ev = cellText(row, "evidence");
    const goal = cellText(row, "target") || cellText(row, "indicator");
    if (!ev || !isPlanOnlyEvidence(ev) || !isResultGoal(goal)) continue;
    out.push(
      finding({
        severity: "info",
        cell: row.cells.evidence,
        criterion: row.criterion,
        standard: row.standard,
        ...said(TT57_NEXT_TEXT.evidencePlanOnly, goal.replace(/\s+/g, " ").slice(0, 60)),
      }),
    );
  }
  return out;
};

// ---- tt57.level-2-before-level-1 ------------------------------------------------------------------------------

const BELOW_1 = new RegExp(
  String.raw`chua dat\s*(?:yeu cau\s*)?(?:muc|muc do)\s*1\b|khong dat\s*(?:muc|muc do)\s*1\b|duoi\s*muc\s*1\b|` +
    String.raw`chua dat\s*(?:yeu cau\s*)?(?:cac\s*)?(?:chi bao|yeu cau)\s*(?:cua\s*)?muc\s*1\b`,
);

/** Criteria whose section IV row (or self-assessment) says Mức 1 is not yet reached, with where it says so. */
export function criteriaBelowLevel1(plan: Plan): Map<string, CellPos> {
  const out = new Map<string, CellPos>();
  for (const i of plan.priorityIssues ?? [])
    if (i.criterion && BELOW_1.test(fold(i.text))) out.set(i.criterion, (i.current ?? i.weakness)?.pos ?? i.pos);
  for (const a of plan.assessment ?? []) if (a.level === 0 && !out.has(a.criterion)) out.set(a.criterion, a.pos);
  return out;
}

/** TT57: Mức 2 is only considered once Mức 1 is met — a Mức 2 target below Mức 1 skips a level. */
export function level2BeforeLevel1(target: number | null, below1: boolean): boolean {
  return below1 && target !== null && target >= 2;
}

export const level2BeforeLevel1Rule: Rule = ({ plan }) => {
  const below = criteriaBelowLevel1(plan);
  if (!below.size) return [];
  const out: Finding[] = [];
  for (const row of plan.rows) {
    if (row.kind !== "criterion" || !row.criterion || !below.has(row.criterion)) continue;
    if (!level2BeforeLevel1(row.target?.level ?? null, true)) continue;
    const cell: PlanCell | null = row.cells.target ?? row.cells.criterion ?? null;
    out.push(
      finding({
        severity: "warning",
        cell,
        criterion: row.criterion,
        standard: row.standard,
        ...said(TT57_NEXT_TEXT.level2BeforeLevel1, row.criterion),
      }),
    );
  }
  return out;
};

/** The four rules above, in reporting order (registered in rules/index.ts). */
export const tt57NextRules: Rule = (ctx) => [
  ...abolishedDistrictLevel(ctx),
  ...vagueWeakness(ctx),
  ...evidencePlanOnly(ctx),
  ...level2BeforeLevel1Rule(ctx),
];
