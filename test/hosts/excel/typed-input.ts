/**
 * How Excel turns a string written through Range.values into a cell value: "the value is parsed as if typed into
 * the cell" unless the cell's number format is Text ("@") — Excel.Range class, `values` property
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member): "If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
 * A leading apostrophe keeps the rest as text, as when typing. The parse is the en-US one the tests assume.
 * No imports: loaded into the browser tests with the fake.
 */
export interface FormulaValue {
  formula: string;
}

const EPOCH = Date.UTC(1899, 11, 30);
const serial = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - EPOCH) / 86400000);

/** The stored cell value for `v` written into a cell whose number format is `numberFormat`. */
export function typedInput(v: unknown, numberFormat: string | undefined): unknown {
  if (typeof v !== "string" || numberFormat === "@") return v;
  if (v.startsWith("'")) return v.slice(1);
  const t = v.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  const negative = /^\((\d+(?:\.\d+)?)\)$/.exec(t); // accounting negative: "(8)" is -8
  if (negative) return -Number(negative[1]);
  const percent = /^([-+]?\d+(?:\.\d+)?)%$/.exec(t);
  if (percent) return Number(percent[1]) / 100;
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(t); // "10/2026" is 1 October 2026
  if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12)
    return serial(Number(monthYear[2]), Number(monthYear[1]), 1);
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (date && Number(date[1]) <= 12) return serial(Number(date[3]), Number(date[1]), Number(date[2]));
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
  if (/^[=+-]/.test(t) && t.length > 1) return { formula: t } as FormulaValue;
  return v;
}

/** Range.text of a stored value (General format on a Vietnamese-locale machine; a bad formula shows #NAME?). */
export function displayText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return v.toLocaleString("vi-VN");
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") return "#NAME?";
  return String(v);
}

/** True when Excel would not keep `v` as the same text (the adapter must give such cells the "@" format). */
export function changesWhenTyped(v: string): boolean {
  return typedInput(v, "General") !== v;
}
