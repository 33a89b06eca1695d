/**
 * Months as schools write them with a dash or a shared year (found by issue 28's mutation work): "Tháng 9-2025 đồng
 * loạt" is September 2025 followed by a word, "T3 - T4/2026" is March to April 2026 (the year is both months'), not
 * April alone. School year 2025-2026. Expectations by hand.
 */
import "../../src/core/catalogs/all";
import { parsePeriod } from "../../src/core/parse/period";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { doc2018 } from "../support/grids";

const p = (text: string, schoolYear: string | null = "2025-2026") => {
  const r = parsePeriod(text, schoolYear);
  return [r.kind, r.start, r.end, r.issue];
};

describe("a month and its year joined by a dash", () => {
  it.each(["Tháng 9-2025", "Tháng 9-2025 đồng loạt", "T9-2025", "T9-2025 đồng loạt", "Th.9-2025", "Th.9/2025"])(
    "%s is September 2025",
    (text) => {
      expect(p(text)).toEqual(["month", "2025-09", "2025-09", undefined]);
      expect(p(text, null)).toEqual(["month", "2025-09", "2025-09", undefined]);
    },
  );
  it("two of them are a range", () => {
    expect(p("Tháng 9-2025 đến tháng 5-2026")).toEqual(["range", "2025-09", "2026-05", undefined]);
    expect(p("T9-2025 - T5-2026")).toEqual(["range", "2025-09", "2026-05", undefined]);
    expect(p("Th. 9/2025 - Th. 5/2026")).toEqual(["range", "2025-09", "2026-05", undefined]);
  });
});

describe("two months sharing the year written after the second", () => {
  it.each([
    "T3-T4/2026",
    "T3 - T4/2026",
    "T3 – T4/2026",
    "Tháng 3 - Tháng 4/2026",
    "Tháng 3-4/2026",
    "từ T3 đến T4/2026",
    "Từ tháng 3 đến tháng 4/2026",
    "Th.3 - Th.4/2026",
    "T3, T4/2026",
    "T3 và T4/2026",
    "Tháng 3-4 năm 2026",
    "T3 - T4 năm 2026",
  ])("%s is March to April 2026", (text) => {
    expect(p(text)).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p(text, null)).toEqual(["range", "2026-03", "2026-04", undefined]);
  });
  it("a first month after the second is in the year before", () => {
    expect(p("T12 - T1/2026")).toEqual(["range", "2025-12", "2026-01", undefined]);
    expect(p("T9 - T5/2026")).toEqual(["range", "2025-09", "2026-05", undefined]);
  });
  it("two dates sharing the year are their months, the first in the year before when it is later", () => {
    expect(p("ngày 15/3 - 20/4/2026")).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("Từ 15/3 đến 20/4/2026")).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("15/12 - 10/1/2026")).toEqual(["range", "2025-12", "2026-01", undefined]);
    expect(p("15-20/4/2026")).toEqual(["month", "2026-04", "2026-04", undefined]); // days of one month
  });
  it("months without any year stay unread when T could be a weekday (T2-T6: thứ hai to thứ sáu)", () => {
    expect(p("T3-T4")).toEqual(["unparsed", null, null, undefined]);
  });
});

