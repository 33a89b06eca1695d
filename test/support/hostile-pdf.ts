/**
 * Hostile PDFs written byte by byte at test time (nothing binary committed): a page tree whose nodes are shared (a
 * DAG that claims millions of pages), a page listed several times, and a Flate bomb. Objects and the cross-reference
 * table follow the PDF 1.7 reference (ISO 32000-1, 7.5 file structure, 7.7.3 page tree).
 */
import * as zlib from "zlib";

function pdf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let size = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof o === "string" ? Buffer.from(o, "latin1") : o,
      Buffer.from("\nendobj\n"),
    ]);
    parts.push(b);
    size += b.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
  ];
  parts.push(
    Buffer.from(
      `${xref.join("\n")}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
const content = (s: string) => `<< /Length ${s.length} >>\nstream\n${s}\nendstream`;
const page = (parent: number, contents: number, font: number) =>
  `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`;

/** A page tree of `depth` levels whose every node lists the same child `width` times: width^depth pages claimed. */
export function pageTreeDag(width = 16, depth = 6): Buffer {
  // 1 catalog, 2..depth+1 Pages nodes, then the page, its content, its font.
  const pageNo = depth + 2;
  const objects: string[] = ["<< /Type /Catalog /Pages 2 0 R >>"];
  for (let d = 0; d < depth; d++) {
    const kid = d === depth - 1 ? pageNo : d + 3;
    const parent = d === 0 ? "" : ` /Parent ${d + 1} 0 R`;
    objects.push(
      `<< /Type /Pages${parent} /Kids [${Array(width).fill(`${kid} 0 R`).join(" ")}] /Count ${width ** (depth - d)} >>`,
    );
  }
  objects.push(page(depth + 1, pageNo + 1, pageNo + 2));
  objects.push(content("BT /F1 12 Tf 72 720 Td (Ke hoach cai tien) Tj ET"));
  objects.push(FONT);
  return pdf(objects);
}

/** One page listed `times` times in the page tree (a small, honest-looking count). */
export function samePageListed(times = 3): Buffer {
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${Array(times).fill("3 0 R").join(" ")}] /Count ${times} >>`,
    page(2, 4, 5),
    content("BT /F1 12 Tf 72 720 Td (Ke hoach cai tien chat luong) Tj ET"),
    FONT,
  ]);
}

/** A page whose content stream inflates to `mb` MB of spaces. */
export function flateBomb(mb: number): Buffer {
  const inflated = Buffer.alloc(mb * 1024 * 1024, 0x20);
  const deflated = zlib.deflateSync(inflated, { level: 9 });
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`),
    deflated,
    Buffer.from("\nendstream"),
  ]);
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page(2, 4, 5),
    stream,
    FONT,
  ]);
}

/** A form XObject that draws itself (a loop through its own resources). */
export function formXObjectLoop(): Buffer {
  const form = "/X1 Do";
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /X1 5 0 R >> >> >>",
    content("BT /F1 12 Tf 72 720 Td (Ke hoach) Tj ET /X1 Do"),
    `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream`,
  ]);
}

/** `pages` pages whose content streams are one Flate stream (shared) that inflates to `mb` MB of spaces each. */
export function flateBombPages(pages: number, mb: number): Buffer {
  const deflated = zlib.deflateSync(Buffer.alloc(mb * 1024 * 1024, 0x20), { level: 9 });
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`),
    deflated,
    Buffer.from("\nendstream"),
  ]);
  // 1 catalog, 2 pages node, 3 font, then per page: the page and its own copy of the stream.
  const objects: (string | Buffer)[] = ["<< /Type /Catalog /Pages 2 0 R >>", "", FONT];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    const at = objects.length + 1;
    kids.push(`${at} 0 R`);
    objects.push(page(2, at + 1, 3), stream);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  return pdf(objects);
}

/** `pages` honest pages, each with one line of text (a page count at a limit). */
export function textPages(pages: number): Buffer {
  const objects: string[] = ["<< /Type /Catalog /Pages 2 0 R >>", "", FONT];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    const at = objects.length + 1;
    kids.push(`${at} 0 R`);
    objects.push(page(2, at + 1, 3), content(`BT /F1 12 Tf 72 720 Td (Trang ${i + 1}: ke hoach cai tien) Tj ET`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  return pdf(objects);
}

/** A one-page PDF that also holds an object (referenced by no page) whose Flate stream inflates to `mb` MB. */
export function unusedStream(mb: number): Buffer {
  const deflated = zlib.deflateSync(Buffer.alloc(mb * 1024 * 1024, 0x20), { level: 9 });
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`),
    deflated,
    Buffer.from("\nendstream"),
  ]);
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page(2, 4, 5),
    content("BT /F1 12 Tf 72 720 Td (Ke hoach cai tien chat luong) Tj ET"),
    FONT,
    stream,
  ]);
}
