/**
 * The one school context of a document (level, school year → regime, school): detected from the document when it
 * says, chosen by the user otherwise, shown at the top and used by every action. What the user chose wins over what
 * a document says; fields nobody set stay "default" and are only used where the document is silent.
 */
import * as React from "react";
import type { Plan, Regime, SchoolContext, SchoolLevel } from "../../core/types";
import { regimeForYear, schoolYearOf } from "../../core/context";

export type FieldSource = "user" | "detected" | "default";

export interface ContextState {
  level: SchoolLevel | "";
  /** As the user typed it; `schoolYear` below is the normalised form. */
  yearText: string;
  school: string | null;
  source: { level: FieldSource; year: FieldSource };
}

/** "2026 – 2027", "2026–2027", "2026 - 2027" → "2026-2027"; null unless the second year follows the first. */
export function normalizeSchoolYear(text: string): string | null {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/.exec(text);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return `${m[1]}-${m[2]}`;
}

export function initialContext(today = new Date()): ContextState {
  return { level: "", yearText: schoolYearOf(today), school: null, source: { level: "default", year: "default" } };
}

export interface SchoolContextApi {
  state: ContextState;
  schoolYear: string | null;
  regime: Regime | null;
  /** The context every action uses (insert, dropdowns, check, search, templates). */
  context: SchoolContext;
  setLevel(level: SchoolLevel | ""): void;
  setYear(text: string): void;
  /** What a read must not second-guess: the user's choices and what this document already told us. */
  overrides(): Partial<SchoolContext>;
  /** Fallbacks for a document that says nothing (the default school year, a level chosen earlier). */
  fallbacks(): Partial<SchoolContext>;
  /** Takes what a plan was checked with (so the bar shows what the rules used). */
  adopt(plan: Plan): void;
  /** A new document: forget everything, then take what it says. */
  reset(plan?: Plan | null): void;
}

function fromPlan(prev: ContextState, plan: Plan, keepUser: boolean): ContextState {
  const c = plan.context;
  const src = plan.contextSource ?? {};
  const next: ContextState = { ...prev, source: { ...prev.source }, school: c.school ?? prev.school };
  // Detected in the document → "detected"; the value we passed in (a choice or a default) keeps its source.
  const sourceOf = (detected: boolean, same: boolean, was: FieldSource): FieldSource =>
    detected ? "detected" : same ? was : "user";
  if (c.level && !(keepUser && prev.source.level === "user")) {
    next.source.level = sourceOf(src.level === "detected", c.level === prev.level, prev.source.level);
    next.level = c.level;
  }
  if (c.schoolYear && !(keepUser && prev.source.year === "user")) {
    next.source.year = sourceOf(
      src.schoolYear === "detected",
      c.schoolYear === normalizeSchoolYear(prev.yearText),
      prev.source.year,
    );
    next.yearText = c.schoolYear;
  }
  return next;
}

/** What a brand-new document falls back on where it says nothing: today's school year. */
export function defaultFallbacks(today = new Date()): Partial<SchoolContext> {
  return pick(initialContext(today), () => true);
}

export function contextOf(state: ContextState): SchoolContext {
  const year = normalizeSchoolYear(state.yearText);
  return {
    level: state.level || null,
    regime: year ? regimeForYear(year) : null,
    schoolYear: year,
    school: state.school,
  };
}

export function useSchoolContext(initial: ContextState = initialContext()): SchoolContextApi {
  const [state, setState] = React.useState<ContextState>(initial);
  const ref = React.useRef(state);
  ref.current = state;
  const context = contextOf(state);
  return {
    state,
    schoolYear: context.schoolYear,
    regime: context.regime,
    context,
    setLevel: (level) => setState((s) => ({ ...s, level, source: { ...s.source, level: "user" } })),
    setYear: (yearText) => setState((s) => ({ ...s, yearText, source: { ...s.source, year: "user" } })),
    overrides: () => pick(ref.current, (f) => f !== "default"),
    fallbacks: () => pick(ref.current, () => true),
    adopt: (plan) => setState((s) => fromPlan(s, plan, true)),
    reset: (plan) => setState(() => (plan ? fromPlan(initialContext(), plan, false) : initialContext())),
  };
}

function pick(s: ContextState, want: (f: FieldSource) => boolean): Partial<SchoolContext> {
  const out: Partial<SchoolContext> = {};
  const year = normalizeSchoolYear(s.yearText);
  if (s.level && want(s.source.level)) out.level = s.level;
  if (year && want(s.source.year)) {
    out.schoolYear = year;
    out.regime = regimeForYear(year);
  }
  return out;
}

/** Whether a plan still lacks a field the fallbacks could give. */
export function needsFallback(plan: Plan, fallbacks: Partial<SchoolContext>): boolean {
  return Boolean((!plan.context.level && fallbacks.level) || (!plan.context.schoolYear && fallbacks.schoolYear));
}
