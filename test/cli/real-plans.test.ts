/**
 * Issue 14 through the command line: the same reading categories, the new TT57 checks and the crosswalk in
 * `kehoach convert`, on real .docx/.xlsx/.txt files built from grids of our own.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { SEEDS, seedText } from "../support/seeds";
import { docxFromGrid, xlsxFromGrid } from "../support/files";
import { HEADER_2018, HEADER_TT57 as HEAD57, SECTION_IV_HEADER } from "../support/grids";

let dir: string;
const run = (args: string[]) => runCli(dir, args);
const json = async (file: string) => JSON.parse((await run(["check", file, "--json"])).out).files[0];

const ROWS_2018 = [
  ["1", "Tiêu chí 4.2:", "Đạt mức 2", "Tham mưu với", "Hiệu trưởng", "Tháng", "khoảng 3–4 triệu", "", ""],
  ["", "Công tác tham mưu cấp ủy", "", "chính quyền địa", "", "3-4/2026", "", "", ""],
  ["", "đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường", "", "phương.", "", "", "", "", ""],
  [
    "2",
    "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
    "Đạt mức 3",
    "Sinh hoạt chuyên đề.",
    "PHT",
    "HK II năm học 2025 – 2026",
    "theo dự toán",
    "",
    "",
  ],
  [
    "3",
    "Tiêu chí 2.3: Đối với nhân viên",
    "Đạt mức 2",
    "Bồi dưỡng nhân viên.",
    "HT",
    "Tháng 10 – 11/2025",
    "15.000.0000 đồng",
    "",
    "",
  ],
];
const CAN_CU = [
  "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;",
  "Căn cứ Hướng dẫn số 25/HD-SGDĐT ngày 10/01/2019 của Sở GDĐT về việc thực hiện Thông tư 17, 18, 19/2018/TT-BGDĐT;",
];
const DOCX_2018 = [
  ["UBND PHƯỜNG LINH XUÂN"],
  ["TRƯỜNG THCS LINH XUÂN"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["Độc lập - Tự do - Hạnh phúc"],
  ["Linh Xuân, ngày 05 tháng 9 năm 2025"],
  ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
  ["Năm học 2025 - 2026"],
  ...CAN_CU.map((l) => [l]),
  HEADER_2018,
  ...ROWS_2018,
  ["Nơi nhận:"],
  ["- Phòng VH-XH phường;"],
  ["HIỆU TRƯỞNG"],
];
const XLSX_2018 = [
  ["UBND PHƯỜNG LINH XUÂN", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["TRƯỜNG THCS LINH XUÂN", "", "", "", "Độc lập - Tự do - Hạnh phúc"],
  ["", "", "", "", "Linh Xuân, ngày 05 tháng 9 năm 2025"],
  ["", "", "", "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"],
  ["", "", "", "Năm học", "2025 - 2026"],
  ...CAN_CU.map((l) => ["", l]),
  HEADER_2018,
  ...ROWS_2018,
  ["Nơi nhận:", "", "", "", "", "HIỆU TRƯỞNG"],
  ["- Phòng VH-XH phường;"],
];

const TT57 = [
  ["UBND HUYỆN ĐÔNG TRIỀU"],
  ["TRƯỜNG THCS HÒA BÌNH"],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["Hòa Bình, ngày 05 tháng 9 năm 2026"],
  ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026-2027"],
  ["Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo;"],
  ["IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"],
  SECTION_IV_HEADER,
  [
    "1",
    "2",
    "2.2",
    "Chưa đạt Mức 1: còn 3/25 giáo viên chưa đạt chuẩn",
    "3 giáo viên chưa đạt tiêu chí 2 của chuẩn",
    "Chưa được bồi dưỡng",
  ],
  ["2", "4", "4.1", "Trường có 18 phòng học", "Cơ sở vật chất còn khó khăn", "Kinh phí hạn hẹp"],
  ["V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"],
  HEAD57,
  [
    "1",
    "Tiêu chí 2.2: Giáo viên",
    "Đạt Mức 2",
    "Bồi dưỡng giáo viên",
    "100% giáo viên đạt chuẩn",
    "tháng 11,12/2026",
    "BGH",
    "Ngân sách: khoảng 3–4 triệu",
    "Kế hoạch bồi dưỡng (MC.2.2.01)",
    "Chưa thực hiện",
  ],
  [
    "2",
    "Tiêu chí 4.1: Cơ sở vật chất, thiết bị, học liệu và hạ tầng số",
    "Đạt Mức 1",
    "Sửa chữa phòng học",
    "Tiếp tục duy trì",
    "Học kỳ I năm học 2026-2027",
    "BGH",
    "trong dự toán chi thường xuyên",
    "Biên bản nghiệm thu (MC.4.1.01)",
    "Chưa thực hiện",
  ],
  [
    "3",
    "Tiêu chí 5.6: Kết quả giáo dục",
    "Đạt Mức 1",
    "Phụ đạo học sinh",
    "Tiếp tục duy trì",
    "tháng 3-4/2027",
    "GVBM",
    "2.000.000 đồng",
    "Sổ theo dõi (MC.3.5.1)",
    "Chưa thực hiện",
  ],
  ["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN"],
  ["Cuối học kỳ I (tháng 01/2027)"],
  ["Nơi nhận:"],
  ["- Phòng GD&ĐT huyện Đông Triều (b/c);"],
  ["- Lưu: VT."],
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-real-"));
  fs.writeFileSync(path.join(dir, "thcs.docx"), await docxFromGrid(DOCX_2018, false));
  fs.writeFileSync(path.join(dir, "thcs.xlsx"), await xlsxFromGrid(XLSX_2018));
  fs.writeFileSync(path.join(dir, "tt57.xlsx"), await xlsxFromGrid(TT57, false));
  for (const [k, f] of Object.entries(SEEDS)) fs.writeFileSync(path.join(dir, `${k}.txt`), seedText(f));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kehoach check — reading real plans right", () => {
  it("reads periods, budgets and continuation rows; a quoted guideline is not a wrong citation", async () => {
    const f = await json("thcs.docx");
    expect(f.context).toEqual({
      level: "thcs",
      regime: "2018",
      circular: "18/2018/TT-BGDĐT",
      schoolYear: "2025-2026",
      school: "TRƯỜNG THCS LINH XUÂN",
    });
    expect(
      f.rows.map((r: any) => [r.criterion, r.timeline.start, r.timeline.end, r.budget.kind, r.budget.vnd]),
    ).toEqual([
      ["4.2", "2026-03", "2026-04", "amount", 4_000_000],
      ["1.4", "2026-01", "2026-05", "source", null],
      ["2.3", "2025-10", "2025-11", "unparsed", null],
    ]);
    const rules = f.findings.map((x: any) => x.rule);
    expect(
      rules.filter((r: string) => r.startsWith("doc.") || r.startsWith("timeline.") || r.startsWith("criterion.")),
    ).toEqual([]);
    expect(f.findings.find((x: any) => x.rule === "budget.range")).toMatchObject({
      severity: "info",
      message: expect.stringContaining("tối đa (4.000.000 đ)"),
    });
    expect(f.findings.find((x: any) => x.rule === "budget.source-only")).toMatchObject({
      severity: "info",
      criterion: "1.4",
    });
    expect(f.findings.find((x: any) => x.rule === "budget.bad-grouping").message).toContain('"15.000.0000 đồng"');
    expect(f.summary.totalVnd).toBe(4_000_000); // the range counted at its upper bound
  });
  it("an Excel workbook with its header block typed in cells checks the same as the .docx", async () => {
    const [d, x] = [await json("thcs.docx"), await json("thcs.xlsx")];
    expect(x.context).toEqual(d.context);
    expect(x.rows.map((r: any) => [r.criterion, r.timeline, r.budget])).toEqual(
      d.rows.map((r: any) => [r.criterion, r.timeline, r.budget]),
    );
    const keys = (f: any) => f.findings.map((y: any) => `${y.rule}|${y.criterion}|${y.message}`).sort();
    expect(keys(x)).toEqual(keys(d));
  });
  it("prints the user's text as written in the text report", async () => {
    const r = await run(["check", "thcs.xlsx"]);
    expect(r.out).toContain('"15.000.0000 đồng"');
    expect(r.out).toContain('("3–4 triệu"): tổng kinh phí tính theo mức tối đa');
    expect(r.out).toMatch(/thcs\.xlsx\s+\d+\s+\d+\s+[\d.]+ \(tối đa\)\n/); // the summary's total says it is the maximum
    expect(r.code).toBe(1); // the bad grouping is an error
  });
  it("runs the new TT57 checks; an invalid code keeps its other checks; says which review is missing", async () => {
    const f = await json("tt57.xlsx");
    expect(f.context).toMatchObject({ level: "thcs", regime: "2026", schoolYear: "2026-2027" });
    expect(f.rows.map((r: any) => [r.criterion, r.timeline.start, r.timeline.end])).toEqual([
      ["2.2", "2026-11", "2026-12"],
      ["4.1", "2026-09", "2027-01"],
      ["5.6", "2027-03", "2027-04"],
    ]);
    const by = (rule: string) =>
      f.findings.filter((x: any) => x.rule === rule).map((x: any) => [x.severity, x.criterion]);
    expect(by("doc.abolished-district-level")).toEqual([
      ["warning", null],
      ["warning", null],
    ]);
    expect(by("tt57.vague-weakness")).toEqual([["warning", "4.1"]]);
    expect(by("tt57.evidence-plan-only")).toEqual([["info", "2.2"]]);
    expect(by("tt57.level-2-before-level-1")).toEqual([["warning", "2.2"]]);
    expect(by("criterion.wrong-regime")).toEqual([["error", "5.6"]]);
    expect(by("tt57.indicator-vague")).toEqual([
      ["warning", "4.1"],
      ["warning", "5.6"],
    ]);
    expect(by("tt57.evidence-format")).toEqual([["warning", "5.6"]]);
    // (MC.3.5.1) on the 5.6 row: a code of TT 57 criterion 3.5 may be cited on any row (issue 24).
    expect(by("tt57.evidence-criterion")).toEqual([]);
    expect(by("tt57.resource-no-source")).toEqual([["warning", "5.6"]]);
    expect(f.findings.find((x: any) => x.rule === "tt57.review-points").message).toContain("“Cuối năm học”");
    expect(f.findings.find((x: any) => x.rule === "criterion.wrong-regime").suggestion).toMatch(
      /^Tiêu chí TT57 tương ứng \(gợi ý — cần rà soát\): 3\.5 .*\(độ tin cậy: cao\)/,
    );
    expect(f.findings.filter((x: any) => x.rule.startsWith("budget.") && x.severity !== "info")).toEqual([]);
    expect(f.findings.filter((x: any) => x.rule.startsWith("timeline."))).toEqual([]);
  });
});

describe("kehoach convert — the crosswalk on each seed", () => {
  it.each([
    [
      "thuDuc",
      [
        "1.4 (2018) → 1.2 (TT57, gợi ý, độ tin cậy: cao); cũng liên quan: 2.1, 3.2",
        "5.2 (2018) → 3.4 (TT57, gợi ý, độ tin cậy: cao); cũng liên quan: 3.5",
        "5.4 (2018) → 3.3 (TT57, gợi ý, độ tin cậy: cao); cũng liên quan: 4.3",
      ],
    ],
    [
      "mamNon",
      [
        "1.4 (2018) → 1.2 (TT57, gợi ý, độ tin cậy: cao); cũng liên quan: 2.1, 3.2",
        "1.10 (2018) → 4.2 (TT57, gợi ý, độ tin cậy: cao); cũng liên quan: 4.3",
        "2.2 (2018) → 2.2 (TT57, gợi ý, độ tin cậy: cao)\n",
        "3.3 (2018) → 4.1 (TT57, gợi ý, độ tin cậy: cao)\n",
        "5.2 (2018) → 3.2 (TT57, gợi ý, độ tin cậy: cao); cũng liên quan: 3.3",
      ],
    ],
    [
      "quangNinh",
      ["3.2 (2018) → 4.1 (TT57, gợi ý, độ tin cậy: cao)\n", "3.5 (2018) → 4.1 (TT57, gợi ý, độ tin cậy: cao)\n"],
    ],
  ])("%s: every row shows the primary TT57 criterion and its confidence", async (seed, lines) => {
    const c = await run(["convert", `${seed}.txt`, "-o", `${seed}-bieu2.xlsx`]);
    expect(c.code).toBe(0);
    for (const l of lines) expect(c.out).toContain(`tiêu chí ${l}`);
    const f = await json(`${seed}-bieu2.xlsx`);
    const cells = f.findings.filter((x: any) => x.rule === "tt57.review-needed");
    expect(cells).toHaveLength(f.rows.length);
    expect(f.rows.filter((r: any) => r.criterion).map((r: any) => r.criterion)).toEqual(
      lines.map((l) => /→ (\d+\.\d+)/.exec(l)![1]),
    );
  });
});
