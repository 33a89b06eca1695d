/**
 * A criterion cell naming two criteria ("Tiêu chí 4.1, 4.2", "1.3; 1.4"): the row is one row of the first code that
 * serves the others too — "4.2" after the code is no criterion name (no false name mismatch), and a further code the
 * circular lacks is told. Cells and grids written by hand; expectations by hand.
 */
import "../../src/core/catalogs/all";
import { parseCriterionRef } from "../../src/core/parse/refs";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";

describe("parseCriterionRef: further codes in the same cell", () => {
  it.each([
    ["Tiêu chí 4.1, 4.2", "4.1", "", ["4.2"]],
    ["1.3; 1.4", "1.3", "", ["1.4"]],
    ["Tiêu chí 2.1 và tiêu chí 2.2", "2.1", "", ["2.2"]],
    ["TC 3.3 & TC 3.5: Thiết bị dạy học", "3.3", "Thiết bị dạy học", ["3.5"]],
    ["Tiêu chí 1.3; 1.4; 1.5: Tổ chức, lớp học", "1.3", "Tổ chức, lớp học", ["1.4", "1.5"]],
  ])("%s", (cell, code, rest, also) => {
    expect(parseCriterionRef(cell)).toMatchObject({ code, rest, also });
  });

  it.each([
    ["Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng"],
    ["Tiêu chí 3.3 - Mức 3"],
    ["1.2, 2 lần/tháng"], // a count after the code, not a code
  ])("one code: %s", (cell) => {
    expect(parseCriterionRef(cell)?.also).toBeUndefined();
  });
});

const LABELS = ["TT", "Tiêu chuẩn, tiêu chí", "Mục tiêu", "Nội dung, biện pháp", "Thời gian", "Người phụ trách"];
const plan = (crit: string) =>
  readPlan(
    [
      ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC năm học 2024-2025"],
      LABELS,
      ["1", crit, "Huy động nguồn lực", "Hội nghị cha mẹ học sinh", "Học kỳ II", "Hiệu trưởng"],
    ],
    { level: "thpt", schoolYear: "2024-2025", regime: "2018" },
  );
const rules = (crit: string) =>
  checkPlan(plan(crit))
    .filter((f) => f.rule.startsWith("criterion."))
    .map((f) => `${f.rule} ${f.criterion}`);

describe("rules on a cell naming two criteria", () => {
  it("one row of the first code, no name mismatch on the second code", () => {
    const p = plan("Tiêu chí 4.1, 4.2");
    expect(p.rows.map((r) => [r.kind, r.standard, r.criterion])).toEqual([["criterion", 4, "4.1"]]);
    expect(rules("Tiêu chí 4.1, 4.2")).toEqual([]);
    expect(rules("Tiêu chí 4.1, 4.2: Ban đại diện cha mẹ học sinh; công tác tham mưu")).toEqual([]);
  });

  it("a further code TT 18 lacks is an unknown code", () => {
    expect(rules("Tiêu chí 4.2; 4.3")).toEqual(["criterion.unknown-code 4.3"]);
  });

  it("one code with another criterion's name is still a name mismatch", () => {
    expect(rules("Tiêu chí 4.1: Thiết bị")).toEqual(["criterion.name-mismatch 4.1"]);
  });
});
