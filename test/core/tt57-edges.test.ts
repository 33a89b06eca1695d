/**
 * src/core/tt57, edge by edge (issue 28: mutants the folder's tests left alive): Biểu 2's sections for a context
 * without a school or year and as document parts, the carry-over of task rows, years written "9/ 2025", the
 * monitoring report's overdue lines, the section IV trace of task rows, "Cuối HKI", and the cell and wording of two
 * TT57 findings. The form's texts are copied from /work/shared/reference/tt57-2026.json (plan_template) by hand;
 * plans are built from grids written by hand, and every expectation is read off those grids.
 */
import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { getCatalog } from "../../src/core/catalogs/index";
import { bieu2DocParts, bieu2Sections, expandDocParts, reviewPoints } from "../../src/core/tt57/bieu2";
import { convert2018ToTt57, shiftYears } from "../../src/core/tt57/convert";
import { monitorTt57 } from "../../src/core/tt57/monitor";
import {
  doc2018,
  doc57,
  GOOD_ROW,
  GOOD_ROW_TT57 as GOOD,
  SECTION_IV_HEADER,
  sectionIV,
  TITLE_TT57,
  BIEU2_SECTION_HEADINGS,
} from "../support/grids";

const NO_CONTEXT = { level: null, regime: null, schoolYear: null, school: null };
const withCols = (changes: Record<number, string>, row = GOOD) => row.map((x, i) => changes[i] ?? x);
const found = (grid: string[][], rule: string) => checkPlan(readPlan(grid)).filter((f) => f.rule === rule);

