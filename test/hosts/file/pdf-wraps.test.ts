/**
 * Spaces at line wraps (issue 21): a cell whose words wrap onto the next line ("cần" / "đạt", "Tháng" / "6/2024")
 * reads with the space, in the text quoted back to the user and in what is parsed from it. Fixtures: headless
 * Chromium printing test/fixtures/pdf-wraps/wraps.html as written and decomposed (NFD) —
 * scripts/fixtures/pdf-wraps. Expectations are the HTML's own cell texts, written by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { joinLines, type Line } from "../../../src/core/read/positions-lines";
import { readMain } from "../../support/pdf-variety-read";

const DIR = path.join(__dirname, "..", "..", "fixtures", "pdf-wraps");

describe.each(["wraps.chromium.pdf", "wraps-nfd.chromium.pdf"])("%s: wrapped cell lines keep their spaces", (name) => {
  it("quotes each cell as written and parses its period", async () => {
    const plan = await readMain(new Uint8Array(fs.readFileSync(path.join(DIR, name))), name);
    const row = (code: string) => plan.rows.find((r) => r.criterion === code && r.kind === "criterion")!;
    const text = (code: string, role: "target" | "period" | "owner") => row(code).cells[role]?.text.normalize("NFC");
    expect(text("1.4", "target")).toBe("Tổ chuyên môn cần đạt mức 2");
    expect(text("1.4", "period")).toBe("Tháng 9/2023 - Tháng 6/2024");
    expect(text("1.5", "target")).toBe("Sĩ số học sinh cần đạt quy định");
    expect(text("1.5", "period")).toBe("Tháng 8/2023 - Tháng 10/2023");
    expect(text("1.5", "owner")).toBe("Phó hiệu trưởng");
    expect(row("1.4").period).toMatchObject({ kind: "range", start: "2023-09", end: "2024-06" });
    expect(row("1.5").period).toMatchObject({ kind: "range", start: "2023-08", end: "2023-10" });
  });
});

describe("a wrap in decomposed (NFD) text", () => {
  const line = (text: string, x0: number, x1: number): Line => ({
    y: 0,
    size: 10,
    x0,
    x1,
    words: [{ x: x0, width: x1 - x0, size: 10, text }],
  });
  it('is a space: "cần" ends in a letter with its marks, not in a lone consonant', () => {
    // A 40 pt cell: "cần" fills it, "đạt" (≈ 17 pt) would not have fitted after it → a wrap.
    const lines = [line("Tổ cần".normalize("NFD"), 0, 36), line("đạt".normalize("NFD"), 0, 17)];
    expect(joinLines(lines, 0, 40).normalize("NFC")).toBe("Tổ cần đạt");
  });
  it('still rejoins a word broken at the edge (".../n" + "ăm")', () => {
    const lines = [line("5.000.000/n".normalize("NFD"), 0, 38), line("ăm học".normalize("NFD"), 0, 30)];
    expect(joinLines(lines, 0, 40).normalize("NFC")).toBe("5.000.000/năm học");
  });
});
