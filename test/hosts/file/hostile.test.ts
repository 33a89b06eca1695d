/**
 * Hostile, huge and odd files (issue 16): small generated files that expand. Each would crash, freeze or mislead
 * the file host before its fix; now each opens quickly or ends with a clear Vietnamese message.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FileHost, FileProblem, LIMITS, openPlanFile } from "../../../src/hosts/file/index";
import { parseXml, xmlSafeText } from "../../../src/hosts/file/xml";
import { convertLegacy } from "../../../src/core/text/legacy";
import { docxFromGrid, oleBytes, xlsxFromGrid } from "../../support/files";
import { SEEDS, seedGrid } from "../../support/seeds";

async function docxWithBody(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function problemOf(p: Promise<unknown>): Promise<FileProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FileProblem) return e;
    throw e;
  }
  throw new Error("expected a FileProblem");
}

/**
 * Characters String.prototype.indexOf looked at on `src` while `run` ran (the scanner's searches for "<" and for
 * closers): a deterministic measure of the scanner's work, whatever the machine's speed.
 */
function charactersSearched(src: string, run: () => void): number {
  const indexOf = String.prototype.indexOf;
  let searched = 0;
  String.prototype.indexOf = function (this: string, search: string, from?: number): number {
    const at = indexOf.call(this, search, from);
    if (this === src) searched += (at < 0 ? this.length : at + search.length) - Math.max(0, from ?? 0);
    return at;
  };
  try {
    run();
  } finally {
    String.prototype.indexOf = indexOf;
  }
  return searched;
}

const TOO_LARGE = /^Tệp quá lớn hoặc bất thường: .* vượt giới hạn /;

describe("sparse and huge spreadsheets", () => {
  it("walks only the cells that exist (A1, XFD1, A2000 in a tiny .xlsx)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell("A1").value = "đầu";
    ws.getCell("XFD1").value = "cuối cột";
    ws.getCell("A2000").value = "cuối dòng";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(10_000);
    const opened = await openPlanFile(bytes, "thua.xlsx");
    const grid = opened.grids[0].grid;
    expect(grid).toHaveLength(2000);
    expect(grid[0]).toHaveLength(16384);
    expect([grid[0][0], grid[0][16383], grid[1999][0]]).toEqual(["đầu", "cuối cột", "cuối dòng"]);
    expect(grid[1]).toEqual([]);
  });

  it("refuses a sheet past the row limit before building its grid", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell("A1").value = "đầu";
    ws.getCell(`A${LIMITS.rows + 1}`).value = "xa";
    const p = await problemOf(openPlanFile(new Uint8Array(await wb.xlsx.writeBuffer()), "xa.xlsx"));
    expect(p.code).toBe("too-large");
    expect(p.message).toMatch(TOO_LARGE);
  });
});

describe("text written into a file is valid XML 1.0", () => {
  it("drops C0 controls, U+FFFE/FFFF and lone surrogates, keeps tab, newline and surrogate pairs (emoji)", () => {
    expect(xmlSafeText("a\u0001b\uD83D\uDE00c\uD800d\uDC00e\uFFFEf\tg\n")).toBe("ab\uD83D\uDE00cdef\tg\n");
  });
});

