// Fonts the rendered pictures depend on. KHCT's documents are set in Times New Roman (Nghị định 30/2020). A machine
// without it or a metric-compatible face (Liberation Serif from Debian's fonts-liberation / fonts-liberation2, or
// Tinos) substitutes another serif with other widths: the pictures then show false wraps and 17–33 % more pages.
const { spawnSync } = require("child_process");

const METRIC_COMPATIBLE = ["Times New Roman", "Liberation Serif", "Tinos"];
const INSTALL_FONTS = "apt-get install -y fonts-liberation fonts-liberation2";

/** Families fontconfig knows (one per line of `fc-list : family`), or null where fc-list is missing. */
function installedFamilies(run = spawnSync) {
  const r = run("fc-list", [":", "family"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return null;
  return String(r.stdout)
    .split("\n")
    .flatMap((l) => l.split(","))
    .map((f) => f.trim())
    .filter(Boolean);
}

/**
 * { ok, family, message }: ok when a face metric-compatible with Times New Roman is installed. Windows and macOS
 * ship Times New Roman itself; elsewhere fontconfig is asked.
 */
function timesMetricFont({ platform = process.platform, run = spawnSync } = {}) {
  if (platform === "win32" || platform === "darwin") return { ok: true, family: "Times New Roman", message: "" };
  const families = installedFamilies(run);
  const family = families && METRIC_COMPATIBLE.find((f) => families.some((x) => x.toLowerCase() === f.toLowerCase()));
  if (family) return { ok: true, family, message: "" };
  return {
    ok: false,
    family: null,
    message:
      "Máy này thiếu phông chữ cùng kích thước với Times New Roman (Liberation Serif): ảnh sẽ xuống dòng sai và " +
      `nhiều trang hơn thực tế (17–33 %). Cài: ${INSTALL_FONTS}`,
    messageEn:
      "No font metric-compatible with Times New Roman (Liberation Serif): the pictures will show false wraps and " +
      `17–33 % more pages than real. Install: ${INSTALL_FONTS}`,
  };
}

module.exports = { timesMetricFont, installedFamilies, METRIC_COMPATIBLE, INSTALL_FONTS };