// Built inside each test: Stryker's per-test coverage counts no test for code run in a describe body.
describe("Biểu 2 without a school or a school year", () => {
  it("review points undated", () => {
    expect(reviewPoints(null)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    expect(bieu2Sections(NO_CONTEXT)[5].table).toEqual({
      headers: ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"],
      rows: [
        ["Cuối học kỳ I", "", "", "", ""],
        ["Cuối năm học", "", "", "", ""],
      ],
    });
  });

  it("section I left to fill, section II's school year as an ellipsis", () => {
    const s = bieu2Sections(NO_CONTEXT);
    expect(s[0].lines).toEqual(["1. Tên cơ sở giáo dục: …", "2. Loại hình: …", "3. Địa chỉ: …"]);
    expect(s[1].lines.slice(1)).toEqual([
      "1. Báo cáo tự đánh giá năm học ….",
      "2. Kết quả rà soát việc thực hiện kế hoạch cải tiến chất lượng năm học trước.",
      "3. Kế hoạch năm học và định hướng phát triển của cơ sở giáo dục.",
    ]);
  });

  it("section IV: the form's six columns, one numbered empty row, the note under the table", () => {
    const s = bieu2Sections(NO_CONTEXT);
    expect(s[3].table).toEqual({ headers: SECTION_IV_HEADER, rows: [["1", "", "", "", "", ""]] });
    expect(s[3].noteUnder).toBe(
      "Lưu ý: Chỉ lựa chọn các vấn đề trọng tâm, có tác động trực tiếp đến chất lượng giáo dục để đưa vào kế hoạch " +
        "cải tiến.",
    );
  });
});

describe("Biểu 2 as document parts", () => {
  const context = { level: "thcs" as const, regime: "2026" as const, schoolYear: "2026-2027", school: "Trường A" };

  it("eight headings in the form's order", () => {
    const parts = bieu2DocParts(context);
    expect(parts.filter((p) => p.kind === "heading").map((p) => (p as { text: string }).text)).toEqual(
      BIEU2_SECTION_HEADINGS,
    );
  });

  it("section I's lines as paragraphs; IV as a grid and an italic note; V as the plan table's place", () => {
    const parts = bieu2DocParts(context);
    expect(parts.slice(0, 4)).toEqual([
      { kind: "heading", text: "I. THÔNG TIN CHUNG" },
      { kind: "paragraph", text: "1. Tên cơ sở giáo dục: Trường A" },
      { kind: "paragraph", text: "2. Loại hình: …" },
      { kind: "paragraph", text: "3. Địa chỉ: …" },
    ]);
    const iv = parts.findIndex((p) => p.kind === "heading" && p.text.startsWith("IV."));
    expect(parts.slice(iv + 1, iv + 5)).toEqual([
      { kind: "grid", rows: [SECTION_IV_HEADER, ["1", "", "", "", "", ""]] },
      {
        kind: "paragraph",
        italic: true,
        text:
          "Lưu ý: Chỉ lựa chọn các vấn đề trọng tâm, có tác động trực tiếp đến chất lượng giáo dục để đưa vào kế " +
          "hoạch cải tiến.",
      },
      { kind: "heading", text: "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG" },
      { kind: "table" },
    ]);
    expect(parts[parts.length - 1]).toEqual({
      kind: "paragraph",
      text: "c) Bảo đảm công khai, minh bạch và phục vụ trách nhiệm giải trình của cơ sở giáo dục./.",
    });
  });

  it("the placeholder expands in place; other parts stay", () => {
    const out = expandDocParts([
      { kind: "paragraph", text: "Trước" },
      { kind: "bieu2-sections", context },
      { kind: "paragraph", text: "Sau" },
    ]);
    expect(out[0]).toEqual({ kind: "paragraph", text: "Trước" });
    expect(out[1]).toEqual({ kind: "heading", text: "I. THÔNG TIN CHUNG" });
    expect(out[out.length - 1]).toEqual({ kind: "paragraph", text: "Sau" });
    expect(out).toHaveLength(bieu2DocParts(context).length + 2);
  });
});

describe("carry-over", () => {
  it("years after a slash and a space move too", () => {
    expect(shiftYears("Tháng 9/ 2025 - 5/ 2026", 1)).toBe("Tháng 9/ 2026 - 5/ 2027");
  });

  it("a task row is numbered and noted as following its criterion", () => {
    const task = ["", "", "", "Tập huấn tổ trưởng chuyên môn", "PHT", "Tháng 10/2025", "", "", ""];
    const source = readPlan(doc2018({ rows: [GOOD_ROW, task] }));
    const draft = convert2018ToTt57(source, {
      catalog2018: getCatalog("tt18-2018")!,
      tt57: getCatalog("tt57-pho-thong")!,
      schoolYear: "2026-2027",
    });
    const body = draft.grid.rows.slice(2);
    expect(body.map((r) => r[0])).toEqual(["1", "2"]);
    expect(body[1][1]).toBe("(gợi ý — cần rà soát; tiếp theo tiêu chí 1.4)");
    expect(body[1][3]).toBe("Tập huấn tổ trưởng chuyên môn");
    expect(body[1][5]).toBe("Tháng 10/2026");
    expect(draft.grid.kinds.slice(2)).toEqual(["criterion", "task"]);
  });
});

describe("monitoring", () => {
  // Rows 5–8 of the sheet (TITLE_TT57 is three rows, then the header): the period is column F.
  const monitored = () =>
    monitorTt57(
      readPlan(
        doc57({
          rows: [
            withCols({ 5: "Tháng 10/2026", 9: "Đang thực hiện" }),
            withCols({ 1: "Tiêu chí 1.1: Mục tiêu", 5: "Tháng 10/2026", 9: "Không thực hiện do thiếu kinh phí" }),
            withCols({ 1: "Tiêu chí 1.2: Hội đồng trường", 5: "Tháng 11/2026", 9: "Hoàn thành" }),
            withCols({ 1: "Tiêu chí 3.1: Khuôn viên", 9: "Chưa thực hiện" }),
          ],
        }),
      ),
      "hk1",
    );

  it("overdue at the end of semester I: only the unfinished row, placed at its period cell", () => {
    const m = monitored();
    expect(m.overdue).toEqual([{ ref: "F5", criterion: "2.2", end: "2026-10", status: "Đang thực hiện" }]);
    expect(m.counts["Không thực hiện"]).toBe(1);
  });

  it("the grid lists each overdue row under the count", () => {
    const m = monitored();
    const i = m.grid.rows.findIndex((r) => r[0].startsWith("Quá hạn"));
    expect(m.grid.rows.slice(i, i + 3)).toEqual([
      ["Quá hạn tại thời điểm rà soát (2027-01)", "1"],
      ["— tiêu chí 2.2, hạn 2026-10 (Đang thực hiện)", "F5"],
      ["Nguồn lực dự kiến (đồng)", "20.000.000"],
    ]);
  });
});

describe("TT57 rules", () => {
  it("section IV trace: a task row under an untraced criterion adds no second warning", () => {
    const iv = sectionIV(["1", "2", "2.2", "Đạt Mức 1", "Thiếu giáo viên đạt chuẩn", "Chưa bồi dưỡng"]);
    // Its own TT makes the last row a task row of 1.1 (without one it would continue the row above).
    const task = ["3", "", "", "Dự giờ, góp ý", "", "Tháng 10/2026", "TTCM", "", "", ""];
    const f = found(
      [
        ...TITLE_TT57,
        ...iv,
        ...doc57({ title: [], rows: [GOOD, withCols({ 0: "2", 1: "Tiêu chí 1.1: Mục tiêu" }), task] }),
      ],
      "tt57.not-in-section-iv",
    );
    expect(f.map((x) => x.criterion)).toEqual(["1.1"]);
  });

  it("'Cuối HKI' and 'Cuối năm học' are the two review points", () => {
    const after = [["VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN"], ["Cuối HKI (tháng 01/2027)"], ["Cuối năm học"]];
    expect(found(doc57({ rows: [GOOD], after }), "tt57.review-points")).toEqual([]);
  });

  it("level 2 before level 1 is marked on the goal cell", () => {
    const iv = sectionIV([
      "1",
      "2",
      "2.2",
      "Chưa đạt Mức 1: còn 3 giáo viên chưa đạt chuẩn",
      "Thiếu",
      "Chưa bồi dưỡng",
    ]);
    // Title 3 rows, section IV 4 rows, the plan header: the first plan row is row 9; the goal is column C.
    const f = found([...TITLE_TT57, ...iv, ...doc57({ title: [], rows: [GOOD] })], "tt57.level-2-before-level-1");
    expect(f.map((x) => x.ref)).toEqual(["C9"]);
  });

  it("a plan as the only evidence quotes the goal with its spaces collapsed", () => {
    const row = withCols({ 2: "Tỷ lệ giáo viên  đạt chuẩn\ntăng 10%", 8: "Kế hoạch bồi dưỡng (MC.2.2.01)" });
    const f = found(doc57({ rows: [row] }), "tt57.evidence-plan-only");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("“Tỷ lệ giáo viên đạt chuẩn tăng 10%”");
  });
});
