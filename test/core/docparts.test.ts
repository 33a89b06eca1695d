import { planDocumentParts, checkDocumentParts, canCuLines, QUOC_HIEU, TIEU_NGU, type DocPart } from "../../src/core/docparts";
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
    const parts = planDocumentParts(ctx, { governingBody: "UBND PHƯỜNG AN KHÁNH", place: "An Khánh", abbreviation: "THCSLL" });
    const header = parts.find((p) => p.kind === "header-block") as Extract<DocPart, { kind: "header-block" }>;
    expect(header.left.slice(0, 2)).toEqual(["UBND PHƯỜNG AN KHÁNH", "TRƯỜNG THCS LÊ LỢI"]);
    expect(header.right.slice(0, 2)).toEqual([QUOC_HIEU, TIEU_NGU]);
    expect(header.left[2]).toBe("Số: …/KH-THCSLL");
    const all = linesOf(parts).map((l) => l.text).join("\n");
    expect(all).toContain("Cải tiến chất lượng giáo dục năm học 2025-2026");
    expect(all).toContain("Phòng Văn hóa - Xã hội");
    expect(all).not.toMatch(/Phòng GD/);
    const canCu = canCuLines("thcs", "2018").join("\n");
    expect(canCu).toMatch(/18\/2018\/TT-BGDĐT/);
    expect(canCu).toMatch(/5932/);
    expect(canCuLines("mam-non", "2018").join("\n")).toMatch(/5942/);
  });

  it("finds nothing wrong in its own header block, and reports a wrong Số, a missing Quốc hiệu and Phòng GD&ĐT", () => {
    const blank = linesOf(planDocumentParts(ctx, { governingBody: "UBND XÃ AN PHÚ", place: "An Phú", abbreviation: "THCSLL" }));
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
