/**
 * src/core/text, one function at a time (issue 28: mutants of the folder that no test of the folder killed):
 * look-alike letters, tone placement, folding, words, the user's own span, the string builder and the ES2017
 * regex fallback. Every expectation is written by hand.
 */
import {
  fixLookalikes,
  foldDiacritics,
  normalizeForCompare,
  spanAsWritten,
  wordsOf,
} from "../../src/core/text/normalize";
import { StringBuilder } from "../../src/core/text/builder";
import { LETTER_CLASS_ES2017, UPPER_CLASS_ES2017, modernRegExp } from "../../src/core/text/regex-compat";
import { garbledNotice, unreadableShare, wordKind } from "../../src/core/text/garble";
import { convertLegacy, detectLegacyEncoding } from "../../src/core/text/legacy";

describe("fixLookalikes", () => {
  it("replaces each look-alike letter, space and dash, and drops zero-width marks", () => {
    expect(fixLookalikes("\u00D0\u00F0\u0189\u01A3\u01A2")).toBe("ĐđĐưƯ");
    expect(fixLookalikes("a\u00A0b\u2007c\u202Fd")).toBe("a b c d");
    expect(fixLookalikes("a\u200Bb\uFEFFc")).toBe("abc");
    expect(fixLookalikes("1\u20132\u20143\u22124\u20105\u20116")).toBe("1-2-3-4-5-6");
  });
  it("composes decomposed text (NFC) and keeps case; ASCII and empty input come back as they are", () => {
    expect(fixLookalikes("Tie\u0302\u0300u CHI\u0301")).toBe("Tiều CHÍ");
    expect(fixLookalikes("Trường")).toBe("Trường");
    expect(fixLookalikes("Plan 2025\t(A)")).toBe("Plan 2025\t(A)");
    expect(fixLookalikes("")).toBe("");
    expect(fixLookalikes(undefined as unknown as string)).toBe("");
  });
});

describe("normalizeForCompare", () => {
  it("moves an old-style tone of oa, oe, uy to the first vowel, for each of the five tones", () => {
    expect(normalizeForCompare("hoà hoá hoả hoã hoạ")).toBe("hòa hóa hỏa hõa họa");
    expect(normalizeForCompare("khoè khoé khoẻ khoẽ khoẹ")).toBe("khòe khóe khỏe khõe khọe");
    expect(normalizeForCompare("thuỳ thuý thuỷ thuỹ thuỵ")).toBe("thùy thúy thủy thũy thụy");
  });
  it("leaves a pair followed by another letter (hoàn, tuyển, khoảng) and new-style text alone", () => {
    expect(normalizeForCompare("hoàn thành tuyển sinh khoảng")).toBe("hoàn thành tuyển sinh khoảng");
    expect(normalizeForCompare("hòa thủy")).toBe("hòa thủy");
  });
  it("lower-cases, makes every whitespace run one space and trims", () => {
    expect(normalizeForCompare(" \tHOÁ\n\n  Đơn\u00A0vị \r\n")).toBe("hóa đơn vị");
  });
});

describe("foldDiacritics", () => {
  it("drops every diacritic, đ → d, lower-cases", () => {
    expect(foldDiacritics("ĐẠT Mức Ưu Tiên ỹ Ỵ Ắ")).toBe("dat muc uu tien y y a");
    expect(foldDiacritics("aăâbcdđeêghiklmnoôơpqrstuưvxy")).toBe("aaabcddeeghiklmnooopqrstuuvxy");
    expect(foldDiacritics("ÀÁẢÃẠ ÈÉẺẼẸ ÌÍỈĨỊ ÒÓỎÕỌ ÙÚỦŨỤ ỲÝỶỸỴ")).toBe("aaaaa eeeee iiiii ooooo uuuuu yyyyy");
  });
  it("makes each kind of whitespace run one space, none at either end", () => {
    expect(foldDiacritics("\t a\tb\nc\rd\fe\vf  g \n")).toBe("a b c d e f g");
    expect(foldDiacritics("   ")).toBe("");
    expect(foldDiacritics("x  Đ")).toBe("x d");
    expect(foldDiacritics("ZOOM Zalo AZ")).toBe("zoom zalo az"); // A and Z, the ends of the ASCII capitals
    expect(foldDiacritics("a \u0301")).toBe("a"); // a mark left alone after a space adds no space at the end
  });
  it("keeps letters without a fold as their lower case and drops a lone combining mark", () => {
    expect(foldDiacritics("ΩMEGA Ø")).toBe("ωmega ø");
    expect(foldDiacritics("q\u0301")).toBe("q");
    expect(foldDiacritics("学校 A")).toBe("学校 a");
  });
  it("is exact past one chunk of 8,192 code units", () => {
    const long = "Đạt ".repeat(5000);
    expect(foldDiacritics(long)).toBe("dat ".repeat(5000).trim());
    expect(foldDiacritics("ê".repeat(9000))).toBe("e".repeat(9000));
  });
});

