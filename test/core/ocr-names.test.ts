/** Criterion names misread by OCR, spelled again from the catalogs (src/core/read/ocr-names.ts). */
import { ALL_CATALOGS } from "../../src/core/catalogs/all";
import { respellCriterionNames } from "../../src/core/read/ocr-names";

const one = (cell: string) => respellCriterionNames([[cell]], ALL_CATALOGS)[0][0];

describe("respellCriterionNames", () => {
  it("restores a space OCR lost inside the name (TT 17/2018 1.6)", () => {
    expect(one("Tiêu chí 1.6: Quản lýhành chính, tài chính và tài sản")).toBe(
      "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
    );
  });

  it("drops border specks read as letters inside the name and keeps the cell's lines after it", () => {
    expect(one("Tiêu chí 2.2:\nĐối với giáo\nVA\nviên")).toBe("Tiêu chí 2.2:\nĐối với giáo viên");
  });

  it("keeps what follows the name (a note in brackets) as read", () => {
    expect(one("Tiêu chí 1.6: Quản lý hành chinh, tài chính và tài sản (cần rà soát)")).toBe(
      "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản (cần rà soát)",
    );
  });

  it("leaves a name the school wrote differently, a correct name and cells without a code alone", () => {
    const cells = [
      "Tiêu chí 1.6: Công khai tài chính",
      "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
      "Quản lýhành chính",
      "Tiêu chí 9.9: Không có",
      "",
    ];
    expect(respellCriterionNames([cells], ALL_CATALOGS)).toEqual([cells]);
  });
});
