/**
 * Shared helpers for rules: the rule context, cell addresses and the finding constructor.
 * Every rule family (criterion., target., timeline., budget., table., doc., plan., tt57.) uses these.
 */
import type { Catalog, CellPos, Finding, Plan, PlanCell, PlanRow, Severity } from "../types";

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
  suggestion?: string | null;
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
    suggestion: input.suggestion ?? null,
  };
}

/** A message made from the finding's parameters. */
type Fn = (...args: any[]) => string;
/** A text of a rule message: fixed, or made from (some of) the parameters of the entry's Vietnamese text. */
type Text<V extends Fn> = string | ((...args: Parameters<V>) => string);

/**
 * One rule's message in both languages (and the suggestion, Vietnamese like everything the user reads first).
 * Each rule family keeps these in one table, one entry per message, next to nothing else.
 */
export interface RuleText<V extends Fn = () => string> {
  rule: string;
  /** Takes every parameter of the entry (the others may take fewer): the parameters are typed from it. */
  vi: string | V;
  en: Text<V>;
  suggestion?: Text<V>;
}

/** A table of rule messages; `satisfies MessageTable` keeps each entry's parameter types. */
export type MessageTable = Record<string, RuleText<Fn>>;

const textOf = (t: string | Fn, args: unknown[]): string => (typeof t === "function" ? t(...args) : t);

/** The rule id, both messages and the suggestion of a table entry with its parameters, for `finding`. */
export function said<V extends Fn>(
  text: RuleText<V>,
  ...args: Parameters<V>
): Pick<FindingInput, "rule" | "message" | "messageEn" | "suggestion"> {
  return {
    rule: text.rule,
    message: textOf(text.vi, args),
    messageEn: textOf(text.en, args),
    suggestion: text.suggestion === undefined ? null : textOf(text.suggestion, args),
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