describe("forms beside the shared year (mutants of period.ts left alive by the tests above)", () => {
  it("a month without a year takes the year of the month-year after it ('tháng 9 - tháng 5-2026')", () => {
    expect(p("tháng 9 - tháng 5-2026", null)).toEqual(["range", "2025-09", "2026-05", undefined]);
    expect(p("tháng 3 - tháng 4-2026", null)).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("tháng 4 - tháng 4-2026", null)).toEqual(["range", "2026-04", "2026-04", undefined]);
    expect(p("Tháng 12 - 1-2026", null)).toEqual(["range", "2025-12", "2026-01", undefined]);
  });
  it("date pairs written with spaces, without them, with a one-digit day or a two-digit month", () => {
    expect(p("ngày 5/3 - 20/4/2026", null)).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("ngày 5 / 3 - 20 / 4 / 2026", null)).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("ngày 5/3-20/4/2026", null)).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("ngày 5/10 - 20/11/2026", null)).toEqual(["range", "2026-10", "2026-11", undefined]);
    expect(p("ngày 5/4 - 20/4/2026", null)).toEqual(["range", "2026-04", "2026-04", undefined]);
  });
  it("'Th4' without its dot, and 'Th.12' alone in the plan's school year", () => {
    expect(p("T3 - Th4/2026", null)).toEqual(["range", "2026-03", "2026-04", undefined]);
    expect(p("Th.12")).toEqual(["month", "2025-12", "2025-12", undefined]);
  });
  it("quarters with a year written in digits are quarters, not months", () => {
    expect(p("Quý 1/2026", null)).toEqual(["range", "2026-01", "2026-03", undefined]);
    expect(p("Quý1/2026", null)).toEqual(["range", "2026-01", "2026-03", undefined]);
    expect(p("Quý 3/2026", null)).toEqual(["range", "2026-07", "2026-09", undefined]);
  });
  it("a range of quarters is their months, first month of the first to last month of the last", () => {
    expect(p("Quý 1 - 2/2026", null)).toEqual(["range", "2026-01", "2026-06", undefined]);
    expect(p("Quý 1-2/2026", null)).toEqual(["range", "2026-01", "2026-06", undefined]);
    expect(p("Quý I-II/2026", null)).toEqual(["range", "2026-01", "2026-06", undefined]);
    expect(p("Quý I – II/2026", null)).toEqual(["range", "2026-01", "2026-06", undefined]);
    expect(p("Quý 3 và 4 năm 2026", null)).toEqual(["range", "2026-07", "2026-12", undefined]);
    expect(p("quý 2 đến quý 3/2026", null)).toEqual(["range", "2026-04", "2026-09", undefined]);
    expect(p("Quý III/2026 - Quý I/2027", null)).toEqual(["range", "2026-07", "2027-03", undefined]);
    expect(p("Quý IV - I/2027", null)).toEqual(["range", "2026-10", "2027-03", undefined]);
  });
  it("one quarter with its year after 'năm' or a dash", () => {
    expect(p("Quý 4 năm 2026", null)).toEqual(["range", "2026-10", "2026-12", undefined]);
    expect(p("Quý IV năm 2025")).toEqual(["range", "2025-10", "2025-12", undefined]);
    expect(p("Quý 2-2026", null)).toEqual(["range", "2026-04", "2026-06", undefined]);
  });
  it("a quarter to a month runs to that month; a month alone is a month; 'hằng quý' stays recurring", () => {
    expect(p("Tháng 2/2026")).toEqual(["month", "2026-02", "2026-02", undefined]);
    expect(p("Quý 1 - 12/2026", null)).toEqual(["range", "2026-01", "2026-12", undefined]);
    expect(p("Quý 1 - tháng 5/2026", null)).toEqual(["range", "2026-01", "2026-05", undefined]);
    expect(p("Quý 4 - T2/2026", null)).toEqual(["range", "2025-10", "2026-02", undefined]);
    expect(p("Hằng quý")[0]).toBe("recurring");
  });
});

describe("what the timeline rules then say", () => {
  const rulesOf = (period: string) => {
    const row = ["", "Tiêu chí 1.1: Phương hướng, chiến lược", "Đạt mức 2", "Việc", "BGH", period, "5.000.000", "", ""];
    return checkPlan(readPlan(doc2018({ rows: [row] })))
      .map((f) => f.rule)
      .filter((r) => r.startsWith("timeline."));
  };
  it("March to April 2026 is inside the school year 2025-2026: nothing to say", () => {
    expect(rulesOf("T3 - T4/2026")).toEqual([]);
    expect(rulesOf("Tháng 9-2025 đồng loạt")).toEqual([]);
  });
  it("March to April 2027 is after it", () => {
    expect(rulesOf("T3 - T4/2027")).toContain("timeline.after-school-year");
  });
});
