/** tt57.*: rules of the 2026 regime's Biểu 2 (Thông tư 57/2026/TT-BGDĐT). */
import type { Finding, PlanRow } from "../types";
import { foldDiacritics } from "../text/normalize";
import { analysisOf, analyzeBudget } from "../parse/budget";
import { criterionWarning, finding, said, type MessageTable, type Rule } from "../rules/finding";

/** Section VI's two review points, dated for the school year. */
export function reviewPoints(schoolYear: string | null): string[] {
  const y = schoolYear ? Number(schoolYear.slice(0, 4)) : null;
  return y
    ? [`Cuối học kỳ I (tháng 01/${y + 1})`, `Cuối năm học (tháng 05/${y + 1})`]
    : ["Cuối học kỳ I", "Cuối năm học"];
}

export const REVIEW_MARK = "gợi ý — cần rà soát";
/**
 * How schools and the published TT 57 apps write column 10 (no official list exists: the circular leaves it to the
 * school). "Chưa hoàn thành" is the review's own word for a row not finished at the review point.
 */
export const STATUS_VALUES = [
  "Chưa thực hiện",
  "Đang thực hiện",
  "Hoàn thành",
  "Chưa hoàn thành",
  "Không thực hiện",
  "Chậm tiến độ",
];

/** Messages of the tt57.* rules. */
export const TT57_TEXT = {
  notPrioritised: {
    rule: "tt57.not-prioritised",
    vi: (count: number) =>
      `Kế hoạch đưa vào ${count}/15 tiêu chí: Biểu 2 yêu cầu chỉ tập trung vào các vấn đề ưu tiên, ` +
      "không lập cho toàn bộ tiêu chí.",
    en: (count: number) => `The plan covers ${count} of 15 criteria: Biểu 2 asks for priority issues only.`,
    suggestion: {
      vi: "Giữ lại các tiêu chí có hạn chế cần cải tiến (theo mục IV), bỏ các tiêu chí đã đạt.",
      en: "Keep the criteria with weaknesses to improve (as in section IV); drop those already met.",
    },
  },
  alreadyLevel2: {
    rule: "tt57.already-level-2",
    vi: (code: string) =>
      `Tiêu chí ${code} đã đạt Mức 2 theo tự đánh giá: không cần đưa vào kế hoạch cải tiến nếu không có hạn chế.`,
    en: (code: string) => `Criterion ${code} is already at Level 2.`,
    suggestion: {
      vi: "Bỏ dòng này hoặc ghi rõ hạn chế cần cải tiến ở mục IV.",
      en: "Drop this row, or state the weakness to improve in section IV.",
    },
  },
  mandatoryMissing: {
    rule: "tt57.mandatory-missing",
    vi: (code: string, goal: number) =>
      `Tiêu chí bắt buộc ${code} đang dưới Mức ${goal} nhưng chưa có dòng nào trong kế hoạch ` +
      `(trường chỉ đạt Mức ${goal} khi cả 8 tiêu chí bắt buộc đạt).`,
    en: (code: string, goal: number) => `Mandatory criterion ${code} is below Level ${goal} and has no row.`,
    suggestion: {
      vi: (code: string) => `Thêm dòng cải tiến cho tiêu chí ${code}.`,
      en: (code: string) => `Add an improvement row for criterion ${code}.`,
    },
  },
  notInSectionIv: {
    rule: "tt57.not-in-section-iv",
    vi: (code: string) =>
      `Tiêu chí ${code} có trong kế hoạch (mục V) nhưng không có trong các vấn đề trọng tâm (mục IV).`,
    en: (code: string) => `Criterion ${code} is planned (section V) but not among the priority issues (section IV).`,
    suggestion: {
      vi: "Thêm vấn đề này vào mục IV (hiện trạng, hạn chế, nguyên nhân) hoặc bỏ dòng khỏi mục V.",
      en: "Add this issue to section IV (current state, weakness, cause) or drop the row from section V.",
    },
  },
  indicatorMissing: {
    rule: "tt57.indicator-missing",
    vi: (_year: number) => "Chưa có chỉ số đánh giá kết quả (cột 5).",
    en: "No result indicator (column 5).",
    suggestion: {
      vi: (year: number) =>
        "Ghi một chỉ số đo được: số lượng, tỷ lệ %, hoặc sản phẩm có thời hạn " +
        `(ví dụ: 100% giáo viên …; Có kế hoạch … trước tháng 10/${year}).`,
      en: (year: number) =>
        "Give a measurable indicator: a number, a percentage, or a product with a deadline " +
        `(e.g. “100% giáo viên …; Có kế hoạch … trước tháng 10/${year}”).`,
    },
  },
  indicatorVague: {
    rule: "tt57.indicator-vague",
    vi: (indicator: string) => `Chỉ số “${indicator}” chưa đo được.`,
    en: "The indicator is not measurable.",
    suggestion: {
      vi:
        "Ghi số lượng, tỷ lệ % hoặc sản phẩm cụ thể có thời hạn, " +
        "không ghi khẩu hiệu (“tiếp tục duy trì và phát huy…”).",
      en:
        "Give a number, a percentage or a concrete product with a deadline, " +
        "not a slogan (“tiếp tục duy trì và phát huy…”).",
    },
  },
  resourceNoSource: {
    rule: "tt57.resource-no-source",
    vi: "Có số tiền nhưng chưa ghi nguồn (ngân sách, xã hội hóa, khác).",
    en: "An amount without a funding source.",
    suggestion: {
      vi: "Ghi nguồn, ví dụ: “Ngân sách: 5.000.000 đồng”.",
      en: "Give the source, e.g. “Ngân sách: 5.000.000 đồng”.",
    },
  },
  evidence2018Code: {
    rule: "tt57.evidence-2018-code",
    vi: "Mã minh chứng theo Công văn 5932/5942 ([H1-1.1-01]) — TT57 dùng mã MC.x.y.zz.",
    en: "2018-style evidence code; TT57 uses MC.x.y.zz.",
    suggestion: { vi: "Mã hóa lại, ví dụ (MC.1.1.01).", en: "Recode it, e.g. (MC.1.1.01)." },
  },
  evidenceFormat: {
    rule: "tt57.evidence-format",
    vi: (code: string, _fixed: string) => `Mã minh chứng “${code}” chưa đúng dạng (MC.x.y.zz) đặt trong ngoặc đơn.`,
    en: "Evidence code not in the (MC.x.y.zz) form.",
    suggestion: {
      vi: (_code: string, fixed: string) => fixed,
      en: (_code: string, fixed: string) => `Write it as ${fixed}.`,
    },
  },
  evidenceCriterion: {
    rule: "tt57.evidence-criterion",
    vi: (code: string, owner: string, circular: string) =>
      `Mã minh chứng ${code} ghi tiêu chí ${owner}, không có trong ${circular}.`,
    en: (_code: string, owner: string) =>
      `The evidence code names criterion ${owner}, which the circular does not have.`,
    suggestion: {
      vi: "Mã minh chứng MC.x.y.zz: x.y là tiêu chí của TT 57 mà minh chứng được mã hóa lần đầu.",
      en: "Evidence code MC.x.y.zz: x.y is the TT 57 criterion under which the evidence was first coded.",
    },
  },
  statusVocabulary: {
    rule: "tt57.status-vocabulary",
    vi: (status: string) => `Mức độ thực hiện “${status}” khác các cách ghi thường dùng, khó tổng hợp khi rà soát.`,
    en: "Status written unlike the usual words, hard to count at the review.",
    suggestion: {
      vi:
        `Thông tư không quy định danh mục; nên ghi một trong: ${STATUS_VALUES.join(" / ")} ` +
        "(Không thực hiện: ghi lý do).",
      en:
        `The circular sets no list; better write one of: ${STATUS_VALUES.map((v) => `“${v}”`).join(", ")} ` +
        "(with “Không thực hiện”, give the reason).",
    },
  },
  statusNoReason: {
    rule: "tt57.status-no-reason",
    vi: "“Không thực hiện” cần ghi lý do.",
    en: "“Not done” needs a reason.",
    suggestion: {
      vi: "Ví dụ: Không thực hiện (chưa được cấp kinh phí).",
      en: "E.g. “Không thực hiện (chưa được cấp kinh phí)”.",
    },
  },
  reviewNeeded: {
    rule: "tt57.review-needed",
    vi:
      "Dòng chuyển từ kế hoạch theo thông tư 2018: tiêu chí gợi ý, thời gian đã dời sang năm học mới — " +
      "cần rà soát; bổ sung chỉ số (5), nguồn của kinh phí (8), minh chứng (9).",
    en:
      "Carried over from a 2018-regime plan: review the suggested criterion and dates; " +
      "fill columns 5, 8 (funding source) and 9.",
  },
  /** `hk1`: the plan has the end-of-semester-I point (the end-of-year one is missing), else the reverse. */
  reviewPointMissing: {
    rule: "tt57.review-points",
    vi: (hk1: boolean, _point: string) =>
      `Mục VI còn thiếu thời điểm rà soát “${hk1 ? "Cuối năm học" : "Cuối học kỳ I"}” ` +
      `(đã có ${hk1 ? "Cuối học kỳ I" : "Cuối năm học"}).`,
    en: (hk1: boolean) => `Section VI lacks the ${hk1 ? "end of year" : "end of semester I"} review point.`,
    suggestion: {
      vi: (_hk1: boolean, point: string) => `Thêm dòng “${point}” vào bảng theo dõi, đánh giá (mục VI).`,
      en: (_hk1: boolean, point: string) => `Add a “${point}” row to the monitoring and review table (section VI).`,
    },
  },
  reviewPoints: {
    rule: "tt57.review-points",
    vi: "Chưa có hai thời điểm rà soát (cuối học kỳ I và cuối năm học) ở mục VI.",
    en: "The two review points (end of semester I, end of year) are missing.",
    suggestion: {
      vi: "Thêm bảng theo dõi, đánh giá (mục VI) với hai dòng Cuối học kỳ I và Cuối năm học, có ngày tháng.",
      en: "Add the monitoring and review table (section VI) with two dated rows, “Cuối học kỳ I” and “Cuối năm học”.",
    },
  },
} satisfies MessageTable;

