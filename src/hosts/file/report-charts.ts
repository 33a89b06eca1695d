/**
 * The report's pictures as plain inline SVG (no library, no script): horizontal bar charts with the value written
 * at the end of each bar, stacked bars for errors / warnings / notes per school, and a standard × school heat map.
 * Every mark also carries its number as text, so the pictures read in black and white and on paper. Used by the
 * printable .html report and the page (the same markup), loaded only with them.
 */
import type { DistrictReport } from "../../core/report/model";
import { escapeHtml as esc } from "../../core/render";
import { formatVnd } from "../../core/summary";

export interface Bar {
  label: string;
  /** Stacked parts; one part for a plain bar. */
  parts: { value: number; color: string; name: string }[];
  /** Written after the bar; default: the sum. */
  valueText?: string;
}

const WIDTH = 900;
const LABEL_W = 300;
const VALUE_W = 130;
const BAR_H = 18;
const GAP = 6;
const FONT = 'font-family="Times New Roman, serif" font-size="13"';

/** Cuts a label to fit the label column; the full text stays in a <title> tooltip. */
const cut = (s: string, max = 44) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export const COLORS = { error: "#b3261e", warning: "#b26a00", info: "#1f5fa8", bar: "#2f6f8f" };

/** A horizontal bar chart; `title` is its accessible name (role="img"). */
export function barChart(title: string, bars: Bar[], legend?: { name: string; color: string }[]): string {
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((a, p) => a + p.value, 0)));
  const scale = (WIDTH - LABEL_W - VALUE_W) / max;
  const top = legend ? 26 : 4;
  const height = top + bars.length * (BAR_H + GAP) + 4;
  const rows = bars.map((b, i) => {
    const y = top + i * (BAR_H + GAP);
    let x = LABEL_W;
    const rects = b.parts
      .filter((p) => p.value > 0)
      .map((p) => {
        const w = Math.max(1, p.value * scale);
        const r =
          `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${p.color}">` +
          `<title>${esc(`${p.name}: ${p.value}`)}</title></rect>`;
        x += w;
        return r;
      })
      .join("");
    const sum = b.parts.reduce((a, p) => a + p.value, 0);
    const value = b.valueText ?? String(sum);
    return (
      `<g><title>${esc(`${b.label}: ${value}`)}</title>` +
      `<text x="${LABEL_W - 8}" y="${y + 14}" text-anchor="end" ${FONT}>${esc(cut(b.label))}</text>${rects}` +
      `<text x="${(x + 6).toFixed(1)}" y="${y + 14}" ${FONT}>${esc(value)}</text></g>`
    );
  });
  const keys = (legend ?? [])
    .map(
      (l, i) =>
        `<rect x="${LABEL_W + i * 130}" y="4" width="14" height="14" fill="${l.color}"/>` +
        `<text x="${LABEL_W + i * 130 + 20}" y="16" ${FONT}>${esc(l.name)}</text>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="100%" style="max-width:${WIDTH}px">${keys}${rows.join("")}</svg>`
  );
}

/** Standard × school: a cell per pair, darker with more rows planned, the number written in it. */
export function heatMap(title: string, standards: number[], schools: { label: string; counts: number[] }[]): string {
  const cell = 34;
  const top = 24;
  const max = Math.max(1, ...schools.flatMap((s) => s.counts));
  const width = LABEL_W + standards.length * cell + 8;
  const head = standards
    .map((n, j) => `<text x="${LABEL_W + j * cell + cell / 2}" y="16" text-anchor="middle" ${FONT}>TC ${n}</text>`)
    .join("");
  const rows = schools.map((s, i) => {
    const y = top + i * (BAR_H + 4);
    const cells = s.counts
      .map((c, j) => {
        const shade = c ? Math.round(235 - (c / max) * 160) : 250;
        const fill = `rgb(${shade},${Math.min(250, shade + 12)},${Math.min(255, shade + 30)})`;
        const ink = shade < 150 ? "#fff" : "#000";
        const x = LABEL_W + j * cell;
        return (
          `<rect x="${x}" y="${y}" width="${cell - 2}" height="${BAR_H}" fill="${fill}" ` +
          `stroke="#999" stroke-width="0.5">` +
          `<title>${esc(`${s.label} · Tiêu chuẩn ${standards[j]}: ${c}`)}</title></rect>` +
          (c
            ? `<text x="${x + (cell - 2) / 2}" y="${y + 14}" text-anchor="middle" fill="${ink}" ${FONT}>${c}</text>`
            : "")
        );
      })
      .join("");
    const label = `<text x="${LABEL_W - 8}" y="${y + 14}" text-anchor="end" ${FONT}>${esc(cut(s.label))}</text>`;
    return `<g>${label}${cells}</g>`;
  });
  const height = top + schools.length * (BAR_H + 4) + 4;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" ` +
    `width="100%" style="max-width:${width}px">${head}${rows.join("")}</svg>`
  );
}

