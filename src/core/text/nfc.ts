/**
 * NFC without the engine's normaliser where it cannot change anything. Code points below U+0300 (Latin up to IPA and
 * the spacing modifiers) and U+1E00–U+1EFF (Latin Extended Additional: the precomposed Vietnamese letters) are their
 * own NFC, none is a combining mark and none composes with another (tested over every pair in
 * test/core/pdf-text.test.ts): text made only of them is NFC, alone and next to any other such text.
 */
export function alwaysNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** `s.normalize("NFC")`, without the call (and the copy) for text alwaysNfc tells is already NFC. */
export const nfc = (s: string): string => (alwaysNfc(s) ? s : s.normalize("NFC"));
