/**
 * Period cells, edges (issue 28: mutants of src/core/parse/period.ts): semesters, quarters, school years, recurring
 * work, open ranges, months without a year, shared years. School year 2025-2026 runs 2025-09 to 2026-08.
 * Expectations by hand.
 */
import { parsePeriod, schoolYearStart } from "../../src/core/parse/period";

const SY = "2025-2026";
const p = (text: string, schoolYear: string | null = SY) => {
  const r = parsePeriod(text, schoolYear);
  return [r.kind, r.start, r.end, r.issue];
};

describe("parsePeriod edges", () => {
  it("semesters, with the plan's school year or their own", () => {
    expect(p("Học kỳ I")).toEqual(["range", "2025-09", "2026-01", undefined]);
    expect(p("Học kỳ II")).toEqual(["range", "2026-01", "2026-05", undefined]);
    expect(p("HK2")).toEqual(["range", "2026-01", "2026-05", undefined]);
    expect(p("Học kỳ I và học kỳ II")).toEqual(["range", "2025-09", "2026-05", undefined]);
    expect(p("HK II năm học 2026 – 2027", null)).toEqual(["range", "2027-01", "2027-05", undefined]);
    expect(p("Học kỳ I", null)).toEqual(["unparsed", null, null, undefined]);
  });
  it("quarters: with a year, or in the plan's school year", () => {
    expect(p("Quý I/2026")).toEqual(["range", "2026-01", "2026-03", undefined]);
    expect(p("quý 4")).toEqual(["range", "2025-10", "2025-12", undefined]);
    expect(p("quý 2")).toEqual(["range", "2026-04", "2026-06", undefined]);
    expect(p("quý 2", null)).toEqual(["unparsed", null, null, undefined]);
  });
  it("school years, a year, recurring work", () => {
    expect(p("Năm học 2025-2026", null)).toEqual(["school-year", "2025-09", "2026-08", undefined]);
    expect(p("Năm học 2025-2027", null)).toEqual(["unparsed", null, null, undefined]); // not consecutive years
    expect(p("Cả năm học")).toEqual(["school-year", "2025-09", "2026-08", undefined]);
    expect(p("Trong năm học", null)).toEqual(["unparsed", null, null, undefined]);
    expect(p("Năm 2026")).toEqual(["range", "2026-01", "2026-12", undefined]);
    expect(p("Thường xuyên")).toEqual(["recurring", "2025-09", "2026-08", undefined]);
    expect(p("Thường xuyên", null)).toEqual(["recurring", null, null, undefined]);
  });
  it("months: the year from the range's dated end, else from the school year", () => {
    expect(p("Tháng 9 - tháng 5/2026", null)).toEqual(["range", "2025-09", "2026-05", undefined]);
    expect(p("tháng 3")).toEqual(["month", "2026-03", "2026-03", undefined]);
    expect(p("tháng 9")).toEqual(["month", "2025-09", "2025-09", undefined]);
    expect(p("tháng 8")).toEqual(["month", "2026-08", "2026-08", undefined]);
    expect(p("tháng 12-1/2026", null)).toEqual(["range", "2025-12", "2026-01", undefined]);
    expect(p("<p>Tháng 10/2025</p>")).toEqual(["month", "2025-10", "2025-10", undefined]);
  });
  it("open and recurring ranges end with the school year", () => {
    expect(p("Từ tháng 10/2025")).toEqual(["range", "2025-10", "2026-08", undefined]);
    expect(p("Từ tháng 10/2025", null)).toEqual(["month", "2025-10", "2025-10", undefined]);
    expect(p("Hằng tháng từ 10/2025")).toEqual(["recurring", "2025-10", "2026-08", undefined]);
    expect(p("Hằng tháng từ 10/2025", null)).toEqual(["recurring", "2025-10", "2025-10", undefined]);
    expect(p("Hằng tháng từ 10/2026")).toEqual(["recurring", "2026-10", "2026-10", undefined]);
  });
  it("problems and empty cells", () => {
    expect(p("5/2026 - 3/2026")).toEqual(["range", "2026-05", "2026-03", "end-before-start"]);
    expect(p("tháng 13/2025")).toEqual(["unparsed", null, null, "impossible-month"]);
    expect(p("tháng 0/2025")).toEqual(["unparsed", null, null, "impossible-month"]);
    expect(p("  -  ")).toEqual(["empty", null, null, undefined]);
    expect(p(null as unknown as string)).toEqual(["empty", null, null, undefined]);
  });
  it("school year start: only two consecutive years", () => {
    expect([schoolYearStart("2025 - 2026"), schoolYearStart("2025-2027"), schoolYearStart(null)]).toEqual([
      2025,
      null,
      null,
    ]);
  });
});
