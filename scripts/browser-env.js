/* global window */
// A local Chromium session against a built dist/ (as the browser tests run it): the HTTPS server, Office.js from the
// CDN answered by the local stub (test/browser/office-stub.js), axe-core served locally, every other origin refused.
// Used by scripts/screenshots.js and bench/startup.js.
const fs = require("fs");
const path = require("path");
const { startServer } = require("./dev-server");
const { findBrowser } = require("./find-browser");

const root = path.resolve(__dirname, "..");

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
  const officeStub = fs.readFileSync(path.join(root, "test", "browser", "office-stub.js"), "utf8");
  const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const contexts = [];
  async function newPage({ host = null, viewport = { width: 1280, height: 720 } } = {}) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, acceptDownloads: true });
    contexts.push(context);
    await context.addInitScript((h) => {
      window.__KHCT_FAKE_HOST = h;
    }, host);
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("https://appsforoffice.microsoft.com/"))
        return route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub });
      if (url.endsWith("/__test__/axe.min.js"))
        return route.fulfill({ status: 200, contentType: "text/javascript", body: axeSource });
      if (!/^https:\/\/localhost:\d+\//.test(url) && !/^(data|blob):/.test(url)) return route.abort();
      return route.continue();
    });
    return context.newPage();
  }
  async function close() {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser.close();
    server.close();
  }
  return { browser, baseUrl, newPage, close };
}

module.exports = { launch, root };