const isReview = (row: PlanRow) => Object.values(row.cells).some((c) => c && c.text.includes("cần rà soát"));
const text = (row: PlanRow, role: keyof PlanRow["cells"]) =>
  (row.cells[role]?.text ?? "").replace(/<\/?p>/g, "").trim();

/** Measurable: a number, a percentage, a count, or a yes/no deliverable with a date. */
export function isMeasurable(s: string): boolean {
  const f = foldDiacritics(s);
  if (/\d/.test(f)) return true;
  if (/\b(co|ban hanh|hoan thanh|duoc phe duyet|duoc cong nhan)\b.*\b(truoc|trong) (thang|hoc ky|nam)/.test(f))
    return true;
  return false;
}

export interface Tt57Projection {
  current: number | null;
  projected: number | null;
  missingMandatory: string[];
}

/**
 * School level under TT57's rule: Mức N = all 8 mandatory ≥ N and ≥ 5 of the 7 others ≥ N
 * (the rest ≥ Mức 1 for N = 2).
 */
export function projectTt57Level(
  levels: Map<string, number>,
  planned: Set<string>,
  catalogCriteria: { code: string; mandatory?: boolean }[],
  goal = 1,
): Tt57Projection {
  const level = (lv: (code: string) => number) => {
    let reached = 0;
    for (const n of [1, 2]) {
      const mandatory = catalogCriteria.filter((c) => c.mandatory);
      const others = catalogCriteria.filter((c) => !c.mandatory);
      const okM = mandatory.every((c) => lv(c.code) >= n);
      const okO =
        others.filter((c) => lv(c.code) >= n).length >= 5 && (n === 1 || others.every((c) => lv(c.code) >= 1));
      if (okM && okO) reached = n;
      else break;
    }
    return reached;
  };
  if (!levels.size) return { current: null, projected: null, missingMandatory: [] };
  const current = level((c) => levels.get(c) ?? 0);
  const projected = level((c) => (planned.has(c) ? Math.max(levels.get(c) ?? 0, goal) : (levels.get(c) ?? 0)));
  const missingMandatory = catalogCriteria
    .filter((c) => c.mandatory && (levels.get(c.code) ?? 0) < goal && !planned.has(c.code))
    .map((c) => c.code);
  return { current, projected, missingMandatory };
}

