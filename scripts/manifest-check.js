// Offline check of the XML add-in manifest (office-addin-manifest's validator posts to an online service).
// checkManifest(xmlText, { assetsDir, baseUrl }) → { errors: string[], warnings: string[] }
const fs = require("fs");
const path = require("path");
const { checkBaseUrl } = require("./base-url");

/** A strict little XML parser: elements, attributes, text; throws on anything not well-formed. */
function parseXml(text) {
  let i = 0;
  let line = 1;
  const fail = (msg) => {
    throw new Error(`XML không hợp lệ (dòng ${line}): ${msg} / not well-formed XML (line ${line}): ${msg}`);
  };
  const advance = (n) => {
    for (let k = 0; k < n; k++) if (text[i + k] === "\n") line++;
    i += n;
  };
  const root = { name: "#document", attrs: {}, children: [], line: 0, text: "" };
  const stack = [root];
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length) {
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end < 0) fail("thiếu ?> / unterminated declaration");
      advance(end + 2 - i);
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i);
      if (end < 0) fail("thiếu --> / unterminated comment");
      advance(end + 3 - i);
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA");
      stack[stack.length - 1].text += text.slice(i + 9, end);
      advance(end + 3 - i);
    } else if (text.startsWith("</", i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(i, i + 300));
      if (!m) fail("thẻ đóng sai / bad end tag");
      const open = stack.pop();
      if (!open || open === root || open.name !== m[1])
        fail(`thẻ </${m[1]}> không khớp với <${open && open.name}> / mismatched end tag`);
      advance(m[0].length);
    } else if (text[i] === "<") {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(
        text.slice(i, i + 5000),
      );
      if (!m) fail("thẻ mở sai / bad start tag");
      const attrs = {};
      const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
      let a;
      while ((a = re.exec(m[2]))) {
        if (a[1] in attrs) fail(`thuộc tính lặp ${a[1]} / duplicate attribute`);
        attrs[a[1]] = decode(a[2] !== undefined ? a[2] : a[3]);
      }
      const el = { name: m[1], attrs, children: [], line, text: "", parent: stack[stack.length - 1] };
      stack[stack.length - 1].children.push(el);
      if (stack.length === 1 && root.children.length > 1) fail("nhiều phần tử gốc / more than one root element");
      advance(m[0].length);
      if (!m[3]) stack.push(el);
    } else {
      const next = text.indexOf("<", i);
      const chunk = text.slice(i, next < 0 ? text.length : next);
      if (stack.length === 1 && chunk.trim()) fail("chữ ngoài phần tử gốc / text outside the root element");
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(chunk)) fail("ký tự & chưa mã hóa / unescaped &");
      stack[stack.length - 1].text += decode(chunk);
      advance(chunk.length);
    }
  }
  if (stack.length !== 1) fail(`thẻ <${stack[stack.length - 1].name}> chưa đóng / unclosed element`);
  if (root.children.length !== 1) fail("cần đúng một phần tử gốc / exactly one root element required");
  return root.children[0];
}

