/**
 * A heading across a page break (issue 21): Chromium prints "IV. TỔ CHỨC THỰC HIỆN" at the top of page 2 and also
 * paints, clipped at the foot of page 1, the tops of its tall accented capitals (Ổ Ứ Ự Ệ — `pdftotext` shows them
 * as a line of their own). They are not text of page 1: no junk row, the heading once. Fixture:
 * test/fixtures/pdf-wraps/straddle.html printed by headless Chromium (scripts/fixtures/pdf-wraps); expectations
 * are the HTML's own texts, written by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { openPlanFile } from "../../../src/hosts/file";
import { readMain } from "../../support/pdf-variety-read";

const FILE = path.join(__dirname, "..", "..", "fixtures", "pdf-wraps", "straddle.chromium.pdf");
const bytes = () => new Uint8Array(fs.readFileSync(FILE));

it("the clipped tops of a heading's capitals at a page's foot are no row and no text", async () => {
  const plan = await readMain(bytes(), "straddle.pdf");
  expect(plan.rows.map((r) => [r.kind, r.criterion])).toEqual([
    ["criterion", "1.1"],
    ["criterion", "1.2"],
    ["criterion", "1.3"],
    ["criterion", "1.4"],
  ]);
  const lines = (await openPlanFile(bytes(), "straddle.pdf")).grids[0].grid.map((r) => r.join(" | ").trim());
  expect(lines.filter((l) => /Ổ|Ứ|Ự|Ệ/.test(l))).toEqual(["IV. TỔ CHỨC THỰC HIỆN"]);
  expect(lines.slice(-3)).toEqual([
    "IV. TỔ CHỨC THỰC HIỆN",
    "Hiệu trưởng tổ chức triển khai kế hoạch đến toàn thể cán bộ, giáo viên, nhân viên.",
    "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
  ]);
});
