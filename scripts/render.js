#!/usr/bin/env node
// `npm run render`: writes one file of every kind KHCT generates (templates 2018 and Biểu 2 in .xlsx and .docx, a
// saved corrected file, a converted Biểu 2 draft, the .xlsx and .html reports) to render/, then — where LibreOffice
// is installed — converts each to PDF (render/pdf/) and PNG pages (render/png/, with poppler's pdftoppm), so anyone
// can look at how they open and print. Without LibreOffice it says so and exits 0.
// Install on Debian/Ubuntu: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils
// (fonts-crosextra-carlito gives Calibri's metrics; Liberation Serif stands in for Times New Roman).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
require("./ts-register");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "render");

function which(names) {
  for (const name of names) {
    if (path.isAbsolute(name)) {
      if (fs.existsSync(name)) return name;
      continue;
    }
    const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 180000 });
  return { ok: r.status === 0, out: `${r.stdout ?? ""}${r.stderr ?? ""}`.trim() };
}

async function main() {
  const { generatedSamples } = require("../test/support/samples.ts");
  fs.rmSync(OUT, { recursive: true, force: true });
  for (const d of ["files", "pdf", "png"]) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const samples = await generatedSamples();
  for (const s of samples) fs.writeFileSync(path.join(OUT, "files", s.name), s.bytes);
  console.log(`Đã ghi ${samples.length} tệp mẫu vào ${path.relative(ROOT, path.join(OUT, "files"))}/ / wrote ${samples.length} files`);

  const soffice = which([process.env.KHCT_SOFFICE || "soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"].filter(Boolean));
  if (!soffice) {
    console.log("Chưa cài LibreOffice nên không chuyển sang PDF/PNG. Cài: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils");
    console.log("LibreOffice is not installed: PDF/PNG rendering skipped (the files above are still written).");
    return 0;
  }
  const pdftoppm = which(["pdftoppm"]);
  const chromium = which([process.env.KHCT_CHROMIUM || "chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"].filter(Boolean));
  // A private LibreOffice profile: no clash with an open LibreOffice or another run.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "khct-lo-"));
  const failures = [];
  try {
    for (const s of samples) {
      const input = path.join(OUT, "files", s.name);
      // "mau-2018.xlsx" → "mau-2018-xlsx.pdf": the .xlsx and .docx of a kind keep separate PDFs.
      const base = s.name.replace(/\./g, "-");
      const pdf = path.join(OUT, "pdf", `${base}.pdf`);
      let r;
      if (/\.html$/.test(s.name) && chromium) {
        // The HTML report is printed from a browser: print it the same way (A4 landscape comes from its @page rule).
        r = run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, `file://${input}`]);
      } else {
        const tmp = fs.mkdtempSync(path.join(profile, "out-"));
        r = run(soffice, [`-env:UserInstallation=file://${profile}/user`, "--headless", "--convert-to", "pdf", "--outdir", tmp, input]);
        const made = path.join(tmp, s.name.replace(/\.[^.]+$/, ".pdf"));
        if (fs.existsSync(made)) fs.renameSync(made, pdf);
      }
      if (!fs.existsSync(pdf)) {
        failures.push(`${s.name}: ${r.out.split("\n").slice(-2).join(" ")}`);
        continue;
      }
      let pages = "";
      if (pdftoppm) {
        const prefix = path.join(OUT, "png", base);
        run(pdftoppm, ["-png", "-r", "70", pdf, prefix]);
        const n = fs.readdirSync(path.join(OUT, "png")).filter((f) => f.startsWith(path.basename(prefix) + "-")).length;
        pages = ` → ${n} trang PNG / pages`;
      }
      console.log(`  ${s.name} → pdf/${path.basename(pdf)}${pages}`);
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (!pdftoppm) console.log("Chưa có pdftoppm (poppler-utils): chỉ có PDF, không có PNG. / pdftoppm missing: PDFs only.");
  if (failures.length) {
    console.error(`Không chuyển được ${failures.length} tệp / failed:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  console.log(`Xem các trang ở ${path.relative(ROOT, OUT)}/png/ / look at the pages in render/png/`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
