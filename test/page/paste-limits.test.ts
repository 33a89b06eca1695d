/**
 * Large pastes (issue 21): a paste past a limit is told of the pasted text ("Nội dung dán"), never as a file named
 * after its title (Tệp "Bảng dán"), in the page's language only; a paste large enough to stay in the page's plan
 * worker (more than LARGE_CHARS characters) and holding no table gets the same explanation as a small one (here: text
 * copied column by column), not a generic "no table" message. Expectations written by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { FileProblem, openPlanFile } from "../../src/hosts/file/index";
import { LIMITS } from "../../src/hosts/file/limits";
import { LARGE_CHARS } from "../../src/page/worker/open-large";
import { pastedTitle } from "../../src/page/paste-names";
import { errorText } from "../../src/core/text/message";
import { inProcessPlanWorker } from "../support/in-process-worker";

const encode = (t: string) => new TextEncoder().encode(t);
/** One line more than a text may have: a paste of 50,001 short lines. */
const tooManyLines = () => encode("x\n".repeat(LIMITS.rows + 1));
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

async function refusal(p: Promise<unknown>): Promise<FileProblem> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FileProblem);
  return e as FileProblem;
}

describe("a paste past a limit speaks of the pasted text", () => {
  it("in Vietnamese and in English, naming no file; a file past the same limit is still a file", async () => {
    const e = await refusal(openPlanFile(tooManyLines(), pastedTitle("vi"), { pasted: true }));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/^Nội dung dán quá lớn: hơn 50\.000 dòng vượt giới hạn 50\.000 dòng\. /);
    expect(e.message).toMatch(/mở trực tiếp tệp gốc/);
    expect(e.message).not.toMatch(/Tệp|"Bảng dán"/);
    expect(e.messageEn).toMatch(/^The pasted text is too large: the number of lines exceeds the limit of 50\.000/);
    expect(e.messageEn).not.toMatch(/\bfile "|Pasted table/i);

    const file = await refusal(openPlanFile(tooManyLines(), "ke-hoach.txt"));
    expect(file.message).toMatch(/^Tệp quá lớn hoặc bất thường: "ke-hoach\.txt" — hơn 50\.000 dòng/);
  });

  it.each(["vi", "en"] as const)("from the page's plan worker, in the page's language only (%s)", async (lang) => {
    const client = inProcessPlanWorker();
    try {
      const e = (await client.open(tooManyLines(), pastedTitle(lang), lang, true).then(
        () => null,
        (x: unknown) => x,
      )) as (Error & { problem?: boolean; code?: string }) | null;
      expect(e?.problem).toBe(true);
      expect(e?.code).toBe("too-large");
      // What the page shows: the error in the page's language (errorText, as usePlanDocument does).
      const shown = errorText(e, lang);
      if (lang === "vi") expect(shown).toMatch(/^Nội dung dán quá lớn: hơn 50\.000 dòng/);
      else {
        expect(shown).toMatch(/^The pasted text is too large: the number of lines/);
        expect(shown).not.toMatch(VIETNAMESE);
      }
    } finally {
      client.dispose();
    }
  });
});

describe("a paste large enough to stay in the plan worker", () => {
  it("copied column by column (over 1 MB): the worker says so, as the small view does, and adds no generic message", async () => {
    const one = fs.readFileSync(
      path.join(__dirname, "..", "fixtures", "pdf-paste", "thu-duc-2025-2026.columns.txt"),
      "utf8",
    );
    // The columns, then the plan's notes: long paragraphs past LARGE_CHARS (under the 50,000-line limit).
    const note = "Ghi chú: nhà trường tiếp tục rà soát, cập nhật minh chứng và báo cáo kết quả thực hiện. ".repeat(6);
    const text = `${one}\n\n${`${note}\n`.repeat(Math.ceil(LARGE_CHARS / note.length) + 10)}`;
    const client = inProcessPlanWorker();
    try {
      const a = await client.open(encode(text), pastedTitle("vi"), "vi", true);
      expect(a.chars).toBeGreaterThan(LARGE_CHARS); // what keeps a paste in the worker
      expect(a.plan.rows).toEqual([]);
      const said = a.findings.filter((f) => f.rule === "table.no-header");
      expect(said).toHaveLength(1);
      expect(said[0].message).toMatch(/^Nội dung đã dán đi theo từng cột của bảng/);
      expect(said[0].messageEn).toMatch(/^The pasted text runs column by column/);
      expect(said[0].suggestion).toMatch(/Mở trực tiếp tệp PDF/);
      expect(a.problems.join(" ")).not.toMatch(/Không tìm thấy bảng|Tệp/);
    } finally {
      client.dispose();
    }
  });
});
