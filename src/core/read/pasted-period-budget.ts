/**
 * A row's cells run together ("… Tháng 9/2026 - 12/2026 5.000.000 đồng …"): its period and its budget recognised by
 * their form (pasted-pdf.ts's rows on one line and one line per visual line). The forms are the ones plans write:
 * a month or a range of months, the school year, a quarter or semester, "thường xuyên"; an amount, several amounts
 * of one cell, a source, "Không" as a cell of its own, a resource that is no money.
 */
import { HAS_LOOKBEHIND, LETTER_CLASS_ES2017, modernRegExp, UPPER_CLASS_ES2017 } from "../text/regex-compat";
import { withColumnUnit } from "../parse/budget-unit";

// "Not after a digit" where the engine has lookbehind; an ES2017 engine (EdgeHTML) goes without it (a month is then
// also found after another digit) rather than failing to load this module.
const NOT_AFTER_DIGIT = HAS_LOOKBEHIND ? String.raw`(?<!\d)` : "";
// (also "Tháng 11 năm 2026", the month and year in words; a date "01/10/2024" is its month with the day before it:
// "Từ 01/10/2024 đến 30/12/2024" is one period)
const MONTH =
  String.raw`(?:(?:tháng\s*)?${NOT_AFTER_DIGIT}(?:(?:0?[1-9]|[12]\d|3[01])\s*\/\s*)?(?:0?[1-9]|1[0-2])\s*\/\s*` +
  String.raw`\d{4}(?![\/\d])|tháng\s*(?:0?[1-9]|1[0-2])\s+năm\s+\d{4}(?!\d))`;