describe("the XML scanner is linear", () => {
  it.each([
    ["<!--", "chú thích"],
    ["<?", "khai báo"],
    ["<![CDATA[", "CDATA"],
  ])("an unclosed %s per paragraph ends the read at once as corrupt", async (opener) => {
    const body = `<w:p><w:r><w:t>${opener}</w:t></w:r></w:p>`.repeat(40_000);
    const bytes = await docxWithBody(body);
    expect(bytes.length).toBeLessThan(20_000);
    const p = await problemOf(openPlanFile(bytes, "mo.docx"));
    expect(p.code).toBe("corrupt");
    expect(p.message).toMatch(/chưa đóng/);
    // Work, not time: the quadratic scanner searched for the closer from every opener to the end of the text
    // (≈ 40,000 × 1 MB of characters, minutes); a linear one looks at each character a bounded number of times.
    const xml = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
    expect(charactersSearched(xml, () => expect(() => parseXml(xml)).toThrow(/chưa đóng/))).toBeLessThanOrEqual(
      2 * xml.length,
    );
  });

  it("still reads comments, declarations and CDATA that are closed", () => {
    const root = parseXml('<?xml version="1.0"?><!-- a --><a><b>x<![CDATA[<y>]]>z</b><!-- <c> --><c k="1"/></a>');
    const a = root.children[0];
    expect(a.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(a.children[0].text).toBe("x<y>z");
  });

  it("refuses nesting deeper than the limit instead of overflowing the stack", async () => {
    const depth = LIMITS.xmlDepth + 10;
    const p = await problemOf(
      openPlanFile(await docxWithBody("<w:sdt>".repeat(depth) + "</w:sdt>".repeat(depth)), "sau.docx"),
    );
    expect(p.code).toBe("too-large");
  });
});

describe("limits checked before the work", () => {
  it("millions of empty paragraphs in a small .docx: too large, not out of memory", async () => {
    const bytes = await docxWithBody("<w:p/>".repeat(LIMITS.xmlNodes + 1));
    expect(bytes.length).toBeLessThan(100_000);
    const p = await problemOf(openPlanFile(bytes, "rong.docx"));
    expect(p.code).toBe("too-large");
    expect(p.message).toMatch(TOO_LARGE);
    expect(p.message).toContain("word/document.xml");
  });

  it("a style bomb (millions of elements in styles.xml) is too large before Excel's reader sees it", async () => {
    const saved = LIMITS.packageElements;
    LIMITS.packageElements = 100_000;
    try {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Kế hoạch").getCell("A1").value = "a";
      const zip = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
      zip.file("xl/styles.xml", `<styleSheet><cellXfs>${"<xf/>".repeat(100_001)}</cellXfs></styleSheet>`);
      const p = await problemOf(
        openPlanFile(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "kieu.xlsx"),
      );
      expect(p.code).toBe("too-large");
      expect(p.message).toMatch(/phần tử XML trong cả gói/);
    } finally {
      LIMITS.packageElements = saved;
    }
  });

  describe("with the size limits lowered to 1 MB (the mechanism; real limits are 60 MB per part)", () => {
    const saved = { ...LIMITS };
    beforeEach(() => Object.assign(LIMITS, { partBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024 }));
    afterEach(() => Object.assign(LIMITS, saved));

    it("a part that inflates past the limit is too large, not corrupt", async () => {
      const bytes = await docxWithBody(" ".repeat(3 * 1024 * 1024));
      const p = await problemOf(openPlanFile(bytes, "bom.docx"));
      expect(p.code).toBe("too-large");
      expect(p.message).toMatch(TOO_LARGE);
    });

    it("a package that lies about its sizes is stopped while inflating", async () => {
      const bytes = await docxWithBody(" ".repeat(3 * 1024 * 1024));
      // Rewrite the big part's declared uncompressed size (local header and central directory) to 100 bytes.
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let i = 0; i + 30 < bytes.length; i++) {
        const sig = view.getUint32(i, true);
        if (sig === 0x04034b50 && view.getUint32(i + 22, true) > 1_000_000) view.setUint32(i + 22, 100, true);
        if (sig === 0x02014b50 && view.getUint32(i + 24, true) > 1_000_000) view.setUint32(i + 24, 100, true);
      }
      const p = await problemOf(openPlanFile(bytes, "noi-doi.docx"));
      expect(p.code).toBe("too-large");
    });
  });

  it("a file over the size limit is too large, not corrupt", async () => {
    const big = new Uint8Array(LIMITS.fileBytes + 1);
    big.set([0x50, 0x4b, 3, 4]);
    const p = await problemOf(openPlanFile(big, "lon.xlsx"));
    expect(p.code).toBe("too-large");
    expect(p.message).toMatch(TOO_LARGE);
  });
});

describe("misleading results", () => {
  it("a large password-protected file is called protected, not legacy 97-2003", async () => {
    const b = new Uint8Array(3 * 1024 * 1024);
    b.set(oleBytes(false).subarray(0, 8));
    const name = "EncryptedPackage";
    const at = b.length - 4096; // the directory entry after the encrypted data
    for (let k = 0; k < name.length; k++) b[at + 2 * k] = name.charCodeAt(k);
    const p = await problemOf(openPlanFile(b, "mat-khau.docx"));
    expect(p.code).toBe("encrypted");
  });

  it("reads a Windows-1258 .txt (converted, with a note)", async () => {
    const plan = seedGrid(SEEDS.thuDuc)
      .map((r) => r.join("\t"))
      .join("\r\n");
    const opened = await openPlanFile(encode1258(plan), "cp1258.txt");
    expect(opened.problems.map((p) => p.vi).join(" ")).toMatch(/Windows-1258/);
    const { plans } = await new FileHost(opened).read();
    expect(plans[0].headerRow).toBeGreaterThanOrEqual(0);
    expect(opened.grids[0].grid.flat().join(" ")).toContain("Trường");
  });

  it("converts a TCVN3 (ABC) .txt with the core's table, with a note", async () => {
    // "Kế hoạch cải tiến chất lượng" in TCVN3 bytes, as a .Vn font shows it: "KÕ ho¹ch c¶i tiÕn chÊt l­îng".
    const tcvn3 = Uint8Array.from([...Buffer.from("KÕ ho¹ch c¶i tiÕn chÊt l­îng\r\n", "latin1")]);
    const opened = await openPlanFile(tcvn3, "abc.txt");
    expect(opened.grids[0].grid.flat().join(" ")).toContain("Kế hoạch cải tiến chất lượng");
    expect(opened.problems.map((p) => p.vi).join(" ")).toMatch(/TCVN3 .*đã chuyển sang Unicode/);
  });

  it("reads a whole plan saved in TCVN3 with the same criteria, periods and budgets as in Unicode", async () => {
    const grid = seedGrid(SEEDS.mamNon);
    const unicode = (await new FileHost(await openPlanFile(Buffer.from(textOf(grid)), "u.txt")).read()).plans[0];
    const opened = await openPlanFile(encodeTcvn3(textOf(grid)), "abc.txt");
    const plan = (await new FileHost(opened).read()).plans[0];
    const rows = (p: typeof plan) =>
      p.rows.filter((r) => r.kind === "criterion").map((r) => [r.criterion, r.period, r.budget]);
    expect(rows(plan).length).toBeGreaterThan(3);
    expect(rows(plan)).toEqual(rows(unicode));
  });
});

