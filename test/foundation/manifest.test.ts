import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, rewriteBaseUrl } = require("../../scripts/manifest-check");

const root = path.resolve(__dirname, "../..");
const assetsDir = path.join(root, "assets");
const fixture = (name: string) => fs.readFileSync(path.join(root, "test/fixtures/manifest", name), "utf8");
const check = (xml: string, dir = assetsDir) =>
  checkManifest(xml, { assetsDir: dir }) as { errors: string[]; warnings: string[] };

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
    const xml = rewriteBaseUrl(
      fs.readFileSync(path.join(root, "manifest.xml"), "utf8"),
      "https://localhost:3000/",
      "https://khct.thcs-lequydon.edu.vn/addin",
    );
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://khct.thcs-lequydon.edu.vn/addin/taskpane.html");
    expect(check(xml).errors).toEqual([]);
  });
  it("rejects a production manifest that still points at the placeholder address (as build:release does)", () => {
    const xml = rewriteBaseUrl(
      fs.readFileSync(path.join(root, "manifest.xml"), "utf8"),
      "https://localhost:3000/",
      "https://khct.example.edu.vn/addin",
    );
    expect(check(xml).errors.join("\n")).toMatch(/địa chỉ mẫu https:\/\/khct\.example\.edu\.vn\/addin\//);
  });
  it("npm run validate fails on the placeholder in a production manifest and passes a real address", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-validate-"));
    try {
      fs.cpSync(assetsDir, path.join(dir, "assets"), { recursive: true });
      const dev = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
      const run = (base: string) => {
        fs.writeFileSync(path.join(dir, "manifest.xml"), rewriteBaseUrl(dev, "https://localhost:3000/", base));
        const script = path.join(root, "scripts", "validate-manifest.js");
        const env = { ...process.env, KHCT_OFFLINE: "1" };
        return spawnSync(process.execPath, [script, path.join(dir, "manifest.xml")], { encoding: "utf8", env });
      };
      const placeholder = run("https://khct.example.edu.vn/addin/");
      expect(placeholder.status).toBe(1);
      expect(placeholder.stdout).toMatch(/địa chỉ mẫu/);
      const real = run("https://khct.thcs-lequydon.edu.vn/addin/");
      expect(real.stdout).toMatch(/✓ .*manifest\.xml: 0 lỗi/);
      expect(real.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
