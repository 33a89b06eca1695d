/** The column labels of a plan table's header as pasted text writes them (the TT 2018 table and Biểu 2). */
import { foldDiacritics } from "../text/normalize";

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
  let rest = foldDiacritics(line)
    .replace(/\(\s*\d+\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const found: string[] = [];
  while (rest) {
    const hit = LABELS.find(([re]) => re.test(rest));
    if (!hit) return null;
    found.push(hit[1]);
    rest = rest.replace(hit[0], "").trim();
  }
  return found.length >= 4 && found[0] === "TT" ? found : null;
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
