import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, rewriteBaseUrl } = require("../../scripts/manifest-check");

const root = path.resolve(__dirname, "../..");
const assetsDir = path.join(root, "assets");
const fixture = (name: string) => fs.readFileSync(path.join(root, "test/fixtures/manifest", name), "utf8");
const check = (xml: string, dir = assetsDir) => checkManifest(xml, { assetsDir: dir }) as { errors: string[]; warnings: string[] };

describe("offline manifest check", () => {
  it("accepts the real manifest (both hosts, ribbon buttons, icons at their sizes)", () => {
    const r = check(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
  it.each([
    ["missing-host.xml", /Document/],
    ["bad-resid.xml", /resid "Group\.Lable"/],
    ["missing-icon.xml", /icon-80-missing\.png/],
    ["not-well-formed.xml", /không khớp|mismatched/],
    ["bad-guid.xml", /GUID/],
    ["http-url.xml", /https/],
    ["wrong-order.xml", /thứ tự|out of order/],
  ])("rejects %s", (name, message) => {
    const r = check(fixture(name));
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.join("\n")).toMatch(message);
  });
  it("rejects an icon of the wrong size", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-assets-"));
    for (const f of fs.readdirSync(assetsDir)) fs.copyFileSync(path.join(assetsDir, f), path.join(dir, f));
    fs.copyFileSync(path.join(assetsDir, "icon-16.png"), path.join(dir, "icon-32.png"));
    const r = check(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), dir);
    expect(r.errors.join("\n")).toMatch(/icon-32\.png.*16×16/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it("rewrites every dev URL to the production base URL", () => {
    const xml = rewriteBaseUrl(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), "https://localhost:3000/", "https://khct.example.edu.vn/addin");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://khct.example.edu.vn/addin/taskpane.html");
    expect(check(xml).errors).toEqual([]);
  });
});
