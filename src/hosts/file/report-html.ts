/**
 * The printable .html report of many plans: the district's heading (unit, title, date, what was checked), the
 * summary table of schools, the pictures (inline SVG, they print), then each school's findings. Each school's table
 * repeats its school and file name with its header on every printed page. No script; a CSP that allows none.
 */
import type { DistrictReport, ReportFile } from "../../core/report/model";
import { SEVERITY_LABELS, STATUS_LABELS } from "../../core/report/model";
import { circularLabel, levelLabel } from "../../core/labels";
import { escapeHtml as esc } from "../../core/render";
import { formatVnd } from "../../core/summary";
import { reportCharts } from "./report-charts";
import type { ReportFields } from "./report-xlsx";

const STYLE = [
  "@page{size:A4 landscape;margin:1.5cm}",
  "body{font-family:'Times New Roman',serif;font-size:13pt;margin:2cm;color:#000}",
  "@media print{body{margin:0}h2,h3,figcaption{page-break-after:avoid}tr,figure{page-break-inside:avoid}}",
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
  "table{border-collapse:collapse;width:100%;margin-bottom:1em}thead{display:table-header-group}",
  "td,th{border:1px solid #000;padding:3pt 5pt;vertical-align:top;overflow-wrap:anywhere}",
  "th{font-weight:bold;text-align:center}.summary th{font-size:11pt;overflow-wrap:normal}" +
    ".summary td{overflow-wrap:break-word}.k{white-space:nowrap}td.n{text-align:right}",
  "th.who{text-align:left;font-weight:normal;background:#eee}",
  "h1{font-size:16pt;text-align:center;margin:.3em 0}h2{font-size:14pt}h3{font-size:13pt}",
  ".unit{font-weight:bold;text-transform:uppercase}.meta{text-align:center;font-style:italic}",
  "figure{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.3em}.note{font-style:italic;font-size:11pt}",
].join("");

const num = (n: number | null) => (n === null ? "" : n.toLocaleString("vi-VN"));

function summaryTable(r: DistrictReport): string {
  const head = [
    "TT",
    "Trường",
    "Tệp",
    "Cấp học",
    "Năm học",
    "Thông tư",
    "Trạng thái",
    "Lỗi",
    "Cảnh báo",
    "Lưu ý",
    "Số dòng",
    "Tổng kinh phí",
  ];
  const rows = r.files.map((f, i) => {
    const unread = !f.checked;
    const total = unread
      ? ""
      : `<span class="k">${esc(formatVnd(f.totalVnd))}</span>${f.totalIsMax ? " (tối đa)" : ""}`;
    const status = STATUS_LABELS[f.status].vi + (f.reason ? `: ${f.reason}` : "");
    const cells = [
      `<td class="n">${i + 1}</td>`,
      `<td>${esc(f.label)}</td>`,
      `<td>${esc(f.file)}</td>`,
      `<td>${f.level ? esc(levelLabel(f.level, "vi")) : ""}</td>`,
      `<td class="k">${esc(f.schoolYear ?? "")}</td>`,
      `<td class="k">${esc(circularLabel(f.circular) ?? "")}</td>`,
      `<td>${esc(status)}</td>`,
      // A file that could not be read has no counts ("—"), never "0 lỗi / 0 cảnh báo".
      ...[f.errors, f.warnings, f.notes, f.rows].map((n) => `<td class="n">${unread ? "—" : num(n)}</td>`),
      `<td class="n">${total}</td>`,
    ];
    return `<tr data-file="${esc(f.file)}">${cells.join("")}</tr>`;
  });
  const t = r.totals;
  const counts = [t.errors, t.warnings, t.notes, t.rows].map((n) => `<td class="n"><b>${num(n)}</b></td>`).join("");
  const sum = `<span class="k">${esc(formatVnd(t.totalVnd))}</span>${t.totalIsMax ? " (tối đa)" : ""}`;
  const total = `<tr><th colspan="7">Cộng (${t.files} tệp)</th>${counts}<td class="n"><b>${sum}</b></td></tr>`;
  // Widths for A4 landscape: names and status wrap, years and circulars stay on one line.
  const widths = [4, 14, 14, 6, 9, 9, 11, 5, 7, 5, 6, 10];
  const cols = `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join("")}</colgroup>`;
  const thead = `<thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead>`;
  return `<table class="summary">${cols}${thead}<tbody>${rows.join("")}${total}</tbody></table>`;
}

