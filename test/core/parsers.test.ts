import { parseBudget, analyzeBudget, fundingSourceOf } from "../../src/core/parse/budget";
import { parsePeriod } from "../../src/core/parse/period";
import { parseTarget } from "../../src/core/parse/target";
import {
  parseCriterionRef,
  parseStandardRef,
  parseCitations,
  parseSchoolYear,
  findYearsInText,
  findYearRanges,
} from "../../src/core/parse/refs";
import { parseVietnameseNumberWords, vndInWords } from "../../src/core/parse/words";

describe("parseBudget", () => {
  const cases: [string, string, number | null, "year" | "month" | null][] = [
    ["10 triệu", "amount", 10_000_000, null],
    ["10.000.000", "amount", 10_000_000, null],
    ["5.000.000/năm học", "amount", 5_000_000, "year"],
    ["10 triệu đồng", "amount", 10_000_000, null],
    ["15.000.000đ", "amount", 15_000_000, null],
    ["1,5 tỷ đồng", "amount", 1_500_000_000, null],
    ["500 nghìn", "amount", 500_000, null],
    ["3tr", "amount", 3_000_000, null],
    ["10,000,000", "amount", 10_000_000, null],
    ["10 000 000 đ", "amount", 10_000_000, null],
    ["mười triệu đồng", "amount", 10_000_000, null],
    ["Một tỷ năm trăm triệu đồng", "amount", 1_500_000_000, null],
    ["2 triệu/tháng", "amount", 2_000_000, "month"],
    ["Không", "none", null, null],
    ["0", "none", null, null],
    ["-", "none", null, null],
    ["", "empty", null, null],
    ["   ", "empty", null, null],
    ["Từ nguồn thu tại đơn vị", "source", null, null],
    ["Kinh phí hoạt động thường xuyên và xã hội hóa", "source", null, null],
    ["Từ nguồn hoạt động thường xuyên của đơn vị; Dự kiến 5.000.000/năm học.", "amount", 5_000_000, "year"],
    ["Ngân sách: 5 triệu; XHH: 3.000.000 đồng", "amount", 8_000_000, null],
    ["Thực hiện theo kế hoạch", "unparsed", null, null],
  ];
  it.each(cases)("%s → %s %s", (text, kind, vnd, per) => {
    const r = parseBudget(text);
    expect(r.kind).toBe(kind);
    expect(r.vnd).toBe(vnd);
    expect(r.per).toBe(per);
  });
  it("keeps the funding sources of a mixed cell", () => {
    expect(parseBudget("Từ nguồn hoạt động thường xuyên của đơn vị; Dự kiến 5.000.000/năm học.").source).toBe(
      "Ngân sách",
    );
    expect(analyzeBudget("Kinh phí hoạt động thường xuyên và xã hội hóa").sources.sort()).toEqual([
      "Ngân sách",
      "Xã hội hóa",
    ]);
    expect(parseBudget("Từ nguồn thu tại đơn vị").source).toBe("Nguồn thu tại đơn vị");
    expect(fundingSourceOf("vận động cha mẹ học sinh")).toBe("Xã hội hóa");
    expect(fundingSourceOf("5 triệu")).toBeNull();
  });
  it.each([
    ["10 triệu đống", "unit-typo"],
    ["5 triêu", "unit-typo"],
    ["10.000.0000", "bad-grouping"],
    ["1.00.000", "bad-grouping"],
    ["5-7 triệu", "range"],
    ["từ 5 đến 7 triệu", "range"],
    ["500", "small"],
    ["2.000", "small"],
  ])("reports %s as %s", (text, kind) => {
    expect(analyzeBudget(text).issues.map((i) => i.kind)).toContain(kind);
  });
  it("does not read dates or school years as amounts", () => {
    expect(parseBudget("Năm học 2025-2026: 5 triệu").vnd).toBe(5_000_000);
    expect(analyzeBudget("10.000.000").issues).toEqual([]);
  });
});

describe("parsePeriod", () => {
  const y = "2025-2026";
  const cases: [string, string | null, string, string | null, string | null][] = [
    ["Tháng 9/2025 – 9/2026", y, "range", "2025-09", "2026-09"],
    ["Tháng 10/2024 - tháng 05/2025", null, "range", "2024-10", "2025-05"],
    ["Tháng\n10/2024 - tháng\n05/2025", null, "range", "2024-10", "2025-05"],
    ["Tháng 9 năm 2023", null, "month", "2023-09", "2023-09"],
    ["Tháng 9 năm 2023. Hoạt động hàng tháng.", null, "recurring", "2023-09", "2023-09"],
    ["Từ tháng 9/2025 đến tháng 5/2026", y, "range", "2025-09", "2026-05"],
    ["09/2025 - 05/2026", y, "range", "2025-09", "2026-05"],
    ["Năm học 2025-2026", null, "school-year", "2025-09", "2026-08"],
    ["Học kỳ I", y, "range", "2025-09", "2026-01"],
    ["Học kỳ II", y, "range", "2026-01", "2026-05"],
    ["Quý I/2026", null, "range", "2026-01", "2026-03"],
    ["Thường xuyên", y, "recurring", "2025-09", "2026-08"],
    ["Thường xuyên", null, "recurring", null, null],
    ["Thực hiện theo tiến độ kế hoạch.", y, "unparsed", null, null],
    ["Tháng 9", y, "month", "2025-09", "2025-09"],
    ["Tháng 3", y, "month", "2026-03", "2026-03"],
    ["", y, "empty", null, null],
    // A year cut to three digits: nothing is read from the other date (never a wrong month).
    ["Tháng 10/202 - Tháng 5/2026", y, "unparsed", null, null],
    ["Tháng 9/2025 - 5/202", y, "unparsed", null, null],
    // A day and month are no broken year.
    ["Tháng 11/2025 (dịp 20/11)", y, "month", "2025-11", "2025-11"],
    ["ngày 15/9/2025", y, "month", "2025-09", "2025-09"],
  ];
  it.each(cases)("%j (%s) → %s %s..%s", (text, sy, kind, start, end) => {
    const r = parsePeriod(text, sy);
    expect(r).toMatchObject({ kind, start, end });
  });
  it("reports impossible months and reversed ranges without swapping", () => {
    expect(parsePeriod("Tháng 13/2025", y)).toMatchObject({ kind: "unparsed", issue: "impossible-month" });
    expect(parsePeriod("Tháng 5/2026 - tháng 9/2025", y)).toMatchObject({
      kind: "range",
      start: "2026-05",
      end: "2025-09",
      issue: "end-before-start",
    });
  });
});

