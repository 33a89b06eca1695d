/* global window */
// A local Chromium session against a built dist/ (as the browser tests run it): the HTTPS server, Office.js from the
// CDN answered by the local stub (test/browser/office-stub.js), axe-core served locally, every other origin refused.
// Used by scripts/screenshots.js and bench/startup.js.
const fs = require("fs");
const path = require("path");
const { startServer } = require("./dev-server");
const { findBrowser } = require("./find-browser");

const root = path.resolve(__dirname, "..");

const officeStub = () => fs.readFileSync(path.join(root, "test", "browser", "office-stub.js"), "utf8");
const axeSource = () => fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * A browser context that only talks to the local server: Office.js from the CDN is answered by the local stub,
 * axe-core is served from the page's own origin (the CSP forbids inline scripts), every other origin is refused
 * (reported to onExternal). `host` is the fake Excel/Word the stub installs; `blockModules` refuses every script but
 * ie.js (an old browser's view). Shared by the browser tests, the screenshots and bench/startup.
 */
async function localContext(browser, { host = null, viewport, userAgent, blockModules = false, onExternal } = {}) {
  const stub = officeStub();
  const axe = axeSource();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, userAgent, acceptDownloads: true });
  await context.addInitScript((h) => {
    window.__KHCT_FAKE_HOST = h;
  }, host);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    if (url.endsWith("/__test__/axe.min.js"))
      return route.fulfill({ status: 200, contentType: "text/javascript", body: axe });
    if (blockModules && /\.js$/.test(new URL(url).pathname) && !url.endsWith("/ie.js")) return route.abort();
    if (!/^https:\/\/localhost:\d+\//.test(url) && !/^(data|blob):/.test(url)) {
      onExternal?.(url);
      return route.abort();
    }
    return route.continue();
  });
  return context;
}

async function launch({ dir = path.join(root, "dist") } = {}) {
  // The same browser as the browser tests: the machine's Chrome/Edge/Chromium, else the npm one (find-browser.js).
  const { executablePath } = await findBrowser();
  const { chromium } = require("playwright-core");
  const { server, port } = await startServer({ port: 0, dir, log: () => {} });
  const baseUrl = `https://localhost:${port}/`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const contexts = [];
  async function newPage({ host = null, viewport = { width: 1280, height: 720 } } = {}) {
    const context = await localContext(browser, { host, viewport });
    contexts.push(context);
    return context.newPage();
  }
  async function close() {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser.close();
    server.close();
  }
  return { browser, baseUrl, newPage, close };
}

module.exports = { launch, localContext, root };
