/**
 * OCR reads the trained data from the installed package and downloads nothing: the network APIs of both the test
 * thread and tesseract.js' worker thread (offline-worker.js) throw, and a small grey .png (the title lines of a
 * printed plan, scripts/fixtures/scans/make.sh) is still read; nothing is cached on disk.
 */
import * as fs from "fs";
import * as path from "path";
import { FileHost, openPlanFile } from "../../../../src/hosts/file";
import { nodeOcrEnv } from "../../../../src/hosts/file/ocr/node-env";

jest.setTimeout(300_000);

const png = new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "..", "..", "fixtures", "scans", "title.png")));

/* eslint-disable @typescript-eslint/no-require-imports */
const http = require("http") as { request: unknown };
const https = require("https") as { request: unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

describe("OCR without the network", () => {
  const saved = { fetch: globalThis.fetch, http: http.request, https: https.request };
  beforeAll(() => {
    const refuse = () => {
      throw new Error("network used");
    };
    globalThis.fetch = refuse as unknown as typeof fetch;
    http.request = refuse;
    https.request = refuse;
  });
  afterAll(() => {
    globalThis.fetch = saved.fetch;
    http.request = saved.http;
    https.request = saved.https;
  });

  it("reads a .png with the package's trained data, the network blocked, and caches nothing", async () => {
    const cwd = fs.readdirSync(process.cwd());
    const pages: string[] = [];
    const env = { ...nodeOcrEnv(), workerPath: path.join(__dirname, "offline-worker.js") };
    expect(env.langPath).toContain(path.join("@tesseract.js-data", "vie", "4.0.0_best_int"));
    const opened = await openPlanFile(png, "title.png", {
      ocr: { env, onProgress: (n, total) => pages.push(`${n}/${total}`) },
    });
    expect(pages).toEqual(["1/1"]);
    expect(opened.kind).toBe("png");
    const text = opened.grids[0].grid.map((r) => r.join(" ")).join("\n");
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toMatch(/Năm học 2025/);
    expect(opened.scan!.seen.words).toBeGreaterThan(5);
    // No table: the plan says it was read from a scan.
    const plan = (await new FileHost(opened).read()).plans[0];
    expect(plan.scan?.pages).toBe(1);
    expect(fs.readdirSync(process.cwd())).toEqual(cwd);
  });

  it("refuses a scan as before when OCR is not asked for", async () => {
    await expect(openPlanFile(png, "title.png")).rejects.toThrow(/OCR đang tắt/);
  });
});
