/**
 * Self-assessment input the way schools write it (issue 24): level columns in every wording, pasted lists in every
 * form, two-row merged headers in real .xlsx/.docx files, weakness columns. Every expectation is written by hand from
 * the input, never computed with the reader under test.
 */
import ExcelJS from "exceljs";
import { docxPackage } from "../support/files";
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { splitPasted } from "../../src/core/read";
import { draftPlan, readLevels } from "../../src/core/assess";
import { openPlanFile } from "../../src/hosts/file/index";

const tt57 = getCatalog("tt57-pho-thong")!;
const tt18 = getCatalog("tt18-2018")!;

describe("level columns headed by meaning (mức / kết quả / đạt / đánh giá)", () => {
  const headers = [
    "Mức đạt được",
    "Tự đánh giá",
    "Mức độ đạt được",
    "Kết quả đánh giá",
    "Kết quả tự đánh giá",
    "Đánh giá",
    "Mức đánh giá",
    "Kết quả",
    "Mức",
    "KẾT QUẢ ĐẠT ĐƯỢC",
    "Xếp loại",
  ];
  it.each(headers)("“%s”", (header) => {
    const grid = [
      ["TT", "Tiêu chí", header, "Ghi chú"],
      ["1", "Tiêu chí 1.1: Phương hướng, chiến lược", "Đạt Mức 2", ""],
      ["2", "1.2", "Mức 1", ""],
      ["3", "Tiêu chí 1.3", "Không đạt", ""],
      ["4", "TC 2.1", "Mức II", ""],
    ];
    const set = readLevels(grid, tt57);
    expect(set.levels).toEqual({ "1.1": 2, "1.2": 1, "1.3": 0, "2.1": 2 });
    expect(set.source).toBe("column");
  });

  it("the plan's own columns are not levels: “Kết quả cần đạt”, “Mục tiêu cải tiến”, “Mức độ thực hiện”", () => {
    for (const header of ["Kết quả cần đạt (so với hiện trạng)", "Mục tiêu cải tiến", "Mức độ thực hiện"]) {
      const grid = [
        ["TT", "Tiêu chí", header],
        ["1", "Tiêu chí 1.1", "Mức 2"],
      ];
      expect(readLevels(grid, tt57).levels).toEqual({});
    }
  });

  it("level values as people write them", () => {
    const grid = [
      ["Tiêu chí", "Kết quả đánh giá"],
      ["1.1", "Đạt Mức 2 (có minh chứng cải tiến)"],
      ["1.2", "Chưa đạt Mức 2"],
      ["1.3", "Không đạt (Mức 1)"],
      ["1.4", "Mức 1 - Đạt"],
      ["2.1", "2"],
      ["2.2", "Chưa đạt"],
      ["2.3", "Đạt"],
    ];
    // “Đạt” alone says no level: left unassessed (asked for), never guessed.
    expect(readLevels(grid, tt57).levels).toEqual({ "1.1": 2, "1.2": 1, "1.3": 0, "1.4": 1, "2.1": 2, "2.2": 0 });
  });

  it("of two columns headed like levels, the one holding levels is read", () => {
    const grid = [
      ["Tiêu chí", "Đánh giá chung", "Mức đạt được"],
      ["1.1", "Tốt, còn hạn chế về hồ sơ", "Mức 2"],
      ["1.2", "Ổn định", "Mức 1"],
    ];
    expect(readLevels(grid, tt57).levels).toEqual({ "1.1": 2, "1.2": 1 });
  });
});