describe("wordsOf and spanAsWritten", () => {
  it("words: folded, punctuation dropped, dots kept in codes", () => {
    expect(wordsOf("Tiêu chí 1.4: Đạt, (mức 2)!")).toEqual(["tieu", "chi", "1.4", "dat", "muc", "2"]);
    expect(wordsOf(" — ")).toEqual([]);
  });
  it("finds the user's own text for a folded span", () => {
    expect(spanAsWritten("Kinh phí: 15.000.0000 đồng (ngân sách)", "15.000.0000 dong")).toBe("15.000.0000 đồng");
    expect(spanAsWritten("Cần 5  triệu\tđồng", "5 trieu dong")).toBe("5  triệu\tđồng");
    expect(spanAsWritten("ĐẠT MỨC 2", "dat muc")).toBe("ĐẠT MỨC");
  });
  it("the span itself when the text holds it as written, when it is not found, or when it is empty", () => {
    expect(spanAsWritten("khoảng 10 trieu", " 10 trieu ")).toBe("10 trieu");
    expect(spanAsWritten("Tháng 9", "thang 10")).toBe("thang 10");
    expect(spanAsWritten("Tháng 9", "  ")).toBe("");
    expect(spanAsWritten("a+b (c)", "a+b (c)")).toBe("a+b (c)");
    expect(spanAsWritten("Ả+B (Ç)", "a+b (c)")).toBe("Ả+B (Ç)");
    // A span folded with two spaces in a row still finds the text written with one.
    expect(spanAsWritten("Cần 5 triệu đồng", "5  trieu")).toBe("5 triệu");
    // Decomposed text is not matched character for character (callers compose it first): the span comes back.
    expect(spanAsWritten("Cần 5 trie\u0323\u0302u đồng", "5 trieu dong")).toBe("5 trieu dong");
  });
});

describe("StringBuilder", () => {
  it("joins many pieces exactly, whatever their number, and counts their length", () => {
    const b = new StringBuilder();
    expect([b.toString(), b.length]).toEqual(["", 0]);
    for (let i = 0; i < 10_000; i++) b.push(i % 2 ? "ư" : "ab");
    b.push("");
    expect(b.length).toBe(15_000);
    const once = b.toString();
    expect(once).toBe("abư".repeat(5000));
    expect(b.toString()).toBe(once);
    b.push("!");
    expect([b.toString().length, b.toString().endsWith("abư!")]).toEqual([15_001, true]);
  });
});

describe("modernRegExp", () => {
  it("the modern pattern where the engine has it, else the fallback without the u flag", () => {
    const modern = modernRegExp("\\p{L}+", "gu", "[a-z]+");
    expect([modern.source, modern.flags]).toEqual(["\\p{L}+", "gu"]);
    const old = modernRegExp("(?<", "giu", "[a-z]+");
    expect([old.source, old.flags]).toEqual(["[a-z]+", "gi"]);
    expect(modernRegExp("(?<", "u", "x", "m").flags).toBe("m");
  });
  it("the ES2017 letter classes: every Vietnamese letter, capitals apart, no digits or marks", () => {
    const lower = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
    expect(new RegExp(`^[${LETTER_CLASS_ES2017}]+$`).test(lower + lower.toUpperCase())).toBe(true);
    expect(new RegExp(`^[${UPPER_CLASS_ES2017}]+$`).test("ĐĂÂÊÔƠƯÀẠỲ")).toBe(true);
    expect(new RegExp(`[${UPPER_CLASS_ES2017}]`).test("abcz")).toBe(false);
    expect(new RegExp(`[${LETTER_CLASS_ES2017}]`).test("1×÷ .")).toBe(false);
  });
});