function decode(s) {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

const local = (name) => name.replace(/^.*:/, "");
const kids = (el, name) => el.children.filter((c) => local(c.name) === name);
function walk(el, fn) {
  fn(el);
  for (const c of el.children) walk(c, fn);
}

// OfficeApp children in the order of the schema (OfficeAppManifestv1.1.xsd, TaskPaneApp).
const ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function checkManifest(xmlText, options = {}) {
  const errors = [];
  const warnings = [];
  const assetsDir = options.assetsDir || null;
  let root;
  try {
    root = parseXml(String(xmlText));
  } catch (e) {
    return { errors: [e.message], warnings };
  }
  if (local(root.name) !== "OfficeApp")
    errors.push(`Phần tử gốc phải là OfficeApp (đang là ${root.name}) / root must be OfficeApp`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp")
    errors.push('OfficeApp phải có xsi:type="TaskPaneApp" / must be a TaskPaneApp');
  // Presence and order.
  const names = root.children.map((c) => local(c.name));
  for (const r of REQUIRED)
    if (!names.includes(r)) errors.push(`Thiếu phần tử <${r}> / missing required element <${r}>`);
  let last = -1;
  for (const n of names) {
    const idx = ORDER.indexOf(n);
    if (idx < 0) {
      errors.push(`Phần tử không có trong lược đồ: <${n}> / element not in the schema: <${n}>`);
      continue;
    }
    if (idx < last) errors.push(`<${n}> sai thứ tự (phải đứng trước <${ORDER[last]}>) / <${n}> is out of order`);
    last = Math.max(last, idx);
  }
  const text = (n) => (kids(root, n)[0] ? kids(root, n)[0].text.trim() : "");
  if (names.includes("Id") && !GUID.test(text("Id")))
    errors.push(`Id "${text("Id")}" không phải GUID / Id is not a valid GUID`);
  if (names.includes("Version") && !/^\d+(\.\d+){0,3}$/.test(text("Version")))
    errors.push(`Version "${text("Version")}" sai dạng / bad Version`);
  if (names.includes("DefaultLocale") && !/^[a-z]{2}-[A-Z]{2}$/.test(text("DefaultLocale")))
    errors.push("DefaultLocale sai dạng / bad DefaultLocale");
  if (names.includes("Permissions") && !PERMISSIONS.includes(text("Permissions")))
    errors.push(`Permissions "${text("Permissions")}" không hợp lệ / invalid Permissions`);
  const dn = kids(root, "DisplayName")[0];
  if (dn && (!dn.attrs.DefaultValue || dn.attrs.DefaultValue.length > 125))
    errors.push("DisplayName phải có DefaultValue ≤ 125 ký tự / DisplayName needs a DefaultValue ≤ 125 characters");
  // Hosts.
  const hostNames = kids(root, "Hosts")[0] ? kids(kids(root, "Hosts")[0], "Host").map((h) => h.attrs.Name) : [];
  for (const h of ["Workbook", "Document"])
    if (!hostNames.includes(h)) errors.push(`Chưa khai báo ứng dụng ${h} trong <Hosts> / host ${h} not declared`);
  const vo = kids(root, "VersionOverrides")[0];
  const resources = new Map();
  if (vo) {
    const voHosts = kids(vo, "Hosts")[0] ? kids(kids(vo, "Hosts")[0], "Host").map((h) => h.attrs["xsi:type"]) : [];
    for (const h of ["Workbook", "Document"])
      if (!voHosts.includes(h))
        errors.push(`VersionOverrides chưa có Host ${h} (nút trên ribbon) / VersionOverrides lacks host ${h}`);
    const res = kids(vo, "Resources")[0];
    if (res) {
      for (const group of res.children)
        for (const r of group.children) {
          if (!r.attrs.id) continue;
          if (resources.has(r.attrs.id)) errors.push(`Tài nguyên trùng id "${r.attrs.id}" / duplicate resource id`);
          resources.set(r.attrs.id, { kind: local(group.name), value: r.attrs.DefaultValue || "", el: r });
          const max = local(group.name) === "ShortStrings" ? 125 : local(group.name) === "LongStrings" ? 250 : 2048;
          for (const v of [r.attrs.DefaultValue || "", ...r.children.map((o) => o.attrs.Value || "")])
            if (v.length > max) errors.push(`Tài nguyên "${r.attrs.id}" dài quá ${max} ký tự / resource too long`);
        }
    } else errors.push("VersionOverrides thiếu <Resources> / VersionOverrides has no <Resources>");
    walk(vo, (el) => {
      if (el.attrs.resid !== undefined && !resources.has(el.attrs.resid))
        errors.push(
          `resid "${el.attrs.resid}" (dòng ${el.line}) không có tài nguyên tương ứng / resid does not resolve`,
        );
    });
  } else
    warnings.push("Không có VersionOverrides: sẽ không có nút trên ribbon / no VersionOverrides: no ribbon button");
  // URLs must be https.
  walk(root, (el) => {
    for (const key of ["DefaultValue", "Value"]) {
      const v = el.attrs[key];
      if (v && /^[a-z]+:\/\//i.test(v) && !/^https:\/\//i.test(v))
        errors.push(`URL phải dùng https: ${v} (dòng ${el.line}) / URLs must be https`);
    }
    if (local(el.name) === "SourceLocation" && el.attrs.DefaultValue && !/^https:\/\//.test(el.attrs.DefaultValue))
      errors.push(`SourceLocation phải là https / must be https`);
    if (local(el.name) === "AppDomain" && !/^https:\/\//.test(el.text.trim()))
      errors.push(`AppDomain phải là https: ${el.text.trim()}`);
  });
  // A manifest for release (not the localhost one of `npm start`) must point at a real address: a placeholder
  // (khct.example.edu.vn) loads nothing in Office, so it is an error here as in `npm run build:release`.
  let sourceUrl = null;
  walk(root, (el) => {
    if (!sourceUrl && local(el.name) === "SourceLocation" && el.attrs.DefaultValue) sourceUrl = el.attrs.DefaultValue;
  });
  if (sourceUrl && /^https:\/\//i.test(sourceUrl) && !/^https:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(sourceUrl)) {
    const base = sourceUrl.replace(/[^/]*$/, "");
    const verdict = checkBaseUrl(base);
    if (!verdict.ok) errors.push(verdict.message);
  }
  // Icons exist at the sizes named.
  if (assetsDir) {
    const expect = [];
    const iconUrl = kids(root, "IconUrl")[0];
    const hiRes = kids(root, "HighResolutionIconUrl")[0];
    if (iconUrl) expect.push({ url: iconUrl.attrs.DefaultValue, size: 32, what: "IconUrl" });
    if (hiRes) expect.push({ url: hiRes.attrs.DefaultValue, size: 64, what: "HighResolutionIconUrl" });
    if (vo)
      walk(vo, (el) => {
        if (local(el.name) === "Image" && el.attrs.size && el.attrs.resid && resources.has(el.attrs.resid))
          expect.push({
            url: resources.get(el.attrs.resid).value,
            size: Number(el.attrs.size),
            what: `bt:Image ${el.attrs.resid}`,
          });
      });
    const seen = new Set();
    for (const e of expect) {
      const key = `${e.url}|${e.size}`;
      if (seen.has(key) || !e.url) continue;
      seen.add(key);
      const m = /\/assets\/([^/?#]+)$/.exec(e.url);
      if (!m) {
        warnings.push(`${e.what}: ${e.url} không nằm trong assets/ nên không kiểm tra được / not under assets/`);
        continue;
      }
      const file = path.join(assetsDir, m[1]);
      if (!fs.existsSync(file)) {
        errors.push(`${e.what}: thiếu tệp biểu tượng ${m[1]} / icon file missing`);
        continue;
      }
      const sz = pngSize(file);
      if (!sz) errors.push(`${e.what}: ${m[1]} không phải PNG / not a PNG`);
      else if (sz.width !== e.size || sz.height !== e.size)
        errors.push(
          `${e.what}: ${m[1]} có kích thước ${sz.width}×${sz.height}, cần ${e.size}×${e.size} / wrong icon size`,
        );
    }
  }
  return { errors, warnings };
}

/** Rewrites the dev base URL to the production one (used by webpack for dist/manifest.xml). */
function rewriteBaseUrl(xmlText, from, to) {
  const base = to.endsWith("/") ? to : to + "/";
  return String(xmlText).split(from).join(base);
}

module.exports = { checkManifest, parseXml, rewriteBaseUrl };