export const tt57Rules: Rule = ({ plan, catalog }) => {
  if (plan.template !== "tt57-bieu2") return [];
  const out: Finding[] = [];
  // Rows with content (a blank form's numbered rows are not checked).
  const rows = plan.rows.filter(
    (r) =>
      (r.kind === "criterion" || r.kind === "task") &&
      Object.entries(r.cells).some(([role, c]) => role !== "tt" && c && c.text.trim()),
  );
  const codes = new Set(plan.rows.filter((r) => r.kind === "criterion" && r.criterion).map((r) => r.criterion!));
  if (catalog && codes.size >= 10)
    out.push(
      finding({
        severity: "warning",
        cell: { row: plan.headerRow, col: 0 },
        ...said(TT57_TEXT.notPrioritised, codes.size),
      }),
    );
  const y0 = Number((plan.context.schoolYear ?? "2026").slice(0, 4)) || 2026;
  const assessed = new Map(
    (plan.assessment ?? []).filter((a) => a.level !== null).map((a) => [a.criterion, a.level as number]),
  );
  for (const row of plan.rows) {
    if (row.kind !== "criterion" || !row.criterion) continue;
    if ((assessed.get(row.criterion) ?? 0) >= 2 && !(row.target?.level && row.target.level > 2))
      out.push(criterionWarning(row, TT57_TEXT.alreadyLevel2, row.criterion));
  }
  if (catalog && assessed.size) {
    const criteria = catalog.standards.flatMap((s) => s.criteria);
    const goal = plan.goal?.level && plan.goal.level <= 2 ? plan.goal.level : 1;
    const p = projectTt57Level(assessed, codes, criteria, goal);
    for (const code of p.missingMandatory)
      out.push(
        finding({
          severity: "warning",
          criterion: code,
          standard: Number(code.split(".")[0]),
          cell: { row: plan.headerRow, col: 0 },
          ...said(TT57_TEXT.mandatoryMissing, code, goal),
        }),
      );
  }
  // Section V rows trace to a section IV issue and its criterion (when the document has section IV).
  if (plan.priorityIssues && plan.priorityIssues.length) {
    const critSet = new Set(plan.priorityIssues.map((i) => i.criterion).filter(Boolean));
    const stdSet = new Set(plan.priorityIssues.filter((i) => !i.criterion).map((i) => i.standard));
    for (const row of plan.rows) {
      if (row.kind !== "criterion" || !row.criterion || isReview(row)) continue;
      if (!critSet.has(row.criterion) && !stdSet.has(row.standard))
        out.push(criterionWarning(row, TT57_TEXT.notInSectionIv, row.criterion));
    }
  }
  for (const row of rows) {
    const review = isReview(row);
    const base = { criterion: row.criterion, standard: row.standard };
    // An invalid criterion code is reported by criterion.*; the row's other columns are still checked.
    const indicator = text(row, "indicator");
    if (plan.columns.indicator !== undefined) {
      if (!indicator) {
        if (!review)
          out.push(
            finding({
              ...base,
              severity: "warning",
              cell: { row: row.gridRows[0], col: plan.columns.indicator },
              ...said(TT57_TEXT.indicatorMissing, y0),
            }),
          );
      } else if (!isMeasurable(indicator))
        out.push(
          finding({
            ...base,
            severity: "warning",
            cell: row.cells.indicator,
            ...said(TT57_TEXT.indicatorVague, indicator.slice(0, 60)),
          }),
        );
    }
    // Resources: money without a funding source.
    const b = row.cells.budget;
    if (b && !review) {
      const a = analysisOf(row.budget) ?? analyzeBudget(b.text, plan.budgetUnit);
      if (a.parse.kind === "amount" && !a.sources.length)
        out.push(
          finding({
            ...base,
            severity: "warning",
            cell: b,
            ...said(TT57_TEXT.resourceNoSource),
          }),
        );
    }
    // Evidence codes MC.x.y.zz, in round brackets, x.y = the row's criterion.
    const ev = text(row, "evidence");
    if (ev) {
      // (Also written without its square brackets, or with one of them lost: "H1-1.3-02", "H1-1.3-02]".)
      if (/(?:^|[^\w.-])H\d+-\d+\.\d+-\d+(?![\d.])/.test(ev))
        out.push(
          finding({
            ...base,
            severity: "warning",
            cell: row.cells.evidence,
            ...said(TT57_TEXT.evidence2018Code),
          }),
        );
      // "(MC.1.4.01, MC.1.4.02)": several codes in one pair of brackets is the form's own example (a comma lost —
      // "(MC.1.4.01 MC.1.4.02)", or a scan's comma left alone on a line OCR does not read — leaves each code in its
      // brackets all the same). A code cited on another criterion's row is correct practice (one document keeps one
      // code), unless that criterion does not exist in the circular.
      const grouped = new Set<number>();
      for (const g of ev.matchAll(/\(([^()]*)\)/g)) {
        const items = g[1]
          .split(/[,;]|\s+v[àa]\s+|\s+/)
          .map((x) => x.trim())
          .filter(Boolean);
        if (!items.every((x) => /^MC\.\d+\.\d+\.\d+$/.test(x))) continue;
        for (const c of g[1].matchAll(/MC\.\d+\.\d+\.\d+/g)) grouped.add((g.index ?? 0) + 1 + (c.index ?? 0));
      }
      for (const m of ev.matchAll(/MC\.(\d+)\.(\d+)\.(\d+)/g)) {
        if (!grouped.has(m.index ?? -1) || m[3].length < 2)
          out.push(
            finding({
              ...base,
              severity: "warning",
              cell: row.cells.evidence,
              ...said(TT57_TEXT.evidenceFormat, m[0], `(MC.${m[1]}.${m[2]}.${m[3].padStart(2, "0")})`),
            }),
          );
        const owner = `${m[1]}.${m[2]}`;
        if (catalog && !catalog.standards.some((s) => s.criteria.some((c) => c.code === owner)))
          out.push(
            finding({
              ...base,
              severity: "error",
              cell: row.cells.evidence,
              ...said(TT57_TEXT.evidenceCriterion, m[0], owner, catalog.circular),
            }),
          );
      }
    }
    const st = text(row, "status");
    if (st) {
      const f = foldDiacritics(st);
      const known = STATUS_VALUES.find((v) => f.startsWith(foldDiacritics(v)));
      if (!known)
        out.push(
          finding({
            ...base,
            severity: "warning",
            cell: row.cells.status,
            ...said(TT57_TEXT.statusVocabulary, st.slice(0, 40)),
          }),
        );
      else if (
        known === "Không thực hiện" &&
        f.replace(foldDiacritics(known), "").replace(/[\s.:;,()-]/g, "").length < 4
      )
        out.push(
          finding({
            ...base,
            severity: "warning",
            cell: row.cells.status,
            ...said(TT57_TEXT.statusNoReason),
          }),
        );
    }
    if (review)
      out.push(
        finding({
          ...base,
          severity: "info",
          cell: row.cells.criterion ?? row.cells.tasks ?? null,
          ...said(TT57_TEXT.reviewNeeded),
        }),
      );
  }
  // Review points (section VI): end of semester I and end of year, dated.
  const all = plan.text.map((t) => t.text).join("\n");
  const f = foldDiacritics(all);
  const hk1 = /cuoi hoc ky (i|1)\b|cuoi hk ?(i|1)\b/.test(f);
  const yearEnd = /cuoi nam hoc|tong ket nam hoc/.test(f);
  if (rows.length && plan.text.length && !(hk1 && yearEnd)) {
    const point = reviewPoints(plan.context.schoolYear)[hk1 ? 1 : 0];
    out.push(
      finding({
        severity: "warning",
        ...(hk1 || yearEnd ? said(TT57_TEXT.reviewPointMissing, hk1, point) : said(TT57_TEXT.reviewPoints)),
      }),
    );
  }
  return out;
};
