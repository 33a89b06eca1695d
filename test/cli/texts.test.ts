/**
 * One way for user texts (issue 28): reading problems and errors are {vi, en}; the command line prints the language
 * it prints everything else in, and --json carries both (notes / notesEn, error / errorEn). Expectations by hand.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { humanPrinter } from "../../src/cli/print";
import { jsonReport, type FileResult } from "../../src/hosts/file/report";
import { errorText, TextError } from "../../src/core/text/message";
import { FileProblem } from "../../src/hosts/file/errors";
import { readPlan } from "../../src/core/read/index";
import { checkPlan } from "../../src/core/rules/index";
import { SEEDS, seedGrid } from "../support/seeds";
import { doc2018 } from "../support/grids";
import { runCli } from "../support/cli";

const MERGED = {
  vi: 'Trang "KH": 2 vùng ô gộp — nội dung được đọc ở ô đầu tiên của mỗi vùng',
  en: 'Sheet "KH": 2 merged areas, read from their first cells',
};
const unreadable: FileResult = {
  path: "cu.doc",
  status: "error",
  error: 'Tệp "cu.doc" là Word 97-2003.',
  errorEn: '"cu.doc" is a Word 97-2003 file.',
  findings: [],
  totalVnd: 0,
  notes: [MERGED],
};

describe("--json", () => {
  it("keeps notes and error in Vietnamese and adds their English beside them", () => {
    const ok: FileResult = {
      path: "a.txt",
      status: "ok",
      plan: readPlan(seedGrid(SEEDS.mamNon)),
      findings: [],
      totalVnd: 0,
      notes: [MERGED],
    };
    const [bad, good] = jsonReport([unreadable, ok]).files;
    expect(bad).toMatchObject({ error: 'Tệp "cu.doc" là Word 97-2003.', errorEn: '"cu.doc" is a Word 97-2003 file.' });
    expect(bad).toMatchObject({ notes: [MERGED.vi], notesEn: [MERGED.en] });
    expect(good).toMatchObject({ notes: [MERGED.vi], notesEn: [MERGED.en] });
  });
  it("adds the notice's English beside it (noticeEn)", () => {
    const notice = {
      status: "garbled" as const,
      message: "Chữ trong tệp PDF có thể sai.",
      messageEn: "The PDF's text may be wrong.",
    };
    const ok: FileResult = {
      path: "a.pdf",
      status: "ok",
      plan: readPlan(seedGrid(SEEDS.mamNon)),
      findings: [],
      totalVnd: 0,
      notice,
    };
    expect(jsonReport([ok]).files[0]).toMatchObject({
      readStatus: "garbled",
      notice: "Chữ trong tệp PDF có thể sai.",
      noticeEn: "The PDF's text may be wrong.",
    });
  });
  it("has no errorEn or notes when there are none", () => {
    const [f] = jsonReport([{ path: "x", status: "error", error: "Lỗi.", findings: [], totalVnd: 0 }]).files;
    expect(Object.keys(f).sort()).toEqual(["error", "path", "readStatus", "status"]);
  });
});

describe("the human output", () => {
  const printed = (lang: "vi" | "en") => {
    let out = "";
    humanPrinter({ write: (s: string) => (out += s) }, lang, false).file(unreadable);
    return out;
  };
  it("says notes and the reason in Vietnamese", () => {
    expect(printed("vi")).toBe(`\ncu.doc\n  lưu ý: ${MERGED.vi}\n  không đọc được: Tệp "cu.doc" là Word 97-2003.\n`);
  });
  it("says them in English with --lang en, never both", () => {
    expect(printed("en")).toBe(`\ncu.doc\n  note: ${MERGED.en}\n  unreadable: "cu.doc" is a Word 97-2003 file.\n`);
  });
});

/** A plan whose one row names no lead (table.missing-owner), checked by the rules. */
function noOwner(): FileResult {
  const row = ["1", "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng", "Đạt mức 3"];
  const plan = readPlan(doc2018({ rows: [[...row, "Việc", "", "Tháng 9/2025 - tháng 5/2026", "5.000.000"]] }));
  const findings = checkPlan(plan).filter((f) => f.rule === "table.missing-owner");
  return { path: "a.txt", status: "ok", plan, findings, totalVnd: 5_000_000 };
}

describe("a finding's fix (issue 28)", () => {
  it("--json: suggestion in Vietnamese, suggestionEn and messageEn beside it", () => {
    const [f] = jsonReport([noOwner()]).files;
    expect((f as { findings: unknown[] }).findings).toEqual([
      expect.objectContaining({
        rule: "table.missing-owner",
        message: "Chưa ghi người/bộ phận chủ trì.",
        messageEn: "No lead person/unit is given.",
        suggestion: "Ghi người chủ trì và phối hợp, ví dụ: Hiệu trưởng; TTCM.",
        suggestionEn: "Name the lead and the partners, e.g. “Hiệu trưởng; TTCM”.",
      }),
    ]);
  });
  it.each([
    ["vi" as const, "→ Ghi người chủ trì và phối hợp, ví dụ: Hiệu trưởng; TTCM.", "Name the lead"],
    ["en" as const, "→ Name the lead and the partners, e.g. “Hiệu trưởng; TTCM”.", "Ghi người"],
  ])("the human output (%s) says the fix in its language only", (lang, said, notSaid) => {
    let out = "";
    humanPrinter({ write: (s: string) => (out += s) }, lang, false).file(noOwner());
    expect(out).toContain(said);
    expect(out).not.toContain(notSaid);
  });
});

describe("errors", () => {
  it("a TextError's message is its Vietnamese; errorText gives the language asked for", () => {
    const e = new TextError({ vi: "Đã dừng đọc ảnh", en: "OCR cancelled" });
    expect([e.message, errorText(e, "vi"), errorText(e, "en")]).toEqual([
      "Đã dừng đọc ảnh",
      "Đã dừng đọc ảnh",
      "OCR cancelled",
    ]);
    expect(errorText(new Error("GeneralException"), "en")).toBe("GeneralException");
  });
  it("a FileProblem is a TextError with both languages", () => {
    const p = new FileProblem("empty", 'Tệp "a.xlsx" trống (0 byte).', '"a.xlsx" is empty.');
    expect(errorText(p, "en")).toBe('"a.xlsx" is empty.');
    expect(p.message).toBe('Tệp "a.xlsx" trống (0 byte).');
  });
  it("the command line says a wrong option in its language", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-texts-"));
    try {
      expect(await runCli(dir, ["check", "--khong-co"])).toEqual({
        code: 2,
        out: "",
        err: "kehoach: Tùy chọn không rõ: --khong-co\n",
      });
      expect(await runCli(dir, ["check", "--khong-co", "--lang", "en"])).toEqual({
        code: 2,
        out: "",
        err: "kehoach: unknown option: --khong-co\n",
      });
      expect((await runCli(dir, ["check", "--lang=en", "--level"])).err).toBe("kehoach: missing value for --level\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
