import {
  planDocumentParts,
  checkDocumentParts,
  canCuLines,
  QUOC_HIEU,
  TIEU_NGU,
  type DocPart,
} from "../../src/core/docparts";
import type { SchoolContext } from "../../src/core/types";

const ctx = { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: "Trường THCS Lê Lợi" } as SchoolContext;

/** The lines a document built from the parts would contain, in order. */
function linesOf(parts: DocPart[]): { text: string; row: number }[] {
  const texts: string[] = [];
  for (const p of parts) {
    if (p.kind === "header-block") p.left.forEach((l, i) => texts.push(l, p.right[i] ?? ""));
    else if (p.kind === "title" || p.kind === "recipients" || p.kind === "signature") texts.push(...p.lines);
    else if (p.kind === "paragraph" || p.kind === "heading") texts.push(p.text);
  }
  return texts.map((text, row) => ({ text, row }));
}
const rules = (lines: { text: string; row: number }[]) => checkDocumentParts(lines, ctx).map((f) => f.rule);

describe("docparts", () => {
  it("plans the ND30 parts with the new district office and the 2018 circular and guidance letter", () => {
    const parts = planDocumentParts(ctx, {
      governingBody: "UBND PHƯỜNG AN KHÁNH",
      place: "An Khánh",
      abbreviation: "THCSLL",
    });
    const header = parts.find((p) => p.kind === "header-block") as Extract<DocPart, { kind: "header-block" }>;
    expect(header.left.slice(0, 2)).toEqual(["UBND PHƯỜNG AN KHÁNH", "TRƯỜNG THCS LÊ LỢI"]);
    expect(header.right.slice(0, 2)).toEqual([QUOC_HIEU, TIEU_NGU]);
    expect(header.left[2]).toBe("Số: …/KH-THCSLL");
    const all = linesOf(parts)
      .map((l) => l.text)
      .join("\n");
    expect(all).toContain("Cải tiến chất lượng giáo dục năm học 2025-2026");
    expect(all).toContain("Phòng Văn hóa - Xã hội");
    expect(all).not.toMatch(/Phòng GD/);
    const canCu = canCuLines("thcs", "2018").join("\n");
    expect(canCu).toMatch(/18\/2018\/TT-BGDĐT/);
    expect(canCu).toMatch(/5932/);
    expect(canCuLines("mam-non", "2018").join("\n")).toMatch(/5942/);
  });

  it("finds nothing wrong in its own header block, and reports a wrong Số, a missing Quốc hiệu and Phòng GD&ĐT", () => {
    const blank = linesOf(
      planDocumentParts(ctx, { governingBody: "UBND XÃ AN PHÚ", place: "An Phú", abbreviation: "THCSLL" }),
    );
    // As inserted, the number, the date and the recipient's name are still “…” (issue 24: said, never “đúng”).
    expect(rules(blank)).toEqual(["doc.unfilled", "doc.unfilled", "doc.unfilled"]);
    const good = blank.map((l) => ({
      ...l,
      text: l.text
        .replace("Số: …/KH-", "Số: 25/KH-")
        .replace("ngày … tháng … năm …", "ngày 15 tháng 9 năm 2025")
        .replace("xã/phường …", "xã An Phú"),
    }));
    expect(rules(good)).toEqual([]);
    const badNumber = good.map((l) => (l.text.startsWith("Số:") ? { ...l, text: "Số 12/KHCT" } : l));
    expect(rules(badNumber)).toContain("doc.bad-number");
    const noQuocHieu = good.filter((l) => l.text !== QUOC_HIEU);
    expect(rules(noQuocHieu)).toEqual(["doc.header-missing-quoc-hieu"]);
    // The abolished district level is checkPlan's doc.abolished-district-level (dated), not reported twice here.
    const oldOffice = [...good, { text: "- Phòng GD&ĐT huyện;", row: good.length }];
    expect(rules(oldOffice)).toEqual([]);
    expect(rules(good.filter((l) => !/^Căn cứ/.test(l.text)))).toContain("doc.missing-can-cu");
  });
});

