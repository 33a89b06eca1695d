/**
 * Reads the parts of a written .xlsx that decide how it opens and prints, straight from the XML (jszip, no exceljs):
 * rows with their heights, cells with text, font and alignment, column widths, page setup and print titles.
 */
import JSZip from "jszip";

export interface XCell {
  ref: string;
  col: number;
  text: string;
  wrap: boolean;
  horizontal: string | null;
  font: { size: number; bold: boolean; name: string };
}

export interface XRow {
  r: number;
  ht: number | null;
  customHeight: boolean;
  cells: XCell[];
}

export interface XSheet {
  name: string;
  rows: XRow[];
  widths: Map<number, number>;
  pageSetup: Record<string, string>;
  fitToPage: boolean;
  printTitles: string | null;
  merges: string[];
}

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2])]));
const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_m, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "quot"
          ? '"'
          : e === "apos"
            ? "'"
            : e === "amp"
              ? "&"
              : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1])).join("");
const colNumber = (ref: string) => [...ref.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export async function readSheets(bytes: Uint8Array): Promise<XSheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const workbook = await part("xl/workbook.xml");
  const rels = await part("xl/_rels/workbook.xml.rels");
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attrs(m[0]).Id, attrs(m[0]).Target]));
  const shared = [...(await part("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
  const styles = await part("xl/styles.xml");
  const fonts = [
    ...(styles.match(/<fonts\b[\s\S]*?<\/fonts>/)?.[0] ?? "").matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g),
  ].map((m) => {
    const f = m[1] ?? "";
    return {
      size: Number(/<sz val="([\d.]+)"/.exec(f)?.[1] ?? 11),
      bold: /<b\/>|<b val="(1|true)"\/>/.test(f),
      name: /<name val="([^"]+)"/.exec(f)?.[1] ?? "Calibri",
    };
  });
  const xfs = [
    ...(styles.match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)?.[0] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g),
  ].map((m) => {
    const a = attrs(m[0].match(/<xf\b[^>]*>/)![0]);
    const al = /<alignment\b[^>]*>/.exec(m[0]);
    const align = al ? attrs(al[0]) : {};
    return {
      font: fonts[Number(a.fontId ?? 0)] ?? fonts[0],
      wrap: align.wrapText === "1" || align.wrapText === "true",
      horizontal: align.horizontal ?? null,
    };
  });
  const definedNames = [...workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map(
    (m) => ({ ...attrs(m[1]), value: decode(m[2]) }) as Record<string, string>,
  );
  const sheets: XSheet[] = [];
  for (const [i, m] of [...workbook.matchAll(/<sheet\b[^>]*>/g)].entries()) {
    const a = attrs(m[0]);
    const xml = await part(`xl/${target.get(a["r:id"])!.replace(/^\/?xl\//, "")}`);
    const widths = new Map<number, number>();
    for (const c of xml.matchAll(/<col\b[^>]*>/g)) {
      const ca = attrs(c[0]);
      for (let k = Number(ca.min); k <= Number(ca.max); k++) widths.set(k, Number(ca.width));
    }
    const rows: XRow[] = [...xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)].map((rm) => {
      const ra = attrs(rm[1]);
      const cells = [...(rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((cm) => {
        const ca = attrs(cm[1]);
        const inner = cm[2] ?? "";
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        const text =
          ca.t === "s"
            ? (shared[Number(v)] ?? "")
            : ca.t === "inlineStr"
              ? texts(inner)
              : v !== undefined
                ? decode(v)
                : "";
        const xf = xfs[Number(ca.s ?? 0)] ?? xfs[0];
        return { ref: ca.r, col: colNumber(ca.r), text, wrap: xf.wrap, horizontal: xf.horizontal, font: xf.font };
      });
      return {
        r: Number(ra.r),
        ht: ra.ht !== undefined ? Number(ra.ht) : null,
        customHeight: ra.customHeight === "1",
        cells,
      };
    });
    const ps = /<pageSetup\b[^>]*>/.exec(xml);
    const titles = definedNames.find((d) => d.name === "_xlnm.Print_Titles" && Number(d.localSheetId) === i);
    sheets.push({
      name: a.name,
      rows,
      widths,
      pageSetup: ps ? attrs(ps[0]) : {},
      fitToPage: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml),
      printTitles: titles?.value ?? null,
      merges: [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((mm) => mm[1]),
    });
  }
  return sheets;
}

/**
 * Bounds for the height (points) of a row of wrapped text, independent of the writer's own estimate: at least the
 * lines the text needs even in a narrow face (0.40 em a character on average), at most what it needs in a very wide
 * one (0.75 em), plus one line.
 */
export function heightBounds(cell: XCell, widthChars: number): { min: number; max: number } {
  const px = (cell.font.size * 4) / 3;
  const colPx = widthChars * 7 + 5;
  const lines = (em: number) =>
    cell.text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil(([...p].length * em * px) / colPx)), 0);
  return { min: lines(0.4) * cell.font.size * 1.1, max: (lines(0.75) + 1) * cell.font.size * 1.4 + 6 };
}
