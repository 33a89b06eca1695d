/**
 * Plain-text plans in each encoding (src/hosts/file/text.ts): UTF-16 either way round, UTF-8 with and without its
 * mark, Windows-1258 (tone marks after the letter, as Vietnamese Windows writes them), TCVN3 and VNI. The bytes are
 * written by hand (Windows-1258 from its code page: ê 0xEA, ơ 0xF5, ư 0xFD, â 0xE2, acute 0xEC, grave 0xCC, hook
 * 0xD2, dot below 0xF2); the expected text is the sentence as typed.
 */
import { decodePlanText } from "../../../src/hosts/file/text";

const SENTENCE = "Kế hoạch cải tiến chất lượng giáo dục trường THCS năm học 2025-2026";

/** SENTENCE in Windows-1258: letters with their circumflex, breve or horn, then the tone mark as its own byte. */
const CP1258 = Uint8Array.from(
  Buffer.from(
    "4beaec20686f61f26368206361d269207469eaec6e206368e2ec74206cfdf5f26e6720676961ec6f206475f26320747" +
      "2fdf5cc6e672054484353206ee36d20686ff26320323032352d32303236",
    "hex",
  ),
);

describe("decodePlanText", () => {
  it("reads Windows-1258 (not VNI, not TCVN3) as Windows-1258, composed, with its note", () => {
    const { text, note } = decodePlanText(CP1258, "w.txt");
    expect(text).toBe(SENTENCE);
    expect(note).toEqual({
      vi: 'Tệp "w.txt" dùng bảng mã Windows-1258 (không phải Unicode): đã chuyển sang Unicode để đọc; bản lưu sẽ ở dạng UTF-8.',
      en: '"w.txt" is in Windows-1258, not Unicode: converted to read it. It is saved as UTF-8.',
    });
  });

  it("reads UTF-8 without a note, its byte-order mark dropped", () => {
    const utf8 = new TextEncoder().encode(SENTENCE);
    expect(decodePlanText(utf8, "u.txt")).toEqual({ text: SENTENCE, note: null });
    expect(decodePlanText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "u.txt")).toEqual({
      text: SENTENCE,
      note: null,
    });
  });

  it("reads UTF-16 in either byte order after its mark", () => {
    const le = [0xff, 0xfe, 0x4b, 0x00, 0xbf, 0x1e]; // "Kế": K U+004B, ế U+1EBF
    const be = [0xfe, 0xff, 0x00, 0x4b, 0x1e, 0xbf];
    expect(decodePlanText(new Uint8Array(le), "le.txt")).toEqual({ text: "Kế", note: null });
    expect(decodePlanText(new Uint8Array(be), "be.txt")).toEqual({ text: "Kế", note: null });
  });
});
