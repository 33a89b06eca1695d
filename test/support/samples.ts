/**
 * One file of every kind KHCT generates: 2018 and Biểu 2 templates (.xlsx, .docx), a saved corrected file, a
 * converted Biểu 2 draft and both reports. Used by the tests on the written XML and by `npm run render`.
 * What each plan file must read back to is written by hand below (from the templates' layout, the cells filled in
 * here and the seed's rows), never computed with the reader or the rules under test.
 */
import "../../src/core/catalogs/all";
import { FileHost, generateTemplate, openPlanFile, writePlanFile } from "../../src/hosts/file";
import { htmlReport, xlsxReport, type FileResult } from "../../src/hosts/file/report";
import { catalogIdFor, getCatalog } from "../../src/core/catalogs/index";
import { mainPlan, readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { summarize } from "../../src/core/summary";
import { convert2018ToTt57 } from "../../src/core/tt57/convert";
import type { Plan } from "../../src/core/types";
import { SEEDS, seedGrid } from "./seeds";

export interface Sample {
  name: string;
  bytes: Uint8Array;
  /** A plan file (re-read by the tests); reports are not. */
  plan: boolean;
  /** Finding rules the file is expected to give when re-read (sorted). */
  expectedRules?: string[];
  /** The plan rows the file must read back to (kind, standard, criterion, TT). */
  expectedRows?: string[];
}

const SCHOOL = "Trường THCS Lê Quý Đôn";

/** The 2018 THCS table (TT 18/2018): a section row, Tiêu chuẩn 1–5 numbered 1–5 in column TT, a closing section. */
const TEMPLATE_2018_ROWS = [
  "section|||",
  "standard|1||1",
  "standard|2||2",
  "standard|3||3",
  "standard|4||4",
  "standard|5||5",
  "section|||",
];
/** Biểu 2 (TT 57/2026): four empty task rows numbered 1–4. */
const TEMPLATE_BIEU2_ROWS = ["task|||1", "task|||2", "task|||3", "task|||4"];
/** The 2018 template with the two criteria filled in below (1.4 under Tiêu chuẩn 1, 3.5 under Tiêu chuẩn 3). */
const CORRECTED_ROWS = [
  "section|||",
  "standard|1||1",
  "criterion|1|1.4|",
  "standard|2||2",
  "standard|3||3",
  "criterion|3|3.5|",
  "standard|4||4",
  "standard|5||5",
  "section|||",
];
/**
 * The Thủ Đức seed (TT 18/2018 criteria 1.4, 5.2, 5.4) carried over to Biểu 2: the reviewed crosswalk's primary
 * TT 57 criteria (test/fixtures/reference/crosswalk-2018-tt57.json: 1.4 → 1.2, 5.2 → 3.4, 5.4 → 3.3), numbered 1–3.
 */
const DRAFT_ROWS = ["criterion|1|1.2|1", "criterion|3|3.4|2", "criterion|3|3.3|3"];
/**
 * Its findings: every carried-over row asks for review (3); 5.2 and 5.4 name only a funding source ("Từ nguồn thu tại
 * đơn vị", "Kinh phí hoạt động thường xuyên và xã hội hóa"); 1.4 keeps the seed's year "20128" and its period
 * "Tháng 9 – tháng 9" runs past the school year.
 */
const DRAFT_RULES = [
  "budget.source-only",
  "budget.source-only",
  "doc.impossible-year",
  "timeline.after-school-year",
  "tt57.review-needed",
  "tt57.review-needed",
  "tt57.review-needed",
];

/** A plan's rows in a comparable form. */
export const rowsOf = (plan: Plan) =>
  plan.rows.map((r) => `${r.kind}|${r.standard ?? ""}|${r.criterion ?? ""}|${r.cells.tt?.text ?? ""}`);

export function rulesOf(plan: Plan): string[] {
  const catalog =
    plan.context.level && plan.context.regime
      ? (getCatalog(catalogIdFor(plan.context.level, plan.context.regime)) ?? null)
      : null;
  return checkPlan(plan, catalog)
    .map((f) => f.rule)
    .sort();
}

/** A generated plan file opened and read as a user's file would be. */
export async function reread(bytes: Uint8Array, name: string): Promise<Plan> {
  return mainPlan((await new FileHost(await openPlanFile(bytes, name)).read()).plans);
}

/** The 2018 .xlsx template filled in by a school (with two mistakes), then corrected and saved by KHCT. */
async function savedCorrected(format: "xlsx" | "docx"): Promise<Sample> {
  const template = await generateTemplate({ level: "thcs", schoolYear: "2025-2026", format, school: SCHOOL });
  const host = new FileHost(await openPlanFile(template, `mau.${format}`));
  const plan = mainPlan((await host.read()).plans);
  const grid = host.file.grids.find((g) => g.source === host.sourceOf(plan))!.grid;
  const under = (n: number) => grid.findIndex((row) => row.some((c) => c.startsWith(`Tiêu chuẩn ${n}:`))) + 1;
  const c = plan.columns;
  const fill = (row: number, values: [number | undefined, string][]) =>
    values.forEach(([col, text]) => host.setCell(plan, { row, col: col! }, text));
  fill(under(1), [
    [c.criterion, "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng"],
    [c.target, "Thực hiện hiệu quả các chuyên đề của các tổ chuyên môn góp phần nâng cao chất lượng giáo dục."],
    [
      c.tasks,
      "Các tổ xây dựng kế hoạch thực hiện chuyên đề sát với yêu cầu của hoạt động của tổ và chương trình GDPT 20128.\n- Sinh hoạt tổ chuyên môn theo nghiên cứu bài học.",
    ],
    [c.owner, "PHT phụ trách chuyên môn, TTCM và giáo viên bộ môn."],
    [c.period, "Tháng 9/2025 – 9/2026"],
    [c.budget, "Từ nguồn hoạt động thường xuyên của đơn vị; Dự kiến 5.000.000/năm học."],
    [c.support, "Sắp xếp thời gian sinh hoạt tổ bộ môn hợp lý, nhất là các tổ bộ môn ghép."],
  ]);
  fill(under(3), [
    [c.criterion, "Tiêu chí 3.5: Thiết bị"],
    [c.target, "Đạt mức 3"],
    [
      c.tasks,
      "Bổ sung thiết bị dạy học tối thiểu cho các môn học theo chương trình GDPT 2018; kiểm kê, sửa chữa thiết bị hư hỏng.",
    ],
    [c.owner, "Hiệu trưởng; nhân viên thiết bị"],
    [c.period, "Tháng 10/2025 - tháng 3/2026"],
    [c.budget, "Ngân sách: 30 triệu đồng"],
  ]);
  // The corrections KHCT suggests: the year "20128" and a period past the school year.
  host.setCell(
    plan,
    { row: under(1), col: c.tasks! },
    "Các tổ xây dựng kế hoạch thực hiện chuyên đề sát với yêu cầu của hoạt động của tổ và chương trình GDPT 2018.\n- Sinh hoạt tổ chuyên môn theo nghiên cứu bài học.",
  );
  host.setCell(plan, { row: under(1), col: c.period! }, "Tháng 9/2025 – 5/2026");
  // Corrected: the saved file reads back to the two criteria and gives no finding.
  return {
    name: `da-sua-2018.${format}`,
    bytes: await host.save(),
    plan: true,
    expectedRules: [],
    expectedRows: CORRECTED_ROWS,
  };
}

/** Every generated kind, named as `npm run render` writes them. */
export async function generatedSamples(): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const [year, tag] of [
    ["2025-2026", "2018"],
    ["2026-2027", "bieu2"],
  ] as const) {
    for (const format of ["xlsx", "docx"] as const) {
      const bytes = await generateTemplate({ level: "thcs", schoolYear: year, format, school: SCHOOL });
      const expectedRows = tag === "2018" ? TEMPLATE_2018_ROWS : TEMPLATE_BIEU2_ROWS;
      // A blank template has no content yet: the one finding says so (issue 24: an empty table is never a success).
      out.push({ name: `mau-${tag}.${format}`, bytes, plan: true, expectedRules: ["table.empty"], expectedRows });
    }
  }
  out.push(await savedCorrected("xlsx"), await savedCorrected("docx"));
  // A 2018 plan carried over to a Biểu 2 draft (kehoach convert).
  const source = readPlan(seedGrid(SEEDS.thuDuc));
  const level = source.context.level!;
  const draft = convert2018ToTt57(source, {
    catalog2018: getCatalog(catalogIdFor(level, "2018"))!,
    tt57: getCatalog(catalogIdFor(level, "2026"))!,
    schoolYear: "2026-2027",
  });
  for (const format of ["xlsx", "docx"] as const) {
    out.push({
      name: `ban-nhap-bieu2.${format}`,
      bytes: await writePlanFile(draft.grid, draft.context, format),
      plan: true,
      expectedRules: DRAFT_RULES,
      expectedRows: DRAFT_ROWS,
    });
  }
  // Reports of a check over three files (two plans with findings, one unreadable).
  const results: FileResult[] = [SEEDS.thuDuc, SEEDS.mamNon].map((name) => {
    const plan = readPlan(seedGrid(name));
    const catalog = getCatalog(catalogIdFor(plan.context.level!, plan.context.regime!)) ?? null;
    const findings = checkPlan(plan, catalog);
    return {
      path: `ke-hoach/${name.replace(/\.txt$/, ".docx")}`,
      status: "ok",
      plan,
      findings,
      totalVnd: summarize(plan, findings).totalVnd,
    };
  });
  results.push({
    path: "ke-hoach/ke-hoach-cu.doc",
    status: "error",
    error: "Tệp Word 97-2003 (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx.",
    findings: [],
    totalVnd: 0,
  });
  out.push({ name: "bao-cao.xlsx", bytes: await xlsxReport(results), plan: false });
  out.push({ name: "bao-cao.html", bytes: new TextEncoder().encode(htmlReport(results)), plan: false });
  return out;
}
