/**
 * A photo (.jpg/.png) read by OCR is placed like a scanned PDF (issue 22): its findings say "Bảng 1 · dòng n" counted
 * from the rebuilt table's header, as on the page and in `kehoach check --json`, not lines of a text file.
 */
import { tableRowOf, type TableRow } from "../../../src/hosts/file/places";
import { readPlans } from "../../../src/core/read/index";
import type { OpenedFile } from "../../../src/hosts/file/index";

const grid = [
  ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"],
  ["TT", "Tiêu chí", "Nội dung cải tiến", "Thời gian", "Kinh phí"],
  ["1", "Tiêu chí 1.1", "Rà soát kế hoạch", "Tháng 10/2025", "1.000.000"],
  ["2", "Tiêu chí 1.2", "Kiện toàn hội đồng", "Tháng 11/2025", ""],
];

describe("places of a photo read by OCR", () => {
  it.each(["jpg", "png", "pdf"] as const)("%s: rows counted from the rebuilt table's header", (kind) => {
    const grids = [{ source: "document", grid }];
    const file: OpenedFile = { name: `anh.${kind}`, kind, grids, problems: [], bytes: new Uint8Array() };
    const plan = readPlans(grid)[0];
    expect(plan.headerRow).toBe(1);
    const at = tableRowOf(file, plan)!;
    expect(at({ row: 3, col: 1 })).toEqual<TableRow>({ table: 0, row: 2 });
    expect(at({ row: 0, col: 0 })).toBeNull();
  });
});