export const PERIOD = new RegExp(
  [
    String.raw`(?:từ\s+)?${MONTH}(?:\s*(?:[-–—]|đến)\s*${MONTH})?`,
    String.raw`(?:cả|suốt)\s+năm\s+học`,
    String.raw`thường\s+xuyên`,
  ].join("|"),
  "i",
);
/** Budget forms, most telling first: a row's other cells may name a source ("huy động xã hội hóa") before it. */
const BUDGET_SOURCES = [
  String.raw`(?:dự kiến\s*)?\d{1,3}(?:[.,]\d{3})+\s*(?:đồng|vnđ|đ(?![\p{L}])|(?=\s*\/))(?:\s*\/\s*[\p{L} ]{1,12})?`,
  // an amount with a broken group before its unit ("15.000.0000 đ", "3.000.00đ"): kept whole, for the budget check
  // to say so (never "3.000" read alone)
  String.raw`\d{1,3}(?:[.,]\d{3})*[.,]\d{4,}\s*(?:đồng|vnđ|đ(?![\p{L}]))`,
  String.raw`\d{1,3}(?:[.,]\d{3})+[.,]\d{1,2}\s*(?:đồng|vnđ|đ(?![\p{L}]))`,
  String.raw`\d+(?:[.,]\d+)?\s*triệu(?:\s*đồng)?`,
  // grouped by spaces or not grouped ("5 000 000 đ", "2000000đ"), in shorthand ("3tr5", "10tr", "2ty5")
  // (one form: of "Ngân sách 10tr; xã hội hóa 5 000 000 đ" the first is taken, the amounts after it join it)
  String.raw`\d{1,3}(?: \d{3})+\s*(?:đồng|vnđ|đ(?![\p{L}]))|\d{4,}\s*(?:đồng|vnđ|đ(?![\p{L}]))` +
    String.raw`|\d+(?:tr|ty|tỷ)\d*(?![\p{L}\d])`,
  String.raw`(?:dự kiến\s*)?\d{1,3}(?:[.,]\d{3})+\s*(?:đồng|đ|vnđ)?(?:\s*\/\s*[\p{L} ]{1,12})?`,
  String.raw`không\s+phát\s+sinh(?:\s+kinh\s+phí)?|xã hội hóa|ngân sách(?: nhà nước)?|kinh phí(?: chi)? thường xuyên`,
  // the school's operating budget: "Lồng ghép kinh phí hoạt động"
  String.raw`(?:lồng\s+ghép\s+(?:vào\s+|trong\s+)?)?kinh\s+phí\s+hoạt\s+động`,
  // "XHH" as a cell of its own
  String.raw`(?:^|\s)XHH(?=[\s.,;]|$)`,
  // a resource that is no money (Biểu 2's "Nguồn lực bảo đảm"): "Nhân lực: GV khối 5"
  String.raw`(?:nhân lực|nhân sự|vật lực)\s*:\s*[^\s;,.]+`,
  // no spending written as an amount ("0 đ"), or none estimated ("Theo thực tế (phát sinh)")
  String.raw`(?:^|\s)0\s*(?:đồng|đ)(?![\p{L}\d])|theo\s+thực\s+tế(?:\s+phát\s+sinh)?`,
  // "Không" alone ending the row: the budget column is a row's last one where no other budget form is found.
  String.raw`(?:^|\s)không\.?$`,
];
// \p{L} needs the "u" flag (ES2018): an ES2017 engine (EdgeHTML) gets the Latin/Vietnamese letter class instead.
const BUDGETS = BUDGET_SOURCES.map((src) => modernRegExp(src, "iu", src.split("\\p{L}").join(LETTER_CLASS_ES2017)));
/** Period forms, most telling first: a month or a range of months, then the whole year, then "thường xuyên". */
const PERIODS = [
  new RegExp(
    String.raw`(?:từ\s+)?(?:${MONTH}|tháng\s*(?:0?[1-9]|1[0-2])(?=\s*(?:[-–—→,]|đến)\s*${MONTH}))` +
      String.raw`(?:\s*(?:[-–—→,]|đến)\s*${MONTH})?`,
    "i",
  ),
  /(?:cả|suốt)\s+năm\s+học(?:\s+\d{4}\s*[-–]\s*\d{4})?/i,
  // "Cả năm" as a cell of its own (capitalised: not "trong cả năm")
  /(?:^|\s)(?:Cả|Suốt) năm(?=[\s.,;]|$)/,
  // a quarter: "Quý II/2026"
  /quý\s*(?:iv|iii|ii|i|[1-4])\s*\/\s*\d{4}(?!\d)/i,
  // a semester: "HK II", "Học kỳ I", "HK2"
  /(?:học\s+kỳ|hk)\s*(?:ii|i|1|2)(?![\wàáảãạăâđêôơư])/i,
  // the school year named by its years: "Năm học 2025-2026" (a cell of its own: capitalised)
  /Năm\s+học\s+\d{4}\s*[-–]\s*\d{4}/,
  /thường\s+xuyên/i,
];
/** A month alone, as a start or end column holds it: "09/2025", "Tháng 01/2026", "15/10/2025". */
const SINGLE_MONTH = new RegExp(String.raw`^${MONTH}$`, "i");
/** "Tháng 10/2025" → 2025 * 12 + 10. */
const monthValue = (s: string) => {
  const m = /(\d{1,2})\s*(?:\/|\snăm\s)\s*(\d{4})/i.exec(s);
  return m ? +m[2] * 12 + +m[1] : 0;
};
/** An open range's start ("Từ tháng 9/2025"), whose end a cell's later visual lines may hold. */
export const OPEN_START = new RegExp(String.raw`^từ\s+${MONTH}$`, "i");
export const A_MONTH = new RegExp(String.raw`(?:đến\s+)?${MONTH}`, "i");
/** "Không" as a cell of its own: capitalised, before a capitalised word, an evidence code or the row's end. */
const NONE_CELL = new RegExp(String.raw`\sKhông(?=\s+[A-ZĐ${UPPER_CLASS_ES2017.slice(3)}\[(]|\s*$)`);
/** A range's "-" or "đến" with nothing after it: the end is on a later visual line. */
const DANGLING = /^\s*(?:[-–—→]|đến)(?:\s*tháng)?(?!\s*\d)/i;
/** One more amount of the same budget cell: "; XHH: 2.000.000 đ", "; Xã hội hóa 15.000.000đ", "- 15.000.000đ". */
const AMOUNT_MORE_SOURCE =
  String.raw`^\s*[;,+\-–]\s*(?:[\p{L} ]{1,24}:?\s*)?` +
  String.raw`(?:(?:\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?: \d{3})+|\d{4,})\s*(?:đồng|vnđ|đ(?![\p{L}]))` +
  String.raw`|\d+(?:tr|ty|tỷ)\d*(?![\p{L}\d]))`;
