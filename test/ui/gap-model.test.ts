// The gap board's state changes, without rendering (src/ui/gap/model.ts). Expectations written by hand.
import { emptyLevelSet, type LevelSet } from "../../src/core/assess/index";
import type { LangText } from "../../src/core/text/message";
import type { GapBoard } from "../../src/core/assess/index";
import {
  boardContext,
  findingsHeading,
  levelsMessage,
  occupiedQuestion,
  selectionOf,
  toggled,
  withLevel,
} from "../../src/ui/gap/model";

const levels = (l: Record<string, number>, problems: LangText[] = []): LevelSet => ({
  ...emptyLevelSet(),
  levels: l,
  problems,
});

describe("gap board state", () => {
  it("drafts for the pane's level and year; a year not written yyyy-yyyy is no year", () => {
    expect(boardContext("thcs", "2025-2026")).toEqual({
      level: "thcs",
      regime: "2018",
      schoolYear: "2025-2026",
      school: null,
    });
    expect(boardContext("mam-non", "2026-2027").regime).toBe("2026");
    expect(boardContext("", "2025")).toEqual({ level: null, regime: null, schoolYear: null, school: null });
  });

  it("sets one criterion's level by hand, or clears it, leaving the others and the input untouched", () => {
    const before = levels({ "1.1": 2, "1.2": 1 });
    const after = withLevel(before, "1.2", "3");
    expect(after.levels).toEqual({ "1.1": 2, "1.2": 3 });
    expect(after.source).toBe("pane");
    expect(withLevel(after, "1.1", "").levels).toEqual({ "1.2": 3 });
    expect(before.levels).toEqual({ "1.1": 2, "1.2": 1 });
  });

  it("ticks a criterion at the level the goal needs, unticks it, without changing the selection given", () => {
    const sel = { "1.1": 1 };
    expect(toggled(sel, "2.3", true, 2)).toEqual({ "1.1": 1, "2.3": 2 });
    expect(toggled(sel, "1.1", false, 1)).toEqual({});
    expect(sel).toEqual({ "1.1": 1 });
  });

  it("turns the board's selection into code → planned level", () => {
    const board = {
      selection: [
        { code: "1.1", level: 1 },
        { code: "3.2", level: 2 },
      ],
    } as GapBoard;
    expect(selectionOf(board)).toEqual({ "1.1": 1, "3.2": 2 });
    expect(selectionOf(null)).toEqual({});
  });

  it("says how many levels were read, warns with the reader's problems, and explains when none was found", () => {
    expect(levelsMessage(levels({ "1.1": 2, "1.2": 0 }), "dán", "vi")).toEqual({
      intent: "success",
      text: "Đã đọc mức của 2 tiêu chí (dán).",
    });
    const unclear = { vi: "Dòng 3: không rõ mức.", en: "Line 3: level unclear." };
    expect(levelsMessage(levels({ "1.1": 2 }, [unclear]), "dán", "vi")).toEqual({
      intent: "warning",
      text: "Đã đọc mức của 1 tiêu chí (dán). Dòng 3: không rõ mức.",
    });
    expect(levelsMessage(levels({ "1.1": 2 }, [unclear]), "pasted", "en")).toEqual({
      intent: "warning",
      text: "Levels of 1 criteria read (pasted). Line 3: level unclear.",
    });
    const none = levelsMessage(levels({}), "dán", "vi");
    expect(none.intent).toBe("warning");
    expect(none.text).toMatch(/^Không tìm thấy mức của tiêu chí nào\. Ví dụ: “1\.1 Mức 2/);
  });

  it("asks before overwriting with at most five addresses", () => {
    const cells = ["A1", "B1", "C1", "D1", "E1", "F1"].map((address) => ({ address }));
    expect(occupiedQuestion(cells, "vi")).toBe("Chỗ chèn đã có dữ liệu (A1, B1, C1, D1, E1, …). Ghi đè?");
    expect(occupiedQuestion(cells.slice(0, 2), "vi")).toBe("Chỗ chèn đã có dữ liệu (A1, B1). Ghi đè?");
    expect(occupiedQuestion(cells.slice(0, 2), "en")).toBe("The target cells hold data (A1, B1). Overwrite?");
  });

  it("heads the check's list by its count, or says the plan matches", () => {
    expect(findingsHeading(3, "vi")).toBe("3 điều cần xem lại:");
    expect(findingsHeading(0, "en")).toBe("The plan matches the levels and the goal.");
  });
});
