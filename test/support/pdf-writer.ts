/**
 * A minimal PDF writer for tests and benches: positioned text (any BMP character, through a Type0 font with a
 * ToUnicode map; glyphs are not embedded, every glyph is 0.5 em wide) and straight lines, A4 landscape pages.
 * `tablePdf` lays out paragraphs and a plan table the way a word processor prints it: cells wrapped to their column,
 * the header repeated on each page, a row that does not fit split across the page break.
 */
const W = 842;
const H = 595;
const MARGIN = 36;

const hex2 = (n: number) => n.toString(16).padStart(2, "0");
const hex = (s: string) => [...s].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, "0")).join("");

interface Page {
  ops: string[];
}

export class PdfWriter {
  private pages: Page[] = [];
  private imagePages = new Set<number>();

  page(): this {
    this.pages.push({ ops: [] });
    return this;
  }

  /** Text with its baseline `top` points from the top of the page. */
  text(x: number, top: number, str: string, size = 10): this {
    this.current().ops.push(`BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${(H - top).toFixed(2)} Tm <${hex(str)}> Tj ET`);
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number): this {
    this.current().ops.push(
      `0.5 w ${x1.toFixed(2)} ${(H - y1).toFixed(2)} m ${x2.toFixed(2)} ${(H - y2).toFixed(2)} l S`,
    );
    return this;
  }

  /** A page that is only a picture (a scan): a grey image over the page, no text. */
  imagePage(): this {
    this.page();
    this.imagePages.add(this.pages.length - 1);
    this.current().ops.push(`q ${W - 2 * MARGIN} 0 0 ${H - 2 * MARGIN} ${MARGIN} ${MARGIN} cm /Im1 Do Q`);
    return this;
  }

  private current(): Page {
    if (!this.pages.length) this.page();
    return this.pages[this.pages.length - 1];
  }

  bytes(): Uint8Array {
    const objs: string[] = [];
    const add = (body: string) => objs.push(body) && objs.length;
    const stream = (dict: string, data: string) =>
      `<< ${dict} /Length ${Buffer.byteLength(data, "latin1")} >>\nstream\n${data}\nendstream`;
    const catalog = add("");
    const pagesObj = add("");
    const ranges = Array.from({ length: 256 }, (_, hi) => `<${hex2(hi)}00> <${hex2(hi)}ff> <${hex2(hi)}00>`);
    const cmap = [
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
      "/CMapName /KHCT-UCS def /CMapType 2 def",
      "1 begincodespacerange <0000> <ffff> endcodespacerange",
    ];
    for (let i = 0; i < ranges.length; i += 100)
      cmap.push(`${Math.min(100, ranges.length - i)} beginbfrange`, ...ranges.slice(i, i + 100), "endbfrange");
    cmap.push("endcmap CMapName currentdict /CMap defineresource pop end end");
    const toUnicode = add(stream("", cmap.join("\n")));
    const descriptor = add(
      "<< /Type /FontDescriptor /FontName /KHCTSans /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0" +
        " /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
    );
    const cid = add(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KHCTSans" +
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>" +
        ` /FontDescriptor ${descriptor} 0 R /DW 500 /CIDToGIDMap /Identity >>`,
    );
    const font = add(
      "<< /Type /Font /Subtype /Type0 /BaseFont /KHCTSans /Encoding /Identity-H" +
        ` /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
    );
    const image = add(
      stream(
        "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
        "\x80\x90\xa0\xb0",
      ),
    );
    const kids: number[] = [];
    this.pages.forEach((p, i) => {
      const content = add(stream("", p.ops.join("\n")));
      const xobj = this.imagePages.has(i) ? ` /XObject << /Im1 ${image} 0 R >>` : "";
      kids.push(
        add(
          `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${W} ${H}]` +
            ` /Resources << /Font << /F1 ${font} 0 R >>${xobj} >> /Contents ${content} 0 R >>`,
        ),
      );
    });
    objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
    objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
    let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    const offsets: number[] = [];
    objs.forEach((body, i) => {
      offsets.push(Buffer.byteLength(out, "latin1"));
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(out, "latin1");
    const entries = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
    out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${entries}`;
    out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(out, "latin1"));
  }
}

/** Wraps a cell's text to a width (0.5 em per character), keeping its line breaks. */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(1, Math.floor(width / (size * 0.5)));
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > max) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

export interface TableDoc {
  before: string[];
  header: string[];
  /** Relative column widths. */
  widths: number[];
  rows: string[][];
  after?: string[];
  ruled?: boolean;
  size?: number;
  /** Page height used by the table (smaller values force page breaks sooner). */
  pageBottom?: number;
}

/** A plan document as a word processor would print it (see the file comment). */
export function tablePdf(doc: TableDoc): Uint8Array {
  const size = doc.size ?? 9;
  const lead = size * 1.25;
  const pad = 4;
  const bottom = doc.pageBottom ?? H - MARGIN;
  const total = doc.widths.reduce((a, b) => a + b, 0);
  const xs = [MARGIN];
  for (const w of doc.widths) xs.push(xs[xs.length - 1] + ((W - 2 * MARGIN) * w) / total);
  const pdf = new PdfWriter().page();
  let y = MARGIN;
  const para = (t: string) => {
    for (const l of wrap(t, W - 2 * MARGIN, size + 1)) {
      if (y + lead > bottom) {
        pdf.page();
        y = MARGIN;
      }
      pdf.text(MARGIN, y + size, l, size + 1);
      y += lead + 2;
    }
  };
  doc.before.forEach(para);
  const cellLines = (row: string[]) => row.map((c, i) => wrap(c, xs[i + 1] - xs[i] - 2 * pad, size));
  const drawRow = (lines: string[][], from: number, count: number) => {
    const top = y;
    for (let k = 0; k < count; k++)
      lines.forEach((ls, c) =>
        ls[from + k] ? pdf.text(xs[c] + pad, top + pad + size + k * lead, ls[from + k], size) : null,
      );
    const h = count * lead + 2 * pad;
    if (doc.ruled !== false) {
      pdf.line(xs[0], top, xs[xs.length - 1], top).line(xs[0], top + h, xs[xs.length - 1], top + h);
      for (const x of xs) pdf.line(x, top, x, top + h);
    }
    y = top + h;
  };
  const header = cellLines(doc.header);
  const headerHeight = Math.max(...header.map((l) => l.length));
  drawRow(header, 0, headerHeight);
  for (const row of doc.rows) {
    const lines = cellLines(row);
    const height = Math.max(...lines.map((l) => l.length));
    let done = 0;
    while (done < height) {
      const room = Math.floor((bottom - y - 2 * pad) / lead);
      if (room < 1) {
        pdf.page();
        y = MARGIN;
        drawRow(header, 0, headerHeight);
        continue;
      }
      const n = Math.min(room, height - done);
      drawRow(lines, done, n);
      done += n;
    }
  }
  y += lead;
  (doc.after ?? []).forEach(para);
  return pdf.bytes();
}
