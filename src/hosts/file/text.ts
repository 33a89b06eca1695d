/**
 * Plain-text plans: which encoding the bytes are in. UTF-8 and UTF-16 (with a byte-order mark) are read as they
 * are; bytes that are not valid UTF-8 are legacy Vietnamese: Windows-1258 is converted (the WHATWG decoder, in
 * Node and every browser), TCVN3 (ABC, the .Vn fonts) is converted with the core's TCVN3 table (the same one that
 * repairs .Vn-font text inside Unicode documents), with a note asking the user to check capitals.
 */
import { convertLegacy, detectLegacyEncoding } from "../../core/text/legacy";
import type { LangText } from "../../core/text/message";

export interface DecodedText {
  text: string;
  /** A note for the user when the text was converted from a legacy encoding. */
  note: LangText | null;
}

/**
 * TCVN3 puts its Vietnamese letters on 0xA1–0xBF (ă â ê ô ơ ư đ and many toned letters: "chÊt l­îng",
 * "KÕ ho¹ch"); Windows-1258 has only symbols there (¡ ¢ £ … ¿) and puts its letters and tone marks on 0xC0–0xFF.
 */
function looksTcvn3(bytes: Uint8Array): boolean {
  let high = 0;
  let band = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xa1 && b <= 0xbf) band++;
  }
  return band >= 3 && band / high > 0.25;
}

/** Each byte as the character with the same code (ISO-8859-1), the form the TCVN3 table is written in. */
function byteChars(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

const VIET = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;
const vietLetters = (s: string) => s.match(VIET)?.length ?? 0;

export function decodePlanText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), note: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), note: null };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), note: null };
  } catch {
    // not UTF-8: a legacy encoding
  }
  if (looksTcvn3(bytes)) {
    return {
      text: convertLegacy(byteChars(bytes), "tcvn3").normalize("NFC"),
      note: {
        vi:
          `Tệp "${name}" dùng bảng mã TCVN3 (ABC, phông .Vn…), không phải Unicode: đã chuyển sang Unicode để đọc; ` +
          "chữ hoa gõ bằng phông .VnTimeH có thể thành chữ thường, hãy xem lại. Bản lưu sẽ ở dạng UTF-8.",
        en:
          `"${name}" is in TCVN3 (ABC, .Vn fonts), not Unicode: converted to read it; capitals typed in .VnTimeH ` +
          "may have become lower case, check them. It is saved as UTF-8.",
      },
    };
  }
  // VNI (VNI-Windows fonts) stores its letters as Windows-1252 characters plus tone bytes ("Keá hoaïch").
  // Windows-1258 text can look like VNI to the detector: VNI wins only when it yields more Vietnamese letters.
  const text = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  const western = new TextDecoder("windows-1252").decode(bytes);
  const vni = detectLegacyEncoding(western) === "vni" ? convertLegacy(western, "vni").normalize("NFC") : null;
  if (vni !== null && vietLetters(vni) > vietLetters(text)) {
    return {
      text: vni,
      note: {
        vi:
          `Tệp "${name}" dùng bảng mã VNI (phông VNI-Times…), không phải Unicode: đã chuyển sang Unicode để đọc; ` +
          "hãy xem lại chữ có dấu. Bản lưu sẽ ở dạng UTF-8.",
        en:
          `"${name}" is in VNI (VNI-Times fonts), not Unicode: converted to read it; check the accents. ` +
          "It is saved as UTF-8.",
      },
    };
  }
  return {
    text,
    note: {
      vi:
        `Tệp "${name}" dùng bảng mã Windows-1258 (không phải Unicode): đã chuyển sang Unicode để đọc; bản ` +
        `lưu sẽ ở dạng UTF-8.`,
      en: `"${name}" is in Windows-1258, not Unicode: converted to read it. It is saved as UTF-8.`,
    },
  };
}