describe("garbled-text guard edges", () => {
  it("words: empty, numbers, symbols, one letter, capitals, foreign words, two tones", () => {
    expect(wordKind("")).toBe("skipped");
    expect(wordKind("25/KH")).toBe("skipped");
    expect(wordKind("→")).toBe("skipped");
    expect(wordKind("x")).toBe("skipped");
    expect(wordKind("THCSX")).toBe("skipped");
    expect(wordKind("ĐĂNGKÝĐĂNG")).toBe("unreadable"); // capitals, but longer than an abbreviation
    expect(wordKind("ĐĂNGKÝĐ")).toBe("skipped");
    expect(wordKind("ĐĂNGKÝĐĐ")).toBe("skipped"); // eight capitals: still an abbreviation
    expect(wordKind("xyz")).toBe("skipped"); // three letters, no Vietnamese letter: a foreign word or a name
    expect(wordKind("trường")).toBe("syllable"); // a t inside the syllable does not close it
    expect(wordKind("thuyền")).toBe("syllable");
    expect(wordKind("online")).toBe("skipped");
    expect(wordKind("ng")).toBe("unreadable"); // two letters, no Vietnamese letter, not a syllable
    expect(wordKind("hoàá")).toBe("unreadable");
    expect(wordKind("học")).toBe("syllable"); // a closed syllable with nặng
    expect(wordKind("hóc")).toBe("syllable");
    expect(wordKind("hòc")).toBe("unreadable");
    expect(wordKind("thích")).toBe("syllable");
    expect(wordKind("thìch")).toBe("unreadable");
    expect(wordKind("ĐẠI")).toBe("syllable");
  });
  it("the share counts judged words only, and is 0 under 30 of them", () => {
    expect(unreadableShare(["vàk ế, 10 THCS"])).toEqual({ words: 2, unreadable: 1, share: 0 });
    const thirty = Array(15).fill("vàk đồng").join(" ");
    expect(unreadableShare([thirty])).toEqual({ words: 30, unreadable: 15, share: 0.5 });
    const separators = ` \t-/.,;:()[]"“”'‘’!?…–—+*=%&<>|_`;
    // 32 separators between 33 words.
    const text = "vàk" + [...separators].map((sep) => sep + "vàk").join("");
    expect(unreadableShare([text])).toEqual({ words: 33, unreadable: 33, share: 1 });
  });
  it("the notice from 8 % of unreadable words on, with the rounded share", () => {
    const words = (bad: number, good: number) => [[...Array(bad).fill("vàk"), ...Array(good).fill("đồng")].join(" ")];
    expect(garbledNotice([words(7, 93)[0].split(" ")])).toBeNull();
    const at8 = garbledNotice([words(8, 92)[0].split(" ")]);
    expect(at8!.vi).toBe(
      "Chữ trong tệp PDF bị xáo trộn khi trích ra (8 % từ không đọc được) — kết quả có thể sai; " +
        "hãy dùng bản Word/Excel gốc nếu có",
    );
    expect(at8!.en).toBe(
      "The PDF's text came out garbled (8 % of words unreadable): results may be wrong; " +
        "use the original Word/Excel file if you have it",
    );
    expect(garbledNotice([words(1, 2)[0].split(" ")])).toBeNull(); // 33 %, but only 3 words
  });
});

describe("VNI conversion", () => {
  it("â after a, e, o is the circumflex; ê after a is the breve; a tone mark follows", () => {
    expect(convertLegacy("caâu", "vni")).toBe("câu");
    expect(convertLegacy("naêm hoïc", "vni")).toBe("năm học");
    expect(convertLegacy("NAÊM", "vni")).toBe("NĂM");
    expect(convertLegacy("ñeâø", "vni")).toBe("đề");
    expect(convertLegacy("em oâng", "vni")).toBe("em ông");
    // An a followed by anything else, or at the end, stays a.
    expect(convertLegacy("nam ca", "vni")).toBe("nam ca");
  });
});

describe("legacy font detection thresholds", () => {
  // ® and ¹ are TCVN3's "đ" and "ạ"; ï is VNI's nặng (and a TCVN3 marker); ă is a Unicode-only letter.
  it("TCVN3: at least 4 characters, 2 markers, over 4 % of the letters, over twice the Unicode letters", () => {
    expect(detectLegacyEncoding("®¹t")).toBeNull(); // 3 characters
    expect(detectLegacyEncoding("®¹t ")).toBe("tcvn3");
    expect(detectLegacyEncoding("®at ")).toBeNull(); // one marker
    expect(detectLegacyEncoding("®¹ " + "a".repeat(50))).toBeNull(); // 2 / 50 letters = 4 %, not over
    expect(detectLegacyEncoding("®¹ " + "a".repeat(49))).toBe("tcvn3");
    expect(detectLegacyEncoding("®¹t ă")).toBeNull(); // 2 markers, not over twice 1 Unicode letter
    expect(detectLegacyEncoding("®¹t ")).toBe("tcvn3");
  });
  it("VNI: at least 2 words or pairs, more than the Unicode letters", () => {
    expect(detectLegacyEncoding("hoïc abc")).toBeNull(); // one VNI word
    expect(detectLegacyEncoding("hoïc hoïc abc")).toBe("vni");
    expect(detectLegacyEncoding("hoïc hoïc ăă")).toBeNull(); // 2 VNI words, 2 Unicode letters
  });
});
