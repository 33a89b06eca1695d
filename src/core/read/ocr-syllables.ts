/**
 * OCR often loses the space between two Vietnamese words ("Tiêuchuấn", "phóhiệu"). A Vietnamese word is one
 * syllable, so a run of letters with Vietnamese marks that is not one syllable but parses as several is split
 * back: the parse with fewest syllables starting with a vowel, then longest first syllables, each syllable with at
 * most one tone mark and the spelling rules of its initial (gh/ngh/k before e, i, y only).
 */
import { foldDiacritics } from "../text/normalize";
import { KNOWN_SYLLABLES } from "./ocr-lexicon";

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?([aeiouy]{1,3})(ng|nh|ch|[cmnpt])?/;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const VIETNAMESE_MARK = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const tones = (s: string) => [...s].filter((ch) => TONE.test(ch.normalize("NFD"))).length;

/** All syllable lengths that can start at `i` of the folded lower-case word. */
function candidates(f: string, i: number): { len: number; vowelStart: boolean; initial: number }[] {
  const out: { len: number; vowelStart: boolean; initial: number }[] = [];
  const m = SYLLABLE.exec(f.slice(i));
  if (!m) return out;
  const init = m[1] ?? "";
  const nucleus = m[2];
  if ((init === "gh" || init === "ngh" || init === "k") && !/^[eiy]/.test(nucleus)) return out;
  if (init === "c" && /^[eiy]/.test(nucleus)) return out;
  // Every shorter nucleus and final is a candidate too (the regex is greedy).
  for (let n = nucleus.length; n >= 1; n--) {
    const base = init.length + n;
    // iê, yê, uô, ươ (folded ie, ye, uo, uye) never end a syllable: "chiê" is half of "chiến".
    if (!["ie", "ye", "uo", "uye"].includes(nucleus.slice(0, n)))
      out.push({ len: base, vowelStart: !init, initial: init.length });
    // A nucleus ending in a glide (iêu, ai, ươi …) takes no final consonant; uô, uy, oo do.
    const glide = /[iouy]$/.test(nucleus.slice(0, n)) && n >= 2 && !["uo", "uy", "oo"].includes(nucleus.slice(0, n));
    if (n === nucleus.length && !glide) {
      for (const fin of ["ng", "nh", "ch", "c", "m", "n", "p", "t"])
        if (f.startsWith(fin, i + base)) out.push({ len: base + fin.length, vowelStart: !init, initial: init.length });
    }
  }
  return out;
}

/** The syllables of a letter run, or null when it is one syllable or does not parse. */
function split(run: string): string[] | null {
  const f = foldDiacritics(run).toLowerCase();
  if (f.length !== run.length || run.length < 4 || !VIETNAMESE_MARK.test(run)) return null;
  type Best = { vowelStarts: number; unknown: number; initials: number; parts: number[] } | null;
  const memo = new Map<number, Best>();
  const solve = (i: number): Best => {
    if (i === f.length) return { vowelStarts: 0, unknown: 0, initials: 0, parts: [] };
    if (memo.has(i)) return memo.get(i)!;
    let best: Best = null;
    for (const c of candidates(f, i).sort((a, b) => b.len - a.len)) {
      if (tones(run.slice(i, i + c.len)) > 1) continue;
      const rest = solve(i + c.len);
      if (!rest) continue;
      const score = {
        vowelStarts: rest.vowelStarts + (c.vowelStart && i > 0 ? 1 : 0),
        unknown: rest.unknown + (KNOWN_SYLLABLES.has(run.slice(i, i + c.len).toLowerCase()) ? 0 : 1),
        initials: rest.initials + c.initial,
        parts: [c.len, ...rest.parts],
      };
      // Fewest syllables starting with a vowel, then fewest unknown syllables, then fewest syllables, then the
      // longest initials ("tố chuyên").
      const better =
        !best ||
        score.vowelStarts - best.vowelStarts ||
        score.unknown - best.unknown ||
        score.parts.length - best.parts.length ||
        best.initials - score.initials;
      if (better === true || (typeof better === "number" && better < 0)) best = score;
    }
    memo.set(i, best);
    return best;
  };
  const best = solve(0);
  if (!best || best.parts.length < 2 || best.vowelStarts > 0) return null;
  const out: string[] = [];
  let at = 0;
  for (const n of best.parts) {
    out.push(run.slice(at, at + n));
    at += n;
  }
  return out;
}

/** The word with glued Vietnamese syllables split by spaces; commas and the like get a space after them too. */
export function splitGluedWords(word: string): string {
  return word
    .replace(/([,;:])(?=[A-Za-zÀ-ỹĐđ])/g, "$1 ")
    .replace(/[A-Za-zÀ-ỹĐđ]+/g, (run) => split(run)?.join(" ") ?? run);
}
