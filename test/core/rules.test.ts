import "../../src/core/catalogs/all";
import { readPlan } from "../../src/core/read";
import { checkPlan } from "../../src/core/rules";
import { doc2018, GOOD_ROW, HEADER_TT57 } from "../support/grids";

const rules = (grid: string[][]) => checkPlan(readPlan(grid)).map((f) => f.rule);
const STD1 = ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"];
const SEC = ["", "MỨC 1, 2, 3"];

describe("a correct 2018 plan", () => {
  it("has no finding", () => {
    expect(checkPlan(readPlan(doc2018({ rows: [SEC, STD1, GOOD_ROW] })))).toEqual([]);
  });
});

describe("criterion rules", () => {
  it("flags an unknown code", () => {
    expect(rules(doc2018({ rows: [SEC, STD1, ["", "Tiêu chí 1.12: Không có", ...GOOD_ROW.slice(2)]] }))).toContain(
      "criterion.unknown-code",
    );
  });
  it("flags a name that differs, showing the official one", () => {
    const f = checkPlan(
      readPlan(
        doc2018({ rows: [SEC, STD1, ["", "Tiêu chí 1.4: Công tác thi đua khen thưởng", ...GOOD_ROW.slice(2)]] }),
      ),
    ).find((x) => x.rule === "criterion.name-mismatch")!;
    expect(f.suggestion).toContain("Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng");
    expect(f.ref).toBe("B8");
  });
  it("reads a level beside the code as no name; a wrong name beside a level is still flagged", () => {
    const row = (criterion: string) => ["", criterion, ...GOOD_ROW.slice(2)];
    expect(rules(doc2018({ rows: [SEC, STD1, row("Tiêu chí 1.4 - Mức 3")] }))).not.toContain("criterion.name-mismatch");
    expect(rules(doc2018({ rows: [SEC, STD1, row("Tiêu chí 1.4 (Mức 2): Công tác thi đua khen thưởng")] }))).toContain(
      "criterion.name-mismatch",
    );
  });
  it("flags a standard named with another level's wording", () => {
    const grid = doc2018({
      rows: [
        SEC,
        ["1", "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"],
        ["", "Tiêu chí 5.1: Thực hiện Chương trình giáo dục phổ thông", ...GOOD_ROW.slice(2)],
      ],
    });
    const f = checkPlan(readPlan(grid)).find((x) => x.rule === "criterion.standard-name-mismatch")!;
    expect(f.message).toContain("19/2018/TT-BGDĐT");
  });
  it("flags a criterion under the wrong standard and duplicates", () => {
    const r = rules(
      doc2018({
        rows: [
          SEC,
          STD1,
          GOOD_ROW,
          ["", "Tiêu chí 2.1: Đối với hiệu trưởng, phó hiệu trưởng", ...GOOD_ROW.slice(2)],
          GOOD_ROW,
        ],
      }),
    );
    expect(r).toContain("criterion.wrong-standard");
    expect(r).toContain("criterion.duplicate");
  });
  it("flags a 2018 code in a TT57 plan", () => {
    const grid = [
      ["TRƯỜNG THCS A"],
      ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2026-2027"],
      HEADER_TT57,
      [
        "1",
        "Tiêu chí 5.6: Kết quả giáo dục",
        "Đạt mức 2",
        "Bồi dưỡng",
        "90% học sinh",
        "Tháng 10/2026",
        "BGH",
        "Ngân sách 5 triệu",
        "(MC.4.2.01)",
        "Chưa thực hiện",
      ],
    ];
    const f = checkPlan(readPlan(grid)).find((x) => x.rule === "criterion.wrong-regime")!;
    expect(f.message).toContain("18/2018/TT-BGDĐT");
    expect(f.severity).toBe("error");
  });
});

describe("target rules", () => {
  it("flags a level above the criterion's highest level", () => {
    expect(
      rules(
        doc2018({
          rows: [
            SEC,
            STD1,
            [
              "",
              "Tiêu chí 1.2: Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác",
              "Đạt mức 3",
              ...GOOD_ROW.slice(3),
            ],
          ],
        }),
      ),
    ).toContain("target.above-max");
  });
  it("flags a target not above the current level, but not 'Duy trì'", () => {
    expect(
      rules(doc2018({ rows: [SEC, STD1, ["", GOOD_ROW[1], "Đạt mức 2 so với mức 3 hiện tại", ...GOOD_ROW.slice(3)]] })),
    ).toContain("target.not-above-current");
    expect(
      rules(doc2018({ rows: [SEC, STD1, ["", GOOD_ROW[1], "Duy trì mức 3", ...GOOD_ROW.slice(3)]] })),
    ).not.toContain("target.not-above-current");
  });
  it("flags a Mức 4 target inside MỨC 1, 2, 3", () => {
    expect(rules(doc2018({ rows: [SEC, STD1, ["", GOOD_ROW[1], "Đạt mức 4", ...GOOD_ROW.slice(3)]] }))).toContain(
      "target.muc4-in-muc13",
    );
    expect(
      rules(
        doc2018({
          rows: [
            ["", "MỨC 4"],
            ["", GOOD_ROW[1], "Đạt mức 4", ...GOOD_ROW.slice(3)],
          ],
        }),
      ),
    ).not.toContain("target.muc4-in-muc13");
  });
});

