/**
 * .docx: the body of word/document.xml as a grid (paragraphs are one-cell rows, table rows are rows), with a
 * map from grid cells to their XML so edits rewrite only the changed cell and keep the rest byte-identical.
 */
import JSZip from "jszip";
import { TextError, type LangText } from "../../core/text/message";
import { childrenNamed, descendants, encodeXml, parseXml, type XmlLimits, type XNode } from "./xml";

export interface DocxCellRef {
  /** The w:tc element (or the w:p for a paragraph row). */
  node: XNode;
}

export interface DocxGrid {
  grid: string[][];
  cells: Map<string, DocxCellRef>;
  problems: LangText[];
  xml: string;
  tables: number;
}

const key = (r: number, c: number) => `${r}:${c}`;

/** Text of a paragraph: w:t runs, tabs and breaks. */
function paragraphText(p: XNode): string {
  let s = "";
  const walk = (n: XNode) => {
    for (const c of n.children) {
      if (c.name === "w:t") s += c.text;
      else if (c.name === "w:tab") s += "\t";
      else if (c.name === "w:br" || c.name === "w:cr") s += "\n";
      else if (c.name !== "w:pPr" && c.name !== "w:rPr" && c.name !== "w:instrText" && c.name !== "w:delText") walk(c);
    }
  };
  walk(p);
  return s;
}

function cellText(tc: XNode): string {
  return descendants(tc, "w:p", "w:tbl").map(paragraphText).join("\n");
}

export function readDocumentXml(xml: string, limits?: XmlLimits): DocxGrid {
  const root = parseXml(xml, limits);
  const body = descendants(root, "w:body")[0];
  if (!body) throw new TextError({ vi: "Tệp .docx không có phần nội dung (w:body)", en: "no document body" });
  const grid: string[][] = [];
  const cells = new Map<string, DocxCellRef>();
  const problems: LangText[] = [];
  let tables = 0;
  const visit = (container: XNode) => {
    for (const n of container.children) {
      if (n.name === "w:p") {
        cells.set(key(grid.length, 0), { node: n });
        grid.push([paragraphText(n)]);
      } else if (n.name === "w:tbl") {
        tables++;
        for (const tr of childrenNamed(n, "w:tr")) {
          const row: string[] = [];
          for (const tc of childrenNamed(tr, "w:tc")) {
            const pr = childrenNamed(tc, "w:tcPr")[0];
            const span = pr ? Number(childrenNamed(pr, "w:gridSpan")[0]?.attrs["w:val"] ?? 1) : 1;
            const vMerge = pr ? childrenNamed(pr, "w:vMerge")[0] : undefined;
            if (span > 1 || vMerge) {
              const what = span > 1 ? `gộp ${span} cột` : "gộp theo hàng dọc";
              if (problems.length < 20)
                problems.push({
                  vi: `Bảng ${tables}, dòng ${grid.length + 1}: ô ${what} — nội dung được đọc vào ô đầu tiên`,
                  en: `Table ${tables}, row ${grid.length + 1}: merged cell read into its first cell`,
                });
            }
            cells.set(key(grid.length, row.length), { node: tc });
            row.push(vMerge && vMerge.attrs["w:val"] !== "restart" ? "" : cellText(tc));
            for (let k = 1; k < span; k++) row.push("");
          }
          grid.push(row);
        }
      } else if (n.name === "w:sdt") {
        const content = childrenNamed(n, "w:sdtContent")[0];
        if (content) visit(content);
      }
    }
  };
  visit(body);
  return { grid, cells, problems, xml, tables };
}

/** Replaces the text of cells, keeping each cell's first paragraph and run properties; everything else untouched. */
export function writeCells(doc: DocxGrid, edits: { row: number; col: number; text: string }[]): string {
  const repl: { start: number; end: number; text: string }[] = [];
  for (const e of edits) {
    const ref = doc.cells.get(key(e.row, e.col));
    if (!ref) throw new TextError({ vi: `Không có ô ở dòng ${e.row + 1}, cột ${e.col + 1}`, en: "no such cell" });
    const node = ref.node;
    const paragraphs = node.name === "w:p" ? [node] : descendants(node, "w:p", "w:tbl");
    const first = paragraphs[0];
    if (!first) throw new TextError({ vi: "Ô không có đoạn văn", en: "cell has no paragraph" });
    const pPr = childrenNamed(first, "w:pPr")[0];
    const firstRun = descendants(first, "w:r")[0];
    const rPr = firstRun ? childrenNamed(firstRun, "w:rPr")[0] : undefined;
    const pPrXml = pPr ? doc.xml.slice(pPr.start, pPr.end) : "";
    const rPrXml = rPr ? doc.xml.slice(rPr.start, rPr.end) : "";
    const lines = e.text.split("\n");
    const newParas = lines
      .map((l) => `<w:p>${pPrXml}<w:r>${rPrXml}<w:t xml:space="preserve">${encodeXml(l)}</w:t></w:r></w:p>`)
      .join("");
    const last = paragraphs[paragraphs.length - 1];
    repl.push({ start: first.start, end: last.end, text: newParas });
  }
  repl.sort((a, b) => b.start - a.start);
  let out = doc.xml;
  for (const r of repl) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

export async function loadDocx(
  bytes: Uint8Array,
  loaded?: JSZip,
  limits?: XmlLimits,
): Promise<{ zip: JSZip; doc: DocxGrid }> {
  const zip = loaded ?? (await JSZip.loadAsync(bytes));
  const entry = zip.file("word/document.xml");
  if (!entry) throw new TextError({ vi: "Tệp không phải .docx (thiếu word/document.xml)", en: "not a .docx file" });
  const xml = await entry.async("string");
  return { zip, doc: readDocumentXml(xml, limits) };
}