const AMOUNT_MORE = modernRegExp(
  AMOUNT_MORE_SOURCE,
  "iu",
  AMOUNT_MORE_SOURCE.split("\\p{L}").join(LETTER_CLASS_ES2017),
);
interface Found {
  at: number;
  end: number;
  rank: number;
}
/** Every match of every form in text, with the form's rank. */
const everyMatch = (forms: RegExp[], text: string): Found[] =>
  forms.flatMap((re, rank) =>
    [...text.matchAll(new RegExp(re.source, re.flags + "g"))].map((m) => ({
      at: m.index!,
      end: m.index! + m[0].length,
      rank,
    })),
  );

/**
 * A row's cells run together → its period, its budget and the rest. The budget is its most telling form, the period
 * too; of a form found twice, the period is the one nearest the budget (their columns are neighbours in the 2018
 * table and in Biểu 2), so a month named in a task ("vào tháng 3/2027") is not taken for the period.
 */
export function periodAndBudget(text: string, wantPeriod: boolean, wantBudget: boolean, startEnd = false) {
  const budgets = wantBudget ? everyMatch(BUDGETS, text) : [];
  const best = Math.min(...budgets.map((m) => m.rank));
  let budget: Found | undefined = budgets.filter((m) => m.rank === best).sort((a, b) => a.at - b.at)[0];
  // "Ngân sách: 4.000.000 đ; XHH: 2.000.000 đ": the amounts of one cell, one budget
  for (let more = budget && AMOUNT_MORE.exec(text.slice(budget.end)); budget && more;) {
    budget = { ...budget, end: budget.end + more[0].length };
    more = AMOUNT_MORE.exec(text.slice(budget.end));
  }
  const periods = wantPeriod
    ? everyMatch(PERIODS, text).filter((m) => !budget || m.end <= budget.at || m.at >= budget.end)
    : [];
  const gap = (m: Found) => (!budget ? 0 : m.end <= budget.at ? budget.at - m.end : m.at - budget.end);
  // an open range whose "đến" dangles ("Từ tháng 9/2025 đến tháng" … "12/2025") is the period, not its end's month
  const piece = (m?: Found) => (m ? text.slice(m.at, m.end).trim() : "");
  // ("Tháng 9/2026 -" … "Tháng 5/2027" too)
  const dangles = (m: Found) =>
    (OPEN_START.test(piece(m)) || SINGLE_MONTH.test(piece(m))) && DANGLING.test(text.slice(m.end));
  const open = (m: Found) => (dangles(m) ? 0 : 1);
  // a range of months before a month alone ("trước 15/12/2027" in the indicator, "09/2027 – 12/2027" the period)
  const single = (m: Found) => (SINGLE_MONTH.test(piece(m)) ? 1 : 0);
  const order = (a: Found, b: Found) =>
    a.rank - b.rank || open(a) - open(b) || gap(a) - gap(b) || single(a) - single(b) || a.at - b.at;
  const period = periods.sort(order)[0];
  // "Từ tháng 9/2025" + "đến tháng" … "12/2025": the period cell wrapped longer than its neighbours, its end comes
  // after their lines; the first month after the start is its end
  let end: Found | undefined;
  if (period && (OPEN_START.test(piece(period)) || dangles(period))) {
    const from = period.end + (DANGLING.exec(text.slice(period.end))?.[0].length ?? 0);
    const m = A_MONTH.exec(text.slice(from));
    const at = m ? from + m.index : -1;
    const later = m && monthValue(m[0]) >= monthValue(piece(period));
    if (m && later && (!budget || at + m[0].length <= budget.at || at >= budget.end))
      end = { at, end: at + m[0].length, rank: period.rank };
  }
  // start | end columns ("Bắt đầu" | "Hoàn thành"): a month alone is one end, the other month nearest the budget
  // the other; the earlier is the start — but two months side by side are the two columns as written, the first
  // the start even when it is the later ("01/3/2027 30/12/2026": the plan's mistake, for the timeline check)
  if (startEnd && period && !end && SINGLE_MONTH.test(piece(period))) {
    const other = periods.filter((m) => m !== period && (m.end <= period.at || m.at >= period.end));
    const pair = other.filter((m) => SINGLE_MONTH.test(piece(m))).sort((a, b) => gap(a) - gap(b))[0];
    const [first, second] = pair && pair.at < period.at ? [pair, period] : [period, pair];
    const sideBySide = pair && /^\s*(?:\d{1,2}\/)?$/.test(text.slice(first.end, second?.at)); // (a day: "30/")
    if (pair && sideBySide) end = pair.at > period.at ? pair : undefined;
    else if (pair) end = monthValue(piece(pair)) >= monthValue(piece(period)) ? pair : undefined;
    if (pair && !end) {
      end = { ...period };
      Object.assign(period, pair);
    }
  }
  // "HK II Không": a lone "Không" right after the period is the budget column's (the columns are neighbours)
  // "Thường xuyên Hiệu trưởng; … Không Biên bản …": "Không" capitalised after the period, before another cell's
  // capitalised first word (an owner column between the period and the budget, as in Biểu 2)
  // (on a row's continuation line, whose period was on an earlier line, anywhere on the line)
  if (wantBudget && !budget && (period || !wantPeriod)) {
    const from = period ? Math.max(period.end, end?.end ?? 0) : 0;
    const none = NONE_CELL.exec(text.slice(from));
    if (none) budget = { at: from + none.index + 1, end: from + none.index + none[0].length, rank: BUDGETS.length };
  }
  for (const m of wantBudget && !budget ? [period, end] : []) {
    const none = m ? /^\s+không(?=[\s.,;]|\s*\[|$)/i.exec(text.slice(m.end)) : null;
    if (m && none && !budget) budget = { at: m.end, end: m.end + none[0].length, rank: BUDGETS.length };
  }
  const cut = [period, budget, end].filter((m): m is Found => !!m).sort((a, b) => b.at - a.at);
  let rest = text;
  for (const m of cut) rest = `${rest.slice(0, m.at)} ${rest.slice(m.end)}`;
  const joiner = end && !OPEN_START.test(piece(period)) ? " - " : " đến ";
  const whole = end ? `${piece(period)}${joiner}${piece(end).replace(/^đến\s+/i, "")}` : piece(period);
  return { period: whole, budget: piece(budget), rest: rest.replace(/\s+/g, " ").trim() };
}

/**
 * Under a header that gives the budget its unit ("Kinh phí (triệu đồng)"), a row's budget is a bare number ("2,5",
 * "15", "0", also a malformed "1,5,0"): the last number standing alone at the row's end or before a capitalised word
 * (the next cell: "Liên đội 3 Chi thường xuyên"), never one a lower-case word follows ("dạy 2 tiết", "thứ 5 hằng
 * tuần") nor one glued to punctuation ("lớp 9, Đoàn"). It comes back with the unit written after it ("2,5 triệu
 * đồng", parse/budget.ts withColumnUnit): the rebuilt table's budget label names no unit.
 */
export function bareBudget(text: string, unit: number | null): { budget: string; rest: string } | null {
  if (!unit) return null;
  const re = new RegExp(String.raw`(^|\s)(\d+(?:,\d+)*)(?=\s+[${UPPER_CLASS_ES2017}]|\s*$)`, "g");
  const all = [...text.matchAll(re)];
  const last = all[all.length - 1];
  if (!last || last.index === undefined) return null;
  const at = last.index + last[1].length;
  const rest = `${text.slice(0, at)} ${text.slice(at + last[2].length)}`.replace(/\s+/g, " ").trim();
  return { budget: withColumnUnit(last[2], unit), rest };
}
