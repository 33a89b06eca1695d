/**
 * Official document parts (Nghị định 30/2020/NĐ-CP): header block, number, place and date, title, "Căn cứ",
 * recipients and signature — as data every host renders (Word, .docx) — and checks of an existing document's header.
 * After the 2025 reorganisation the district office is the commune's "Phòng Văn hóa - Xã hội", not "Phòng GD&ĐT".
 */
import type { Finding, Regime, SchoolContext, SchoolLevel } from "../types";
import { CIRCULARS, GUIDANCE, AMENDMENTS } from "../catalogs/meta";
import { circularFor, guidanceFor } from "../catalogs/index";
import { foldDiacritics } from "../text/normalize";
import { finding, said, type MessageTable } from "../rules/finding";

export type DocPart =
  | { kind: "header-block"; left: string[]; right: string[] }
  | { kind: "title"; lines: string[] }
  | { kind: "paragraph"; text: string; italic?: boolean; bold?: boolean }
  | { kind: "heading"; text: string }
  | { kind: "table" }
  /** A table of the form with its own header and rows (Biểu 2 sections IV and VI). */
  | { kind: "grid"; rows: string[][] }
  /**
   * TT 57/2026: Biểu 2 sections I–VIII go here (the form's text is in the large reference data, so a host expands
   * this part with `bieu2DocParts` from ../tt57/bieu2, loaded when needed).
   */
  | { kind: "bieu2-sections"; context: SchoolContext }
  | { kind: "recipients"; lines: string[] }
  | { kind: "signature"; lines: string[] };

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
/** School level as printed in capitals in a school name ("TRƯỜNG TRUNG HỌC CƠ SỞ …"). */
export const LEVEL_TITLE: Record<SchoolLevel, string> = {
  "mam-non": "MẦM NON",
  "tieu-hoc": "TIỂU HỌC",
  thcs: "TRUNG HỌC CƠ SỞ",
  thpt: "TRUNG HỌC PHỔ THÔNG",
  "nhieu-cap": "PHỔ THÔNG NHIỀU CẤP HỌC",
  gdtx: "GIÁO DỤC THƯỜNG XUYÊN",
};

const isoToVi = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `ngày ${d} tháng ${Number(m) < 3 ? m : String(Number(m))} năm ${y}`;
};
const lowerFirst = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** "Căn cứ" lines: the circular (verbatim title and date), its amendment and guidance letter (2018 regime). */
export function canCuLines(level: SchoolLevel, regime: Regime): string[] {
  const c = CIRCULARS[circularFor(level, regime)];
  const lines: string[] = [];
  if (c)
    lines.push(
      c.citation
        ? `Căn cứ ${c.citation};`
        : `Căn cứ Thông tư số ${c.number} ${isoToVi(c.issued)} của ${c.issuer} ` +
            `${lowerFirst(c.title.replace(/^Thông tư /, ""))};`,
    );
  if (regime === "2018") {
    for (const a of AMENDMENTS)
      lines.push(
        `Căn cứ Thông tư số ${a.number} ${isoToVi(a.issued)} của Bộ trưởng Bộ Giáo dục và Đào tạo ` +
          `${lowerFirst(a.title)};`,
      );
    const g = guidanceFor(level, regime);
    const gm = g ? GUIDANCE[g] : null;
    if (gm)
      lines.push(
        `Căn cứ Công văn số ${gm.number} ${isoToVi(gm.date)} của Bộ Giáo dục và Đào tạo về việc ` +
          `${lowerFirst(gm.title)};`,
      );
  }
  lines.push("Căn cứ kết quả tự đánh giá của nhà trường,");
  return lines;
}

