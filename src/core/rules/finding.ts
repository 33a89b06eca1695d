/**
 * Shared helpers for rules: the rule context, cell addresses and the finding constructor.
 * Every rule family (criterion., target., timeline., budget., table., doc., plan., tt57.) uses these.
 */
import type { Catalog, CellPos, Finding, Plan, PlanCell, PlanRow, Severity } from "../types";
import type { LangText } from "../text/message";

export interface RuleContext {
  plan: Plan;
  /** The catalog of the plan's circular; null when level/regime are unknown. */
  catalog: Catalog | null;
  /** First calendar year of the plan's school year ("2025-2026" → 2025); null when unknown. */
  yearStart: number | null;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** 0-based column → "A", "B", … "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based grid position → "C12". */
export function cellRef(pos: CellPos | null | undefined): string | null {
  if (!pos || pos.row < 0 || pos.col < 0) return null;
  return `${columnLetter(pos.col)}${pos.row + 1}`;
}

export interface FindingInput {
  rule: string;
  severity: Severity;
  message: string;
  messageEn: string;
  /** The fix in both languages; null when there is nothing concrete to suggest. */
  suggestion?: LangText | null;
  cell?: PlanCell | CellPos | null;
  criterion?: string | null;
  standard?: number | null;
}

export function finding(input: FindingInput): Finding {
  const raw = input.cell ?? null;
  const pos: CellPos | null = raw ? ("pos" in raw ? raw.pos : raw) : null;
  return {
    rule: input.rule,
    severity: input.severity,
    ref: cellRef(pos),
    cell: pos ? { row: pos.row, col: pos.col } : null,
    criterion: input.criterion ?? null,
    standard: input.standard ?? null,
    message: input.message,
    messageEn: input.messageEn,
    suggestion: input.suggestion?.vi ?? null,
    suggestionEn: input.suggestion?.en ?? null,
  };
}

/** A message made from the finding's parameters. */
type Fn = (...args: any[]) => string;
/** A text of a rule message: fixed, or made from (some of) the parameters of the entry's Vietnamese text. */
type Text<V extends Fn> = string | ((...args: Parameters<V>) => string);

/**
 * One rule's message and its suggested fix, each in both languages. Each rule family keeps these in one table, one
 * entry per message, next to nothing else. Quoted legal texts and examples of what to write in the plan stay
 * Vietnamese in the English fix (between quotes); only our own wording is translated.
 */
export interface RuleText<V extends Fn = () => string> {
  rule: string;
  /** Takes every parameter of the entry (the others may take fewer): the parameters are typed from it. */
  vi: string | V;
  en: Text<V>;
  suggestion?: { vi: Text<V>; en: Text<V> };
}

/** A table of rule messages; `satisfies MessageTable` keeps each entry's parameter types. */
export type MessageTable = Record<string, RuleText<Fn>>;

const textOf = (t: string | Fn, args: unknown[]): string => (typeof t === "function" ? t(...args) : t);

/** The rule id, both messages and both suggestions of a table entry with its parameters, for `finding`. */
export function said<V extends Fn>(
  text: RuleText<V>,
  ...args: Parameters<V>
): Pick<FindingInput, "rule" | "message" | "messageEn" | "suggestion"> {
  return {
    rule: text.rule,
    message: textOf(text.vi, args),
    messageEn: textOf(text.en, args),
    suggestion:
      text.suggestion === undefined
        ? null
        : { vi: textOf(text.suggestion.vi, args), en: textOf(text.suggestion.en, args) },
  };
}

/** A warning on a criterion row, placed at its criterion cell (the shape of most row checks' findings). */
export function criterionWarning<V extends Fn>(row: PlanRow, text: RuleText<V>, ...args: Parameters<V>): Finding {
  return finding({
    severity: "warning",
    cell: row.cells.criterion ?? null,
    criterion: row.criterion,
    standard: row.standard,
    ...said(text, ...args),
  });
}
