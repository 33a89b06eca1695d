/**
 * Every rule message table ({rule, vi, en, suggestion?: {vi, en}}, one per rule family) has both languages for every
 * entry: non-empty, and the English not a copy of the Vietnamese; every fix shows the same parameters in both. Entries taking parameters are called with sample
 * parameters (the first kind of sample every parameter accepts: strings, numbers, lists, flags).
 */
import type { MessageTable } from "../../src/core/rules/finding";
import * as budget from "../../src/core/rules/budget";
import * as criterion from "../../src/core/rules/criterion";
import * as doc from "../../src/core/rules/doc";
import * as index from "../../src/core/rules/index";
import * as plan from "../../src/core/rules/plan";
import * as table from "../../src/core/rules/table";
import * as target from "../../src/core/rules/target";
import * as timeline from "../../src/core/rules/timeline";
import * as unfilled from "../../src/core/rules/unfilled";
import * as tt57 from "../../src/core/tt57/rules";
import * as tt57Next from "../../src/core/tt57/checks";
import * as assess from "../../src/core/assess/checks";
import * as docparts from "../../src/core/docparts/index";
import { BOARD_NOTES } from "../../src/core/assess/board";
import { LEVELS_PROBLEMS } from "../../src/core/assess/levels";

const MODULES: Record<string, Record<string, unknown>> = {
  budget,
  criterion,
  doc,
  index,
  plan,
  table,
  target,
  timeline,
  unfilled,
  tt57,
  tt57Next,
  assess,
  docparts,
};

/** Every exported `…_TEXT` table of the modules above. */
const TABLES: [string, MessageTable][] = Object.entries(MODULES).flatMap(([mod, exports]) =>
  Object.entries(exports)
    .filter(([name]) => /_TEXT$/.test(name))
    .map(([name, value]): [string, MessageTable] => [`${mod}.${name}`, value as MessageTable]),
);

const SAMPLES: unknown[] = ["1.1", 2, ["1.1", "1.2"], true];
type Text = string | ((...args: unknown[]) => string | null);

/** The texts with the first sample kind all their functions accept (same kind for every parameter). */
function render(...texts: (Text | undefined)[]): (string | null | undefined)[] {
  for (const sample of SAMPLES) {
    const args = Array.from({ length: 6 }, () => sample);
    try {
      return texts.map((t) => (typeof t === "function" ? t(...args) : t));
    } catch {
      // a parameter of another kind: next sample
    }
  }
  throw new Error("no sample parameters fit");
}

const entries = TABLES.flatMap(([name, t]) => Object.entries(t).map(([key, e]) => [`${name}.${key}`, e] as const));

describe("rule message tables", () => {
  it("are found (one per rule family)", () => {
    expect(TABLES.map(([name]) => name).sort()).toEqual(
      [
        "assess.ASSESS_TEXT",
        "budget.BUDGET_TEXT",
        "criterion.CRITERION_TEXT",
        "doc.DOC_TEXT",
        "docparts.DOCPARTS_TEXT",
        "index.RULES_TEXT",
        "plan.PLAN_TEXT",
        "table.TABLE_TEXT",
        "target.TARGET_TEXT",
        "timeline.TIMELINE_TEXT",
        "tt57.TT57_TEXT",
        "tt57Next.TT57_NEXT_TEXT",
        "unfilled.UNFILLED_TEXT",
      ].sort(),
    );
  });

  it.each(entries)("%s: a rule id, Vietnamese and English, both non-empty and different", (_name, entry) => {
    expect(entry.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9-]+$/);
    const [vi, en] = render(entry.vi as Text, entry.en as Text);
    for (const text of [vi, en]) {
      expect(typeof text).toBe("string");
      expect(text!.trim()).not.toBe("");
    }
    expect(en).not.toBe(vi);
    expect(vi).toMatch(/[\u00c0-\u1ef9]/); // Vietnamese first: the Vietnamese text has its diacritics
  });
});

