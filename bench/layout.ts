/**
 * bench/layout: the cost of fitting row heights to wrapped text in the files KHCT writes — a template, a report of
 * 2,000 findings, a Biểu 2 draft of 1,000 rows — and the heights estimated per second.
 * Run: node bench/run-ts.js bench/layout.ts
 */
import "../src/core/catalogs/all";
import { generateTemplate, writePlanFile } from "../src/hosts/file";
import { xlsxReport, type FileResult } from "../src/hosts/file/report";
import { rowHeightFor } from "../src/hosts/file/layout";
import { renderGrid } from "../src/core/render";
import type { Finding } from "../src/core/types";

async function median(label: string, f: () => Promise<unknown>, runs = 5): Promise<void> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    await f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[Math.floor(runs / 2)].toFixed(0)} ms (min ${times[0].toFixed(0)})`);
}

(async () => {
  console.log(`bench/layout — node ${process.version}`);
  const text =
    "Các tổ xây dựng kế hoạch thực hiện chuyên đề sát với yêu cầu của hoạt động của tổ và chương trình GDPT 2018.";
  const n = 100_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++)
    rowHeightFor([{ text, widthChars: 24, font: { name: "Times New Roman", size: 12 }, wrap: true }]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`rowHeightFor: ${Math.round(n / (ms / 1000)).toLocaleString("en")} cells/s`);
  await median(".xlsx template (2018, THCS)", () =>
    generateTemplate({ level: "thcs", schoolYear: "2025-2026", format: "xlsx" }),
  );
  const finding = (i: number): Finding =>
    ({
      rule: "budget.unit-typo",
      severity: "error",
      ref: `G${i}`,
      criterion: "1.4",
      standard: 1,
      cell: null,
      message: `Kinh phí "10 triệu đống" ở dòng ${i} viết sai đơn vị tiền.`,
      suggestion: "Sửa thành: 10 triệu đồng.",
    }) as unknown as Finding;
  const results: FileResult[] = Array.from({ length: 20 }, (_, f) => ({
    path: `ke-hoach/truong-${f}.docx`,
    status: "ok",
    findings: Array.from({ length: 100 }, (_, i) => finding(i)),
    totalVnd: 0,
  }));
  await median(".xlsx report, 2,000 findings", () => xlsxReport(results));
  const context = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: null };
  const grid = renderGrid("tt57-bieu2", context, null, null);
  grid.rows = grid.rows.slice(0, 2);
  grid.kinds = grid.kinds.slice(0, 2);
  for (let i = 0; i < 1000; i++) {
    grid.rows.push([
      String(i + 1),
      "Tiêu chí 1.2: Cơ cấu tổ chức (gợi ý — cần rà soát)",
      text,
      `${text}\n- ${text}`,
      "",
      "Tháng 9/2026 - 5/2027",
      "BGH",
      "5.000.000",
      "",
      "",
    ]);
    grid.kinds.push("criterion");
  }
  await median(".xlsx Biểu 2 draft, 1,000 rows", () => writePlanFile(grid, context, "xlsx"), 3);
})();
