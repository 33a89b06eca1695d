/** budget.*: the "Dự kiến kinh phí" / "Nguồn lực bảo đảm" column. */
import { analysisOf, analyzeBudget } from "../parse/budget";
import { finding, said, type MessageTable, type Rule } from "./finding";
import { formatVnd } from "../summary";
import { foldDiacritics } from "../text/normalize";

/** A budget cell that spends "as it comes": "Theo thực tế", "Theo thực tế phát sinh", "Tùy thực tế", "Theo nhu cầu". */
const AS_SPENT = /^(theo|tuy|tuy theo|can cu) (thuc te|thuc chi|nhu cau|phat sinh)\b[^\d]*$/;

/** Messages of the budget.* rules. */
export const BUDGET_TEXT = {
  unitTypo: {
    rule: "budget.unit-typo",
    vi: (text: string) => `Đơn vị tiền viết sai: "${text}".`,
    en: (text: string) => `Misspelt currency unit: "${text}".`,
    suggestion: {
      vi: "Viết đúng đơn vị, ví dụ: 10.000.000 đồng hoặc 10 triệu đồng.",
      en: "Write the unit correctly, e.g. “10.000.000 đồng” or “10 triệu đồng”.",
    },
  },
  badGrouping: {
    rule: "budget.bad-grouping",
    vi: (text: string) => `Số tiền "${text}" phân nhóm chữ số sai (mỗi nhóm 3 chữ số); chưa tính vào tổng kinh phí.`,
    en: (text: string) => `Amount "${text}" has malformed digit grouping (groups of three); not counted in the total.`,
    suggestion: {
      vi: "Viết lại số tiền theo nhóm 3 chữ số, ví dụ: 10.000.000.",
      en: "Rewrite the amount in groups of three digits, e.g. 10.000.000.",
    },
  },
  mixedMarks: {
    rule: "budget.bad-grouping",
    vi: (text: string) =>
      `Số tiền "${text}" có cả dấu chấm và dấu phẩy nên không rõ giá trị; chưa tính vào tổng kinh phí.`,
    en: (text: string) =>
      `Amount "${text}" has both dots and commas, so its value is unclear; not counted in the total.`,
    suggestion: {
      vi: "Dùng dấu chấm để phân nhóm nghìn, dấu phẩy cho phần lẻ, ví dụ: 1.000.000.000 đồng hoặc 1,5 tỷ đồng.",
      en: 'Use dots to group thousands and a comma for the decimal part, e.g. "1.000.000.000 đồng" or "1,5 tỷ đồng".',
    },
  },
  shorthand: {
    rule: "budget.bad-grouping",
    vi: (text: string) =>
      `Số tiền "${text}" viết tắt nên không rõ giá trị (ví dụ 3tr50: 3,5 hay 3,05 triệu?); ` +
      "chưa tính vào tổng kinh phí.",
    en: (text: string) =>
      `Amount "${text}" is a shorthand whose value is unclear (3tr50: 3.5 or 3.05 million?); not counted.`,
    suggestion: {
      vi: "Viết đầy đủ số tiền, ví dụ: 3.500.000 đồng hoặc 3,5 triệu đồng.",
      en: 'Write the amount in full, e.g. "3.500.000 đồng" or "3,5 triệu đồng".',
    },
  },
  dateRunIn: {
    rule: "budget.bad-grouping",
    vi: (text: string) =>
      `Số tiền "${text}" viết liền sau số tháng/ngày nên không rõ giá trị; chưa tính vào tổng kinh phí.`,
    en: (text: string) =>
      `Amount "${text}" runs into a month/day number, so its value is unclear; not counted in the total.`,
    suggestion: {
      vi: "Tách thời gian khỏi số tiền, ví dụ: Tháng 12: 300.000 đồng.",
      en: 'Separate the date from the amount, e.g. "Tháng 12: 300.000 đồng".',
    },
  },
  range: {
    rule: "budget.range",
    vi: (text: string, high: string | null) =>
      `Kinh phí ghi một khoảng ("${text}"): tổng kinh phí tính theo mức tối đa${high ? ` (${high})` : ""}.`,
    en: (text: string, high: string | null) =>
      `The budget is a range ("${text}"): totals count its upper bound${high ? ` (${high})` : ""}.`,
    suggestion: {
      vi: "Nếu đã chốt được, ghi một số tiền dự kiến.",
      en: "Once it is settled, give one estimated amount.",
    },
  },
  small: {
    rule: "budget.small",
    vi: (text: string) => `Số tiền "${text}" nhỏ bất thường (dưới 100.000 đ) — có thể đang ghi theo nghìn đồng.`,
    en: (text: string) => `Amount "${text}" is unusually small (< 100,000 VND) — probably written in thousands.`,
    suggestion: {
      vi: "Ghi đầy đủ bằng đồng, ví dụ: 5.000.000 đồng.",
      en: "Write the full amount, e.g. “5.000.000 đồng”.",
    },
  },
  unparsed: {
    rule: "budget.unparsed",
    vi: (text: string) => `Không đọc được kinh phí: "${text}".`,
    en: (text: string) => `Budget not readable: "${text}".`,
    suggestion: {
      vi: 'Ghi số tiền (ví dụ "10.000.000 đồng"), "Không", hoặc nguồn kinh phí (ví dụ "Xã hội hóa").',
      en: 'Write an amount (e.g. "10.000.000 đồng"), "Không" (none), or a funding source (e.g. "Xã hội hóa").',
    },
  },
  asSpent: {
    rule: "budget.unparsed",
    vi: (text: string) => `Kinh phí ghi "${text}": chưa có số tiền dự kiến.`,
    en: (text: string) => `The budget says "${text}" (whatever it costs): no estimated amount is given.`,
    suggestion: {
      vi: 'Ghi số tiền dự kiến (ví dụ "5.000.000 đồng"), hoặc "Không" nếu không phát sinh kinh phí.',
      en: 'Give an estimated amount (e.g. "5.000.000 đồng"), or "Không" (none) when nothing is spent.',
    },
  },
  sourceOnly: {
    rule: "budget.source-only",
    vi: (source: string | null) => `Chỉ ghi nguồn kinh phí (${source}), chưa có số tiền dự kiến.`,
    en: (source: string | null) => `Only a funding source (“${source}”) is given, no estimated amount.`,
    suggestion: {
      vi: "Nếu có thể, ghi thêm số tiền dự kiến để tổng hợp kinh phí.",
      en: "If possible, add an estimated amount so the budget can be totalled.",
    },
  },
} satisfies MessageTable;

