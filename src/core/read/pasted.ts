/** Pasted text → grid of cell strings, for the flattened forms seen in real documents (PDF viewers: pasted-pdf.ts). */

/**
 * Tab-separated lines (Word/Excel copy, as in the seeds); `|`-separated rows (Markdown, some PDF tools);
 * otherwise one cell per line (each line a one-cell row: the reader regroups flattened tables). The forms a PDF
 * viewer's copy arrives in are read by `splitPastedText` (pasted-pdf.ts, loaded on demand by the panes).
 * Quoted cells from Excel ("a\nb" with doubled quotes) are honoured in the tab form.
 */
export function splitPasted(text: string): string[][] {
  try {
    const src = String(text ?? "")
      .replace(/\r\n?/g, "\n")
      .replace(/^\uFEFF/, "");
    if (!src.trim()) return [];
    const lines = src.split("\n");
    if (lines.some((l) => l.includes("\t"))) return splitTabs(src);
    const piped = lines.filter((l) => (l.match(/\|/g) || []).length >= 2);
    if (piped.length >= 2) {
      const out: string[][] = [];
      for (const l of lines) {
        if ((l.match(/\|/g) || []).length >= 2) {
          const cells = l
            .trim()
            .replace(/^\|/, "")
            .replace(/\|$/, "")
            .split("|")
            .map((c) => c.trim());
          if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) continue; // Markdown separator
          out.push(cells);
        } else out.push([l]);
      }
      return out;
    }
    return lines.map((l) => [l]);
  } catch {
    return [];
  }
}

function splitTabs(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < src.length) {
    const c = src[i];
    if (atCellStart && c === '"') {
      // Quoted cell (Excel puts cells with line breaks in quotes).
      const end = findQuoteEnd(src, i + 1);
      if (end > 0) {
        cell = src.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (c === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else cell += c;
    i++;
  }
  row.push(cell);
  if (row.length > 1 || row[0] !== "") rows.push(row);
  return rows;
}

function findQuoteEnd(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] === '"') {
      if (s[j + 1] === '"') {
        j++;
        continue;
      }
      const next = s[j + 1];
      return next === undefined || next === "\t" || next === "\n" || next === "\r" ? j : -1;
    }
  }
  return -1;
}
