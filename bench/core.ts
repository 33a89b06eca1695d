/**
 * bench/core: readPlan and checkPlan on 100 / 1,000 / 10,000 plan rows. Prints ms (median of runs),
 * rows/s and the growth factor per 10× rows. Run: node bench/run-ts.js bench/core.ts
 */
import "../src/core/catalogs/all";
import { readPlan } from "../src/core/read";
import { checkPlan } from "../src/core/rules";
import { summarize } from "../src/core/summary";
import { TEMPLATE_2018_COLUMNS } from "../src/core/templates";
import { getCatalog } from "../src/core/catalogs/index";

const catalog = getCatalog("tt18-2018")!;
const criteria = catalog.standards.flatMap((s) => s.criteria.map((c) => ({ s, c })));
const BUDGETS = [
  "5.000.000/năm học",
  "10 triệu đồng",
  "Xã hội hóa",
  "10 triệu đống",
  "Không",
  "3tr",
  "5-7 triệu",
  "Từ nguồn thu tại đơn vị",
];
const PERIODS = [
  "Tháng 9/2025 – 5/2026",
  "Tháng 10/2025",
  "Học kỳ I",
  "Tháng 9/2025 – 9/2026",
  "Thường xuyên",
  "Thực hiện theo tiến độ kế hoạch.",
];

function grid(n: number): string[][] {
  const g: string[][] = [
    ["TRƯỜNG THCS LÊ QUÝ ĐÔN"],
    ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2025 – 2026"],
    ["Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018;"],
    TEMPLATE_2018_COLUMNS.map((c) => c.header),
    ["", "MỨC 1, 2, 3", "", "", "", "", "", "", ""],
  ];
  let std = 0;
  for (let i = 0; i < n; i++) {
    const { s, c } = criteria[i % criteria.length];
    // Only 28 criteria exist: past that, rows belong to further plans concatenated in one file
    // (a district workbook), each opening with its own section row.
    if (i > 0 && i % criteria.length === 0) {
      g.push(["", "MỨC 1, 2, 3", "", "", "", "", "", "", ""]);
      std = 0;
    }
    if (s.number !== std) {
      std = s.number;
      g.push([String(std), `Tiêu chuẩn ${s.number}: ${s.name}`, "", "", "", "", "", "", ""]);
    }
    g.push([
      "",
      `Tiêu chí ${c.code}: ${c.name}`,
      `Đạt mức ${1 + (i % 3)} so với hiện tại`,
      "Xây dựng kế hoạch, tổ chức thực hiện và đánh giá.",
      "BGH; TTCM",
      PERIODS[i % PERIODS.length],
      BUDGETS[i % BUDGETS.length],
      "",
      "",
    ]);
  }
  return g;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(out);
}

const sizes = [100, 1_000, 10_000];
const rows: { n: number; read: number; check: number; findings: number }[] = [];
for (const n of sizes) {
  const g = grid(n);
  const plan = readPlan(g);
  checkPlan(plan, catalog); // warm-up
  const read = time(() => readPlan(g), n >= 10_000 ? 5 : 15);
  const check = time(() => checkPlan(plan, catalog), n >= 10_000 ? 5 : 15);
  const findings = checkPlan(plan, catalog).length;
  summarize(plan);
  rows.push({ n, read, check, findings });
}
console.log("bench/core — node " + process.version);
console.log("rows     readPlan ms   checkPlan ms   checkPlan rows/s   findings   growth(check) per 10×");
rows.forEach((r, i) => {
  const growth = i ? (r.check / rows[i - 1].check).toFixed(1) + "×" : "-";
  console.log(
    `${String(r.n).padStart(6)}   ${r.read.toFixed(1).padStart(10)}   ${r.check.toFixed(1).padStart(12)}   ${Math.round(
      r.n / (r.check / 1000),
    )
      .toLocaleString("en")
      .padStart(16)}   ${String(r.findings).padStart(8)}   ${growth}`,
  );
});
const last = rows[rows.length - 1];
console.log(
  `10,000 rows checkPlan: ${last.check.toFixed(1)} ms (${last.check < 100 ? "under" : "OVER"} the 100 ms target)`,
);
