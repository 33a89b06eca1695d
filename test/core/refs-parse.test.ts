/**
 * Criterion and standard references and legal citations, edge by edge (issue 28: mutants of src/core/parse/refs.ts
 * that test/core/parsers.test.ts left alive): "số", two-digit numbers, Roman numbering, spaces lost in a PDF's text,
 * the separators before the name, circular lists, "ban hành ngày", citations without a year or a code. Every
 * expectation is written by hand from the input.
 */
import { parseCitations, parseCriterionRef, parseStandardRef } from "../../src/core/parse/refs";

describe("criterion references", () => {
  it.each([
    ["Tiêu chí số 1.4: Hiệu trưởng, phó hiệu trưởng", "1.4", 1, "Hiệu trưởng, phó hiệu trưởng"],
    ["Tiêu chí 10.2 Thư viện", "10.2", 10, "Thư viện"],
    ["Tiêu chí 2.11: Khác", "2.11", 2, "Khác"],
    ["Tiêu chí 1.4. - Hiệu trưởng", "1.4", 1, "Hiệu trưởng"],
    ["Tiêu chí 3.5 :– (Thiết bị)", "3.5", 3, "(Thiết bị)"],
  ])("%j → %s", (text, code, standard, rest) => {
    expect(parseCriterionRef(text)).toEqual({ code, standard, rest });
  });

  // A level written beside the code is no part of the name (no circular's criterion name holds "Mức").
  it.each([
    ["Tiêu chí 3.3 - Mức 3", "3.3", 3, ""],
    ["Tiêu chí 1.5 (Mức 2): Lớp học", "1.5", 1, "Lớp học"],
    ["1.2 – mức độ 2", "1.2", 1, ""],
    ["Tiêu chí 3.6: Thư viện - Mức 3", "3.6", 3, "Thư viện"],
    ["TC 2.2 Đối với giáo viên (đạt Mức 3)", "2.2", 2, "Đối với giáo viên"],
    ["Tiêu chí 4.1 - Cấp độ II - Ban đại diện cha mẹ học sinh", "4.1", 4, "Ban đại diện cha mẹ học sinh"],
    // Words that only begin like a level stay: "mục tiêu" is no "Mức", "Mức 5" no level of any circular.
    ["Tiêu chí 1.1: Mục tiêu 1", "1.1", 1, "Mục tiêu 1"],
    ["Tiêu chí 5.6: Mức 5 học sinh", "5.6", 5, "Mức 5 học sinh"],
  ])("%j → %s, name %j", (text, code, standard, rest) => {
    expect(parseCriterionRef(text)).toEqual({ code, standard, rest });
  });

  it("out of range numbers are not references", () => {
    expect(parseCriterionRef("Tiêu chí 21.1 Khác")).toBeNull();
    expect(parseCriterionRef("Tiêu chí 0.3")).toBeNull();
    expect(parseCriterionRef("Tiêu chí 1.31")).toBeNull();
  });

  it("a text whose folded form is shorter (a stray combining mark) keeps the code, not a shifted rest", () => {
    // "x" + U+0301 has no precomposed form: NFC keeps two code units, folding drops the mark.
    expect(parseCriterionRef("Tiêu chí 1.4 Hiệu trưởng x\u0301")).toEqual({ code: "1.4", standard: 1, rest: "" });
  });
});

describe("standard references", () => {
  it.each([
    ["III. TIÊU CHUẨN 3 – Cơ sở vật chất", 3, "Cơ sở vật chất"],
    ["Tiêu chuẩn 12: Khác", 12, "Khác"],
    ["Tiêu chuẩn số 4: Quan hệ giữa nhà trường", 4, "Quan hệ giữa nhà trường"],
    // A PDF's text without the space after the number: the name is kept as written.
    ["Tiêu chuẩn 3Cơ sở vật chất và thiết bị", 3, "Cơ sở vật chất và thiết bị"],
    ["Tiêu chuẩn 5 (tiếp theo)", 5, "(tiếp theo)"],
    // Roman numerals as an OCR layer of a printed plan reads them ("I.", "II.", "III." printed).
    ["I Tiêu chuẩn 1: Quản trị nhà trường", 1, "Quản trị nhà trường"],
    ["H. Tiêu chuẩn 2: Phát triển đội ngũ", 2, "Phát triển đội ngũ"],
    ["HI. Tiêu chuẩn 3: Thực hiện chương trình", 3, "Thực hiện chương trình"],
    ["a) Tiêu chuẩn 4: Điều kiện giáo dục", 4, "Điều kiện giáo dục"],
  ])("%j → %d", (text, number, rest) => {
    expect(parseStandardRef(text)).toEqual({ number, rest });
  });

  it("out of range numbers are not references", () => {
    expect(parseStandardRef("Tiêu chuẩn 21: Khác")).toBeNull();
    expect(parseStandardRef("Tiêu chuẩn 0")).toBeNull();
    // A word before it is no list number: a sentence that names a standard is no standard row.
    expect(parseStandardRef("Đạt Tiêu chuẩn 1")).toBeNull();
  });
});