describe("pasted lists", () => {
  const cases: [string, string, Record<string, number>][] = [
    [
      "“Tiêu chí 1.1. Đạt Mức 2” per line",
      "Tiêu chí 1.1. Đạt Mức 2\nTiêu chí 1.2. Đạt Mức 1\nTiêu chí 1.3. Không đạt",
      { "1.1": 2, "1.2": 1, "1.3": 0 },
    ],
    ["“1.1 (Mức 2)”", "1.1 (Mức 2)\n1.2 (Mức 1)\n1.3 (Không đạt)", { "1.1": 2, "1.2": 1, "1.3": 0 }],
    ["“TC1.1: M2”", "TC1.1: M2\nTC1.2: M1\nTC2.1: M2", { "1.1": 2, "1.2": 1, "2.1": 2 }],
    ["“;”-separated", "1.1 Mức 2; 1.2 Mức 1; 1.3 Không đạt; 2.2 Mức 1", { "1.1": 2, "1.2": 1, "1.3": 0, "2.2": 1 }],
    ["“,”-separated", "1.1 Mức 2, 1.2 Mức 1, 1.3 Chưa đạt", { "1.1": 2, "1.2": 1, "1.3": 0 }],
    ["“TC1.1: M2;” in one line", "TC1.1: M2; TC1.2: M1; TC4.3: M2", { "1.1": 2, "1.2": 1, "4.3": 2 }],
    ["dashes and lower case", "tiêu chí 3.1 - mức 1\ntiêu chí 3.2 – không đạt mức 1", { "3.1": 1, "3.2": 0 }],
    ["one cell per line", "1.1\nMức 2\n1.2\nMức 1", { "1.1": 2, "1.2": 1 }],
    [
      "grouped by level",
      "Mức 2: 1.1, 1.2, 2.1\nMức 1: 1.3; Không đạt: 3.2",
      { "1.1": 2, "1.2": 2, "2.1": 2, "1.3": 1, "3.2": 0 },
    ],
    ["tab-separated (copied from Excel)", "1.1\tMức 2\n1.2\tMức 1\n3.5\tKhông đạt", { "1.1": 2, "1.2": 1, "3.5": 0 }],
    ["Roman levels", "Tiêu chí 1.1: Mức II\nTiêu chí 1.2: Mức I", { "1.1": 2, "1.2": 1 }],
  ];
  it.each(cases)("%s", (_what, text, expected) => {
    const set = readLevels(splitPasted(text), tt57);
    expect(set.levels).toEqual(expected);
    expect(set.problems).toEqual([]);
  });

  it("lines not understood are listed back as written, the others are read", () => {
    const text = "1.1 Mức 2\nTiêu chí 1.2: đạt tốt\n1.3 Mức 1; 1.4 ???\nGhi chú chung của hội đồng";
    const set = readLevels(splitPasted(text), tt57);
    expect(set.levels).toEqual({ "1.1": 2, "1.3": 1 });
    expect(set.unread).toEqual(["Tiêu chí 1.2: đạt tốt", "1.4 ???"]);
    expect(set.problems).toHaveLength(1);
    expect(set.problems[0].vi).toContain("2 dòng");
    expect(set.problems[0].vi).toContain("“Tiêu chí 1.2: đạt tốt”");
    expect(set.problems[0].vi).toContain("“1.4 ???”");
    expect(set.problems[0].en).toMatch(
      /^No level read on 2 lines — write them as “1\.1 Mức 2”: “Tiêu chí 1\.2: đạt tốt”/,
    );
  });

  it("a 2018 list with Mức 3 keeps Mức 3", () => {
    expect(readLevels(splitPasted("Tiêu chí 1.1. Đạt Mức 3\n1.2 (Mức 2)\nTC5.6: M3"), tt18).levels).toEqual({
      "1.1": 3,
      "1.2": 2,
      "5.6": 3,
    });
  });
});

/** The TT 57 summary layout: Tiêu chí | Không đạt | Đạt (merged over Mức 1, Mức 2), "x" in the cells. */
const MERGED_ROWS = [
  ["Tiêu chí", "Không đạt", "Đạt", ""],
  ["", "", "Mức 1", "Mức 2"],
  ["Tiêu chí 1.1", "", "", "x"],
  ["Tiêu chí 1.2", "", "x", ""],
  ["Tiêu chí 1.3", "x", "", ""],
  ["Tiêu chí 2.1", "", "x", "x"],
  ["Tiêu chí 2.2", "", "", ""],
];
const MERGED_EXPECTED = { "1.1": 2, "1.2": 1, "1.3": 0, "2.1": 2 };

