/** The column labels of a plan table's header as pasted text writes them (the TT 2018 table and Biểu 2). */
import { foldDiacritics } from "../text/normalize";
import { isColumnRole, roleOfHeader } from "./headers";

export const LABELS: [RegExp, string][] = [
  [/^(s\.?\s*tt|t ?t)\b/, "TT"],
  [/^tieu chuan,? tieu chi|^noi dung cai tien/, "Tiêu chuẩn, tiêu chí"],
  [/^ket qua can dat( \(so voi hien trang\))?|^muc tieu cai tien/, "Kết quả cần đạt"],
  [/^cong viec\/? ?giai phap( can thuc hien)?|^hoat dong\/giai phap/, "Công việc/giải pháp cần thực hiện"],
  [/^chu tri( va phoi hop thuc hien)?|^don vi\/ca nhan phu trach/, "Chủ trì và phối hợp thực hiện"],
  [/^thoi gian( thuc hien( va hoan thanh)?)?/, "Thời gian thực hiện và hoàn thành"],
  [/^du kien kinh phi|^nguon luc bao dam/, "Dự kiến kinh phí"],
  [/^dieu kien ho tro khac/, "Điều kiện hỗ trợ khác"],
  [/^ghi chu/, "Ghi chú"],
  [/^chi so danh gia( ket qua)?/, "Chỉ số đánh giá kết quả"],
  [/^thong tin,? du lieu( hoac minh chung)?( du kien)?/, "Thông tin, dữ liệu hoặc minh chứng dự kiến"],
  [/^muc do thuc hien/, "Mức độ thực hiện"],
];

/** The column labels found, in order, in a one-line header (single spaces between them). */
export function headerLabels(line: string): string[] | null {
  const rest = foldDiacritics(line)
    .replace(/\(\s*\d+\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Header labels hold no figures: a line with a criterion code, a date or an amount is a row, not a header.
  if (!rest || /\d/.test(rest)) return null;
  // A table without a TT column whose first column is the standard, merged over its criteria ("Tiêu chuẩn" |
  // "Tiêu chí" | …): read as the TT 2018 header (the rows' standards are told by their form)
  const words = rest.split(" ");
  const found = labelsFrom(/^tieu chuan,? tieu chi\b/i.test(rest) ? ["TT", ...words] : words, 0, new Set());
  return found && found.length >= 4 && found[0] === "TT" ? found : null;
}

/** A label the header reader knows starts within this many words ("Minh chứng", "Người/bộ phận", "Tiê u chí"). */
const HEAD_WORDS = 3;
/** The longest label it may run to ("Thông tin, dữ liệu hoặc minh chứng dự kiến"). */
const MAX_LABEL_WORDS = 9;

/**
 * The labels of words[at…]: a known label (LABELS) where one starts; else a label of other words — its first
 * words (at most HEAD_WORDS) already have a column role for the header reader ("Người/bộ phận", "Minh chứng", a
 * word broken at a narrow cell's edge: "Tiê u chí"), and the words after them keep that role ("… thực hiện") —
 * provided the words after the label read as labels too. `dead` holds the word indexes found not to.
 */
function labelsFrom(words: string[], at: number, dead: Set<number>): string[] | null {
  if (at === words.length) return [];
  if (dead.has(at)) return null;
  const rest = words.slice(at).join(" ");
  const hit = LABELS.find(([re]) => re.test(rest));
  if (hit) {
    const taken = rest.match(hit[0])![0].trim();
    const next = at + (taken ? taken.split(" ").length : 0);
    const whole = rest.length === taken.length || rest[taken.length] === " ";
    const tail = next > at && whole ? labelsFrom(words, next, dead) : null;
    if (tail) return [hit[1], ...tail];
  }
  // (a "Tiêu chuẩn" column of its own is not one: the rows run together are read as TT, criterion, … — a row
  // "1 3 3.2" with the standard apart would not be)
  const roleTo = (end: number) => {
    const role = roleOfHeader(words.slice(at, end).join(" "));
    return role && isColumnRole(role) ? role : null;
  };
  let head = at + 1;
  while (head <= Math.min(words.length, at + HEAD_WORDS) && !roleTo(head)) head++;
  const role = head <= words.length ? roleTo(head) : null;
  for (let end = head; role && end <= Math.min(words.length, at + MAX_LABEL_WORDS) && roleTo(end) === role; end++) {
    const tail = labelsFrom(words, end, dead);
    if (tail) return [role === "tt" ? "TT" : role, ...tail];
  }
  dead.add(at);
  return null;
}

/** The one column label a piece of text is, whole ("Thời gian thực hiện và hoàn thành", "T T"), or null. */
export function exactLabel(text: string): string | null {
  const folded = foldDiacritics(text)
    .replace(/\(\s*\d+\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const hit = LABELS.find(([re]) => re.test(folded) && !folded.replace(re, "").trim());
  return hit ? hit[1] : null;
}

/**
 * The header of a table rebuilt from rows run together (no cell edges in the text): the TT number, the criterion,
 * the period and the budget are told by their form; the rest of each row (target, lead, support…) is its tasks.
 */
export const RUN_TOGETHER_HEADER: readonly string[] = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Công việc/giải pháp cần thực hiện",
  "Thời gian thực hiện và hoàn thành",
  "Dự kiến kinh phí",
];