/** How many schools a per-school picture shows: beyond this the picture would not fit a page. */
export const CHART_SCHOOLS = 40;

export interface Chart {
  id: string;
  title: string;
  /** A sentence under the title when the picture shows only part (the most findings first). */
  note: string | null;
  svg: string;
}

/** The report's pictures, in the order the district reads them; empty ones are left out. */
export function reportCharts(r: DistrictReport): Chart[] {
  const out: Chart[] = [];
  const rules = r.rules.slice(0, 12);
  if (rules.length) {
    const title = "Các lỗi gặp nhiều nhất";
    const bars = rules.map((x) => ({
      label: `${x.family}: ${x.example}`,
      parts: [{ value: x.count, color: COLORS[x.severity], name: x.family }],
      valueText: `${x.count} lần · ${x.files} trường`,
    }));
    out.push({
      id: "rules",
      title,
      note: r.rules.length > rules.length ? `${rules.length} trên ${r.rules.length} quy tắc.` : null,
      svg: barChart(title, bars),
    });
  }
  const schools = [...r.bySchool]
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.notes - a.notes)
    .slice(0, CHART_SCHOOLS);
  if (schools.some((s) => s.errors + s.warnings + s.notes)) {
    const title = "Số vấn đề của từng trường";
    const bars = schools.map((s) => ({
      label: s.label,
      parts: [
        { value: s.errors, color: COLORS.error, name: "Lỗi" },
        { value: s.warnings, color: COLORS.warning, name: "Cảnh báo" },
        { value: s.notes, color: COLORS.info, name: "Lưu ý" },
      ],
      valueText: `${s.errors} lỗi · ${s.warnings} c.báo · ${s.notes} l.ý`,
    }));
    const legend = [
      { name: "Lỗi", color: COLORS.error },
      { name: "Cảnh báo", color: COLORS.warning },
      { name: "Lưu ý", color: COLORS.info },
    ];
    const note =
      r.bySchool.length > schools.length
        ? `${schools.length} trường có nhiều vấn đề nhất trên ${r.bySchool.length} trường.`
        : null;
    out.push({ id: "schools", title, note, svg: barChart(title, bars, legend) });
  }
  const money = (vnd: number) => formatVnd(vnd);
  if (r.budgetByStandard.some((x) => x.vnd > 0)) {
    const title = "Kinh phí theo tiêu chuẩn (mọi trường)";
    const bars = r.budgetByStandard
      .filter((x) => x.vnd > 0)
      .map((x) => ({
        label: `Tiêu chuẩn ${x.standard}`,
        parts: [{ value: x.vnd, color: COLORS.bar, name: "Kinh phí" }],
        valueText: money(x.vnd),
      }));
    out.push({
      id: "budget-standard",
      title,
      note: r.totals.totalIsMax ? "Khoảng kinh phí tính theo mức tối đa." : null,
      svg: barChart(title, bars),
    });
  }
  if (r.budgetBySource.some((x) => x.vnd > 0)) {
    const title = "Kinh phí theo nguồn (mọi trường)";
    const bars = r.budgetBySource
      .filter((x) => x.vnd > 0)
      .map((x) => ({
        label: x.source,
        parts: [{ value: x.vnd, color: COLORS.bar, name: "Kinh phí" }],
        valueText: money(x.vnd),
      }));
    out.push({ id: "budget-source", title, note: null, svg: barChart(title, bars) });
  }
  const criteria = r.criteria.slice(0, 15);
  if (criteria.length) {
    const title = "Tiêu chí được nhiều trường lập kế hoạch";
    const bars = criteria.map((x) => ({
      label: `Tiêu chí ${x.code}`,
      parts: [{ value: x.plans, color: COLORS.bar, name: "Số trường" }],
      valueText: `${x.plans} trường`,
    }));
    out.push({
      id: "criteria",
      title,
      note: r.criteria.length > criteria.length ? `${criteria.length} trên ${r.criteria.length} tiêu chí.` : null,
      svg: barChart(title, bars),
    });
  }
  if (r.heat.standards.length && r.heat.schools.length) {
    const title = "Số tiêu chí lập kế hoạch theo tiêu chuẩn và trường";
    const shown = r.heat.schools.slice(0, CHART_SCHOOLS);
    const note =
      r.heat.schools.length > shown.length
        ? `${shown.length} trường đầu danh sách trên ${r.heat.schools.length}.`
        : null;
    out.push({ id: "heat", title, note, svg: heatMap(title, r.heat.standards, shown) });
  }
  return out;
}