async function mergedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tổng hợp");
  ws.addRow(["BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ"]);
  MERGED_ROWS.forEach((r) => ws.addRow(r));
  ws.mergeCells("A2:A3"); // Tiêu chí over two rows
  ws.mergeCells("B2:B3"); // Không đạt over two rows
  ws.mergeCells("C2:D2"); // Đạt over Mức 1, Mức 2
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** WordprocessingML by hand: gridSpan for "Đạt", vMerge for "Tiêu chí" and "Không đạt" (ECMA-376 §17.4.17, §17.4.85). */
async function mergedDocx(): Promise<Uint8Array> {
  const t = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${s}</w:t></w:r></w:p>`;
  const tc = (s: string, pr = "") => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${t(s)}</w:tc>`;
  const head1 =
    tc("Tiêu chí", '<w:vMerge w:val="restart"/>') +
    tc("Không đạt", '<w:vMerge w:val="restart"/>') +
    tc("Đạt", '<w:gridSpan w:val="2"/>');
  const head2 = tc("", "<w:vMerge/>") + tc("", "<w:vMerge/>") + tc("Mức 1") + tc("Mức 2");
  const body = MERGED_ROWS.slice(2)
    .map((r) => `<w:tr>${r.map((c) => tc(c)).join("")}</w:tr>`)
    .join("");
  return docxPackage(
    `${t("Bảng tổng hợp kết quả tự đánh giá")}<w:tbl><w:tr>${head1}</w:tr><w:tr>${head2}</w:tr>${body}</w:tbl>`,
  );
}

describe("two-row merged headers (Tiêu chí | Không đạt | Đạt: Mức 1, Mức 2)", () => {
  it("as a grid: “x” under Không đạt is Không đạt; a row without any mark stays unassessed", () => {
    const set = readLevels(MERGED_ROWS, tt57);
    expect(set.levels).toEqual(MERGED_EXPECTED);
    expect(set.source).toBe("x-grid");
  });

  it.each([
    ["xlsx", mergedXlsx, "tong-hop.xlsx"],
    ["docx", mergedDocx, "tong-hop.docx"],
  ] as const)("in a real .%s file", async (_kind, make, name) => {
    const opened = await openPlanFile(await make(), name);
    const found = opened.grids.map((g) => readLevels(g.grid, tt57)).find((s) => Object.keys(s.levels).length);
    expect(found?.levels).toEqual(MERGED_EXPECTED);
  });
});

describe("weakness columns", () => {
  it.each(["Điểm yếu", "Hạn chế", "Tồn tại", "Điểm hạn chế", "Tồn tại, hạn chế"])("“%s” is the weakness", (header) => {
    const grid = [
      ["Tiêu chí", "Mức đạt được", "Điểm mạnh", header, "Nguyên nhân"],
      ["1.1", "Mức 1", "Có kế hoạch", "Chưa cập nhật kế hoạch chiến lược", "Thiếu thời gian"],
    ];
    const set = readLevels(grid, tt57);
    expect(set.levels).toEqual({ "1.1": 1 });
    expect(set.notes["1.1"]).toEqual({
      state: "Có kế hoạch",
      weakness: "Chưa cập nhật kế hoạch chiến lược",
      cause: "Thiếu thời gian",
    });
    expect(set.noteHeaders?.weakness).toBe(header);
  });
});

describe("weakness texts carried into drafts", () => {
  it("TT 57: into section IV “Điểm hạn chế”, the source column named", () => {
    const grid = [
      ["Tiêu chí", "Kết quả tự đánh giá", "Tồn tại"],
      ["1.3", "Không đạt", "Chưa có quy chế phối hợp"],
      ["2.2", "Mức 1", ""],
    ];
    const set = readLevels(grid, tt57);
    const draft = draftPlan(
      tt57,
      set,
      { "1.3": 1 },
      { level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null },
    );
    expect(draft.sectionIV!.rows[0][4]).toBe("Chưa có quy chế phối hợp");
    expect(draft.weaknessPlaced).toBe(
      "Điểm hạn chế (cột “Tồn tại”) của 1 tiêu chí được chép vào cột “Điểm hạn chế” của mục IV.",
    );
  });

  it("2018: into the task column (the 2018 table has none for it), said so", () => {
    const grid = [
      ["Tiêu chí", "Mức đạt được", "Điểm yếu"],
      ["Tiêu chí 2.1", "Mức 1", "Giáo viên chưa đạt chuẩn trình độ đào tạo"],
      ["Tiêu chí 2.2", "Mức 3", ""],
    ];
    const set = readLevels(grid, tt18);
    const draft = draftPlan(
      tt18,
      set,
      { "2.1": 2 },
      { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: null },
    );
    const row = draft.grid.rows.find((r) => r[1].startsWith("Tiêu chí 2.1"))!;
    expect(row[3]).toBe("Khắc phục hạn chế: Giáo viên chưa đạt chuẩn trình độ đào tạo\n(cần điền)");
    expect(draft.weaknessPlaced).toContain("cột “Điểm yếu”");
    expect(draft.weaknessPlaced).toContain("“Công việc/giải pháp cần thực hiện”");
  });
});
