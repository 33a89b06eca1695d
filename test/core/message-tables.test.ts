/**
 * Every rule message table ({rule, vi, en, suggestion?}, one per rule family) has both languages for every entry:
 * non-empty, and the English not a copy of the Vietnamese. Entries taking parameters are called with sample
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

  const entries = TABLES.flatMap(([name, t]) => Object.entries(t).map(([key, e]) => [`${name}.${key}`, e] as const));

  it.each(entries)("%s: a rule id, Vietnamese and English, both non-empty and different", (_name, entry) => {
    expect(entry.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9-]+$/);
    const [vi, en, suggestion] = render(entry.vi as Text, entry.en as Text, entry.suggestion as Text | undefined);
    for (const text of [vi, en]) {
      expect(typeof text).toBe("string");
      expect(text!.trim()).not.toBe("");
    }
    expect(en).not.toBe(vi);
    expect(vi).toMatch(/[\u00c0-\u1ef9]/); // Vietnamese first: the Vietnamese text has its diacritics
    if (entry.suggestion !== undefined) {
      expect(typeof suggestion).toBe("string");
      expect(suggestion!.trim()).not.toBe("");
    }
  });
});

describe("Vietnamese-only note tables (the gap board shows them in Vietnamese only)", () => {
  const notes = [...Object.entries(BOARD_NOTES), ...Object.entries(LEVELS_PROBLEMS)];
  it.each(notes)("%s is non-empty Vietnamese", (_name, text) => {
    const [out] = render(text as Text);
    expect(typeof out).toBe("string");
    expect(out!.trim()).not.toBe("");
    expect(out).toMatch(/[\u00c0-\u1ef9]/);
  });
});
