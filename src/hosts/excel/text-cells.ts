/**
 * Range.values parses strings "as if typed into the cell" (Excel.Range, `values`): "(8)" becomes -8, "1.1" a
 * number, "10/2026" a date, "- việc" a formula. Text that must stay text gets the Text number format "@" first
 * (defect 3 of issue 11); other cells keep "General" so amounts the user types later are numbers.
 */
export function needsTextFormat(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.trim();
  if (!t) return false;
  return (
    /^[=+\-'@]/.test(t) || // formula, sign, apostrophe, Lotus-style "@"
    /^[(]?[-+]?[\d.,\s]+[)]?%?$/.test(t) || // numbers, "(8)", "1.1", "10.000.000", "5%"
    /^\d{1,4}[/\-.]\d{1,4}([/\-.]\d{1,4})?$/.test(t) || // dates: "10/2026", "1/10/2026", "2026-10"
    /^\d{1,2}:\d{2}/.test(t) || // times
    /^(true|false|đúng|sai)$/i.test(t)
  );
}

/** The number formats to queue before `values` so that every string is kept exactly as written. */
export function textFormats(values: unknown[][]): string[][] {
  return values.map((row) => row.map((v) => (needsTextFormat(v) ? "@" : "General")));
}

/** Queues number formats then values on `range` (no sync): strings land as text, numbers as numbers. */
export function writeValues(range: Excel.Range, values: (string | number)[][]): void {
  range.numberFormat = textFormats(values);
  range.values = values;
}
