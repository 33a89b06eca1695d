/**
 * The page's OCR client (issue 22): one worker per scan; progress passes through, the read file resolves and the
 * worker is terminated; "Dừng" terminates the worker at once and says it stopped; pdf.js's own message on the same
 * channel is not taken for an answer; a file problem keeps its message. The worker here is a stand-in that records
 * what the page does to it (a real one: test/browser/page-ocr.browser.js).
 */
import { OcrStopped, startOcr, type OcrProgress, type OcrWorkerLike } from "../../src/page/ocr/client";
import type { OcrReply, OcrRequest, ScannedFile } from "../../src/page/ocr/protocol";
import { pageOcrEnv } from "../../src/page/ocr/env";

class StandIn implements OcrWorkerLike {
  onmessage: ((e: MessageEvent<OcrReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: { message: OcrRequest; transfer?: Transferable[] }[] = [];
  terminated = 0;
  postMessage(message: OcrRequest, transfer?: Transferable[]) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated++;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<OcrReply>);
  }
}

const file: ScannedFile = {
  name: "anh.jpg",
  kind: "jpg",
  grids: [{ source: "document", grid: [["TT", "Tiêu chí"]] }],
  problems: [],
  scan: { seen: { pages: 1, words: 3, meanConfidence: 81, warnings: [] }, confidence: [[90, 72]] },
};

describe("startOcr", () => {
  it("sends a copy of the bytes, passes progress on, resolves with the file and ends the worker", async () => {
    const w = new StandIn();
    const seen: OcrProgress[] = [];
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1]);
    const run = startOcr(
      bytes,
      "anh.jpg",
      (p) => seen.push(p),
      () => w,
    );
    expect(w.sent).toHaveLength(1);
    expect(w.sent[0].message.name).toBe("anh.jpg");
    expect([...w.sent[0].message.bytes]).toEqual([0xff, 0xd8, 0xff, 1]);
    expect(w.sent[0].message.bytes).not.toBe(bytes); // the page keeps its own bytes
    w.reply({ sourceName: "worker", targetName: "main", action: "ready", data: null }); // pdf.js in the same worker
    w.reply({ type: "progress", page: 1, pages: 2, fraction: 0.5 });
    w.reply({ type: "done", file });
    await expect(run.done).resolves.toEqual(file);
    expect(seen).toEqual([{ page: 1, pages: 2, fraction: 0.5 }]);
    expect(w.terminated).toBe(1);
    expect([...bytes]).toEqual([0xff, 0xd8, 0xff, 1]);
  });

  it("Dừng: the worker is terminated at once, the run says it stopped, later messages are ignored", async () => {
    const w = new StandIn();
    const seen: OcrProgress[] = [];
    const run = startOcr(
      new Uint8Array([1]),
      "quet.pdf",
      (p) => seen.push(p),
      () => w,
    );
    w.reply({ type: "progress", page: 1, pages: 3, fraction: 0 });
    run.stop();
    expect(w.terminated).toBe(1);
    await expect(run.done).rejects.toBeInstanceOf(OcrStopped);
    w.reply({ type: "progress", page: 2, pages: 3, fraction: 0 });
    w.reply({ type: "done", file });
    run.stop();
    expect(seen).toHaveLength(1);
    expect(w.terminated).toBe(1);
  });

  it("a file problem keeps its message; a worker that fails says so in Vietnamese", async () => {
    const a = new StandIn();
    const ra = startOcr(
      new Uint8Array([1]),
      "hong.png",
      () => undefined,
      () => a,
    );
    a.reply({ type: "error", error: 'Không đọc được ảnh "hong.png": tệp PNG bị cắt.', problem: true });
    const message = 'Không đọc được ảnh "hong.png": tệp PNG bị cắt.';
    await expect(ra.done).rejects.toMatchObject({ message, problem: true });
    expect(a.terminated).toBe(1);
    const b = new StandIn();
    const rb = startOcr(
      new Uint8Array([1]),
      "x.jpg",
      () => undefined,
      () => b,
    );
    b.onerror?.({ message: "", preventDefault: () => undefined } as unknown as ErrorEvent);
    await expect(rb.done).rejects.toThrow(/Lỗi khi đọc ảnh trong trình duyệt/);
    expect(b.terminated).toBe(1);
  });
});

describe("pageOcrEnv", () => {
  it("puts tesseract's worker, cores and Vietnamese data on the page's own origin, next to the worker script", () => {
    expect(pageOcrEnv("https://truong.example.vn/khct/khct-ocr.3f2a1b9c.js")).toEqual({
      workerPath: "https://truong.example.vn/khct/ocr/worker.min.js",
      corePath: "https://truong.example.vn/khct/ocr/core/",
      langPath: "https://truong.example.vn/khct/ocr/lang",
    });
  });
});
