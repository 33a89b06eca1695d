import * as fs from "fs";
import * as path from "path";
import "../../../src/core/catalogs/all";
import type { Plan } from "../../../src/core/types";
import { FileHost, FileProblem, openPlanFile, planAsDocx } from "../../../src/hosts/file";
import { SCANNED_PDF, readPdfPages } from "../../../src/hosts/file/pdf";
import { checkPlan } from "../../../src/core/rules";
import { mainPlan } from "../../../src/core/read";
import { gridFromPositions } from "../../../src/core/read/positions";
import { catalogIdFor, getCatalog } from "../../../src/core/catalogs/index";
import { PDF_FIXTURES } from "../../support/pdf-fixtures";
import { PdfWriter, tablePdf } from "../../support/pdf-writer";
import { docxFromGrid } from "../../support/files";
import { SEEDS, seedGrid } from "../../support/seeds";

// The first test pays for loading pdf.js (transformed from ES modules once, then cached).

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "pdf");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

async function readMain(bytes: Uint8Array, name: string): Promise<Plan> {
  return mainPlan((await new FileHost(await openPlanFile(bytes, name)).read()).plans);
}

/** What the acceptance compares: each row's kind, criterion, target, period and budget. */
const rowsOf = (p: Plan) =>
  p.rows.map((r) => ({
    kind: r.kind,
    standard: r.standard,
    criterion: r.criterion,
    target: r.target,
    period: r.period,
    budget: r.budget,
  }));
const findingsOf = (p: Plan) => {
  const catalog =
    p.context.level && p.context.regime ? (getCatalog(catalogIdFor(p.context.level, p.context.regime)) ?? null) : null;
  return checkPlan(p, catalog)
    .map((f) => `${f.rule} ${f.criterion ?? ""} ${f.severity}`)
    .sort();
};