describe("citations", () => {
  it("a list of circulars sharing year and code gives one complete citation per number", () => {
    const c = parseCitations("Căn cứ Thông tư 17, 18, 19/2018/TT-BGDĐT của Bộ GDĐT");
    expect(c.map((x) => x.canonical)).toEqual(["17/2018/TT-BGDĐT", "18/2018/TT-BGDĐT", "19/2018/TT-BGDĐT"]);
    expect(c.map((x) => [x.number, x.year, x.code, x.complete, x.list, x.index])).toEqual([
      ["17", 2018, "TT-BGDĐT", true, true, 7],
      ["18", 2018, "TT-BGDĐT", true, true, 7],
      ["19", 2018, "TT-BGDĐT", true, true, 7],
    ]);
    expect(c[0].raw).toBe("Thông tư 17, 18, 19/2018/TT-BGDĐT");
  });

  it("a list written with 'và' and a spaced dash in the code", () => {
    const c = parseCitations("Thông tư 18 và 19/2018/TT – BGDĐT");
    expect(c.map((x) => x.canonical)).toEqual(["18/2018/TT-BGDĐT", "19/2018/TT-BGDĐT"]);
    expect(c[1].code).toBe("TT-BGDĐT");
  });

  it("a list whose code is not upper-case letters is read as a plain citation", () => {
    // "tt-bgd" in lower case fails the code check of the list: the first number alone, without year or code.
    const c = parseCitations("Thông tư 17, 18/2018/tt-bgd");
    expect(c.every((x) => x.list === undefined)).toBe(true);
    expect(c[0]).toMatchObject({ number: "17", year: null, canonical: null, complete: false });
  });

  it.each([
    ["Thông tư số 18/2018/TT-BGDĐT ban hành ngày 22 tháng 8 năm 2018", "2018-08-22"],
    ["Thông tư số 18/2018/TT-BGDĐT ban hànhngày 22 tháng 8 năm 2018", "2018-08-22"],
    ["Thông tư số 18/2018/TT-BGDĐT, ban hành ngày 22/8/2018", "2018-08-22"],
    ["Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng8 năm2018", "2018-08-22"],
  ])("%j is dated %s", (text, date) => {
    expect(parseCitations(text)[0]).toMatchObject({ canonical: "18/2018/TT-BGDĐT", date, complete: true });
  });

  it("a circular or decree without a year is incomplete; a dispatch without one is complete", () => {
    expect(parseCitations("Thông tư số 18/TT-BGDĐT")[0]).toMatchObject({
      kind: "thong-tu",
      number: "18",
      year: null,
      code: "TT-BGDĐT",
      complete: false,
      canonical: null,
    });
    expect(parseCitations("Nghị định số 127/NĐ-CP")[0]).toMatchObject({
      kind: "nghi-dinh",
      complete: false,
      canonical: null,
    });
    expect(parseCitations("Công văn số 5932/BGDĐT-QLCL")[0]).toMatchObject({
      kind: "cong-van",
      complete: true,
      canonical: "5932/BGDĐT-QLCL",
    });
  });

  it("a number without a code is incomplete", () => {
    expect(parseCitations("Công văn số 5932 của Sở")[0]).toMatchObject({
      kind: "cong-van",
      number: "5932",
      code: null,
      complete: false,
      canonical: null,
    });
  });

  it("a year outside 1945–2100 makes a circular incomplete", () => {
    expect(parseCitations("Thông tư số 18/1918/TT-BGDĐT")[0]).toMatchObject({ year: 1918, complete: false });
    expect(parseCitations("Thông tư số 18/2118/TT-BGDĐT")[0]).toMatchObject({ year: 2118, complete: false });
  });
});
