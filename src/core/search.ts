/** Criterion search for pickers: by code ("1.4", "tc 1. 4") or by words, diacritic-insensitive. */
import type { Catalog } from "./types";
import { foldDiacritics, wordsOf } from "./text/normalize";

export interface CriterionHit {
  code: string;
  name: string;
  standard: number;
  standardName: string;
  score: number;
}

export function searchCriteria(catalog: Catalog, query: string, limit = 20): CriterionHit[] {
  const q = foldDiacritics(String(query ?? ""));
  const codeMatch = /(\d+)\s*\.\s*(\d+)/.exec(q);
  const words = wordsOf(q).filter((w) => !/^(tieu|chi|tc|chuan)$/.test(w) && !/^\d+(\.\d+)?$/.test(w));
  const hits: CriterionHit[] = [];
  for (const s of catalog.standards) {
    for (const c of s.criteria) {
      let score = 0;
      if (codeMatch) {
        const code = `${Number(codeMatch[1])}.${Number(codeMatch[2])}`;
        if (c.code === code) score += 100;
        else if (c.code.startsWith(`${Number(codeMatch[1])}.`)) score += 1;
      } else {
        const single = /^(\d+)$/.exec(q.trim());
        if (single && c.code.startsWith(`${single[1]}.`)) score += 10;
      }
      if (words.length) {
        const name = foldDiacritics(c.name);
        let matched = 0;
        for (const w of words) if (name.includes(w)) matched++;
        if (matched === 0 && !codeMatch) continue;
        score += (matched / words.length) * 50 + (name.startsWith(words[0]) ? 5 : 0);
      }
      if (!q.trim()) score = 1;
      if (score > 0) hits.push({ code: c.code, name: c.name, standard: s.number, standardName: s.name, score });
    }
  }
  hits.sort((a, b) => b.score - a.score || compareCodes(a.code, b.code));
  return hits.slice(0, limit);
}

export function compareCodes(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}
