/**
 * Human output of `kehoach check`, one file at a time as soon as it is checked (a later failure never loses the
 * results already printed), then the summary table. Every piece of text from a file goes through term().
 */
import { jsonReport, type FileResult } from "../hosts/file/report";
import { term } from "./term";
import { summarize } from "../core/summary";
import { circularFor } from "../core/catalogs/index";
import { circularLabel, levelLabel } from "../core/labels";

type Lang = "vi" | "en";
interface Out {
  write(s: string): unknown;
}

const SEV = {
  error: { vi: "lỗi", en: "error", color: 31 },
  warning: { vi: "cảnh báo", en: "warning", color: 33 },
  info: { vi: "lưu ý", en: "note", color: 36 },
} as const;

export function humanPrinter(out: Out, lang: Lang, color: boolean) {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const vi = lang === "vi";
  return {
    file(r: FileResult): void {
      let s = `\n${paint(1, term(r.path))}\n`;
      if (r.status === "error") {
        for (const n of r.notes ?? []) s += `  ${paint(33, vi ? "lưu ý" : "note")}: ${term(n[lang])}\n`;
        const error = vi ? r.error : (r.errorEn ?? r.error);
        out.write(s + `  ${paint(31, vi ? "không đọc được" : "unreadable")}: ${term(error)}\n`);
        return;
      }
      const c = r.plan!.context;
      // As people say it: "THCS · năm học 2025-2026 · TT 18/2018 · Trường THCS …" (JSON keeps the codes).
      const circular = c.circular ?? (c.level && c.regime ? circularFor(c.level, c.regime) : null);
      const context = [
        c.level ? levelLabel(c.level, lang) : vi ? "chưa rõ cấp học" : "level unknown",
        `${vi ? "năm học" : "school year"} ${term(c.schoolYear ?? "?")}`,
        circularLabel(circular),
        c.school ? term(c.school) : null,
      ];
      s += `  ${context.filter(Boolean).join(" · ")}\n`;
      for (const n of r.notes ?? []) s += `  ${paint(33, vi ? "lưu ý" : "note")}: ${term(n[lang])}\n`;
      if (!r.findings.length) s += `  ${paint(32, vi ? "không có lỗi" : "no problems")}\n`;
      // Places in the file's own terms: A1 in a workbook, "Bảng 2 · dòng 5" and "cột Thời gian" in a Word or PDF.
      const places = r.places?.[lang];
      const document = vi ? "Văn bản" : "Document";
      const rowPlace = (row: number) => (places ? places.row(row) : `${vi ? "Dòng" : "Row"} ${row + 1}`) ?? document;
      const cellPlace = (f: (typeof r.findings)[number]) =>
        !f.cell || !places ? (f.ref ?? "") : places.row(f.cell.row) === null ? "" : places.cell(f.cell);
      // A loop, not Math.max(...spread): 180,000 findings would overflow the call stack.
      let width = 6;
      for (const f of r.findings) width = Math.max(width, cellPlace(f).length);
      // One group per place (paragraphs outside the tables together): the document first, then in reading order.
      const byPlace = new Map<string, { order: number; findings: typeof r.findings }>();
      for (const f of r.findings) {
        const k = f.cell ? rowPlace(f.cell.row) : document;
        const order = k === document ? -1 : f.cell!.row;
        const g = byPlace.get(k) ?? { order, findings: [] };
        g.order = Math.min(g.order, order);
        g.findings.push(f);
        byPlace.set(k, g);
      }
      const groups = [...byPlace.entries()].sort((a, b) => a[1].order - b[1].order);
      for (const [where, { findings: fs }] of groups) {
        const criterion = fs[0].criterion ? ` (${vi ? "tiêu chí" : "criterion"} ${term(fs[0].criterion)})` : "";
        s += `  ${term(where)}${criterion}\n`;
        for (const f of fs) {
          const sev = paint(SEV[f.severity].color, SEV[f.severity][lang].padEnd(9));
          s += `    ${term(cellPlace(f)).padEnd(width)} ${sev} ${term(vi ? f.message : f.messageEn)}\n`;
          const fix = vi ? f.suggestion : f.suggestionEn;
          if (fix) s += `           ${paint(2, "→ " + term(fix))}\n`;
        }
      }
      out.write(s);
    },
    summary(results: FileResult[]): void {
      const head = vi
        ? ["Tệp", "Lỗi", "Cảnh báo", "Tổng kinh phí (đ)"]
        : ["File", "Errors", "Warnings", "Total budget (VND)"];
      const paths = results.map((r) => term(r.path));
      const width = Math.min(
        60,
        paths.reduce((w, p) => Math.max(w, p.length), head[0].length),
      );
      let s = `\n${head[0].padEnd(width)}  ${head[1].padStart(5)}  ${head[2].padStart(9)}  ${head[3].padStart(18)}\n`;
      results.forEach((r, i) => {
        const e = r.status === "error" ? "—" : String(r.findings.filter((f) => f.severity === "error").length);
        const w = r.status === "error" ? "—" : String(r.findings.filter((f) => f.severity === "warning").length);
        // Amount ranges ("khoảng 3–4 triệu") count at their upper bound: the total says so.
        const max = r.plan && summarize(r.plan, r.findings).rangeRows ? (vi ? " (tối đa)" : " (max)") : "";
        const total = r.totalVnd.toLocaleString("vi-VN") + max;
        const v = r.status === "error" ? (vi ? "không đọc được" : "unreadable") : total;
        s += `${paths[i].slice(-width).padEnd(width)}  ${e.padStart(5)}  ${w.padStart(9)}  ${v.padStart(18)}\n`;
      });
      out.write(s);
    },
  };
}

// C1 controls, bidirectional overrides and isolates, line/paragraph separators: legal in JSON strings but able to
// reorder or hide text where the JSON is shown; written as \u sequences (the parsed value is the same).
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

/** JSON text with the characters above escaped (they only ever occur inside JSON strings). */
export function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/**
 * `--json`, written file by file: byte for byte what JSON.stringify(jsonReport(all), null, 2) gives, but each file's
 * entry leaves as soon as it is checked.
 */
export function jsonPrinter(out: Out) {
  let count = 0;
  return {
    file(r: FileResult): void {
      const entry = escapeInvisible(JSON.stringify(jsonReport([r]).files[0], null, 2)).replace(/\n/g, "\n    ");
      out.write(`${count++ ? "," : '{\n  "version": 1,\n  "files": ['}\n    ${entry}`);
    },
    summary(): void {
      out.write(count ? "\n  ]\n}\n" : '{\n  "version": 1,\n  "files": []\n}\n');
    },
  };
}