export const budgetRules: Rule = ({ plan }) => {
  const out = [];
  for (const row of plan.rows) {
    if (row.kind !== "criterion" && row.kind !== "task") continue;
    const cell = row.cells.budget;
    if (!cell) continue;
    const a = analysisOf(row.budget) ?? analyzeBudget(cell.text, plan.budgetUnit);
    const base = { cell, criterion: row.criterion, standard: row.standard };
    for (const issue of a.issues) {
      if (issue.kind === "unit-typo")
        out.push(finding({ ...base, severity: "error", ...said(BUDGET_TEXT.unitTypo, issue.text) }));
      else if (issue.kind === "bad-grouping") {
        // "1.000,000 triệu": 1.000 triệu with a decimal comma, or a mistyped 1.000.000? Said, never guessed.
        const text = /\.\d*,|,\d*\./.test(issue.text)
          ? BUDGET_TEXT.mixedMarks
          : /\d\s*(?:tr|triệu|trieu|tỷ|ty|tỉ|ti)\d/i.test(issue.text)
            ? BUDGET_TEXT.shorthand
            : /^\D+\d{1,2} \d{3}/.test(issue.text)
              ? BUDGET_TEXT.dateRunIn
              : BUDGET_TEXT.badGrouping;
        out.push(finding({ ...base, severity: "error", ...said(text, issue.text) }));
      } else if (issue.kind === "range") {
        const r = a.amounts.find((x) => x.low !== undefined && x.text === issue.text);
        const high = r ? formatVnd(r.vnd) : null;
        out.push(finding({ ...base, severity: "info", ...said(BUDGET_TEXT.range, issue.text, high) }));
      } else if (issue.kind === "small")
        out.push(finding({ ...base, severity: "warning", ...said(BUDGET_TEXT.small, issue.text) }));
    }
    if (a.parse.kind === "unparsed" && !a.issues.some((i) => i.kind !== "unparsed")) {
      const text = cell.text.trim().slice(0, 60);
      // "Theo thực tế (phát sinh)", "Tùy nhu cầu": read, but no estimate — said so, not "not readable".
      const asSpent = AS_SPENT.test(foldDiacritics(text.replace(/\s+/g, " ")));
      out.push(
        finding({ ...base, severity: "warning", ...said(asSpent ? BUDGET_TEXT.asSpent : BUDGET_TEXT.unparsed, text) }),
      );
    }
    if (a.parse.kind === "source")
      out.push(finding({ ...base, severity: "info", ...said(BUDGET_TEXT.sourceOnly, a.parse.source) }));
  }
  return out;
};
