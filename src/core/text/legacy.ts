/**
 * Legacy Vietnamese encodings typed with old fonts: TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times").
 * Text in those fonts arrives in Unicode documents as Latin-1 look-alike characters.
 */
import { LETTER_CLASS_ES2017, modernRegExp } from "./regex-compat";
import { StringBuilder } from "./builder";

// TCVN3 (ABC) lower-case table: legacy char → Unicode. Upper-case letters in TCVN3 use separate fonts
// (.VnTimeH) with the same code points, so only the lower-case mapping is meaningful here.
const TCVN3_PAIRS: [string, string][] = [
  ["¸", "á"],
  ["µ", "à"],
  ["¶", "ả"],
  ["·", "ã"],
  ["¹", "ạ"],
  ["¨", "ă"],
  ["¾", "ắ"],
  ["»", "ằ"],
  ["¼", "ẳ"],
  ["½", "ẵ"],
  ["Æ", "ặ"],
  ["©", "â"],
  ["Ê", "ấ"],
  ["Ç", "ầ"],
  ["È", "ẩ"],
  ["É", "ẫ"],
  ["Ë", "ậ"],
  ["®", "đ"],
  ["Ð", "é"],
  ["Ì", "è"],
  ["Î", "ẻ"],
  ["Ï", "ẽ"],
  ["Ñ", "ẹ"],
  ["ª", "ê"],
  ["Õ", "ế"],
  ["Ò", "ề"],
  ["Ó", "ể"],
  ["Ô", "ễ"],
  ["Ö", "ệ"],
  ["Ý", "í"],
  ["×", "ì"],
  ["Ø", "ỉ"],
  ["Ü", "ĩ"],
  ["Þ", "ị"],
  ["ã", "ó"],
  ["ß", "ò"],
  ["á", "ỏ"],
  ["â", "õ"],
  ["ä", "ọ"],
  ["«", "ô"],
  ["è", "ố"],
  ["å", "ồ"],
  ["æ", "ổ"],
  ["ç", "ỗ"],
  ["é", "ộ"],
  ["¬", "ơ"],
  ["í", "ớ"],
  ["ê", "ờ"],
  ["ë", "ở"],
  ["ì", "ỡ"],
  ["î", "ợ"],
  ["ó", "ú"],
  ["ï", "ù"],
  ["ñ", "ủ"],
  ["ò", "ũ"],
  ["ô", "ụ"],
  ["\u00AD", "ư"],
  ["ø", "ứ"],
  ["õ", "ừ"],
  ["ö", "ử"],
  ["÷", "ữ"],
  ["ù", "ự"],
  ["ý", "ý"],
  ["ú", "ỳ"],
  ["û", "ỷ"],
  ["ü", "ỹ"],
  ["þ", "ỵ"],
  ["§", "Đ"],
  ["¡", "Ă"],
  ["¢", "Â"],
  ["£", "Ê"],
  ["¤", "Ô"],
  ["¥", "Ơ"],
  ["¦", "Ư"],
];
const TCVN3 = new Map(TCVN3_PAIRS);
/** Characters that (almost) never occur in real Vietnamese Unicode text but are frequent in TCVN3 text. */
const TCVN3_MARKERS = /[¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉË®ÌÎÏÑªÒÓÔÖ×ØÜÞßäå«æç¬îïñôõö÷ùúûüþ§¡¢£¤¥¦]/g;

// VNI (VNI-Times): ô/Ô = ơ/Ơ, ö/Ö = ư/Ư, ñ/Ñ = đ/Đ; after a vowel: â/Â = circumflex, ê/Ê = breve;
// tone markers ù/Ù sắc, ø/Ø huyền, û/Û hỏi, õ/Õ ngã, ï/Ï nặng.
const VNI_TONES: Record<string, string> = {
  ù: "\u0301",
  ø: "\u0300",
  û: "\u0309",
  õ: "\u0303",
  ï: "\u0323",
  Ù: "\u0301",
  Ø: "\u0300",
  Û: "\u0309",
  Õ: "\u0303",
  Ï: "\u0323",
};
const VNI_LETTERS: Record<string, string> = { ô: "ơ", Ô: "Ơ", ö: "ư", Ö: "Ư", ñ: "đ", Ñ: "Đ" };

export type LegacyEncoding = "tcvn3" | "vni";

function countMatches(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

const VNI_WORDS = new RegExp(
  String.raw`\b(?:tröôø?ng|hoï?c|giaù?o|duï?c|chaá?t|löôï?ng|tieâ?u|chuaå?n|keá|hoaï?ch|naê?m|thaù?ng|ngaø?y|` +
    String.raw`vieä?t|nam|ñoä?c|ñaï?t|möù?c|caû?i|tieá?n|cuû?a|vaø|nhaø|ñeà|coâng)\b`,
  "gi",
);

/**
 * Detects text typed in a legacy font. Conservative: ordinary Vietnamese or English text returns null.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  const text = String(s ?? "");
  if (text.length < 4) return null;
  // Fast path: neither TCVN3 marker characters nor VNI tone bytes present.
  if (!/[¸µ¶·¹¨¾»¼½Æ©®ÑªÖ×ØÜÞßäå«æç¬îïñöøûüþ§¡¢£¤¥¦\u00AD]/.test(text)) return null;
  // Real Vietnamese Unicode letters outside Latin-1 (ạ, ư, ơ, đ, ế …) mean the text is Unicode.
  const unicodeViet = countMatches(
    text,
    /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g,
  );
  const vniHits = countMatches(text, VNI_WORDS);
  const vniPairs = countMatches(text, /[aeiouy][âêôöø][ùøûõï]|ñ[aeoiuöô]/gi);
  if (vniHits + vniPairs >= 2 && vniHits + vniPairs > unicodeViet) return "vni";
  const tcvnHits = countMatches(text, TCVN3_MARKERS);
  const letters = countMatches(text, modernRegExp("\\p{L}", "gu", `[${LETTER_CLASS_ES2017}]`)) || 1;
  if (tcvnHits >= 2 && tcvnHits / letters > 0.04 && tcvnHits > unicodeViet * 2) return "tcvn3";
  return null;
}

function convertVni(s: string): string {
  const out = new StringBuilder();
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    const isMarkerLetter = VNI_LETTERS[c] !== undefined;
    if (isMarkerLetter) c = VNI_LETTERS[c];
    if (/[aeiouyAEIOUYơƠưƯ]/.test(c)) {
      let base = c;
      let j = i + 1;
      const next = s[j];
      if (next && "âÂ".includes(next) && "aeoAEO".includes(c)) {
        base += "\u0302";
        j++;
      } else if (next && "êÊ".includes(next) && "aA".includes(c)) {
        base += "\u0306";
        j++;
      }
      const tone = s[j];
      if (tone && VNI_TONES[tone] !== undefined) {
        base += VNI_TONES[tone];
        j++;
      }
      out.push(base.normalize("NFC"));
      i = j - 1;
      continue;
    }
    out.push(c);
  }
  return out.toString();
}

/** Converts legacy-encoded text to Unicode (NFC). */
export function convertLegacy(s: string, enc: LegacyEncoding): string {
  const text = String(s ?? "");
  if (enc === "tcvn3") {
    const out = new StringBuilder();
    for (const ch of text) out.push(TCVN3.get(ch) ?? ch);
    return out.toString().normalize("NFC");
  }
  return convertVni(text).normalize("NFC");
}
