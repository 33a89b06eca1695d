/**
 * Criteria numbered within their standard, as some schools write: a "Tiêu chuẩn 2: …" row, then "Tiêu chí 1: Đối
 * với …" (2.1), "Tiêu chí 3" (2.3); a full code ("Tiêu chí 3.2") still reads as written. The name after the local
 * number is still compared with the catalog. Grids written by hand; expectations by hand.
 */
import "../../src/core/catalogs/all";
import { parseCriterionRef } from "../../src/core/parse/refs";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";

const LABELS = ["TT", "Tiêu chuẩn, tiêu chí", "Mục tiêu", "Biện pháp", "Thời gian", "Kinh phí"];
const row = (tt: string, crit: string) => [tt, crit, "Đạt Mức 3", "Rà soát, bổ sung", "Học kỳ I", "Không"];
const heading = (text: string) => ["", text, "", "", "", ""];
const plan = (rows: string[][]) =>
  readPlan([["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025-2026"], LABELS, ...rows], {
    level: "tieu-hoc",
    regime: "2018",
    schoolYear: "2025-2026",
  });

describe("parseCriterionRef with the standard above", () => {
  it("reads a number alone as the criterion within that standard, its name as the rest", () => {
    expect(parseCriterionRef("Tiêu chí 1: Đối với cán bộ quản lý", 2)).toEqual({
      code: "2.1",
      standard: 2,
      rest: "Đối với cán bộ quản lý",
    });
    expect(parseCriterionRef("Tiêu chí 3", 2)?.code).toBe("2.3");
    expect(parseCriterionRef("TC 6 - Thư viện", 3)).toMatchObject({ code: "3.6", rest: "Thư viện" });
  });

  it("keeps a full code as written, and reads nothing without a standard", () => {
    expect(parseCriterionRef("Tiêu chí 3.2: Phòng học", 2)?.code).toBe("3.2");
    expect(parseCriterionRef("Tiêu chí 3", null)).toBeNull();
    expect(parseCriterionRef("Tiêu chí 3")).toBeNull();
    // Not a number at the start of the cell: a sentence that mentions a criterion.
    expect(parseCriterionRef("Rà soát tiêu chí 3 của tiêu chuẩn", 2)).toBeNull();
  });
});

describe("a plan numbering its criteria within each standard", () => {
  const rows = [
    heading("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"),
    row("1", "Tiêu chí 1: Đối với hiệu trưởng, phó hiệu trưởng"),
    row("2", "Tiêu chí 3"),
    heading("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"),
    row("3", "Tiêu chí 3.2: Phòng học"),
    row("4", "Tiêu chí 6: Thư viện"),
  ];

  it("reads each row's full code from the heading above", () => {
    const p = plan(rows);
    expect(p.rows.filter((r) => r.kind === "criterion").map((r) => [r.standard, r.criterion])).toEqual([
      [2, "2.1"],
      [2, "2.3"],
      [3, "3.2"],
      [3, "3.6"],
    ]);
    expect(checkPlan(p).filter((f) => f.rule.startsWith("criterion."))).toEqual([]);
  });

  it("still compares the name written after the number with the catalog", () => {
    const wrong = [...rows];
    wrong[5] = row("4", "Tiêu chí 6: Thiết bị"); // TT 17's 3.6 is "Thư viện"
    const found = checkPlan(plan(wrong)).filter((f) => f.rule.startsWith("criterion."));
    expect(found.map((f) => [f.rule, f.criterion])).toEqual([["criterion.name-mismatch", "3.6"]]);
  });
});
