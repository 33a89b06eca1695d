/**
 * Documents a secretary can sign and submit as they are, checked on the written XML: the .docx signature block on
 * one page, table rows that do not break needlessly, amounts never broken inside, page numbers from page 2 in the
 * top margin (Nghị định 30/2020), the short rule lines of the header block, room above headings; the Biểu 2 .xlsx
 * in the form's section order; dropdown ranges that do not overlap in any generated workbook.
 * Expectations are written from the Decree and the form, not computed with the writer's own helpers.
 */
import JSZip from "jszip";
import "../../../src/core/catalogs/all";
import { generateTemplate, writePlanFile } from "../../../src/hosts/file";
import { catalogIdFor, getCatalog } from "../../../src/core/catalogs/index";
import { renderGrid } from "../../../src/core/render";
import { templateFor } from "../../../src/core/templates";
import type { RenderedGrid, SchoolContext } from "../../../src/core/types";
import { generatedSamples, type Sample } from "../../support/samples";

const CONTEXT: SchoolContext = {
  level: "thcs",
  regime: "2026",
  schoolYear: "2026-2027",
  school: "Trường THCS Lê Quý Đôn",
  circular: null,
};

/** A Biểu 2 draft with five ordinary rows, one very long row and amounts written the ways schools write them. */
function draftGrid(): RenderedGrid {
  const grid = renderGrid(templateFor("2026").id, CONTEXT, null, getCatalog(catalogIdFor("thcs", "2026")));
  const width = grid.columns.length;
  const col = (role: string) => grid.columns.findIndex((c) => c.role === role);
  const rows = [...grid.rows.filter((_, r) => grid.kinds[r] === "header" || grid.kinds[r] === "number-row")];
  const kinds: RenderedGrid["kinds"] = grid.kinds.filter((k) => k === "header" || k === "number-row");
  const amounts = ["5.000.000/năm học", "15.000.000 đồng", "Không", "2.500.000đ/tháng", "xã hội hóa 10.000.000"];
  for (let i = 0; i < 6; i++) {
    const row = new Array<string>(width).fill("");
    row[col("tt")] = String(i + 1);
    row[col("criterion")] = `Tiêu chí 1.${i + 1}`;
    row[col("target")] = "Đạt Mức 2";
    row[col("tasks")] = i === 5 ? "Rà soát, bổ sung quy chế và kế hoạch. ".repeat(140) : "Rà soát, bổ sung quy chế.";
    row[col("period")] = "Tháng 9/2026 - tháng 5/2027";
    row[col("budget")] = amounts[i % amounts.length];
    rows.push(row);
    kinds.push("criterion");
  }
  return { ...grid, rows, kinds };
}

const xmlOf = async (bytes: Uint8Array, part: string) => (await JSZip.loadAsync(bytes)).file(part)?.async("string");
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rowsOfTable = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);

let draft: Uint8Array;
let documentXml: string;
beforeAll(async () => {
  draft = await writePlanFile(draftGrid(), CONTEXT, "docx");
  documentXml = (await xmlOf(draft, "word/document.xml"))!;
}, 60000);