function schoolSection(f: ReportFile, i: number): string {
  const about = [
    f.level ? levelLabel(f.level, "vi") : "Chưa rõ cấp học",
    `năm học ${f.schoolYear ?? "?"}`,
    circularLabel(f.circular),
    STATUS_LABELS[f.status].vi,
  ]
    .filter(Boolean)
    .join(" · ");
  const counts = !f.checked
    ? `Không kiểm tra được: ${f.reason ?? ""}`
    : `${f.errors} lỗi · ${f.warnings} cảnh báo · ${f.notes} lưu ý · ${f.rows} dòng · ` +
      `tổng kinh phí ${formatVnd(f.totalVnd)}${f.totalIsMax ? " (tối đa)" : ""}${f.reason ? `. ${f.reason}` : ""}`;
  const who = `Trường: ${f.label} · Tệp: ${f.file}`;
  const rows = f.findings
    .map(
      (x) =>
        `<tr><td>${esc(x.place)}</td><td>${SEVERITY_LABELS[x.severity]}</td>` +
        `<td>${esc(x.message)}</td><td>${esc(x.suggestion ?? "")}</td></tr>`,
    )
    .join("");
  const table = f.findings.length
    ? `<table><thead><tr><th class="who" colspan="4">${esc(who)}</th></tr>` +
      `<tr><th style="width:18%">Vị trí</th><th style="width:9%">Mức</th><th>Nội dung</th>` +
      `<th style="width:33%">Gợi ý</th></tr></thead><tbody>${rows}</tbody></table>`
    : !f.checked
      ? ""
      : "<p>Không phát hiện vấn đề.</p>";
  return (
    `<section class="school" id="truong-${i + 1}"><h2>${i + 1}. ${esc(f.label)}</h2>` +
    `<p>${esc(who)}<br>${esc(about)}<br>${esc(counts)}</p>${table}</section>`
  );
}

export function writeReportHtml(r: DistrictReport, fields: ReportFields = {}): string {
  const t = r.totals;
  const read = [
    `${t.byStatus.read} đọc được`,
    t.byStatus.garbled ? `${t.byStatus.garbled} chữ bị lỗi phông` : "",
    t.byStatus.scanned ? `${t.byStatus.scanned} bản quét` : "",
    t.byStatus.unreadable ? `${t.byStatus.unreadable} không đọc được` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const charts = reportCharts(r)
    .map(
      (c) =>
        `<figure id="bieu-do-${c.id}"><figcaption>${esc(c.title)}</figcaption>${c.svg}` +
        `${c.note ? `<p class="note">${esc(c.note)}</p>` : ""}</figure>`,
    )
    .join("");
  const unit = fields.unit?.trim() || "Đơn vị: ……………………………";
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" ` +
    `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${esc(r.title)} — ${esc(r.dateText)}</title><style>${STYLE}</style></head><body>` +
    `<header><p class="unit">${esc(unit)}</p><h1>${esc(r.title)}</h1>` +
    `<p class="meta">Lập ${esc(r.dateText)} bằng KHCT · ` +
    `Người lập: ${esc(fields.author?.trim() || "……………………")}</p></header>` +
    `<main><h2>Phạm vi kiểm tra</h2><p>Đã kiểm tra ${t.files} tệp kế hoạch (${esc(read)}); ` +
    `${t.errors} lỗi, ${t.warnings} cảnh báo, ${t.notes} lưu ý.</p>` +
    `<p>Nội dung kiểm tra:</p><ul>${r.checks.map((c) => `<li>${esc(c)}</li>`).join("")}</ul>` +
    `<h2>Tổng hợp các trường</h2>${summaryTable(r)}` +
    (charts ? `<h2>Biểu đồ</h2>${charts}` : "") +
    `<h2>Kết quả từng trường</h2>${r.files.map(schoolSection).join("")}</main></body></html>`
  );
}
