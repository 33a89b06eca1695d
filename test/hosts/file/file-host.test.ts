import JSZip from "jszip";
import ExcelJS from "exceljs";
import "../../../src/core/catalogs/all";
import { FileHost, FileProblem, openPlanFile, generateTemplate } from "../../../src/hosts/file";
import { checkPlan } from "../../../src/core/rules";
import { mainPlan } from "../../../src/core/read";
import { SEEDS, seedGrid } from "../../support/seeds";
import { docxFromGrid, oleBytes, xlsxFromGrid } from "../../support/files";

const rules = (plan: Parameters<typeof checkPlan>[0]) => checkPlan(plan).map((f) => f.rule);

describe("file host: .xlsx", () => {
  it("reads the plan sheet of a workbook with other sheets, fixes a cell, and saves everything else unchanged", async () => {
    const input = await xlsxFromGrid(seedGrid(SEEDS.thuDuc));
    const copy = input.slice();
    const host = new FileHost(await openPlanFile(input, "thu-duc.xlsx"));
    const { plans } = await host.read();
    const plan = plans.find((p) => p.rows.some((r) => r.kind === "criterion"))!;
    expect(host.sourceOf(plan)).toBe("Kế hoạch");
    expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion)).toEqual(["1.4", "5.2", "5.4"]);
    expect(rules(plan)).toContain("timeline.after-school-year");
    const row = plan.rows.find((r) => r.criterion === "1.4")!;
    host.setCell(plan, row.cells.period!.pos, "Tháng 9/2025 – 5/2026");
    const saved = await host.save();
    expect(Buffer.from(input).equals(Buffer.from(copy))).toBe(true); // the input bytes never change

    const again = new FileHost(await openPlanFile(saved, "thu-duc.xlsx"));
    const plan2 = (await again.read()).plans.find((p) => p.rows.some((r) => r.kind === "criterion"))!;
    expect(rules(plan2)).not.toContain("timeline.after-school-year");
    expect(rules(plan2).sort()).toEqual(
      rules(plan)
        .filter((r) => r !== "timeline.after-school-year")
        .sort(),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(saved as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Danh sách lớp")!.getCell("B2").value).toBe(42);
    expect(wb.getWorksheet("Danh sách lớp")!.getCell("A1").font.bold).toBe(true);
  });
});

describe("file host: .docx", () => {
  it("reads a document with several tables and text, edits one cell, keeps every other part", async () => {
    const input = await docxFromGrid(seedGrid(SEEDS.mamNon));
    const host = new FileHost(await openPlanFile(input, "mam-non.docx"));
    const { plans } = await host.read();
    const plan = plans.find((p) => p.rows.some((r) => r.kind === "criterion"))!;
    expect(plan.context).toMatchObject({ level: "mam-non", schoolYear: "2025-2026" });
    expect(plan.rows.filter((r) => r.kind === "criterion").map((r) => r.criterion)).toEqual([
      "1.4",
      "1.10",
      "2.2",
      "3.3",
      "5.2",
    ]);
    const row = plan.rows.find((r) => r.criterion === "3.3")!;
    host.setCell(plan, row.cells.budget!.pos, "60 triệu đống");
    const saved = await host.save();
    const plan2 = (await new FileHost(await openPlanFile(saved, "mam-non.docx")).read()).plans.find((p) =>
      p.rows.some((r) => r.kind === "criterion"),
    )!;
    expect(rules(plan2)).toEqual(["budget.unit-typo"]);
    expect(plan2.rows.find((r) => r.criterion === "3.3")!.cells.budget!.text).toBe("60 triệu đống");
    // Every other package part is byte-identical; the document text outside the edited cell is unchanged.
    const [a, b] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(saved)]);
    expect(await b.file("word/media/note.txt")!.async("string")).toBe(
      await a.file("word/media/note.txt")!.async("string"),
    );
    const before = await a.file("word/document.xml")!.async("string");
    const after = await b.file("word/document.xml")!.async("string");
    const cut = before.indexOf("60.000.000");
    expect(after.slice(0, cut - 200)).toBe(before.slice(0, cut - 200));
  });
});

describe("file host: unreadable files", () => {
  it.each([
    ["empty.xlsx", new Uint8Array(0), "empty", /trống/],
    ["hong.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]), "corrupt", /hỏng/],
    ["matkhau.docx", oleBytes(true), "encrypted", /mật khẩu/],
    ["cu.doc", oleBytes(false), "legacy-doc", /Word 97-2003/],
    ["cu.xls", oleBytes(false), "legacy-xls", /Excel 97-2003/],
    ["anh.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "unsupported", /Chưa hỗ trợ/],
  ])("%s gives a clear Vietnamese message and changes nothing", async (name, bytes, code, message) => {
    const copy = bytes.slice();
    const err = await openPlanFile(bytes, name).catch((e) => e);
    expect(err).toBeInstanceOf(FileProblem);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

describe("templates", () => {
  it.each([
    ["xlsx", "2025-2026"],
    ["xlsx", "2026-2027"],
    ["docx", "2025-2026"],
    ["docx", "2026-2027"],
  ] as const)("a generated %s for %s reads back as a plan table with no content yet", async (format, year) => {
    const bytes = await generateTemplate({
      level: "tieu-hoc",
      schoolYear: year,
      format,
      school: "Trường Tiểu học Kim Đồng",
    });
    const { plans } = await new FileHost(await openPlanFile(bytes, `mau.${format}`)).read();
    const plan = mainPlan(plans);
    expect(plan.template).toBe(year === "2026-2027" ? "tt57-bieu2" : "2018-9col");
    expect(plan.context).toMatchObject({ level: "tieu-hoc", schoolYear: year });
    // Clean apart from the one finding a blank table gets (issue 24): it has no content yet.
    expect(checkPlan(plan).map((f) => [f.rule, f.severity])).toEqual([["table.empty", "warning"]]);
  });
  it("puts native list validation on the criterion and target columns, fed by a hidden catalog sheet", async () => {
    const bytes = await generateTemplate({ level: "thcs", schoolYear: "2025-2026", format: "xlsx" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const hidden = wb.getWorksheet("KHCT_DanhMuc")!;
    expect(hidden.state).toBe("veryHidden");
    expect(hidden.getCell("A4").value).toBe(
      "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng",
    );
    const ws = wb.getWorksheet("Kế hoạch")!;
    expect(ws.getCell("B8").dataValidation).toMatchObject({ type: "list", formulae: ["DS_TieuChi"] });
    expect(ws.getCell("C8").dataValidation).toMatchObject({ type: "list", formulae: ["DS_Muc"] });
    expect(wb.definedNames.getRanges("DS_TieuChi").ranges[0]).toContain("KHCT_DanhMuc");
  });
  it("writes the official parts into the .docx (header block, title, Căn cứ, landscape, repeated header row)", async () => {
    const bytes = await generateTemplate({ level: "mam-non", schoolYear: "2025-2026", format: "docx" });
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: …/KH-…",
      "KẾ HOẠCH",
      "Thông tư số 19/2018/TT-BGDĐT",
      "5942/BGDĐT-QLCL",
      "Phòng Văn hóa - Xã hội",
      "w:tblHeader",
      'w:orient="landscape"',
    ])
      expect(xml).toContain(s);
    expect(xml).not.toContain("Phòng GD&amp;ĐT");
  });
});