export function planDocumentParts(
  context: SchoolContext,
  options: { governingBody?: string; place?: string; abbreviation?: string } = {},
): DocPart[] {
  const level = context.level ?? "thcs";
  const regime = context.regime ?? "2018";
  const school = context.school ? context.school.toUpperCase() : `TRƯỜNG ${LEVEL_TITLE[level]} …`;
  const head: DocPart[] = [
    {
      kind: "header-block",
      left: [options.governingBody ?? "UBND XÃ/PHƯỜNG …", school, `Số: …/KH-${options.abbreviation ?? "…"}`],
      right: [QUOC_HIEU, TIEU_NGU, `${options.place ?? "…"}, ngày … tháng … năm …`],
    },
    { kind: "title", lines: ["KẾ HOẠCH", `Cải tiến chất lượng giáo dục năm học ${context.schoolYear ?? "…"}`] },
  ];
  // From 2026-2027 the plan is Biểu 2 (TT 57/2026): its sections I–VIII, not the 2018 sections I–III.
  if (regime === "2026")
    return [
      ...head,
      { kind: "bieu2-sections", context: { ...context, level, regime } },
      {
        kind: "recipients",
        lines: ["Nơi nhận:", "- Phòng Văn hóa - Xã hội xã/phường …;", "- Hội đồng trường;", "- Lưu: VT."],
      },
      { kind: "signature", lines: ["HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"] },
    ];
  return [
    ...head,
    ...canCuLines(level, regime).map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "heading", text: "I. MỤC ĐÍCH, YÊU CẦU" },
    { kind: "heading", text: "II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG" },
    { kind: "table" },
    { kind: "heading", text: "III. TỔ CHỨC THỰC HIỆN" },
    {
      kind: "recipients",
      lines: ["Nơi nhận:", "- Phòng Văn hóa - Xã hội xã/phường …;", "- Hội đồng trường;", "- Lưu: VT."],
    },
    { kind: "signature", lines: ["HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"] },
  ];
}

/** Messages of the checks of a document's header block. */
export const DOCPARTS_TEXT = {
  missingQuocHieu: {
    rule: "doc.header-missing-quoc-hieu",
    vi: `Thiếu Quốc hiệu “${QUOC_HIEU}”.`,
    en: "The national title is missing.",
    suggestion: {
      vi: "Chèn phần đầu văn bản theo Nghị định 30/2020/NĐ-CP.",
      en: "Insert the document header set by “Nghị định 30/2020/NĐ-CP” (Decree 30/2020).",
    },
  },
  missingTieuNgu: {
    rule: "doc.header-missing-tieu-ngu",
    vi: `Thiếu Tiêu ngữ “${TIEU_NGU}”.`,
    en: "The motto is missing.",
    suggestion: {
      vi: "Ghi Tiêu ngữ dưới Quốc hiệu, có gạch nối và cách chữ.",
      en: "Write the motto (“Tiêu ngữ”) under the national title, with its hyphens and spacing.",
    },
  },
  noNumber: {
    rule: "doc.bad-number",
    vi: "Chưa có số, ký hiệu văn bản (Số: …/KH-…).",
    en: "No document number (Số: …/KH-…).",
    suggestion: {
      vi: "Ghi “Số: …/KH-<viết tắt tên trường>”.",
      en: "Write “Số: …/KH-<viết tắt tên trường>” (the school's abbreviation).",
    },
  },
  badNumber: {
    rule: "doc.bad-number",
    vi: (text: string) => `Số, ký hiệu viết chưa đúng thể thức: “${text}”.`,
    en: (text: string) => `Malformed document number: “${text}”.`,
    suggestion: {
      vi: "Dạng đúng: “Số: 25/KH-THCSLQĐ” (chữ Số, dấu hai chấm, số/KH-viết tắt in hoa).",
      en: "Correct form: “Số: 25/KH-THCSLQĐ” (the word “Số”, a colon, number/KH-abbreviation in capitals).",
    },
  },
  badPlaceDate: {
    rule: "doc.bad-place-date",
    vi: (text: string) => `Địa danh, ngày tháng chưa đúng thể thức: “${text}”.`,
    en: "Place and date are not in the official form.",
    suggestion: {
      vi: "Dạng đúng: “Thủ Đức, ngày 05 tháng 9 năm 2025” (ngày dưới 10 và tháng 1, 2 thêm số 0).",
      en: "Correct form: “Thủ Đức, ngày 05 tháng 9 năm 2025” (days below 10 and months 1, 2 take a leading 0).",
    },
  },
  /** Its suggestion is the plan's first "Căn cứ" line, when the level and regime are known. */
  missingCanCu: {
    rule: "doc.missing-can-cu",
    vi: (_line: string) => "Chưa có phần “Căn cứ” (thông tư, công văn hướng dẫn).",
    en: "No legal basis (“Căn cứ”) paragraphs.",
    suggestion: { vi: (line: string) => line, en: (line: string) => `Begin with the legal basis, e.g. “${line}”` },
  },
  unfilled: {
    rule: "doc.unfilled",
    vi: (text: string) => `Phần đầu văn bản còn chỗ chưa điền: “${text.length > 80 ? `${text.slice(0, 79)}…` : text}”.`,
    en: (text: string) => `The document header still has blanks: “${text.slice(0, 80)}”.`,
    suggestion: {
      vi: "Điền số văn bản, địa danh, ngày tháng, tên cơ quan, tên trường thay cho dấu “…”.",
      en: "Fill in the document number, place, date, body and school name where the “…” are.",
    },
  },
} satisfies MessageTable;

