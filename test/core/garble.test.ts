import * as fs from "fs";
import * as path from "path";
import { garbledNotice, unreadableShare, wordKind } from "../../src/core/text/garble";
import { SYLLABLES } from "../../src/core/text/syllables-data";
import { FileHost, openPlanFile } from "../../src/hosts/file";
import { checkFile } from "../../src/cli/main";
import { htmlReport, jsonReport } from "../../src/hosts/file/report";
import { GENERATORS, VARIETY_PLANS } from "../support/pdf-variety";

jest.setTimeout(120_000);
const DIR = path.join(__dirname, "..", "fixtures", "pdf-variety");
const MESSAGE =
  /^Chữ trong tệp PDF bị xáo trộn khi trích ra \(\d+ % từ không đọc được\) — kết quả có thể sai; hãy dùng bản Word\/Excel gốc nếu có$/;

describe("the Vietnamese syllable set (generated from the orthography rules)", () => {
  const set = new Set(SYLLABLES.split(" "));
  it("holds the syllables of ordinary plan text and not impossible ones", () => {
    for (const s of ["quôc", "nghiêng", "khuya", "giưa", "trương", "hoach", "luyên", "ngoai", "thuât", "đươc", "kiêm"])
      expect(set.has(s)).toBe(true);
    for (const s of ["vak", "ngha", "cê", "tnh", "quu"]) expect(set.has(s)).toBe(false);
    expect(set.size).toBeGreaterThan(2500);
    expect(set.size).toBeLessThan(6000);
  });

  it("classifies words: tones on closed syllables, numbers and abbreviations skipped", () => {
    expect(wordKind("trưởng")).toBe("syllable");
    expect(wordKind("Hiệu")).toBe("syllable");
    expect(wordKind("vàk")).toBe("unreadable");
    expect(wordKind("uệ")).toBe("syllable"); // a fragment that is itself a syllable (tuệ without t)
    expect(wordKind("hìt")).toBe("unreadable"); // a final t takes only sắc or nặng
    expect(wordKind("BGDĐT")).toBe("skipped");
    expect(wordKind("5.000.000")).toBe("skipped");
  });
});

describe("the garbled-text guard", () => {
  it("fires on the scrambled text of issue 21 and not on the same text read right", () => {
    const scrambled = Array(6).fill("thực hi n lệ ộ trình vàk ế ho chạ; 10 tri uệ đồng; Hi uệ trưởng tnhư ngưh");
    const right = Array(6).fill("thực hiện lộ trình và kế hoạch; 10 triệu đồng; Hiệu trưởng");
    expect(unreadableShare(scrambled).share).toBeGreaterThan(0.08);
    expect(garbledNotice(scrambled.map((t) => [t]))!.vi).toMatch(MESSAGE);
    expect(garbledNotice(right.map((t) => [t]))).toBeNull();
  });

  it("fires on a PDF whose ToUnicode maps are broken: file problem, CLI note, JSON and HTML report", async () => {
    const name = "thu-duc-2025-2026.garbled.pdf";
    const opened = await openPlanFile(new Uint8Array(fs.readFileSync(path.join(DIR, name))), name);
    expect(opened.problems).toHaveLength(1);
    expect(opened.problems[0].vi).toMatch(MESSAGE);
    expect((await new FileHost(opened).read()).problems[0].vi).toMatch(MESSAGE);
    const result = await checkFile(path.join(DIR, name), name, {});
    expect(result.notes?.[0].vi).toMatch(MESSAGE);
    expect(jsonReport([result]).files[0]).toMatchObject({ notes: [expect.stringMatching(MESSAGE)] });
    expect(htmlReport([result])).toContain("Chữ trong tệp PDF bị xáo trộn khi trích ra");
  });

  const all = Object.keys(GENERATORS).flatMap((g) => VARIETY_PLANS.map((p) => `${p}.${g}.pdf`));
  it.each(all)("is silent on %s", async (name) => {
    const opened = await openPlanFile(new Uint8Array(fs.readFileSync(path.join(DIR, name))), name);
    expect(opened.problems).toEqual([]);
  });
});
