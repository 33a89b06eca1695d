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

// Built once (every target cell of a plan is parsed; none of these is used with lastIndex but LEVELS, by matchAll,
// which copies it and leaves it at 0).
const RAISED = new RegExp(`(?:tu|nang tu)\\s*${LV}\\s*(?:len|den|thanh)\\s*${LV}`);
const KEPT = new RegExp(`duy tri\\s*(?:o\\s*)?(?:dat\\s*)?${LV}`);
const COMPARED = new RegExp(`${LV}[^.;]*?so voi\\s*${LV}`);
const CURRENT = new RegExp(`(?:hien trang|hien tai|hien nay|hien dang)\\s*(?:la|dat|dang dat|:)?\\s*${LV}`);
const LEVELS = new RegExp(LV, "g");

export function parseTarget(text: string): TargetParse {
  try {
    const f = foldDiacritics(String(text ?? "").slice(0, 2000));
    if (!f) return { level: null, current: null };
    let m = RAISED.exec(f);
    if (m) return { level: NUM[m[2]], current: NUM[m[1]] };
    m = KEPT.exec(f);
    if (m) return { level: NUM[m[1]], current: NUM[m[1]] };
    m = COMPARED.exec(f);
    if (m) return { level: NUM[m[1]], current: NUM[m[2]] };
    const cur = CURRENT.exec(f);
    const all = [...f.matchAll(LEVELS)];
    const lvl = all.find((x) => !cur || x.index !== cur.index + cur[0].lastIndexOf(x[0]));
    const level = lvl ? NUM[lvl[1]] : null;
    return { level: level ?? null, current: cur ? NUM[cur[1]] : null };
  } catch {
    return { level: null, current: null };
  }
}
