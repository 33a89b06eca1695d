/**
 * Regular expressions that need ES2018 syntax (lookbehind, Unicode property escapes \p{…}) are built at run time
 * from strings, so every production chunk still PARSES as ES2017: Office on Windows before WebView2 runs the pane
 * in EdgeHTML 18, where one such regex literal is a syntax error that blanks the whole pane (issue 11, defect 4).
 * Modern engines (WebView2, Chromium, Safari, Node) get exactly the modern pattern; an ES2017 engine gets the
 * given fallback (letters of Latin and Vietnamese instead of \p{L}, no lookbehind).
 */

/** Latin letters with every Vietnamese letter (Latin-1, Latin Extended-A/B, Latin Extended Additional). */
export const LETTER_CLASS_ES2017 = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";
/** Capitals of the same ranges (Latin Extended Additional interleaves cases: the whole block is kept). */
export const UPPER_CLASS_ES2017 = "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u1E00-\\u1EFF";

export function modernRegExp(
  source: string,
  flags: string,
  fallback: string,
  fallbackFlags = flags.replace("u", ""),
): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(fallback, fallbackFlags);
  }
}

/** Whether this engine has lookbehind (ES2018; EdgeHTML's ES2017 has none and throws on it). */
export const HAS_LOOKBEHIND = (() => {
  try {
    return new RegExp("(?<!a)b").test("b");
  } catch {
    return false;
  }
})();