// A .Vn-font user types "-" where Unicode text has an en dash.
const textOf = (grid: string[][]) =>
  grid
    .map((r) => r.join("\t"))
    .join("\r\n")
    .replace(/[–—]/g, "-");

/** Unicode → TCVN3 bytes, the inverse of the core's table; capitals as the .VnTimeH fonts type them (lower codes). */
function encodeTcvn3(text: string): Uint8Array {
  const inverse = new Map<string, number>();
  const decoded = (b: number) => convertLegacy(String.fromCharCode(b), "tcvn3");
  for (let b = 0xa0; b <= 0xff; b++) if (decoded(b) !== String.fromCharCode(b)) inverse.set(decoded(b), b);
  for (let b = 0xa0; b <= 0xff; b++) if (!inverse.has(decoded(b))) inverse.set(decoded(b), b); // "ý" is itself
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const b = inverse.get(ch) ?? inverse.get(ch.toLowerCase());
      if (b === undefined) throw new Error(`not in TCVN3: ${ch}`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

describe("writing back", () => {
  it("drops characters XML 1.0 forbids when saving a corrected .docx and .xlsx", async () => {
    const bad = "Tổ chức\u0001 hội\u000b thảo\u001b[2J\uffff";
    const docx = await openPlanFile(await docxFromGrid(seedGrid(SEEDS.mamNon)), "kh.docx");
    const host = new FileHost(docx);
    const plan = (await host.read()).plans[0];
    const cell = plan.rows.find((r) => r.cells.tasks)!.cells.tasks!;
    host.setCell(plan, cell.pos, bad);
    const saved = await host.save();
    const xml = await (await JSZip.loadAsync(saved)).file("word/document.xml")!.async("string");
    expect(xml).toContain("Tổ chức hội thảo[2J");
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/.test(xml)).toBe(false);
    const reopened = await openPlanFile(saved, "kh.docx");
    expect(reopened.grids[0].grid.flat()).toContain("Tổ chức hội thảo[2J");

    const xlsxHost = new FileHost(await openPlanFile(await xlsxFromGrid(seedGrid(SEEDS.quangNinh)), "kh.xlsx"));
    const xplan = (await xlsxHost.read()).plans[0];
    xlsxHost.setCell(xplan, xplan.rows.find((r) => r.cells.tasks)!.cells.tasks!.pos, bad);
    const xsaved = await xlsxHost.save();
    const zip = await JSZip.loadAsync(xsaved);
    for (const f of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/.test(await zip.file(f)!.async("string"))).toBe(false);
    }
    expect((await openPlanFile(xsaved, "kh.xlsx")).grids.flatMap((g) => g.grid.flat())).toContain(
      "Tổ chức hội thảo[2J",
    );
  });
});

/** Windows-1258: precomposed where the code page has the letter, else base letter + combining tone mark. */
function encode1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    if (table.has(ch)) {
      out.push(table.get(ch)!);
      continue;
    }
    const d = ch.normalize("NFD");
    const tone = [...d].find((c) => "\u0300\u0301\u0303\u0309\u0323".includes(c));
    const base = [...d]
      .filter((c) => c !== tone)
      .join("")
      .normalize("NFC");
    if (!table.has(base) || !tone || !table.has(tone)) throw new Error(`not in Windows-1258: ${ch}`);
    out.push(table.get(base)!, table.get(tone)!);
  }
  return Uint8Array.from(out);
}
