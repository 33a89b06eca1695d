/**
 * The gap board explains itself and never plans what was not assessed (issue 24). The school level is compared
 * with an independent implementation of the circulars' rules written here from the reference (TT 57 khoản 3
 * Điều 5; 2018: Mức N when every criterion with Mức N content reaches it), on many level sets.
 */
import "../../src/core/catalogs/all";
import { getCatalog } from "../../src/core/catalogs/index";
import { splitPasted } from "../../src/core/read";
import { draftPlan, emptyLevelSet, gapBoard, readLevels, type LevelSet } from "../../src/core/assess";

const tt57 = getCatalog("tt57-pho-thong")!;
const tt18 = getCatalog("tt18-2018")!;
const MANDATORY = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];
const OTHERS = ["1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3"];
// TT 18/2018: criteria without Mức 3 requirements (max_level 2 in circulars-2018.json).
const TT18_NO_MUC3 = ["1.2", "1.7", "1.8", "1.9", "1.10", "3.4", "5.3", "5.4"];

/** TT 57, khoản 3 Điều 5, as written in the circular. */
function tt57Level(lv: Record<string, number>): number {
  const at = (codes: string[], n: number) => codes.filter((c) => (lv[c] ?? 0) >= n).length;
  if (at(MANDATORY, 2) === 8 && at(OTHERS, 2) >= 5 && at(OTHERS, 1) === 7) return 2;
  if (at(MANDATORY, 1) === 8 && at(OTHERS, 1) >= 5) return 1;
  return 0;
}

/** 2018: Mức N when every criterion that has Mức N content reaches Mức N (Mức 4 is never inferred). */
function level2018(lv: Record<string, number>, codes: string[]): number {
  let reached = 0;
  for (let n = 1; n <= 3; n++) {
    const need = codes.filter((c) => n < 3 || !TT18_NO_MUC3.includes(c));
    if (need.every((c) => (lv[c] ?? 0) >= n)) reached = n;
    else break;
  }
  return reached;
}

const set = (levels: Record<string, number>): LevelSet => ({ ...emptyLevelSet(), levels, source: "list" });
/** A deterministic pseudo-random sequence (no Math.random: the same cases on every run). */
function* lcg(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}

describe("school level and goal against an independent reading of the circulars", () => {
  it("TT 57: 400 level sets — level now, and the smallest set reaches every reachable goal", () => {
    const rnd = lcg(57);
    for (let i = 0; i < 400; i++) {
      const lv: Record<string, number> = {};
      for (const c of [...MANDATORY, ...OTHERS]) lv[c] = Math.floor(rnd.next().value! * 3);
      for (const goal of [1, 2]) {
        const board = gapBoard(tt57, set(lv), goal);
        expect(board.current).toBe(tt57Level(lv));
        const after = { ...lv };
        for (const s of board.smallest) after[s.code] = Math.max(after[s.code], s.level);
        expect(board.projected).toBe(tt57Level(after));
        // One step at a time: reachable this year unless a criterion that must reach Mức 2 is below Mức 1.
        const blockedByStep = goal === 2 && board.smallest.some((s) => lv[s.code] === 0 && MANDATORY.includes(s.code));
        if (!blockedByStep && goal === 1) expect(tt57Level(after)).toBeGreaterThanOrEqual(1);
        // Never more than needed: every mandatory criterion below the goal, and no met criterion, is in the set.
        for (const c of MANDATORY) expect(board.smallest.some((s) => s.code === c)).toBe(lv[c] < goal);
        for (const s of board.smallest) expect(lv[s.code]).toBeLessThan(goal);
      }
    }
  });

  it("TT 18/2018: 200 level sets — level now; the smallest set is exactly the criteria below what the goal needs", () => {
    const rnd = lcg(18);
    const codes = tt18.standards.flatMap((s) => s.criteria.map((c) => c.code));
    for (let i = 0; i < 200; i++) {
      const lv: Record<string, number> = {};
      for (const c of codes) lv[c] = Math.min(TT18_NO_MUC3.includes(c) ? 2 : 3, 1 + Math.floor(rnd.next().value! * 3));
      for (const goal of [2, 3]) {
        const board = gapBoard(tt18, set(lv), goal);
        expect(board.current).toBe(level2018(lv, codes));
        const need = (c: string) => Math.min(goal, TT18_NO_MUC3.includes(c) ? 2 : 3);
        expect(board.smallest.map((s) => s.code).sort()).toEqual(codes.filter((c) => lv[c] < need(c)).sort());
        expect(board.reaches).toBe(true);
      }
    }
  });
});

