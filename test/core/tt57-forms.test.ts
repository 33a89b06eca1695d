/**
 * TT 57 forms as the published apps and guidance write them (issue 24): evidence codes reused across criteria,
 * several codes in one pair of brackets, a "Nội dung" column 2, section IV headed "Tiêu chí (nếu có)" /
 * "Nguyên nhân", the status "Chưa hoàn thành". Expectations by hand from tt57-2026.json (evidence_code: MC.x.y.zz in
 * round brackets, e.g. "(MC.1.1.01)").
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { monitorTt57 } from "../../src/core/tt57/monitor";
import { HEADER_TT57 as HEAD, REVIEW_TT57 as REVIEW, SECTION_IV_HEADER, TITLE_TT57 as TITLE } from "../support/grids";

const row = (code: string, evidence: string, status = "Chưa thực hiện", end = "tháng 5/2027") => [
  "1",
  `Tiêu chí ${code}`,
  "Đạt Mức 2",
  "Bồi dưỡng giáo viên theo chuẩn nghề nghiệp",
  "100% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên",
  `Tháng 9/2026 - ${end}`,
  "BGH, TTCM",
  "Ngân sách: 5.000.000 đồng",
  evidence,
  status,
];
const check = (rows: string[][], head = HEAD, before: string[][] = []) =>
  checkPlan(readPlan([...TITLE, ...before, head, ...rows, ...REVIEW]));
const rulesOf = (rows: string[][]) => check(rows).map((f) => f.rule);

describe("evidence codes (column 9)", () => {
  it("a code of another criterion (MC.1.1.02 on a 3.1 row) is correct practice: no finding", () => {
    expect(
      check([row("3.1", "Biên bản họp hội đồng (MC.1.1.02)")]).filter((f) => f.rule.startsWith("tt57.evidence")),
    ).toEqual([]);
  });
  it.each([
    "Kế hoạch (MC.1.4.01, MC.1.4.02)",
    "Quyết định (MC.1.4.01; MC.1.4.02)",
    "Biên bản (MC.1.4.01 và MC.1.4.02)",
    "Kế hoạch (MC.1.4.01), báo cáo (MC.1.4.02)",
    // The comma lost (typed so, or a scan's comma wrapped alone onto a line OCR does not read): still in brackets.
    "Biên bản (MC.1.4.01 MC.1.4.02)",
    "Biên bản (MC.1.4.01\nMC.1.4.02)",
  ])("“%s” is valid", (ev) => {
    expect(rulesOf([row("1.4", ev)]).filter((r) => /^tt57.evidence-(format|criterion)$/.test(r))).toEqual([]);
  });
  it.each([
    ["Kế hoạch MC.1.4.01", 1],
    ["Kế hoạch (MC.1.4.1)", 1],
    ["(MC.1.4.01, MC.1.4.2)", 1],
    ["(Kế hoạch MC.1.4.01, MC.1.4.02)", 2],
    ["(MC.1.4.01 MC.1.4.2)", 1],
    ["(Kế hoạch MC.1.4.01 MC.1.4.02)", 2],
  ] as const)("“%s”: %i format warning(s), one per code", (ev, n) => {
    expect(rulesOf([row("1.4", ev)]).filter((r) => r === "tt57.evidence-format")).toHaveLength(n);
  });
  it("a code naming a criterion TT 57 does not have is an error", () => {
    const f = check([row("1.4", "Sổ theo dõi (MC.5.6.01)")]).filter((x) => x.rule === "tt57.evidence-criterion");
    expect(f.map((x) => x.severity)).toEqual(["error"]);
    expect(f[0].message).toContain("5.6");
  });
});

describe("column 2 headed “Nội dung”", () => {
  it("is the content/criterion column: the rows are read and checked", () => {
    const head = HEAD.map((h, i) => (i === 1 ? "Nội dung" : h));
    const plan = readPlan([...TITLE, head, row("2.2", "(MC.2.2.01)"), row("3.1", "(MC.3.1.01)"), ...REVIEW]);
    expect(plan.columns.criterion).toBe(1);
    expect(plan.columns.tasks).toBe(3);
    expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion)).toEqual(["2.2", "3.1"]);
  });
  it("after a “Tiêu chí” column, “Nội dung” stays the tasks column", () => {
    const plan = readPlan([
      ...TITLE,
      ["TT", "Tiêu chí", "Nội dung", "Thời gian", "Kinh phí", "Người phụ trách"],
      ["1", "Tiêu chí 2.2", "Bồi dưỡng", "Tháng 10/2026", "", "BGH"],
    ]);
    expect(plan.columns).toMatchObject({ criterion: 1, tasks: 2 });
  });
});

describe("section IV as the published apps head it", () => {
  const IV = (headers: string[]) => [
    ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"],
    headers,
    [
      "1",
      "Tiêu chuẩn 2",
      "2.2",
      "Tỷ lệ giáo viên đạt chuẩn 80%",
      "Còn 4 giáo viên chưa đạt chuẩn trình độ",
      "Thiếu kinh phí đào tạo",
    ],
  ];
  it.each([
    [SECTION_IV_HEADER],
    [["TT", "Tiêu chuẩn", "Tiêu chí (nếu có)", "Hiện trạng", "Hạn chế", "Nguyên nhân"]],
    [["STT", "Tiêu chuẩn", "Tiêu chí", "Đánh giá hiện trạng", "Tồn tại", "Nguyên nhân"]],
  ])("%j: read, and its checks run (a section V row not in IV is reported)", (headers) => {
    const plan = readPlan([
      ...TITLE,
      ...IV(headers),
      ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"],
      HEAD,
      row("2.2", "(MC.2.2.01)"),
      row("3.1", "(MC.3.1.01)"),
      ...REVIEW,
    ]);
    expect(plan.priorityIssues?.map((i) => [i.criterion, i.weakness?.text])).toEqual([
      ["2.2", "Còn 4 giáo viên chưa đạt chuẩn trình độ"],
    ]);
    expect(
      checkPlan(plan)
        .filter((f) => f.rule === "tt57.not-in-section-iv")
        .map((f) => f.criterion),
    ).toEqual(["3.1"]);
  });
});

describe("status “Chưa hoàn thành”", () => {
  it("is accepted in column 10", () => {
    expect(rulesOf([row("2.2", "(MC.2.2.01)", "Chưa hoàn thành")])).not.toContain("tt57.status-vocabulary");
    expect(rulesOf([row("2.2", "(MC.2.2.01)", "Xong rồi")])).toContain("tt57.status-vocabulary");
  });
  it("is counted as itself in the semester review, and overdue when past its end", () => {
    const plan = readPlan([
      ...TITLE,
      HEAD,
      row("2.2", "(MC.2.2.01)", "Chưa hoàn thành", "tháng 12/2026"),
      row("3.1", "(MC.3.1.01)", "Hoàn thành", "tháng 12/2026"),
      row("3.2", "(MC.3.2.01)", "Xong rồi", "tháng 12/2026"),
      row("4.1", "(MC.4.1.01)", ""),
      ...REVIEW,
    ]);
    const m = monitorTt57(plan, "hk1");
    expect(m.counts["Chưa hoàn thành"]).toBe(1);
    expect(m.counts["Hoàn thành"]).toBe(1);
    expect(m.counts["Khác"]).toBe(1);
    expect(m.counts["Chưa ghi"]).toBe(1);
    expect(m.overdue.map((o) => [o.criterion, o.status])).toEqual([
      ["2.2", "Chưa hoàn thành"],
      ["3.2", "Khác"],
    ]);
    expect(m.grid.rows).toContainEqual(["Mức độ thực hiện: Chưa hoàn thành", "1"]);
  });
});
