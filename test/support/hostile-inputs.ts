/**
 * The hostile and huge inputs of issue 27, generated at run time into a folder (nothing binary committed): files at
 * and just over each limit, one huge paragraph or cell, rows near the row limit, PDF page-tree DAGs and Flate bombs,
 * zips with a million entries or a lying size, special files. Used by bench/red-team.ts; one per limit family also by
 * test/cli/limits-edge.test.ts.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { LIMITS } from "../../src/hosts/file/limits";
import { SEEDS, seedGrid, seedText } from "./seeds";
import { docxFromGrid } from "./files";
import { flateBomb, flateBombPages, formXObjectLoop, pageTreeDag, samePageListed, textPages } from "./hostile-pdf";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** A size written in the headers instead of the real one (a package that lies about its parts). */
  declaredSize?: number;
}

/** A zip (APPNOTE 4.3: local headers, central directory, end record), each part deflated. */
export function zipParts(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const deflated = zlib.deflateRawSync(p.data, { level: 6 });
    const crc = crc32(p.data);
    const size = p.declaredSize ?? p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(deflated.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    chunks.push(local, name, deflated);
    central.push(c, name);
    offset += 30 + name.length + deflated.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** A zip whose central directory lists `n` entries with one name, all pointing at one local header. */
export function zipOneName(n: number): Buffer {
  const name = Buffer.from("word/document.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(name.length, 26);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(name.length, 28);
  const one = Buffer.concat([entry, name]);
  const dir = Buffer.alloc(one.length * n);
  for (let i = 0; i < n; i++) one.copy(dir, i * one.length);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(n, 0xffff), 8);
  end.writeUInt16LE(Math.min(n, 0xffff), 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(30 + name.length, 16);
  return Buffer.concat([local, name, dir, end]);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx package around a body (word/document.xml). */
export function docxBody(body: string | Buffer, declaredSize?: number): Buffer {
  const doc =
    typeof body === "string"
      ? Buffer.from(`${XML}<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`)
      : body;
  return zipParts([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    { name: "word/document.xml", data: doc, declaredSize },
  ]);
}

export const paragraph = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;

/** A .docx whose body is the seed's plan table with its rows repeated to `rows` rows. */
export function docxPlanRows(rows: number): Buffer {
  const grid = seedGrid(SEEDS.thuDuc);
  const table = grid.filter((r) => r.length > 1);
  const head = grid.filter((r) => r.length <= 1).slice(0, 8);
  const tr = (r: string[]) => `<w:tr>${r.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join("")}</w:tr>`;
  const parts = [head.map((r) => paragraph(r[0] ?? "")).join(""), "<w:tbl>", tr(table[0])];
  for (let i = 0; i < rows - 1; i++) parts.push(tr(table[1 + (i % (table.length - 1))]));
  parts.push("</w:tbl>");
  return docxBody(parts.join(""));
}

/** Excel's column letters. */
const col = (c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * An .xlsx written part by part (ECMA-376 SpreadsheetML: workbook, sheets, shared strings): `sheets` sheets, each
 * row from `rowAt(sheet, r)`; strings shared as Excel shares them.
 */
export function xlsxRows(sheets: number, rows: number, rowAt: (sheet: number, r: number) => string[]): Buffer {
  const shared = new Map<string, number>();
  const idx = (s: string) => {
    let i = shared.get(s);
    if (i === undefined) shared.set(s, (i = shared.size));
    return i;
  };
  const sheetParts: ZipPart[] = [];
  for (let s = 0; s < sheets; s++) {
    const out: string[] = [
      `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
    ];
    for (let r = 0; r < rows; r++) {
      const cells = rowAt(s, r)
        .map((v, c) => (v ? `<c r="${col(c)}${r + 1}" t="s"><v>${idx(v)}</v></c>` : ""))
        .join("");
      out.push(`<row r="${r + 1}">${cells}</row>`);
    }
    out.push("</sheetData></worksheet>");
    sheetParts.push({ name: `xl/worksheets/sheet${s + 1}.xml`, data: Buffer.from(out.join("")) });
  }
  const sst = [
    `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.size}" uniqueCount="${shared.size}">`,
  ];
  for (const s of shared.keys()) sst.push(`<si><t xml:space="preserve">${esc(s)}</t></si>`);
  sst.push("</sst>");
  const range = Array.from({ length: sheets }, (_, i) => i);
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipParts([
    {
      name: "[Content_Types].xml",
      data: Buffer.from(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${range.map((i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets>${range.map((i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${range.map((i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets + 1}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    ...sheetParts,
    { name: "xl/sharedStrings.xml", data: Buffer.from(sst.join("")) },
  ]);
}

/** The seed plan's rows, repeated after its table to `rows` rows (a plan the checker reads whole). */
export function planRowAt(rows: number): (sheet: number, r: number) => string[] {
  const grid = seedGrid(SEEDS.thuDuc);
  const first = grid.findIndex((r) => r.length > 3);
  const body = grid.slice(first + 1).filter((r) => r.length > 3);
  return (_, r) => (r < grid.length ? grid[r] : r < rows ? body[(r - grid.length) % body.length] : []);
}

/** A text plan of exactly `lines` lines: the seed, then its table rows repeated. */
export function planLines(lines: number): string {
  const seed = seedText(SEEDS.thuDuc).replace(/\n$/, "");
  const rows = seed
    .split("\n")
    .filter((l) => l.includes("\t"))
    .slice(1);
  const have = seed.split("\n").length;
  const extra = Array.from({ length: lines - have }, (_, i) => rows[i % rows.length]);
  return [seed, ...extra].join("\n");
}

const VI = "Nâng cao chất lượng đội ngũ giáo viên, bồi dưỡng chuyên môn nghiệp vụ thường xuyên. ";
const text = (chars: number) => VI.repeat(Math.ceil(chars / VI.length)).slice(0, chars);

export interface Hostile {
  name: string;
  /** What the file is, for the table. */
  what: string;
  /** Writes the input at `file` (a path in the run's folder). */
  make(file: string): void | Promise<void>;
  /** A special file: its bytes are not compared after the run. */
  special?: boolean;
}

/** Writes what `data` makes, when the file is made (never before: some inputs are hundreds of MB). */
const write = (data: () => Buffer | string | Uint8Array) => (file: string) => fs.writeFileSync(file, data());
const U = LIMITS;

/** Every hostile input; `heavy` ones take minutes to run through four commands. */
export function hostileInputs(): Hostile[] {
  return [
    { name: "plan-goc.txt", what: "the seed plan (control)", make: write(() => seedText(SEEDS.thuDuc)) },
    {
      name: "dong-sat-gioi-han.txt",
      what: `${U.rows - 1} lines (plan rows)`,
      make: write(() => planLines(U.rows - 1)),
    },
    { name: "dong-qua-gioi-han.txt", what: `${U.rows + 1} lines`, make: write(() => planLines(U.rows + 1)) },
    { name: "mot-dong-10mb.txt", what: "one 10 MB line", make: write(() => text(10 * 1024 * 1024)) },
    { name: "mot-dong-99mb.txt", what: "one 99 MB line", make: write(() => Buffer.alloc(99 * 1024 * 1024, 0x61)) },
    { name: "xuong-dong-99mb.txt", what: "99 MB of newlines", make: write(() => Buffer.alloc(99 * 1024 * 1024, 0x0a)) },
    { name: "tab-99mb.txt", what: "99 MB of tabs", make: write(() => Buffer.alloc(99 * 1024 * 1024, 0x09)) },
    {
      name: "dong-dai-99mb.txt",
      what: `${U.rows - 1} lines of 9 long cells (99 MB)`,
      make: (f) => {
        // As long as the file limit allows: 49,998 lines of 9 cells, just under 99 MB in all.
        const per = Math.floor((99 * 1024 * 1024) / (U.rows - 1) / 9) - 1;
        const cell = text(Math.floor((per * VI.length) / Buffer.byteLength(VI)));
        const line = Array(9).fill(cell).join("\t");
        fs.writeFileSync(
          f,
          `KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG\n${Array(U.rows - 2)
            .fill(line)
            .join("\n")}`,
        );
      },
    },
    { name: "qua-lon-101mb.txt", what: "101 MB file", make: write(() => Buffer.alloc(101 * 1024 * 1024, 0x20)) },
    {
      name: "doan-10mb.docx",
      what: "one 10 MB paragraph",
      make: write(() => docxBody(paragraph(text(10 * 1024 * 1024)))),
    },
    {
      name: "doan-25mb.docx",
      what: "one 25 MB paragraph",
      make: write(() => docxBody(paragraph(text(25 * 1024 * 1024)))),
    },
    {
      name: "van-ban-59mb.docx",
      what: "document.xml of 59 MB (600 paragraphs just under the cell limit)",
      make: (f) => {
        const p = paragraph(text(U.cellChars - 1));
        fs.writeFileSync(
          f,
          docxBody(
            Array(Math.floor((59 * 1024 * 1024) / Buffer.byteLength(p)))
              .fill(p)
              .join(""),
          ),
        );
      },
    },
    {
      name: "phan-tu-sat-gioi-han.docx",
      what: `plan table just under ${U.xmlNodes} XML elements`,
      make: write(() => docxPlanRows(Math.floor((U.xmlNodes - 200) / 40))),
    },
    {
      name: "long-sau.docx",
      what: "elements nested 100,000 deep",
      make: write(() => docxBody("<w:p>".repeat(100_000))),
    },
    {
      name: "bom-zip.docx",
      what: "document.xml of 300 MB of spaces declared as 1 KB",
      make: (f) => fs.writeFileSync(f, docxBody(Buffer.alloc(300 * 1024 * 1024, 0x20), 1024)),
    },
    {
      name: "trieu-muc.docx",
      what: "zip of 1,000,000 entries with one name",
      make: write(() => zipOneName(1_000_000)),
    },
    {
      name: "o-10mb.xlsx",
      what: "one cell of 10 MB",
      make: write(() =>
        xlsxRows(1, 2, (_, r) => (r === 0 ? ["Tiêu chí", "Nội dung"] : ["1.1", text(10 * 1024 * 1024)])),
      ),
    },
    {
      name: "o-sat-gioi-han.xlsx",
      what: `500 cells of ${U.cellChars - 1} characters (50 MB shared strings)`,
      make: write(() => xlsxRows(1, 500, (_, r) => [`${r}`, text(U.cellChars - 1 - String(r).length) + String(r)])),
    },
    {
      name: "dong-sat-gioi-han.xlsx",
      what: `plan of ${U.rows - 1} rows`,
      make: write(() => xlsxRows(1, U.rows - 1, planRowAt(U.rows - 1))),
    },
    {
      name: "9-trang-199999.xlsx",
      what: "9 sheets × 199,999 rows",
      make: write(() => xlsxRows(9, 199_999, (s, r) => [`${s}.${r}`])),
    },
    {
      name: "2-trieu-o.xlsx",
      what: "2,000,000 − 1 cells",
      make: write(() =>
        xlsxRows(1, 40_000, (_, r) => Array.from({ length: r === 0 ? 49 : 50 }, (_, c) => `${(r * 50 + c) % 997}`)),
      ),
    },
    {
      name: "ky-tu-la.txt",
      what: "plan cells with U+FFFE, U+FFFF, U+202E and C1 controls",
      make: write(() =>
        seedText(SEEDS.thuDuc)
          .split("\n")
          .map((l) => (l.includes("\t") ? l.replace("\t", "\ufffe\uffff\u202e\u0085\u009b\t") : l))
          .join("\n"),
      ),
    },
    { name: "cay-trang-dag.pdf", what: "page tree DAG (16 M pages claimed)", make: write(() => pageTreeDag()) },
    {
      name: "10000-lan-mot-trang.pdf",
      what: "10,000 kids that are one page",
      make: write(() => samePageListed(10_000)),
    },
    { name: "bom-20x512mb.pdf", what: "20 pages × 512 MB Flate", make: write(() => flateBombPages(20, 512)) },
    { name: "bom-1gb.pdf", what: "one 1 GB Flate stream of spaces", make: write(() => flateBomb(1024)) },
    { name: "bom-199mb.pdf", what: "one 199 MB Flate stream (just under)", make: write(() => flateBomb(199)) },
    {
      name: "bom-5x199mb.pdf",
      what: "5 pages × 199 MB (995 MB in all, just under)",
      make: write(() => flateBombPages(5, 199)),
    },
    { name: "trang-sat-gioi-han.pdf", what: `${U.pdfPages} pages of text`, make: write(() => textPages(U.pdfPages)) },
    { name: "vong-xobject.pdf", what: "form XObject loop", make: write(() => formXObjectLoop()) },
    { name: "rong.xlsx", what: "empty file", make: write(() => Buffer.alloc(0)) },
    {
      name: "ngau-nhien.pdf",
      what: "1 MB of random bytes",
      make: write(() => Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) >>> 24))),
    },
    {
      name: "ke-hoach.docx",
      what: "a good .docx plan (control)",
      make: async (f) => fs.writeFileSync(f, await docxFromGrid(seedGrid(SEEDS.thuDuc))),
    },
    { name: "ong.txt", what: "named pipe (FIFO)", special: true, make: (f) => execFileSync("mkfifo", [f]) },
    { name: "zero.xlsx", what: "/dev/zero", special: true, make: (f) => fs.symlinkSync("/dev/zero", f) },
    { name: "urandom.docx", what: "/dev/urandom", special: true, make: (f) => fs.symlinkSync("/dev/urandom", f) },
    {
      name: "lien-ket-hong.txt",
      what: "dangling symbolic link",
      special: true,
      make: (f) => fs.symlinkSync(path.join(path.dirname(f), "khong-co.txt"), f),
    },
  ];
}