describe(".docx for signing (Nghị định 30/2020)", () => {
  it("the signature block (chức vụ, chữ ký, họ tên) is one row that never splits across pages", () => {
    const signature = tables(documentXml).find((t) => textOf(t).includes("HIỆU TRƯỞNG"))!;
    const rows = rowsOfTable(signature);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("<w:cantSplit/>");
    // Room to sign: empty paragraphs between the title and the name line.
    const right = rows[0].split("<w:tc>")[2];
    const ps = paragraphs(right).map(textOf);
    expect(ps[0]).toBe("HIỆU TRƯỞNG");
    expect(ps.slice(2, 5)).toEqual(["", "", ""]);
    expect(ps.length).toBeGreaterThanOrEqual(6);
  });

  it("plan rows that fit on a page do not break across pages; a row taller than a page may", () => {
    const plan = tables(documentXml).find((t) => textOf(t).includes("Tiêu chí 1.1"))!;
    const rows = rowsOfTable(plan);
    const data = rows.filter((r) => /Tiêu chí 1\.\d/.test(textOf(r)));
    expect(data).toHaveLength(6);
    const long = data.filter((r) => textOf(r).length > 3000);
    expect(long).toHaveLength(1);
    for (const r of data.filter((x) => !long.includes(x))) expect(r).toContain("<w:cantSplit/>");
    expect(long[0]).not.toContain("<w:cantSplit/>");
    // The header row repeats on every page; it and the (1)…(10) row never end a page without a row under them.
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[0]).toContain("<w:keepNext/>");
    expect(textOf(rows[1])).toMatch(/^\(1\)\(2\)/);
    expect(rows[1]).toContain("<w:keepNext/>");
    for (const r of data) expect(r).not.toContain("<w:keepNext/>");
  });

  it("every amount fits its column unbroken (column at least as wide as the number)", () => {
    const plan = tables(documentXml).find((t) => textOf(t).includes("Tiêu chí 1.1"))!;
    const widths = [...plan.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14000 + widths.length);
    let amounts = 0;
    for (const row of rowsOfTable(plan)) {
      const cells = row.split("<w:tc>").slice(1);
      cells.forEach((cell, c) => {
        for (const token of textOf(cell).split(/\s+/)) {
          const number = /^\d{1,3}(?:\.\d{3})+/.exec(token)?.[0];
          if (!number) continue;
          amounts++;
          // Times New Roman digits are half an em (12 pt: 120 twips); the unit glued to it ("đ", "/") one more
          // character; 216 twips of cell margins.
          const need = (number.length + 1) * 120 + 216;
          expect({ token, fits: widths[c] >= need }).toEqual({ token, fits: true });
        }
      });
    }
    expect(amounts).toBeGreaterThanOrEqual(4);
  });

  it("page numbers: the PAGE field centred in the header, not on the first page", async () => {
    const header = await xmlOf(draft, "word/header1.xml");
    expect(header).toMatch(/<w:fldSimple w:instr=" PAGE ">/);
    expect(header).toContain('<w:jc w:val="center"/>');
    const rels = (await xmlOf(draft, "word/_rels/document.xml.rels"))!;
    expect(rels).toMatch(/Type="[^"]+\/header" Target="header1.xml"/);
    const types = (await xmlOf(draft, "[Content_Types].xml"))!;
    expect(types).toContain('PartName="/word/header1.xml"');
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(documentXml)![0];
    expect(sectPr).toMatch(/^<w:sectPr><w:headerReference w:type="default" r:id="rId2"\/>/);
    expect(sectPr).toContain("<w:titlePg/>");
  });

  it("short rule lines under the agency name (1/3 to 1/2 of it) and under the Tiêu ngữ (as long as it)", () => {
    const header = tables(documentXml)[0];
    const ps = paragraphs(header);
    const after = (text: string) => ps[ps.findIndex((p) => textOf(p) === text) + 1];
    // Widths estimated by hand: bold capitals of Times New Roman about 0.7 em (13 pt = 260 twips an em); the
    // Tiêu ngữ at 14 pt about half an em a character.
    const agency = "TRƯỜNG THCS LÊ QUÝ ĐÔN";
    const motto = "Độc lập - Tự do - Hạnh phúc";
    for (const [text, cell, min, max] of [
      [agency, 5600, agency.length * 260 * 0.7 * 0.3, agency.length * 260 * 0.7 * 0.55],
      [motto, 8400, motto.length * 280 * 0.5 * 0.75, motto.length * 280 * 0.5 * 1.25],
    ] as const) {
      const line = after(text);
      expect(line).toMatch(/<w:pBdr><w:top w:val="single"/);
      const [, left, right] = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(line)!.map(Number);
      const length = cell - left - right;
      expect(left).toBe(right);
      expect({ text, length: length >= min && length <= max }).toEqual({ text, length: true });
    }
  });

  it("section headings keep with what follows and stand clear of the table above", () => {
    const headings = paragraphs(documentXml).filter((p) => /^(I|II|III|IV|V|VI|VII|VIII)\. [A-ZĐ]/.test(textOf(p)));
    expect(headings.length).toBeGreaterThanOrEqual(8);
    for (const h of headings) {
      expect(h).toContain("<w:keepNext/>");
      expect(Number(/<w:spacing w:before="(\d+)"/.exec(h)![1])).toBeGreaterThanOrEqual(200);
    }
  });

  it("the 2018 template gets the same page numbers, rules and signature", async () => {
    const bytes = await generateTemplate({
      level: "thcs",
      schoolYear: "2025-2026",
      format: "docx",
      school: "Trường THCS A",
    });
    const xml = (await xmlOf(bytes, "word/document.xml"))!;
    expect(xml).toContain("<w:titlePg/>");
    expect(await xmlOf(bytes, "word/header1.xml")).toContain("PAGE");
    expect(rowsOfTable(tables(xml).find((t) => textOf(t).includes("HIỆU TRƯỞNG"))!)[0]).toContain("<w:cantSplit/>");
    expect(paragraphs(tables(xml)[0]).filter((p) => p.includes("<w:pBdr>"))).toHaveLength(2);
  });
});