describe("docparts in detail (issue 28: raising the folder's mutation score)", () => {
  const good = () =>
    linesOf(planDocumentParts(ctx, { governingBody: "UBND XÃ AN PHÚ", place: "An Phú", abbreviation: "THCSLL" }));
  const replace = (from: RegExp, text: string) => good().map((l) => (from.test(l.text) ? { ...l, text } : l));
  // The header checks under test; blanks still to fill ("…", doc.unfilled) are tested on their own (issue 24).
  const found = (lines: { text: string; row: number }[]) =>
    checkDocumentParts(lines, ctx)
      .filter((f) => f.rule !== "doc.unfilled")
      .map((f) => [f.rule, f.severity, f.cell ? f.cell.row : null, f.message]);

  it("Căn cứ of the 2018 regime: the circular, its 2024 amendment, the guidance letter, the self-assessment", () => {
    // Dates as Nghị định 30 writes them: the day in two digits, months 1 and 2 in two digits, others as they are.
    const lines = canCuLines("thcs", "2018");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Căn cứ Thông tư số 18\/2018\/TT-BGDĐT ngày 22 tháng 8 năm 2018 của /);
    expect(lines[1]).toMatch(
      /^Căn cứ Thông tư số 22\/2024\/TT-BGDĐT ngày 10 tháng 12 năm 2024 của Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung /,
    );
    expect(lines[2]).toBe(
      "Căn cứ Công văn số 5932/BGDĐT-QLCL ngày 28 tháng 12 năm 2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài cơ sở giáo dục phổ thông;",
    );
    expect(lines[3]).toBe("Căn cứ kết quả tự đánh giá của nhà trường,");
    for (const l of lines.slice(0, 3)) expect(l.endsWith(";")).toBe(true);
  });

  it("Căn cứ of TT 57/2026: the circular (07 July 2026) and the self-assessment, no 2018 amendment or letter", () => {
    const lines = canCuLines("mam-non", "2026");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Căn cứ Thông tư số 57\/2026\/TT-BGDĐT ngày 07 tháng 7 năm 2026 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định /,
    );
    expect(lines[1]).toBe("Căn cứ kết quả tự đánh giá của nhà trường,");
  });

  it("plans blanks to fill where the school gave nothing, in the order of Nghị định 30", () => {
    const parts = planDocumentParts({ level: "mam-non" } as SchoolContext);
    expect(parts.map((p) => p.kind)).toEqual([
      "header-block",
      "title",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "heading",
      "heading",
      "table",
      "heading",
      "recipients",
      "signature",
    ]);
    expect(parts[0]).toEqual({
      kind: "header-block",
      left: ["UBND XÃ/PHƯỜNG …", "TRƯỜNG MẦM NON …", "Số: …/KH-…"],
      right: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "…, ngày … tháng … năm …"],
    });
    expect(parts[1]).toEqual({ kind: "title", lines: ["KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học …"] });
    expect(parts.filter((p) => p.kind === "heading").map((p) => (p as { text: string }).text)).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(parts[10]).toEqual({
      kind: "recipients",
      lines: ["Nơi nhận:", "- Phòng Văn hóa - Xã hội xã/phường …;", "- Hội đồng trường;", "- Lưu: VT."],
    });
    expect(parts[11]).toEqual({ kind: "signature", lines: ["HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"] });
    // Without a level: a THCS plan of the 2018 regime.
    const thcs = planDocumentParts({} as SchoolContext);
    expect((thcs[0] as { left: string[] }).left[1]).toBe("TRƯỜNG TRUNG HỌC CƠ SỞ …");
    expect(thcs.filter((p) => p.kind === "paragraph")).toHaveLength(4);
  });

  it("a missing motto is an error on the first line; a motto written without spaces around the dashes is fine", () => {
    expect(found(good().filter((l) => l.text !== TIEU_NGU))).toEqual([
      ["doc.header-missing-tieu-ngu", "error", 0, "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”."],
    ]);
    expect(found(replace(/^Độc lập/, "Độc lập-Tự do-Hạnh phúc"))).toEqual([]);
    expect(found(good().filter((l) => l.text !== QUOC_HIEU))).toEqual([
      ["doc.header-missing-quoc-hieu", "error", 0, "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”."],
    ]);
  });

  it.each([
    ["Số: 25/KH-THCSLQĐ", true],
    ["Số: …/KH-…", true],
    ["Số:   /KH-THCSLL", true],
    ["Số: 25/KH-thcs", false],
    ["Số 25/KH-THCSLL", false],
    ["Số: 25/QĐ-THCSLL", false],
    // Text read from a PDF often loses the space after the colon; the number's code is capitals to its end.
    ["Số:25/KH-THCSLL", true],
    ["Số: 25/KH-THCSll", false],
    ["Số: 25/KH-THCSLL (dự thảo)", false],
  ])("document number %s → well-formed: %s", (text, ok) => {
    const lines = replace(/^Số:/, text);
    const row = lines.findIndex((l) => l.text === text);
    expect(found(lines)).toEqual(
      ok ? [] : [["doc.bad-number", "warning", row, `Số, ký hiệu viết chưa đúng thể thức: “${text}”.`]],
    );
  });

  it("no document number at all: a warning on the first line", () => {
    expect(found(good().filter((l) => !l.text.startsWith("Số:")))).toEqual([
      ["doc.bad-number", "warning", 0, "Chưa có số, ký hiệu văn bản (Số: …/KH-…)."],
    ]);
  });

  it.each([
    ["Thủ Đức, ngày 05 tháng 9 năm 2025", true],
    ["Thủ Đức, ngày 05 tháng 02 năm 2026", true],
    ["Thủ Đức, ngày 15 tháng 12 năm 2025", true],
    ["Thủ Đức, ngày 5 tháng 9 năm 2025", false],
    ["Thủ Đức, ngày 05 tháng 2 năm 2026", false],
    ["ngày 05 tháng 9 năm 2025", false],
    ["Thủ Đức, ngày 05 tháng 9 năm 25", false],
    // Spaces lost in a PDF's text are no fault of the form; the place is one name, then the date and nothing else.
    ["Thủ Đức,ngày 05 tháng 9 năm 2025", true],
    ["Thủ Đức, ngày05 tháng 9 năm 2025", true],
    ["Thủ Đức, ngày 05tháng9năm2025", true],
    ["Thủ Đức ngày05tháng9năm2025", false],
    ["Phường Linh Trung, Thủ Đức, ngày 05 tháng 9 năm 2025", false],
    ["Thủ Đức, ngày 05 tháng 9 năm 2025 (dự thảo)", false],
    ["Thủ Đức, ngày 05 tháng 9 năm 2025.", false],
    ["Thủ Đức, ngày 05 tháng 1 năm 2026", false],
  ])("place and date %s → well-formed: %s", (text, ok) => {
    const lines = replace(/ngày … tháng/, text);
    const row = lines.findIndex((l) => l.text === text);
    expect(found(lines)).toEqual(
      ok ? [] : [["doc.bad-place-date", "warning", row, `Địa danh, ngày tháng chưa đúng thể thức: “${text}”.`]],
    );
  });

  it("no Căn cứ: a warning whose suggestion is the circular's Căn cứ line; a 'CĂN CỨ' heading counts", () => {
    const none = good().filter((l) => !/^Căn cứ/.test(l.text));
    const f = checkDocumentParts(none, ctx).filter((x) => x.rule !== "doc.unfilled");
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([["doc.missing-can-cu", "warning", null]]);
    expect(f[0].suggestion).toBe(canCuLines("thcs", "2018")[0]);
    expect(checkDocumentParts(none, { schoolYear: "2025-2026" } as SchoolContext)[0].suggestion).toBeNull();
    expect(found([...none, { text: "CĂN CỨ PHÁP LÝ", row: none.length }])).toEqual([]);
  });
  it("a motto with a space on one side of a dash only is still the motto", () => {
    expect(found(replace(/^Độc lập/, "Độc lập- Tự do -Hạnh phúc"))).toEqual([]);
  });

  it("the place and date line is the first 'ngày … tháng … năm <year>' line, not one about a school year", () => {
    const dated = replace(/ngày … tháng/, "An Phú, ngày 15 tháng 9 năm 2025");
    const note = { text: "Khai giảng ngày 5 tháng 9 năm học 2025-2026", row: 1 };
    const lines = [dated[0], note, ...dated.slice(1).map((l) => ({ ...l, row: l.row + 1 }))];
    expect(found(lines)).toEqual([]);
  });

  it("a badly written place and date is quoted without the spaces around it", () => {
    const lines = replace(/ngày … tháng/, "   Thủ Đức, ngày 5 tháng 9 năm 2025  ");
    const row = lines.findIndex((l) => l.text.startsWith("   Thủ Đức"));
    expect(found(lines)).toEqual([
      [
        "doc.bad-place-date",
        "warning",
        row,
        "Địa danh, ngày tháng chưa đúng thể thức: “Thủ Đức, ngày 5 tháng 9 năm 2025”.",
      ],
    ]);
  });

  it("only the first 40 lines are the header: a Quốc hiệu, motto and number further down are not seen", () => {
    const body = Array.from({ length: 40 }, (_, row) => ({ text: "Nội dung kế hoạch.", row }));
    const lines = [
      ...body,
      ...replace(/ngày … tháng/, "An Phú, ngày 15 tháng 9 năm 2025").map((l) => ({ ...l, row: l.row + 40 })),
    ];
    expect(found(lines)).toEqual([
      ["doc.header-missing-quoc-hieu", "error", 0, "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”."],
      ["doc.header-missing-tieu-ngu", "error", 0, "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”."],
      ["doc.bad-number", "warning", 0, "Chưa có số, ký hiệu văn bản (Số: …/KH-…)."],
    ]);
  });

  it("no Căn cứ and a level but no regime: no suggested Căn cứ line (the circular depends on the regime)", () => {
    const none = good().filter((l) => !/^Căn cứ/.test(l.text));
    const f = checkDocumentParts(none, { level: "thcs", schoolYear: "2025-2026" } as SchoolContext);
    expect(f.filter((x) => x.rule === "doc.missing-can-cu").map((x) => x.suggestion)).toEqual([null]);
  });

  it("a TT 57/2026 plan ends with the recipients, then the principal's signature block", () => {
    const parts = planDocumentParts({ ...ctx, regime: "2026", schoolYear: "2026-2027" });
    expect(parts.map((p) => p.kind)).toEqual(["header-block", "title", "bieu2-sections", "recipients", "signature"]);
    expect(parts[4]).toEqual({ kind: "signature", lines: ["HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"] });
  });
});