/**
 * A sample parameter that can stand for any kind a text takes: it prints as its marker "⟦i⟧" (a string, a number, a
 * one-item list, a flag that is set) and, as a {vi, en} text, as "⟦i:vi⟧" / "⟦i:en⟧".
 */
function chameleon(i: number): unknown {
  const marker = `⟦${i}⟧`;
  return Object.assign([marker], {
    vi: `⟦${i}:vi⟧`,
    en: `⟦${i}:en⟧`,
    startsWith: (x: string) => marker.startsWith(x),
    padStart: () => marker,
  });
}
const CHAMELEONS = Array.from({ length: 6 }, (_, i) => chameleon(i));
/** A text with the sample parameters; a text that is one parameter as given is that parameter printed. */
function textWith(t: Text, args: unknown[]): string | null {
  const out = typeof t === "function" ? t(...args) : t;
  return CHAMELEONS.includes(out) ? String(out) : out;
}
/** The parameters a text shows, by position; which language each {vi, en} parameter was shown in. */
function shown(text: string): { params: number[]; langs: string[] } {
  const found = [...text.matchAll(/⟦(\d)(?::(vi|en))?⟧/g)];
  return {
    params: [...new Set(found.map((m) => Number(m[1])))].sort(),
    langs: [...new Set(found.map((m) => m[2]).filter(Boolean))],
  };
}
/** Letters only Vietnamese has: none may be in an English fix outside quotes (quoted legal texts, plan wording). */
const VIETNAMESE_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"/g, "");

describe("rule fixes (suggestions)", () => {
  const fixes = entries.filter(([, e]) => e.suggestion !== undefined);
  it("are found in most tables", () => {
    expect(fixes.length).toBeGreaterThan(60);
  });

  it.each(fixes)("%s: Vietnamese and English, showing the same parameters", (_name, entry) => {
    const fix = entry.suggestion as unknown as { vi: Text; en: Text };
    expect(Object.keys(fix).sort()).toEqual(["en", "vi"]);
    const vi = textWith(fix.vi, CHAMELEONS);
    const en = textWith(fix.en, CHAMELEONS);
    for (const text of [vi, en]) {
      expect(typeof text).toBe("string");
      expect(text!.trim()).not.toBe("");
    }
    expect(en).not.toBe(vi);
    expect(shown(en!).params).toEqual(shown(vi!).params);
    // A parameter given in both languages is shown in the fix's own language.
    expect(shown(vi!).langs).not.toContain("en");
    expect(shown(en!).langs).not.toContain("vi");
    expect(unquoted(en!)).not.toMatch(VIETNAMESE_ONLY);
    // Vietnamese first: the Vietnamese fix has its diacritics, unless it is only a parameter (a hint, a line to write).
    if (vi!.replace(/⟦[^⟧]*⟧/g, "").trim()) expect(vi).toMatch(/[\u00c0-\u1ef9]/);
  });
});

describe("the gap board's notes and the level reader's problems", () => {
  const notes = [...Object.entries(BOARD_NOTES), ...Object.entries(LEVELS_PROBLEMS)];
  it.each(notes)("%s: Vietnamese and English, showing the same parameters", (_name, text) => {
    const { vi, en } = text as unknown as { vi: Text; en: Text };
    const [saidVi, saidEn] = [textWith(vi, CHAMELEONS), textWith(en, CHAMELEONS)];
    for (const said of [saidVi, saidEn]) {
      expect(typeof said).toBe("string");
      expect(said!.trim()).not.toBe("");
    }
    expect(saidEn).not.toBe(saidVi);
    expect(saidVi).toMatch(/[\u00c0-\u1ef9]/);
    expect(shown(saidEn!).params).toEqual(shown(saidVi!).params);
    expect(shown(saidVi!).langs).not.toContain("en");
    expect(shown(saidEn!).langs).not.toContain("vi");
    expect(unquoted(saidEn!)).not.toMatch(VIETNAMESE_ONLY);
  });
});