describe("criteria not assessed are asked for, not planned", () => {
  it("pasting “1.3 Không đạt, 2.2 Mức 1” under TT 57 drafts 1.3 only and lists the 13 others", () => {
    const levels = readLevels(splitPasted("1.3 Không đạt, 2.2 Mức 1"), tt57);
    expect(levels.levels).toEqual({ "1.3": 0, "2.2": 1 });
    const board = gapBoard(tt57, levels, 1);
    expect(board.smallest).toEqual([{ code: "1.3", level: 1 }]);
    expect(board.unassessed).toEqual([
      "1.1",
      "1.2",
      "1.4",
      "2.1",
      "2.3",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "4.1",
      "4.2",
      "4.3",
    ]);
    expect(board.rows.filter((r) => r.status === "unassessed")).toHaveLength(13);
    expect(board.rows.find((r) => r.code === "1.1")!.need).toBe("chưa đánh giá — cần cho biết mức");
    expect(board.notes[0].vi).toContain("Chưa đánh giá 13 tiêu chí: 1.1, 1.2, 1.4");
    expect(board.notes[0].vi).toContain("chưa tính là Không đạt");
    // 1.3 is Không đạt and mandatory: below Mức 1 whatever the others are.
    expect([board.current, board.currentAtMost]).toEqual([0, 0]);
    const draft = draftPlan(
      tt57,
      levels,
      { "1.3": 1 },
      { level: "thcs", regime: "2026", schoolYear: "2026-2027", school: null },
    );
    expect(draft.picked.map((p) => p.code)).toEqual(["1.3"]);
  });

  it("2018: a criterion without a level is never in the smallest set", () => {
    const lv: Record<string, number> = {};
    for (const s of tt18.standards) for (const c of s.criteria) lv[c.code] = TT18_NO_MUC3.includes(c.code) ? 2 : 3;
    delete lv["5.6"];
    lv["2.1"] = 1;
    const board = gapBoard(tt18, set(lv), 3);
    expect(board.smallest).toEqual([{ code: "2.1", level: 3 }]);
    expect(board.unassessed).toEqual(["5.6"]);
    // 5.6 unknown: below Mức 1 if Không đạt; 2.1 at Mức 1 keeps the school at Mức 1 at most.
    expect([board.current, board.currentAtMost]).toEqual([0, 1]);
  });
});

describe("the board explains itself", () => {
  it("TT 57: the rule of khoản 3 Điều 5 in one sentence, the 8 mandatory criteria named", () => {
    const board = gapBoard(tt57, set({}), 1);
    expect(board.rule).toBe(
      "Căn cứ khoản 3 Điều 5 Thông tư số 57/2026/TT-BGDĐT: đạt Mức 1 khi tất cả 8 tiêu chí bắt buộc " +
        "(1.3, 1.4, 2.1, 2.2, 3.1, 3.2, 4.1, 4.2) đạt Mức 1 và có ít nhất 05 trong 07 tiêu chí còn lại đạt Mức 1 trở " +
        "lên; đạt Mức 2 khi tất cả tiêu chí bắt buộc đạt Mức 2 và có ít nhất 05 trong 07 tiêu chí còn lại đạt Mức 2, " +
        "các tiêu chí còn lại đạt tối thiểu Mức 1.",
    );
    expect(board.ruleEn).toMatch(/^Circular 57\/2026, Article 5\(3\): Level 1 when all 8 mandatory criteria/);
  });

  it("2018: Mức N when every criterion with Mức N content reaches it; the criteria without Mức 3 named", () => {
    const board = gapBoard(tt18, set({}), 3);
    expect(board.rule).toContain("18/2018/TT-BGDĐT");
    expect(board.rule).toContain("trường đạt Mức N khi mọi tiêu chí có yêu cầu Mức N đều đạt Mức N");
    expect(board.rule).toContain(`— ${TT18_NO_MUC3.join(", ")} — chỉ cần Mức 2`);
  });

  it("“Cần”: a non-mandatory criterion at Không đạt needs Mức 1 when 5 of 7 are already at Mức 2", () => {
    const lv: Record<string, number> = {};
    for (const c of MANDATORY) lv[c] = 2;
    for (const c of OTHERS) lv[c] = 2;
    lv["3.5"] = 0;
    lv["4.3"] = 1;
    const board = gapBoard(tt57, set(lv), 2);
    expect(board.current).toBe(1);
    const r35 = board.rows.find((r) => r.code === "3.5")!;
    expect(r35).toMatchObject({ status: "blocking", needed: 1, need: "Mức 1 (các tiêu chí còn lại tối thiểu Mức 1)" });
    const r43 = board.rows.find((r) => r.code === "4.3")!;
    expect(r43).toMatchObject({ status: "met", need: "đã đủ cho mục tiêu" });
    expect(board.smallest).toEqual([{ code: "3.5", level: 1 }]);
    expect(board.projected).toBe(2);
    expect(board.notes).toEqual([]);
  });

  it("“Cần” at goal Mức 1 already reached: a non-mandatory criterion at Không đạt is not needed", () => {
    const lv: Record<string, number> = {};
    for (const c of [...MANDATORY, ...OTHERS]) lv[c] = 1;
    lv["1.1"] = 0;
    lv["1.2"] = 0;
    const board = gapBoard(tt57, set(lv), 1);
    expect(board.current).toBe(1);
    for (const code of ["1.1", "1.2"])
      expect(board.rows.find((r) => r.code === code)).toMatchObject({
        status: "optional",
        need: "không cần cho mục tiêu (đã đủ 5/7 tiêu chí không bắt buộc đạt Mức 1)",
      });
  });

  it("“Cần” for a choice: how many more of the 7 are needed", () => {
    const lv: Record<string, number> = {};
    for (const c of MANDATORY) lv[c] = 2;
    for (const c of OTHERS) lv[c] = 1;
    lv["1.1"] = 2;
    lv["1.2"] = 2;
    lv["2.3"] = 2;
    const board = gapBoard(tt57, set(lv), 2);
    const r = board.rows.find((x) => x.code === "3.3")!;
    expect(r.status).toBe("choice");
    expect(r.need).toBe("Mức 2 nếu chọn — cần thêm 2 tiêu chí để đủ 5/7 tiêu chí không bắt buộc");
    expect(board.rows.find((x) => x.code === "3.1")!.need).toBe("đã đủ cho mục tiêu");
    lv["3.1"] = 0;
    expect(gapBoard(tt57, set(lv), 2).rows.find((x) => x.code === "3.1")!.need).toBe(
      "Mức 2 (tiêu chí bắt buộc); năm nay Mức 1",
    );
  });
});