/** Sheets of a workbook in tab order, with their state, from xl/workbook.xml. */
async function sheetOrder(bytes: Uint8Array): Promise<{ names: string[]; states: string[]; activeTab: number }> {
  const xml = (await xmlOf(bytes, "xl/workbook.xml"))!;
  const sheets = [...xml.matchAll(/<sheet ([^>]*)\/>/g)].map((m) => m[1]);
  const attr = (s: string, a: string) => new RegExp(`${a}="([^"]*)"`).exec(s)?.[1] ?? "";
  return {
    names: sheets.map((s) => attr(s, "name")),
    states: sheets.map((s) => attr(s, "state") || "visible"),
    activeTab: Number(/activeTab="(\d+)"/.exec(xml)?.[1] ?? 0),
  };
}

describe(".xlsx Biểu 2 in the form's order", () => {
  it("visible sheets are sections IV, V (the plan table), VI in that order; Excel opens on the plan table", async () => {
    const bytes = await generateTemplate({
      level: "thcs",
      schoolYear: "2026-2027",
      format: "xlsx",
      school: "Trường THCS A",
    });
    const { names, states, activeTab } = await sheetOrder(bytes);
    const visible = names.filter((_, i) => states[i] === "visible");
    expect(visible).toEqual(["IV. Vấn đề trọng tâm", "Kế hoạch", "VI. Theo dõi, đánh giá"]);
    expect(names[activeTab]).toBe("Kế hoạch");
    expect(names[names.length - 1]).toBe("KHCT_DanhMuc");
  });
});

type Box = { top: number; left: number; bottom: number; right: number };
const colNo = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function box(ref: string): Box {
  const [a, b = a] = ref.split(":");
  const p = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x)!;
    return { col: colNo(m[1]), row: Number(m[2]) };
  };
  const tl = p(a);
  const br = p(b);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}
const overlap = (x: Box, y: Box) => x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;

describe("dropdown ranges", () => {
  let samples: Sample[];
  beforeAll(async () => {
    samples = (await generatedSamples()).filter((s) => s.name.endsWith(".xlsx"));
  }, 60000);

  it("every generated and saved workbook has disjoint data-validation ranges, still covering the plan rows", async () => {
    let checked = 0;
    for (const s of samples) {
      const zip = await JSZip.loadAsync(s.bytes);
      for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
        const xml = await zip.file(part)!.async("string");
        const ranges = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)]
          .flatMap((m) => m[1].split(" "))
          .map(box);
        for (let i = 0; i < ranges.length; i++) {
          for (let j = i + 1; j < ranges.length; j++) {
            expect({ file: s.name, part, overlap: overlap(ranges[i], ranges[j]) }).toEqual({
              file: s.name,
              part,
              overlap: false,
            });
          }
        }
        if (ranges.length) checked++;
        // The criterion dropdown covers at least 200 rows under the header (as written).
        if (/^(mau|da-sua)/.test(s.name) && ranges.length) {
          expect(Math.max(...ranges.map((r) => r.bottom - r.top + 1))).toBeGreaterThanOrEqual(200);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
