/**
 * School context detection, edge by edge (issue 28: mutants of src/core/context.ts left alive): the document
 * number's school-type abbreviation, the school name inside a sentence and its 120-line window, the circular's
 * level and regime when nothing else says them, which source wins, and the user's empty answers. Expectations by
 * hand from the lines.
 */
import { contextSources, detectContext } from "../../src/core/context";

describe("the level from the document number", () => {
  it.each([
    ["Số: 25/KH-THCSLQĐ", "thcs"],
    ["Số: 12/KH-MNHS", "mam-non"],
    ["Số: 7/KH-THKĐ", "tieu-hoc"],
    ["Số: 3/KH-THPTNT", "thpt"],
    ["Số: 9/KH-GDTX", "gdtx"],
    ["Số: 4 / KH - TH&THCSAB", "nhieu-cap"],
  ])("%s → %s", (line, level) => {
    const d = detectContext(["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", line]);
    expect(d.context.level).toBe(level);
    expect(d.source.level).toBe("detected");
  });

  it("an abbreviation that names no school type leaves the level unknown", () => {
    const d = detectContext(["Số: 25/KH-UBND"]);
    expect(d.context.level).toBeNull();
    expect(d.source.level).toBe("unknown");
  });

  it("the school's own line wins over the document number", () => {
    const d = detectContext(["TRƯỜNG THCS LÊ QUÝ ĐÔN", "Số: 25/KH-MNHS"]);
    expect(d.context.level).toBe("thcs");
    expect(d.context.school).toBe("TRƯỜNG THCS LÊ QUÝ ĐÔN");
  });
});

describe("the school name inside a sentence", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Nội dung dòng ${i + 1}`);

  it("is read without the space after it", () => {
    const d = detectContext(["Kế hoạch của Trường Mầm non Hoa Sen năm nay"]);
    expect(d.context.school).toBe("Trường Mầm non Hoa Sen");
    expect(d.context.level).toBe("mam-non");
  });

  it("is looked for in the first 120 lines only", () => {
    expect(detectContext([...filler(119), "Kế hoạch của Trường Mầm non Hoa Sen"]).context.school).toBe(
      "Trường Mầm non Hoa Sen",
    );
    expect(detectContext([...filler(120), "Kế hoạch của Trường Mầm non Hoa Sen"]).context.school).toBeNull();
  });
});

describe("the circular when nothing else names the level or the year", () => {
  it("TT 19/2018 gives mầm non and the 2018 regime", () => {
    const d = detectContext(["Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018"]);
    expect(d.context).toEqual({
      level: "mam-non",
      regime: "2018",
      schoolYear: null,
      school: null,
      circular: "19/2018/TT-BGDĐT",
    });
    expect(d.source).toEqual({
      level: "detected",
      regime: "detected",
      schoolYear: "unknown",
      school: "unknown",
      circular: "detected",
    });
  });

  it("TT 57/2026 gives the 2026 regime and no level", () => {
    const d = detectContext(["Căn cứ Thông tư số 57/2026/TT-BGDĐT"]);
    expect(d.context.regime).toBe("2026");
    expect(d.context.level).toBeNull();
  });

  it("the school's level wins over the circular's", () => {
    const d = detectContext(["TRƯỜNG MẦM NON SAO MAI", "Căn cứ Thông tư số 18/2018/TT-BGDĐT"]);
    expect(d.context.level).toBe("mam-non");
    expect(d.context.circular).toBe("18/2018/TT-BGDĐT");
  });

  it("nothing found: every field null and unknown", () => {
    const d = detectContext(["Nội dung", "Ghi chú"]);
    expect(d.context).toEqual({ level: null, regime: null, schoolYear: null, school: null, circular: null });
    expect(Object.values(d.source)).toEqual(["unknown", "unknown", "unknown", "unknown", "unknown"]);
  });
});

describe("sources with the user's answers", () => {
  it("an empty or missing answer keeps the detected source; a given one is the user's", () => {
    const d = detectContext(["TRƯỜNG TIỂU HỌC KIM ĐỒNG", "NĂM HỌC 2025-2026"]);
    expect(contextSources(d, { school: "", level: null, schoolYear: undefined, regime: "2018" })).toEqual({
      level: "detected",
      regime: "user",
      schoolYear: "detected",
      school: "detected",
      circular: "unknown",
    });
  });
});