/** Checks the header block and recipients of a document (its paragraphs / cell lines, in order). */
export function checkDocumentParts(lines: { text: string; row: number }[], context: SchoolContext): Finding[] {
  const out: Finding[] = [];
  const head = lines.slice(0, 40);
  const f = (t: string) => foldDiacritics(t);
  const at = (row: number) => ({ row, col: 0 });
  if (!head.some((l) => f(l.text).includes(f(QUOC_HIEU))))
    out.push(
      finding({
        severity: "error",
        cell: head[0] ? at(head[0].row) : null,
        ...said(DOCPARTS_TEXT.missingQuocHieu),
      }),
    );
  if (
    !head.some((l) =>
      f(l.text)
        .replace(/\s*-\s*/g, "-")
        .includes("doc lap-tu do-hanh phuc"),
    )
  )
    out.push(
      finding({
        severity: "error",
        cell: head[0] ? at(head[0].row) : null,
        ...said(DOCPARTS_TEXT.missingTieuNgu),
      }),
    );
  const so = head.find((l) => /^\s*s[ốo]\s*:?/i.test(l.text) && /\/|KH|…/.test(l.text));
  if (!so)
    out.push(
      finding({
        severity: "warning",
        cell: head[0] ? at(head[0].row) : null,
        ...said(DOCPARTS_TEXT.noNumber),
      }),
    );
  else if (
    !/^\s*Số:\s*[\d…. ]*\/KH-[A-ZĐ0-9&]+\s*$/u.test(so.text.trim()) &&
    !/^\s*Số:\s*…\/KH-…\s*$/.test(so.text.trim())
  )
    out.push(
      finding({
        severity: "warning",
        cell: at(so.row),
        ...said(DOCPARTS_TEXT.badNumber, so.text.trim()),
      }),
    );
  const date = head.find((l) => /ngày\s*[\d…]+\s*tháng\s*[\d…]+\s*năm\s*[\d…]+/i.test(l.text));
  if (
    date &&
    !/^[^,]+,\s*ngày\s*(\d{2}|…)\s*tháng\s*(\d{2}|1[0-2]|[3-9]|…)\s*năm\s*(\d{4}|…)\s*$/u.test(date.text.trim())
  )
    out.push(
      finding({
        severity: "warning",
        cell: at(date.row),
        ...said(DOCPARTS_TEXT.badPlaceDate, date.text.trim()),
      }),
    );
  const canCu = context.level && context.regime ? canCuLines(context.level, context.regime)[0] : null;
  if (!lines.some((l) => /^\s*Căn cứ/i.test(l.text)) && !lines.some((l) => /CĂN CỨ/.test(l.text)))
    out.push(
      finding({
        severity: "warning",
        ...said(DOCPARTS_TEXT.missingCanCu, canCu ?? ""),
        ...(canCu ? {} : { suggestion: null }),
      }),
    );
  // Placeholders left in the header block, title or Căn cứ ("Số: …/KH-…", "…, ngày … tháng … năm …"): not finished.
  for (const l of head) {
    const t = l.text.trim();
    if (!/…|\.{3}/.test(t) || t.length > 300) continue;
    out.push(
      finding({
        severity: "warning",
        cell: at(l.row),
        ...said(DOCPARTS_TEXT.unfilled, t),
      }),
    );
  }
  // The district level named after the 2025 reorganisation: checkPlan's doc.abolished-district-level (tt57/checks.ts),
  // which knows the document's date (before 01/7/2025, "Phòng GD&ĐT" was right).
  return out;
}
