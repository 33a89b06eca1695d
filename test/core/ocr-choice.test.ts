/**
 * Two OCR readings of the same pages compared cell by cell (src/core/read/ocr-choice.ts): a searchable scan's text
 * layer and our own OCR of its images. Expectations written by hand.
 */
import "../../src/core/catalogs/all";
import { chooseCells, otherCellBetter, pairRows, syllableScore } from "../../src/core/read/ocr-choice";
import { readPlan } from "../../src/core/read";
import type { PlanRow } from "../../src/core/types";

describe("otherCellBetter", () => {
  it("a cell that reads wins over one that does not; a kept cell that reads always stays", () => {
    expect(otherCellBetter({ text: "HKH", reads: false }, { text: "HK II", reads: true })).toBe(true);
    expect(otherCellBetter({ text: "HK II", reads: true }, { text: "HKH", reads: false })).toBe(false);
    // Two parses that disagree: no reason to prefer the other.
    expect(otherCellBetter({ text: "HK I", reads: true }, { text: "HK II", reads: true })).toBe(false);
    // An empty cell the other reads (the layer lost the words) is filled.
    expect(otherCellBetter({ text: "", reads: false }, { text: "Không", reads: true })).toBe(true);
  });

  it("neither reading: more Vietnamese syllables win; an empty cell stays empty; an empty other is never taken", () => {
    expect(
      otherCellBetter({ text: "Khg ., phát snh", reads: false }, { text: "Không rõ phát sinh", reads: false }),
    ).toBe(true);
    expect(
      otherCellBetter({ text: "Không rõ phát sinh", reads: false }, { text: "Khg ., phát snh", reads: false }),
    ).toBe(false);
    expect(otherCellBetter({ text: "", reads: false }, { text: "Chưa rõ", reads: false })).toBe(false);
    expect(otherCellBetter({ text: "HKH", reads: false }, { text: "  ", reads: false })).toBe(false);
  });

  it("ranks a malformed amount (1) between a cell that parses (2) and one that does not (0)", () => {
    expect(otherCellBetter({ text: "Tường", reads: 0 }, { text: "15.000.0000đ", reads: 1 })).toBe(true);
    expect(otherCellBetter({ text: "15.000.0000đ", reads: 1 }, { text: "Tường", reads: 0 })).toBe(false);
    expect(otherCellBetter({ text: "15.000.0000đ", reads: 1 }, { text: "15.000.000đ", reads: 2 })).toBe(true);
    expect(otherCellBetter({ text: "15.000.000đ", reads: 2 }, { text: "15.000.0000đ", reads: 1 })).toBe(false);
    // Two malformed amounts: the same worth, as two cells that do not read — the more Vietnamese one.
    expect(otherCellBetter({ text: "1.000,000đ", reads: 1 }, { text: "1.000,000 đồng", reads: 1 })).toBe(true);
  });
});

describe("syllableScore", () => {
  it("counts syllables less unreadable words; numbers, codes and capitals count nothing", () => {
    expect(syllableScore("Không phát sinh")).toBe(3);
    expect(syllableScore("Khôg phát sỉnhh")).toBe(-1); // "Khôg", "sỉnhh": Vietnamese marks, no syllable
    expect(syllableScore("Khg phát snh")).toBe(1); // no Vietnamese letter: "Khg", "snh" are not judged
    expect(syllableScore("HKH 5.000.000 đồng")).toBe(1);
    expect(syllableScore("")).toBe(0);
  });
});

/** A plan row as pairRows sees it: its kind and criterion code. */
const row = (kind: PlanRow["kind"], criterion: string | null): PlanRow => ({
  kind,
  criterion,
  gridRows: [],
  cells: {},
  section: null,
  standard: null,
  target: null,
  period: null,
  budget: null,
});

