// The production address the manifest points at. package.json config.prod_base_url ships a PLACEHOLDER
// (khct.example.edu.vn): a manifest built with it loads nothing in Office. `npm run build` warns loudly;
// `npm run build:release` (webpack --env release) refuses to build with it.
const pkg = require("../package.json");

const PLACEHOLDER = /(^|\.)example\.(edu\.vn|com|org|net|vn)(\/|:|$)|\/\/(localhost|127\.0\.0\.1)[:/]/i;

function productionBaseUrl(env = process.env) {
  const url = env.KHCT_BASE_URL || pkg.config.prod_base_url;
  return url.endsWith("/") ? url : url + "/";
}

/** { ok, message }: ok is false for a placeholder or non-HTTPS address (message in Vietnamese, then English). */
function checkBaseUrl(url) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    // reported below
  }
  if (!parsed || parsed.protocol !== "https:")
    return { ok: false, message: `Địa chỉ máy chủ không hợp lệ (cần https://…): ${url}` };
  if (PLACEHOLDER.test(url)) {
    return {
      ok: false,
      message:
        `manifest.xml đang trỏ tới địa chỉ mẫu ${url} — Office sẽ không tải được phần bổ trợ. ` +
        "Đặt địa chỉ thật trong package.json (config.prod_base_url) hoặc biến môi trường KHCT_BASE_URL. " +
        `/ The manifest points at the placeholder address ${url}: set KHCT_BASE_URL or config.prod_base_url.`,
    };
  }
  return { ok: true, message: "" };
}

/** For webpack: warns (boxed, on stderr) or, in a release build, throws. */
function enforceBaseUrl(url, { release = false, log = console.error } = {}) {
  const { ok, message } = checkBaseUrl(url);
  if (ok) return true;
  if (release) throw new Error(`npm run build:release: ${message}`);
  const line = "!".repeat(100);
  log(
    `\n${line}\n!! CẢNH BÁO / WARNING: ${message}\n!! Bản phát hành: npm run build:release (báo lỗi thay vì cảnh báo).\n${line}\n`,
  );
  return false;
}

module.exports = { productionBaseUrl, checkBaseUrl, enforceBaseUrl };
