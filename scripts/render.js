#!/usr/bin/env node
// `npm run render`: writes one file of every kind KHCT generates (templates 2018 and Biểu 2 in .xlsx and .docx, a
// saved corrected file, a converted Biểu 2 draft, the .xlsx and .html reports) to render/, then — where LibreOffice
// is installed — converts each to PDF (render/pdf/) and PNG pages (render/png/, with poppler's pdftoppm), so anyone
// can look at how they open and print. Without LibreOffice it says so and exits 0. `--lang en`: messages in English.
// The HTML report is printed the way its users print it, from a browser: the Chromium the project already uses for
// its browser tests (scripts/find-browser.js: the machine's Chrome/Edge/Chromium, else the one from npm).
// Install on Debian/Ubuntu: apt-get install -y libreoffice-calc libreoffice-writer poppler-utils fonts-liberation
// fonts-liberation2 (Liberation Serif has Times New Roman's metrics; fonts-crosextra-carlito gives Calibri's); without
// such a font the pictures wrap falsely and run to more pages, and the script says so.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
require("./ts-register");
const { timesMetricFont } = require("./fonts-check");
const { findBrowser } = require("./find-browser");

const ROOT = path.resolve(__dirname, "..");
const EN = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en";
const say = (vi, en) => console.log(EN ? en : vi);
const INSTALL = "apt-get install -y libreoffice-calc libreoffice-writer poppler-utils";
// KHCT_RENDER_DIR: another output folder; KHCT_SOFFICE: the LibreOffice program ("none": write the files only).
const OUT = path.resolve(ROOT, process.env.KHCT_RENDER_DIR || "render");

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

/** The project's own headless Chromium (the one the browser tests use), driven by playwright-core. */
async function launchBrowser() {
  const { executablePath } = await findBrowser();
  const { chromium } = require("playwright-core");
  const args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];
  return chromium.launch({ executablePath, headless: true, args });
}

async function main() {
  const { generatedSamples } = require("../test/support/samples.ts");
  // Only our own three sub-folders are emptied (the output folder may be one the user chose).
  for (const d of ["files", "pdf", "png"]) {
    fs.rmSync(path.join(OUT, d), { recursive: true, force: true });
    fs.mkdirSync(path.join(OUT, d), { recursive: true });
  }
  const samples = await generatedSamples();
  for (const s of samples) fs.writeFileSync(path.join(OUT, "files", s.name), s.bytes);
  say(
    `Đã ghi ${samples.length} tệp mẫu vào ${path.join(OUT, "files")}`,
    `Wrote ${samples.length} files to ${path.join(OUT, "files")}`,
  );

  const soffice =
    process.env.KHCT_SOFFICE === "none"
      ? null
      : which([
          process.env.KHCT_SOFFICE || "soffice",
          "libreoffice",
          "/usr/lib/libreoffice/program/soffice",
          "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        ]);
  if (!soffice) {
    say(
      `Chưa cài LibreOffice nên không chuyển sang PDF/PNG (các tệp trên vẫn được ghi). Cài: ${INSTALL}`,
      `LibreOffice is not installed: no PDF/PNG (the files above are still written). Install: ${INSTALL}`,
    );
    return 0;
  }
  const fonts = timesMetricFont();
  if (!fonts.ok) console.warn(`!! ${EN ? fonts.messageEn : fonts.message}`);
  const pdftoppm = which(["pdftoppm"]);
  // A private LibreOffice profile: no clash with an open LibreOffice or another run.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "khct-lo-"));
  const failures = [];
  let browser = null;
  try {
    for (const s of samples) {
      const input = path.join(OUT, "files", s.name);
      // "mau-2018.xlsx" → "mau-2018-xlsx.pdf": the .xlsx and .docx of a kind keep separate PDFs.
      const base = s.name.replace(/\./g, "-");
      const pdf = path.join(OUT, "pdf", `${base}.pdf`);
      let out = "";
      if (/\.html$/.test(s.name)) {
        // The HTML report is printed from a browser, as its readers print it (A4 landscape from its @page rule).
        try {
          browser = browser || (await launchBrowser());
          const page = await browser.newPage();
          await page.goto(`file://${input}`);
          await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
          await page.close();
        } catch (e) {
          out = e.message;
        }
      } else {
        const tmp = fs.mkdtempSync(path.join(profile, "out-"));
        out = run(soffice, [
          `-env:UserInstallation=file://${profile}/user`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          tmp,
          input,
        ]).out;
        const made = path.join(tmp, s.name.replace(/\.[^.]+$/, ".pdf"));
        if (fs.existsSync(made)) fs.renameSync(made, pdf);
      }
      if (!fs.existsSync(pdf)) {
        failures.push(`${s.name}: ${out.split("\n").slice(-2).join(" ")}`);
        continue;
      }
      let pages = "";
      if (pdftoppm) {
        const prefix = path.join(OUT, "png", base);
        run(pdftoppm, ["-png", "-r", "70", pdf, prefix]);
        const n = fs.readdirSync(path.join(OUT, "png")).filter((f) => f.startsWith(path.basename(prefix) + "-")).length;
        pages = EN ? ` → ${n} PNG pages` : ` → ${n} trang PNG`;
      }
      console.log(`  ${s.name} → pdf/${path.basename(pdf)}${pages}`);
    }
  } finally {
    if (browser) await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (!pdftoppm)
    say("Chưa có pdftoppm (poppler-utils): chỉ có PDF, không có PNG.", "pdftoppm (poppler-utils) missing: PDFs only.");
  if (failures.length) {
    console.error(
      `${EN ? `${failures.length} files failed` : `Không chuyển được ${failures.length} tệp`}:\n  ${failures.join("\n  ")}`,
    );
    return 1;
  }
  say(`Xem các trang ở ${path.join(OUT, "png")}`, `Look at the pages in ${path.join(OUT, "png")}`);
  if (!fonts.ok) console.warn(`!! ${EN ? fonts.messageEn : fonts.message}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