describe("pairRows", () => {
  it("pairs rows by criterion code in order, and the rows between two pairs one to one when as many", () => {
    const kept = [row("criterion", "1.4"), row("criterion", "2.3"), row("task", null), row("criterion", "4.1")];
    const other = [row("criterion", "1.4"), row("criterion", "2.3"), row("criterion", "3.5"), row("criterion", "4.1")];
    expect(pairRows(kept, other)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it("leaves unpaired the rows between two pairs where the readings have a different number of rows", () => {
    const kept = [row("criterion", "1.1"), row("task", null), row("criterion", "2.2")];
    const other = [row("criterion", "1.1"), row("criterion", "1.2"), row("criterion", "1.3"), row("criterion", "2.2")];
    expect(pairRows(kept, other)).toEqual([
      [0, 0],
      [2, 3],
    ]);
    // Codes out of order pair the longest common sequence only.
    const a = [row("criterion", "1.1"), row("criterion", "2.2"), row("criterion", "3.3")];
    const b = [row("criterion", "2.2"), row("criterion", "1.1"), row("criterion", "3.3")];
    expect(pairRows(a, b)).toEqual([
      [1, 0],
      [2, 2],
    ]);
    // Two rows whose codes read, and differ, are no pair even where the readings have as many rows.
    expect(pairRows([row("criterion", "1.4")], [row("criterion", "4.1")])).toEqual([]);
  });
});

/** A TT 17/2018 tiểu học plan for 2025-2026 with a 7-column table of the given rows. */
const plan = (rows: string[][]): string[][] => [
  ["TRƯỜNG TIỂU HỌC KIM ĐỒNG"],
  ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG năm học 2025 - 2026"],
  [
    "STT",
    "Tiêu chí",
    "Kết quả cần đạt",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
  ],
  ...rows,
];

const tc14 = [
  "1",
  "TC 1.4",
  "Tổ chuyên môn sinh hoạt",
  "Rà soát kế hoạch",
  "Phó hiệu trưởng",
  "Tháng 11/2025 - Tháng 3/2026",
];
const tc23 = ["2", "Tiêu chí 2.3", "Nhân viên được bồi dưỡng", "Cử nhân viên đi học", "Hiệu trưởng"];
const tc41 = ["4", "Tiêu chí 4.1", "Ban đại diện hoạt động", "Kiện toàn Ban đại diện", "Hiệu trưởng"];

describe("chooseCells", () => {
  // What our OCR read (kept: more criterion rows) and what the layer read, written as the two readers gave them.
  const ocr = plan([
    [...tc14, "3.500.000đ"],
    [...tc23, "HKH", "Không"],
    ["3", "TC 3.5", "Bổ sung thiết bị", "Kiểm kê thiết bị", "Kế toán", "Tháng 12/2025 - Tháng 2/2026", "Nguồn xã hội"],
    [...tc41, "HKI", "1.200.000đ"],
  ]);
  const layer = plan([
    [...tc14, "13.500.000lđ"],
    [...tc23, "HKII", "Không"],
    ["3", "TC 35", "Bổ sung thiết bị", "Kiểm kê thiết bị", "Kế toán", "Tháng 12/2025-Tháng 2/2026", "Nguồn xã hội"],
    [...tc41, "HK I", "1.200.000"],
  ]);

  it("takes the layer's period where our OCR's does not read, and nothing else", () => {
    const { grid, taken } = chooseCells(ocr, layer);
    expect(taken).toEqual([{ row: 4, col: 5, role: "period", kept: "HKH", taken: "HKII" }]);
    expect(grid).toEqual(ocr.map((r, i) => (i === 4 ? [...tc23, "HKII", "Không"] : r)));
    expect(readPlan(grid).rows.find((r) => r.criterion === "2.3")?.period).toMatchObject({
      kind: "range",
      start: "2026-01",
      end: "2026-05",
    });
    // The grids given are left as they were.
    expect(ocr[4][5]).toBe("HKH");
  });

  it("the other way round: the layer kept, its unreadable criterion and amount taken from our OCR", () => {
    const { grid, taken } = chooseCells(layer, ocr);
    expect(taken.map((t) => [t.role, t.kept, t.taken])).toEqual([
      ["budget", "13.500.000lđ", "3.500.000đ"],
      ["criterion", "TC 35", "TC 3.5"],
    ]);
    expect(grid[3][6]).toBe("3.500.000đ");
    expect(grid[5][1]).toBe("TC 3.5");
    // "HKII" reads in the layer: kept, whatever our OCR read.
    expect(grid[4][5]).toBe("HKII");
  });

  it("a cell continued over two grid rows is written whole into the first", () => {
    const kept = plan([
      [...tc23, "Học kỳ", "Không Z"],
      ["", "", "", "", "", "lÍ", "phát sinh"],
    ]);
    const other = plan([[...tc23, "Học kỳ II", "Không phát sinh"]]);
    expect(readPlan(kept).rows.filter((r) => r.kind === "criterion")[0].gridRows).toEqual([3, 4]);
    const { grid } = chooseCells(kept, other);
    expect(grid.slice(3)).toEqual([
      [...tc23, "Học kỳ II", "Không phát sinh"],
      ["", "", "", "", "", "", ""],
    ]);
  });

  it("a malformed amount beats a cell holding no amount, and loses to one that parses", () => {
    // Ours read the printed "15.000.0000 đ" as "15.000.0000đ" (broken grouping: the school's own error, reported);
    // the layer read the same ink as "Tường" (ocrmypdf's layer on the Trần Quang Khải plan).
    const ours = plan([[...tc14, "15.000.0000đ"]]);
    const theirs = plan([[...tc14, "Tường"]]);
    expect(chooseCells(ours, theirs).taken).toEqual([]);
    expect(chooseCells(theirs, ours).taken).toEqual([
      { row: 3, col: 6, role: "budget", kept: "Tường", taken: "15.000.0000đ" },
    ]);
    expect(chooseCells(ours, plan([[...tc14, "15.000.000đ"]])).grid[3][6]).toBe("15.000.000đ");
  });

  it("changes nothing when the readings have no criterion row in common or no such column", () => {
    const other = plan([[...tc41, "HK I", "1.200.000đ"]]);
    const kept = plan([[...tc14, "3.500.000đ"]]);
    expect(chooseCells(kept, other)).toEqual({ grid: kept, taken: [] });
    const noTable = [["Biên bản họp"]];
    expect(chooseCells(noTable, other)).toEqual({ grid: noTable, taken: [] });
  });
});