describe("timeline rules", () => {
  const withPeriod = (p: string) =>
    rules(doc2018({ rows: [SEC, STD1, [...GOOD_ROW.slice(0, 5), p, ...GOOD_ROW.slice(6)]] }));
  it.each([
    ["", "timeline.empty"],
    ["Thực hiện theo tiến độ kế hoạch.", "timeline.vague"],
    ["Tháng 5/2026 - tháng 9/2025", "timeline.end-before-start"],
    ["Tháng 13/2025", "timeline.impossible-month"],
    ["Tháng 8/2025 - tháng 5/2026", "timeline.before-school-year"],
    ["Tháng 9/2025 - tháng 9/2026", "timeline.after-school-year"],
  ])("%j → %s", (p, rule) => {
    expect(withPeriod(p)).toContain(rule);
  });
  it("accepts periods inside the school year", () => {
    expect(withPeriod("Từ tháng 9/2025 đến tháng 8/2026")).toEqual([]);
    expect(withPeriod("Học kỳ I")).toEqual([]);
  });
});

describe("budget rules", () => {
  const withBudget = (b: string) =>
    checkPlan(readPlan(doc2018({ rows: [SEC, STD1, [...GOOD_ROW.slice(0, 6), b, "", ""]] })));
  it.each([
    ["10 triệu đống", "budget.unit-typo", "error"],
    ["10.000.0000", "budget.bad-grouping", "error"],
    ["5-7 triệu", "budget.range", "info"],
    ["500", "budget.small", "warning"],
    ["Theo kế hoạch", "budget.unparsed", "warning"],
    ["Xã hội hóa", "budget.source-only", "info"],
  ])("%j → %s (%s)", (b, rule, severity) => {
    const f = withBudget(b).find((x) => x.rule === rule)!;
    expect(f).toBeDefined();
    expect(f.severity).toBe(severity);
    expect(f.ref).toBe("G8");
  });
  it("accepts the usual forms", () => {
    for (const b of [
      "10 triệu",
      "5.000.000/năm học",
      "Không",
      "Từ nguồn hoạt động thường xuyên của đơn vị; Dự kiến 5.000.000/năm học.",
    ]) {
      expect(withBudget(b).filter((f) => f.severity !== "info")).toEqual([]);
    }
  });
});

describe("doc rules", () => {
  const withTitle = (extra: string[], level = "TRƯỜNG THCS LÊ QUÝ ĐÔN", year = "2025 – 2026") =>
    rules(
      doc2018({
        title: [level, `Cải tiến chất lượng giáo dục năm học ${year}`, ...extra],
        rows: [SEC, STD1, GOOD_ROW],
      }),
    );
  it("flags a circular of another level", () => {
    expect(withTitle(["Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018;"])).toContain(
      "doc.circular-level-mismatch",
    );
  });
  it("flags TT57 cited for a 2025-2026 plan", () => {
    expect(withTitle(["Căn cứ Thông tư số 57/2026/TT-BGDĐT ngày 07 tháng 7 năm 2026;"])).toContain(
      "doc.circular-regime-mismatch",
    );
  });
  it("flags an incomplete citation", () => {
    expect(withTitle(["Căn cứ Thông tư số 20 TT-BGDĐT ngày 22 tháng năm 20;"])).toContain("doc.incomplete-citation");
  });
  it("flags impossible years and reversed ranges", () => {
    const r = withTitle(["Thực hiện chương trình GDPT 20128.", "Báo cáo tự đánh giá giai đoạn từ năm 2029 đến 2024."]);
    expect(r).toContain("doc.impossible-year");
    expect(r).toContain("doc.reversed-year-range");
  });
  it("reads a five-digit number as a mistyped year only where a year is expected (issue 16)", () => {
    expect(withTitle(["Bổ sung 20000 đầu sách cho thư viện."])).not.toContain("doc.impossible-year");
    expect(withTitle(["Mua 20000 cuốn vở, trồng 20250 cây xanh."])).not.toContain("doc.impossible-year");
    expect(withTitle(["Hoàn thành trước năm 20255."])).toContain("doc.impossible-year");
    expect(withTitle(["Giai đoạn 2020-20255."])).toContain("doc.impossible-year");
  });
  it("flags the guidance letter of another level", () => {
    expect(withTitle(["Căn cứ Công văn số 5942/BGDĐT-QLCL ngày 28/12/2018;"])).toContain("doc.wrong-guidance");
    expect(withTitle(["Căn cứ Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018;"])).not.toContain("doc.wrong-guidance");
  });
  it("flags a title school year that disagrees with the periods", () => {
    const grid = doc2018({
      title: ["TRƯỜNG THCS A", "Kế hoạch năm học 2025 – 2026"],
      rows: [
        SEC,
        STD1,
        [...GOOD_ROW.slice(0, 5), "Tháng 10/2024"],
        ["", "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản", "", "Rà soát", "BGH", "Tháng 11/2024"],
      ],
    });
    expect(rules(grid)).toContain("doc.school-year-mismatch");
  });
  it("flags legacy-encoded text", () => {
    expect(withTitle(["Tr\u00adêng trung häc c¬ së Lª Quý §«n"])).toContain("doc.legacy-encoding");
  });
});

describe("plan rule", () => {
  it("warns when the declared goal cannot be reached with the rows planned", () => {
    const title = [
      "TRƯỜNG THCS A",
      "năm học 2025-2026",
      "Phấn đấu đạt kiểm định chất lượng mức độ 3.",
      "Mức 1 Mức 2 Mức 3",
      "Tiêu chí 1.1   x",
      "Tiêu chí 1.4  x",
      "Tiêu chí 3.6  x",
    ];
    const r = checkPlan(readPlan(doc2018({ title, rows: [SEC, STD1, GOOD_ROW] })));
    const f = r.find((x) => x.rule === "plan.goal-unreachable")!;
    expect(f.message).toContain("3.6");
  });
});
