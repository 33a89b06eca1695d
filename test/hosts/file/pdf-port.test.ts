/**
 * The same-thread port between pdf.js's API and its worker module (src/hosts/file/pdf-port.ts). What it promises is
 * what pdf.js's own LoopbackPort promises (every listener gets every message, later, in order; what the sender
 * changes after sending does not reach the receiver) with less copying. The last test holds it to pdf.js itself:
 * committed PDFs from other generators give the same operator lists through it as through pdf.js's stand-in.
 */
import * as fs from "fs";
import * as path from "path";
import { SameThreadPort, delivered } from "../../../src/hosts/file/pdf-port";
import { loadPdfJs, type PdfPage } from "../../../src/hosts/file/pdf-lib";

jest.setTimeout(120_000);

const received = (port: SameThreadPort) => {
  const got: unknown[] = [];
  port.addEventListener("message", (e) => got.push(e.data));
  return got;
};
const flushed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("what the receiver gets", () => {
  it("an operator-list chunk keeps its operations when the worker empties its arrays for the next chunk", () => {
    const glyphs = [{ unicode: "ệ", width: 500 }];
    const fnArray = [44, 45];
    const argsArray: unknown[] = [[glyphs], null];
    const message = { sourceName: "worker", targetName: "main", stream: 4, streamId: 1, chunk: { fnArray, argsArray } };
    const got = delivered(message) as typeof message;
    fnArray.length = 0; // what OperatorList.flush does right after sending
    argsArray.length = 0;
    expect(got.chunk.fnArray).toEqual([44, 45]);
    expect(got.chunk.argsArray).toEqual([[[{ unicode: "ệ", width: 500 }]], null]);
    expect(got.streamId).toBe(1);
  });

  it("any other message is a full copy: what the sender changes later does not reach the receiver", () => {
    const message = { action: "commonobj", data: ["f1", "Font", { name: "Times", widths: [1, 2] }] };
    const got = delivered(message) as typeof message;
    (message.data[2] as { widths: number[] }).widths.push(3);
    expect(got.data[2]).toEqual({ name: "Times", widths: [1, 2] });
    expect(got).not.toBe(message);
  });

  it("transferred buffers are moved, as a worker's postMessage moves them", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const got = delivered({ data: bytes }, [bytes.buffer]) as { data: Uint8Array };
    expect(Array.from(got.data)).toEqual([1, 2, 3]);
    expect(bytes.buffer.byteLength).toBe(0);
  });
});

describe("delivery", () => {
  it("is later than postMessage, in order, to every listener", async () => {
    const port = new SameThreadPort();
    const a = received(port);
    const b = received(port);
    port.postMessage({ n: 1 });
    port.postMessage({ n: 2 });
    expect(a).toEqual([]);
    await flushed();
    expect(a).toEqual([{ n: 1 }, { n: 2 }]);
    expect(b).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("stops for a listener whose signal is aborted, and for everyone once the port is terminated", async () => {
    const port = new SameThreadPort();
    const stay = received(port);
    const leave: unknown[] = [];
    const ac = new AbortController();
    port.addEventListener("message", (e) => leave.push(e.data), { signal: ac.signal });
    port.postMessage({ n: 1 });
    await flushed();
    ac.abort();
    port.postMessage({ n: 2 });
    await flushed();
    expect(leave).toEqual([{ n: 1 }]);
    expect(stay).toEqual([{ n: 1 }, { n: 2 }]);
    port.terminate();
    port.postMessage({ n: 3 });
    await flushed();
    expect(stay).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("never adds a listener whose signal is already aborted", async () => {
    const port = new SameThreadPort();
    const got: unknown[] = [];
    const ac = new AbortController();
    ac.abort();
    port.addEventListener("message", (e) => got.push(e.data), { signal: ac.signal });
    port.postMessage({ n: 1 });
    await flushed();
    expect(got).toEqual([]);
  });
});

describe("against pdf.js", () => {
  // One plan as LibreOffice (a fallback font), Chromium (borders as filled rectangles), Ghostscript, reportlab
  // (glyph by glyph, NFD) and ocrmypdf (an invisible OCR layer over a page image) print it.
  const dir = path.join(__dirname, "../../fixtures/pdf-variety");
  const files = ["lo-fallback", "chromium", "gs", "reportlab", "ocr"].map((g) => `bieu2-2026-2027.${g}.pdf`);

  type Doc = { numPages: number; getPage(n: number): Promise<PdfPage> };
  type Task = { promise: Promise<Doc>; destroy(): Promise<void> };
  // Each page's operator list as text: a structured clone's plain objects and pdf.js's Glyph objects alike; the
  // document's number in font names ("g_d3_f1") is the only thing told apart.
  const operatorLists = async (task: Task) => {
    const doc = await task.promise;
    const lists: string[] = [];
    for (let n = 1; n <= doc.numPages; n++)
      lists.push(JSON.stringify(await (await doc.getPage(n)).getOperatorList()).replace(/g_d\d+_/g, "g_d_"));
    await task.destroy();
    return lists;
  };

  it.each(files)("%s: the same operator lists as through pdf.js's own stand-in worker", async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, file)));
    const ours = await loadPdfJs();
    // The module itself (already loaded by loadPdfJs): without a worker given, it copies with its LoopbackPort.
    const pdfjs = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as { getDocument(s: object): Task };
    const options = { isEvalSupported: false, disableFontFace: true, verbosity: 0 };
    const posted = jest.spyOn(SameThreadPort.prototype, "postMessage");
    const viaPort = await operatorLists(ours.getDocument({ ...options, data: bytes.slice() }) as unknown as Task);
    const chunks = posted.mock.calls.filter(([m]) => (m as { chunk?: { fnArray?: unknown } }).chunk?.fnArray).length;
    posted.mockRestore();
    const viaLoopback = await operatorLists(pdfjs.getDocument({ ...options, data: bytes.slice() }));
    expect(chunks).toBeGreaterThanOrEqual(viaPort.length);
    expect(viaPort.length).toBe(viaLoopback.length);
    const differing = viaPort.map((l, i) => (l === viaLoopback[i] ? null : i + 1)).filter((n) => n !== null);
    expect(differing).toEqual([]);
  });
});
