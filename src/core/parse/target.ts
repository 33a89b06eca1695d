/** Target cells ("Kết quả cần đạt", TT57 "Mục tiêu cải tiến"): the level aimed at and the current one. */
import type { TargetParse } from "../types";
import { foldDiacritics } from "../text/normalize";

const NUM: Record<string, number> = {
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
};
const LV = "(?:muc|cap do|muc do)\\s*(iv|iii|ii|i|[1-4]|mot|hai|ba|bon)\\b";

export function parseTarget(text: string): TargetParse {
  try {
    const f = foldDiacritics(String(text ?? "").slice(0, 2000));
    if (!f) return { level: null, current: null };
    let m = new RegExp(`(?:tu|nang tu)\\s*${LV}\\s*(?:len|den|thanh)\\s*${LV}`).exec(f);
    if (m) return { level: NUM[m[2]], current: NUM[m[1]] };
    m = new RegExp(`duy tri\\s*(?:o\\s*)?(?:dat\\s*)?${LV}`).exec(f);
    if (m) return { level: NUM[m[1]], current: NUM[m[1]] };
    m = new RegExp(`${LV}[^.;]*?so voi\\s*${LV}`).exec(f);
    if (m) return { level: NUM[m[1]], current: NUM[m[2]] };
    const cur = new RegExp(`(?:hien trang|hien tai|hien nay|hien dang)\\s*(?:la|dat|dang dat|:)?\\s*${LV}`).exec(f);
    const all = [...f.matchAll(new RegExp(LV, "g"))];
    const lvl = all.find((x) => !cur || x.index !== cur.index + cur[0].lastIndexOf(x[0]));
    const level = lvl ? NUM[lvl[1]] : null;
    return { level: level ?? null, current: cur ? NUM[cur[1]] : null };
  } catch {
    return { level: null, current: null };
  }
}
