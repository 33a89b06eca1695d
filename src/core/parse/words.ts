/** Vietnamese number words: reading amounts written in words, and writing totals in words. */
import { LETTER_CLASS_ES2017, modernRegExp } from "../text/regex-compat";

const DIGITS: Record<string, number> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

const NUMBER_WORDS =
  "((?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|" +
  "triệu|tỷ|tỉ)(?:\\s+|$))+)";
/** A run of number words (\p{L} built at run time, see regex-compat). */
export const NUMBER_WORD_RE = modernRegExp(
  "(?:^|[^\\p{L}])" + NUMBER_WORDS,
  "giu",
  `(?:^|[^${LETTER_CLASS_ES2017}])` + NUMBER_WORDS,
);

/** "mười triệu đồng" → 10000000; "một tỷ năm trăm triệu" → 1500000000; null when not a number phrase. */
export function parseVietnameseNumberWords(text: string): number | null {
  const words = String(text ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/đồng|vnđ|vnd/g, " ")
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!words.length) return null;
  let total = 0;
  let small = 0;
  let cur = 0;
  let seen = false;
  let last = "";
  for (const w of words) {
    if (w in DIGITS) {
      if (last in DIGITS) return null; // "năm năm": not a number phrase
      cur = DIGITS[w];
      seen = true;
    } else if (w === "mười") {
      small += 10;
      seen = true;
    } else if (w === "mươi") {
      small += (cur || 1) * 10;
      cur = 0;
    } else if (w === "trăm") {
      small += (cur || 1) * 100;
      cur = 0;
      seen = true;
    } else if (w === "linh" || w === "lẻ") {
      // zero tens
    } else if (w in SCALES) {
      const v = small + cur;
      total += (v || 1) * SCALES[w];
      small = 0;
      cur = 0;
      seen = true;
    } else {
      return null;
    }
    last = w;
  }
  if (!seen) return null;
  return total + small + cur;
}

const UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

function readTriple(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (full || h > 0) out.push(UNITS[h], "trăm");
  if (t === 0) {
    if (u > 0 && (full || h > 0)) out.push("linh", UNITS[u]);
    else if (u > 0) out.push(UNITS[u]);
  } else if (t === 1) {
    out.push("mười");
    if (u === 5) out.push("lăm");
    else if (u > 0) out.push(UNITS[u]);
  } else {
    out.push(UNITS[t], "mươi");
    if (u === 1) out.push("mốt");
    else if (u === 5) out.push("lăm");
    else if (u > 0) out.push(UNITS[u]);
  }
  return out.join(" ");
}

/** 10000000 → "Mười triệu đồng"; 0 → "Không đồng". Integers only (rounded); negative → "Âm …". */
export function vndInWords(n: number): string {
  if (!Number.isFinite(n)) return "";
  let v = Math.round(Math.abs(n));
  if (v === 0) return "Không đồng";
  const groups: number[] = [];
  while (v > 0) {
    groups.push(v % 1000);
    v = Math.floor(v / 1000);
  }
  const scaleNames = ["", "nghìn", "triệu", "tỷ"];
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    // scale for group i: cycles nghìn/triệu/tỷ, "nghìn tỷ" etc. beyond 10^12
    const cycle = i % 3 === 0 && i > 0 ? "tỷ" : scaleNames[i % 3];
    const tyCount = Math.floor(i / 3);
    if (g === 0) continue;
    let words = readTriple(g, i < groups.length - 1);
    if (i > 0) {
      const scale = i % 3 === 0 ? Array(tyCount).fill("tỷ").join(" ") : [cycle, ...Array(tyCount).fill("tỷ")].join(" ");
      words += " " + scale;
    }
    parts.push(words);
  }
  const s = parts.filter(Boolean).join(" ").replace(/\s+/g, " ").trim() + " đồng";
  return n < 0 ? "Âm " + s : s.charAt(0).toUpperCase() + s.slice(1);
}