describe("parseTarget", () => {
  it.each([
    ["Đạt mức 2 so với hiện tại", 2, null],
    ["Đạt mức 3 so với mức 2 hiện tại", 3, 2],
    ["Duy trì mức 3", 3, 3],
    ["Nâng từ mức 1 lên mức 2", 2, 1],
    ["đạt Mức 2 (hiện trạng Mức 1)", 2, 1],
    ["Thực hiện hiệu quả các chuyên đề", null, null],
  ])("%s → %s/%s", (text, level, current) => {
    expect(parseTarget(text)).toEqual({ level, current });
  });
});

describe("references and citations", () => {
  it.each([
    ["Tiêu chí 1.4 Hiệu trưởng, phó hiệu trưởng", "1.4", "Hiệu trưởng, phó hiệu trưởng"],
    ["Tiêu chí 3. 5: Thiết bị", "3.5", "Thiết bị"],
    ["Tiêu\nchí\n1.2:", "1.2", ""],
    ["<p>Tiêu chí 5.4 Các hoạt động trải nghiệm</p>", "5.4", "Các hoạt động trải nghiệm"],
    ["1.4. Hiệu trưởng", "1.4", "Hiệu trưởng"],
  ])("criterion ref %j", (text, code, rest) => {
    expect(parseCriterionRef(text)).toMatchObject({ code, rest });
  });
  it("does not take dates or amounts for criterion codes", () => {
    expect(parseCriterionRef("Tháng 9/2025")).toBeNull();
    expect(parseCriterionRef("10.000.000")).toBeNull();
  });
  it("reads standard refs", () => {
    expect(parseStandardRef("Tiêu chuẩn 5: Hoạt động giáo dục")).toEqual({ number: 5, rest: "Hoạt động giáo dục" });
    expect(parseStandardRef("TIÊU CHUẨN 2 - Cán bộ")).toEqual({ number: 2, rest: "Cán bộ" });
  });
  it("reads legal citations, complete and incomplete", () => {
    const c = parseCitations("Thông tư số 18/2018/TT-BGDĐT, ngày 22 tháng 8 năm 2018 của Bộ trưởng");
    expect(c[0]).toMatchObject({ kind: "thong-tu", canonical: "18/2018/TT-BGDĐT", date: "2018-08-22", complete: true });
    expect(parseCitations("Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018")[0]).toMatchObject({
      kind: "cong-van",
      canonical: "5932/BGDĐT-QLCL",
      date: "2018-12-28",
      complete: true,
    });
    expect(parseCitations("căn cứ công văn số 5932/ BGDĐT – QLCL ngày 28 tháng 12 năm 2018")[0]).toMatchObject({
      canonical: "5932/BGDĐT-QLCL",
      complete: true,
    });
    expect(parseCitations("Thông tư số 20 TT-BGDĐT ngày 22 tháng năm 20")[0]).toMatchObject({
      kind: "thong-tu",
      complete: false,
    });
    expect(parseCitations("theo Thông tư này")).toEqual([]);
  });
  it("reads school years and year tokens", () => {
    expect(parseSchoolYear("KẾ HOẠCH … Năm học 2025 – 2026")).toBe("2025-2026");
    expect(parseSchoolYear("Năm học 2029 - 2024")).toBeNull();
    expect(findYearsInText("chương trình GDPT 20128").map((y) => y.raw)).toEqual(["20128"]);
    expect(findYearRanges("giai đoạn từ năm 2029 đến 2024")[0]).toMatchObject({ from: 2029, to: 2024 });
  });
});

describe("number words", () => {
  it.each([
    [0, "Không đồng"],
    [105, "Một trăm linh năm đồng"],
    [15, "Mười lăm đồng"],
    [21, "Hai mươi mốt đồng"],
    [10_000_000, "Mười triệu đồng"],
    [1_500_000_000, "Một tỷ năm trăm triệu đồng"],
    [1_050_000, "Một triệu không trăm năm mươi nghìn đồng"],
  ])("%d → %s", (n, words) => {
    expect(vndInWords(n)).toBe(words);
  });
  it("reads words back", () => {
    expect(parseVietnameseNumberWords("hai mươi lăm triệu")).toBe(25_000_000);
    expect(parseVietnameseNumberWords("năm học")).toBeNull();
  });
});
