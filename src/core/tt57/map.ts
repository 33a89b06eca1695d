/**
 * 2018 criterion → likely TT57 criterion (a suggestion, always "cần rà soát"). First the TT57 standard whose name
 * is closest to the 2018 standard's, then, inside it, the criterion whose name and requirement texts are closest.
 * Vietnamese words are mostly two syllables: syllable pairs count next to single syllables.
 */
import type { Catalog, StandardDef } from "../types";
import { wordsOf } from "../text/normalize";

const STOP = new Set(["va", "cua", "cac", "cho", "trong", "voi", "doi", "theo", "co", "nha", "truong", "khac", "duoc"]);

function terms(s: string): Set<string> {
  const w = wordsOf(s).filter((x) => !/^\d/.test(x));
  const out = new Set<string>();
  w.forEach((x, i) => {
    if (!STOP.has(x) && x.length > 1) out.add(x);
    if (i + 1 < w.length) out.add(`${x} ${w[i + 1]}`);
  });
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += x.includes(" ") ? 2 : 1;
  return n / Math.sqrt(Math.max(1, a.size) * Math.max(1, b.size));
}

export interface Tt57Suggestion {
  code: string;
  name: string;
  score: number;
}

interface Entry {
  std: StandardDef;
  stdTerms: Set<string>;
  criteria: { code: string; name: string; nameTerms: Set<string>; reqTerms: Set<string> }[];
}
const cache = new WeakMap<Catalog, Entry[]>();

function index(tt57: Catalog): Entry[] {
  let idx = cache.get(tt57);
  if (!idx) {
    idx = tt57.standards.map((std) => ({
      std,
      stdTerms: terms(`${std.name} ${std.criteria.map((c) => c.name).join(" ")}`),
      criteria: std.criteria.map((c) => ({ code: c.code, name: c.name, nameTerms: terms(c.name), reqTerms: terms(c.levels.map((l) => l.items.join(" ")).join(" ")) })),
    }));
    cache.set(tt57, idx);
  }
  return idx;
}

export function suggestTt57Criterion(name2018: string, standardName2018: string, tt57: Catalog): Tt57Suggestion | null {
  const w = terms(name2018);
  if (!w.size) return null;
  const sw = terms(`${standardName2018} ${name2018}`);
  // The head of a Vietnamese name is its first two syllables ("Kết quả giáo dục" is about "kết quả").
  const head = wordsOf(name2018).slice(0, 2).join(" ");
  let best: Tt57Suggestion | null = null;
  for (const e of index(tt57)) {
    const stdScore = overlap(sw, e.stdTerms);
    for (const c of e.criteria) {
      const score = 1.2 * overlap(w, c.nameTerms) + 0.8 * overlap(w, c.reqTerms) + 1.0 * stdScore + (head.includes(" ") && c.nameTerms.has(head) ? 0.5 : 0);
      if (!best || score > best.score) best = { code: c.code, name: c.name, score };
    }
  }
  return best && best.score >= 0.1 ? best : null;
}
