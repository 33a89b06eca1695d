/** Draft tables stacked for a grid host (Excel). Tiny on purpose: the Excel adapter's chunk imports it. */

/** One table of a draft to insert: a heading line (or none), its rows, how many header rows. */
export interface DraftTable {
  heading: string | null;
  rows: string[][];
  headerRows: number;
}

/**
 * Tables stacked in one block (Excel): one blank row between tables, padded to the widest; the bold rows and where
 * each table's own rows are (first row, count, its width) for borders.
 */
export function stackTables(tables: DraftTable[]): {
  rows: string[][];
  bold: number[];
  spans: { row: number; rows: number; cols: number }[];
} {
  const width = Math.max(1, ...tables.map((t) => Math.max(...t.rows.map((r) => r.length))));
  const pad = (r: string[]) => [...r, ...new Array(Math.max(0, width - r.length)).fill("")].slice(0, width);
  const rows: string[][] = [];
  const bold: number[] = [];
  const spans: { row: number; rows: number; cols: number }[] = [];
  tables.forEach((t, i) => {
    if (i) rows.push(pad([]));
    if (t.heading) {
      bold.push(rows.length);
      rows.push(pad([t.heading]));
    }
    for (let h = 0; h < t.headerRows; h++) bold.push(rows.length + h);
    spans.push({ row: rows.length, rows: t.rows.length, cols: Math.max(...t.rows.map((r) => r.length)) });
    rows.push(...t.rows.map(pad));
  });
  return { rows, bold, spans };
}
