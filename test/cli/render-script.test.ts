import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

describe("npm run render", () => {
  it("without LibreOffice writes every generated kind, says so clearly and exits 0", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "khct-render-"));
    try {
      const r = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "render.js")], {
        encoding: "utf8",
        env: { ...process.env, KHCT_SOFFICE: "none", KHCT_RENDER_DIR: dir },
        timeout: 280_000,
      }); // a ceiling for a hang (spawnSync blocks jest's own timer)
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Chưa cài LibreOffice/);
      expect(fs.readdirSync(path.join(dir, "files")).sort()).toEqual([
        "ban-nhap-bieu2.docx",
        "ban-nhap-bieu2.xlsx",
        "bao-cao.html",
        "bao-cao.xlsx",
        "da-sua-2018.docx",
        "da-sua-2018.xlsx",
        "mau-2018.docx",
        "mau-2018.xlsx",
        "mau-bieu2.docx",
        "mau-bieu2.xlsx",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