describe("PDF plans made from the seeds read as their .docx does", () => {
  it.each(PDF_FIXTURES.map((f) => [f.pdf, f] as const))("%s", async (name, f) => {
    const fromPdf = await readMain(fixture(name), name);
    const fromDocx = await readMain(await f.docx(), name.replace(/\.pdf$/, ".docx"));
    expect(fromPdf.rows.filter((r) => r.kind === "criterion").length).toBeGreaterThan(0);
    expect(rowsOf(fromPdf)).toEqual(rowsOf(fromDocx));
    expect(fromPdf.context).toEqual(fromDocx.context);
    expect(fromPdf.template).toBe(fromDocx.template);
    expect(Object.keys(fromPdf.columns).sort()).toEqual(Object.keys(fromDocx.columns).sort());
    expect(findingsOf(fromPdf)).toEqual(findingsOf(fromDocx));
  });

  it("reads Biểu 2's section IV table and keeps the section VI table out of the plan table", async () => {
    const plan = await readMain(fixture("thu-duc-bieu2-2026-2027.pdf"), "bieu2.pdf");
    expect(plan.template).toBe("tt57-bieu2");
    expect(plan.context).toMatchObject({ regime: "2026", schoolYear: "2026-2027", level: "thcs" });
    expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion)).toEqual(["1.2", "3.4", "3.3"]);
    expect(plan.rows.some((r) => /Cuối học kỳ/.test(r.cells.criterion?.text ?? ""))).toBe(false);
  });

  it("never changes the input bytes (pdf.js gets a copy)", async () => {
    const bytes = fixture("thu-duc-2025-2026.pdf");
    const copy = bytes.slice();
    await openPlanFile(bytes, "a.pdf");
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

describe("PDF tables across pages", () => {
  // The Thủ Đức seed's table as a word processor prints it on short pages (its blank lines dropped).
  const seed = seedGrid(SEEDS.thuDuc).filter((r) => r.some((c) => c.trim()));
  const h = seed.findIndex((r) => r[0] === "TT");
  const last = seed.length - 1 - [...seed].reverse().findIndex((r) => r.length > 1);
  const grid = seed.slice(0, last + 1).concat(seed.slice(last + 1));
  const doc = {
    before: seed.slice(0, h).map((r) => r.join(" ")),
    header: seed[h],
    widths: [3, 14, 14, 20, 9, 9, 8, 8, 5],
    rows: seed.slice(h + 1, last + 1),
    after: seed.slice(last + 1).map((r) => r.join(" ")),
    pageBottom: 330,
  };

  it.each([
    ["with cell borders", true],
    ["without ruling lines", false],
  ])("%s: the repeated header is dropped and the row split by the page break is whole again", async (_label, ruled) => {
    const bytes = tablePdf({ ...doc, ruled });
    const opened = await openPlanFile(bytes, "nhieu-trang.pdf");
    const text = new TextDecoder("latin1").decode(bytes);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    const headers = opened.grids[0].grid.filter((r) => r[0] === "TT" && /Tiêu chuẩn/.test(r[1]));
    expect(headers).toHaveLength(1);
    const plan = mainPlan((await new FileHost(opened).read()).plans);
    const fromDocx = await readMain(await docxFromGrid(grid), "a.docx");
    expect(rowsOf(plan)).toEqual(rowsOf(fromDocx));
    // Criterion 5.2's row starts at the bottom of one page and ends at the top of the next in this layout: one row
    // again, each cell whole, with the user's text as written.
    const pages = await readPdfPages(bytes, "nhieu-trang.pdf");
    // Items are words (glyphs assembled by position): a phrase is looked for in the page's text.
    const pageOf = (s: string) =>
      pages.findIndex((p) =>
        p.items
          .map((i) => i.str)
          .join(" ")
          .includes(s),
      );
    expect(pageOf("Sự hỗ trợ từ")).toBeGreaterThan(0);
    expect(pageOf("cha/mẹ học")).toBe(pageOf("Sự hỗ trợ từ") + 1);
    const row = plan.rows.find((r) => r.criterion === "5.2")!;
    expect(row.cells.support!.text).toBe("Sự hỗ trợ từ Ban đại diện cha/mẹ học sinh; Các ban ngành tại địa phương.");
    expect(row.cells.budget!.text).toBe("Từ nguồn thu tại đơn vị");
    expect(plan.rows.filter((r) => r.kind === "criterion")).toHaveLength(3);
    expect(findingsOf(plan)).toEqual(findingsOf(fromDocx));
  });
});

describe("PDF tables across pages, as Word/LibreOffice print them", () => {
  it.each([
    ["with cell borders", "mam-non-official-2018.pdf"],
    ["without cell borders", "mam-non-official-no-borders.pdf"],
  ])(
    "%s: the header row Word repeats on each page is dropped and each row broken across pages is one row",
    async (_label, name) => {
      const bytes = fixture(name);
      const pages = await readPdfPages(bytes, "a.pdf");
      // Each page after the first starts with the repeated header, then the rest of the row the page break split.
      // (Shown on the bordered copy read page by page; without borders a lone page cannot always tell its header's
      // last line from the rest of a split row: the document reading uses the first page's header for that.)
      const ruled = name === "mam-non-official-2018.pdf";
      const continued = pages.slice(2).map((p) =>
        gridFromPositions([p])
          .filter((r) => r.length > 1)
          .slice(0, 2),
      );
      expect(continued.length).toBeGreaterThanOrEqual(3);
      for (const [header, rest] of ruled ? continued : []) {
        expect(header.slice(0, 3)).toEqual(["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)"]);
        expect(rest[0]).toBe("");
      }
      const grid = (await openPlanFile(bytes, "a.pdf")).grids[0].grid;
      expect(grid.filter((r) => /^TT\b/.test(r[0]))).toHaveLength(1);
      for (const [, rest] of ruled ? continued : []) expect(grid).not.toContainEqual(rest);
      const plan = mainPlan((await new FileHost(await openPlanFile(bytes, "a.pdf")).read()).plans);
      const row = plan.rows.find((r) => r.criterion === "1.10")!;
      expect(row.cells.criterion!.text).toBe("<p>Tiêu chí 1.10 Đảm bảo an ninh trật tự, an toàn trường học</p>");
    },
  );
});

describe("PDFs that cannot be read", () => {
  const problem = async (bytes: Uint8Array, name: string) => {
    try {
      await openPlanFile(bytes, name);
    } catch (e) {
      return e as FileProblem;
    }
    throw new Error("expected a FileProblem");
  };

  it("a scanned PDF (images only) says so and suggests the original file or pasting", async () => {
    const e = await problem(new PdfWriter().imagePage().imagePage().bytes(), "scan.pdf");
    expect(e).toBeInstanceOf(FileProblem);
    expect(e.code).toBe("scanned");
    expect(e.message).toContain(SCANNED_PDF);
  });

  it("an encrypted PDF asks for an unprotected copy", async () => {
    const e = await problem(fixture("encrypted.pdf"), "encrypted.pdf");
    expect(e.code).toBe("encrypted");
    expect(e.message).toMatch(/có mật khẩu/);
  });

  it("a truncated or broken PDF is reported as such", async () => {
    const full = fixture("thu-duc-2025-2026.pdf");
    const cut = await problem(full.slice(0, Math.floor(full.length * 0.6)), "cut.pdf");
    expect(cut.code).toBe("corrupt");
    expect(cut.message).toMatch(/không trọn vẹn/);
    const broken = await problem(new TextEncoder().encode("%PDF-1.7\nkhông phải PDF\n%%EOF\n"), "broken.pdf");
    expect(broken.code).toBe("corrupt");
    expect(broken.message).toMatch(/PDF bị hỏng/);
    expect((await problem(new TextEncoder().encode("xin chào"), "fake.pdf")).code).toBe("corrupt");
  });
});

describe("Lưu thành .docx", () => {
  it("a PDF is never rewritten; the plan is saved as a new official-layout .docx with the same rows", async () => {
    const host = new FileHost(await openPlanFile(fixture("thu-duc-2025-2026.pdf"), "thu-duc.pdf"));
    expect((await host.capabilities()).features.save).toBe(false);
    await expect(host.save()).rejects.toThrow(/Lưu thành \.docx/);
    const plan = mainPlan((await host.read()).plans);
    const docx = await planAsDocx(plan);
    const again = await readMain(docx, "thu-duc.docx");
    const criteria = (p: Plan) =>
      p.rows
        .filter((r) => r.kind === "criterion")
        .map((r) => ({ criterion: r.criterion, target: r.target, period: r.period, budget: r.budget }));
    expect(criteria(again)).toEqual(criteria(plan));
    expect(again.context).toMatchObject({ level: "thcs", regime: "2018", schoolYear: "2025-2026" });
    expect(again.text.some((t) => /Căn cứ Thông tư số 18\/2018\/TT-BGDĐT/.test(t.text))).toBe(true);
  });
});
