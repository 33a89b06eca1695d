import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "../support/cli";
import { SEEDS, seedText } from "../support/seeds";

let dir: string;
const run = (args: string[]) => runCli(dir, args);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-convert-"));
  fs.writeFileSync(path.join(dir, "mam-non.txt"), seedText(SEEDS.mamNon));
  fs.writeFileSync(path.join(dir, "thu-duc.txt"), seedText(SEEDS.thuDuc));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kehoach convert", () => {
  it.each(["docx", "xlsx"])("turns a correct 2018 plan into a Biểu 2 draft (.%s) that checks clean apart from 'cần rà soát'", async (ext) => {
    const before = fs.readFileSync(path.join(dir, "mam-non.txt"));
    const c = await run(["convert", "mam-non.txt", "-o", `bieu2.${ext}`]);
    expect(c.code).toBe(0);
    expect(c.out).toContain("gợi ý — cần rà soát");
    expect(fs.readFileSync(path.join(dir, "mam-non.txt")).equals(before)).toBe(true);
    const r = await run(["check", `bieu2.${ext}`, "--json"]);
    const f = JSON.parse(r.out).files[0];
    expect(f.context).toMatchObject({ level: "mam-non", regime: "2026", schoolYear: "2026-2027", circular: "57/2026/TT-BGDĐT" });
    const others = f.findings.filter((x: { rule: string }) => x.rule !== "tt57.review-needed");
    expect(others).toEqual([]);
    expect(f.findings.filter((x: { rule: string }) => x.rule === "tt57.review-needed")).toHaveLength(5);
    expect(r.code).toBe(0);
  });
  it("keeps a plan's real mistakes visible after carry-over", async () => {
    await run(["convert", "thu-duc.txt", "-o", "thu-duc-bieu2.xlsx"]);
    const f = JSON.parse((await run(["check", "thu-duc-bieu2.xlsx", "--json"])).out).files[0];
    expect(f.findings.map((x: { rule: string }) => x.rule)).toEqual(expect.arrayContaining(["doc.impossible-year", "timeline.after-school-year", "tt57.review-needed"]));
  });
  it("refuses to overwrite and reports usage problems", async () => {
    expect((await run(["convert", "mam-non.txt", "-o", "bieu2.docx"])).code).toBe(2);
    expect((await run(["convert", "mam-non.txt"])).code).toBe(2);
    expect((await run(["convert", "khong-co.txt", "-o", "x.xlsx"])).code).toBe(2);
  });
});
