/**
 * Budget cells, edge by edge (issue 28: mutants of src/core/parse/budget.ts the parser tests left alive): every unit,
 * decimals and grouping, per year / per month words, ranges (with and without a unit on the low end), the "small"
 * threshold, zero amounts, sources without an amount, the user's text kept in issues. Expectations by hand.
 */
import { analyzeBudget, analysisOf, fundingSourcesIn, parseBudget } from "../../src/core/parse/budget";

describe("amounts and units", () => {
  it.each([
    ["1,25 tỷ đồng", 1_250_000_000],
    ["1.500 triệu", 1_500_000_000],
    ["2 tỉ", 2_000_000_000],
    ["2 trđ", 2_000_000],
    ["300k", 300_000],
    ["300 ngàn", 300_000],
    ["5.000.000 VNĐ", 5_000_000],
    ["<p>5 triệu</p>", 5_000_000],
    ["Năm 2026: 3 triệu", 3_000_000],
    ["Ngày 15/09/2025: 2 triệu", 2_000_000],
    ["Từ tháng 09/2025: 4 triệu", 4_000_000],
    ["Giai đoạn 2025 - 2030: 6 triệu", 6_000_000],
  ])("%s → %d đồng", (text, vnd) => {
    const r = parseBudget(text);
    expect([r.kind, r.vnd, r.per, r.low]).toEqual(["amount", vnd, null, undefined]);
  });

  it("a number in a sentence is not an amount; the same number alone is", () => {
    expect(parseBudget("Mua 5 bộ máy tính").kind).toBe("unparsed");
    expect(analyzeBudget("Mua 5 bộ máy tính").issues).toEqual([{ kind: "unparsed", text: "Mua 5 bộ máy tính" }]);
    expect([parseBudget("500 đ").kind, parseBudget("500 đ").vnd]).toEqual(["amount", 500]);
  });

  it("mixed separators or a broken group are reported, not read", () => {
    const mixed = analyzeBudget("1.000,000");
    expect([mixed.parse.kind, mixed.issues]).toEqual(["unparsed", [{ kind: "bad-grouping", text: "1.000,000" }]]);
    expect(analyzeBudget("Ngân sách: 10.0000 đồng").parse).toEqual({
      kind: "unparsed",
      vnd: null,
      per: null,
      source: "Ngân sách",
    });
  });

  it("the amounts keep the user's text", () => {
    expect(analyzeBudget("Ngân sách 5 Triệu đồng").amounts).toEqual([
      { vnd: 5_000_000, per: null, text: "5 Triệu đồng" },
    ]);
    expect(analyzeBudget("  10 triệu đống  ").issues).toEqual([{ kind: "unit-typo", text: "10 triệu đống" }]);
  });
});

describe("per year, per month", () => {
  it.each([
    ["5 triệu mỗi năm", "year"],
    ["5 triệu/năm học", "year"],
    ["10.000.000đ/năm", "year"],
    ["5 triệu một năm", null],
    ["2 triệu hằng tháng", "month"],
    ["2 triệu trên tháng", "month"],
    ["2 triệu / tháng", "month"],
    ["2 triệu tháng 9", null],
  ])("%s → %s", (text, per) => expect(parseBudget(text).per).toBe(per));

  it("amounts per month and per year together have no single period", () => {
    const r = parseBudget("2 triệu/tháng; 10 triệu/năm");
    expect([r.kind, r.vnd, r.per]).toEqual(["amount", 12_000_000, null]);
    expect(parseBudget("2 triệu/tháng; 3 triệu/tháng").per).toBe("month");
  });
});

describe("ranges", () => {
  it("counted at the upper bound, the lower one kept, reported with the text as written", () => {
    const a = analyzeBudget("khoảng 3–4 triệu");
    expect([a.parse.vnd, a.parse.low]).toEqual([4_000_000, 3_000_000]);
    expect(a.amounts).toEqual([{ vnd: 4_000_000, low: 3_000_000, per: null, text: "3–4 triệu" }]);
    expect(a.issues).toEqual([{ kind: "range", text: "3–4 triệu" }]);
  });
  it("either order, units on both ends, and a single amount beside a range", () => {
    expect([parseBudget("7 - 5 triệu").vnd, parseBudget("7 - 5 triệu").low]).toEqual([7_000_000, 5_000_000]);
    expect([parseBudget("500 nghìn - 1 triệu").vnd, parseBudget("500 nghìn - 1 triệu").low]).toEqual([
      1_000_000, 500_000,
    ]);
    expect([parseBudget("từ 2 tỷ tới 3 tỷ").vnd, parseBudget("từ 2 tỷ tới 3 tỷ").low]).toEqual([
      3_000_000_000, 2_000_000_000,
    ]);
    const both = parseBudget("3-4 triệu và 2 triệu");
    expect([both.vnd, both.low]).toEqual([6_000_000, 5_000_000]);
  });
  it("a year range is not an amount range", () => {
    expect(analyzeBudget("2025-2026 triệu").issues.map((i) => i.kind)).not.toContain("range");
  });
});

describe("small, zero, none, sources only", () => {
  it("small below 100.000 đồng, not at it", () => {
    expect(analyzeBudget("99.999 đồng").issues).toEqual([{ kind: "small", text: "99.999 đồng" }]);
    expect(analyzeBudget("100.000 đồng").issues).toEqual([]);
  });
  it("zero amounts and the words for none", () => {
    expect(parseBudget("0 triệu")).toEqual({ kind: "none", vnd: null, per: null, source: null });
    expect(parseBudget("Ngân sách: 0 triệu")).toEqual({ kind: "none", vnd: null, per: null, source: "Ngân sách" });
    for (const none of ["không có", "ko", "x", "0 đ", "/", "Không.", "(không)"])
      expect(parseBudget(none).kind).toBe("none");
    expect(parseBudget(null as unknown as string).kind).toBe("empty");
  });
  it("a source without an amount; a cell that names funding without a source is 'Khác'", () => {
    expect(analyzeBudget("Kinh phí: chưa có")).toMatchObject({
      parse: { kind: "source", vnd: null, source: "Khác" },
      sources: ["Khác"],
    });
    expect(analyzeBudget("Nguồn khác").parse).toMatchObject({ kind: "source", source: "Khác" });
    expect(fundingSourcesIn("Vốn vay ngân hàng")).toEqual(["Khác"]);
    expect(fundingSourcesIn("Học phí; tài trợ; NSNN")).toEqual(["Xã hội hóa", "Nguồn thu tại đơn vị", "Ngân sách"]);
    expect(fundingSourcesIn("")).toEqual([]);
  });
  it("the analysis behind a parse result is found again; an unknown one is not", () => {
    const parse = parseBudget("5 triệu");
    expect(analysisOf(parse)?.amounts).toEqual([{ vnd: 5_000_000, per: null, text: "5 triệu" }]);
    expect(analysisOf({ kind: "amount", vnd: 1, per: null, source: null })).toBeUndefined();
    expect(analysisOf(null)).toBeUndefined();
  });
});
