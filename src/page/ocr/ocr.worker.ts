/**
 * The page's OCR worker (issue 22): reads a scanned PDF or a .jpg/.png photo with tesseract.js off the main thread,
 * with the same reader as the CLI (hosts/file/ocr). Started only when a scan is opened; the page terminates it when
 * the scan is read or when the user stops it, and tesseract's own worker (started from here) ends with it.
 */
import { FileProblem, openPlanFile } from "../../hosts/file/index";
import { pageOcrEnv } from "./env";
import type { OcrReply, OcrRequest } from "./protocol";
import { TextError } from "../../core/text/message";

interface WorkerScope {
  onmessage: ((e: MessageEvent<OcrRequest>) => void) | null;
  postMessage(message: OcrReply): void;
  location: { href: string };
}
const scope = self as unknown as WorkerScope;

async function read({ bytes, name }: OcrRequest): Promise<OcrReply> {
  let page = 0;
  let pages = 0;
  let shown = -1;
  const progress = (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (percent === shown) return; // tesseract reports often: one message per percent is enough for the bar
    shown = percent;
    scope.postMessage({ type: "progress", page, pages, fraction: percent / 100 });
  };
  const opened = await openPlanFile(bytes, name, {
    ocr: {
      env: pageOcrEnv(scope.location.href),
      onProgress: (n, total) => {
        page = n;
        pages = total;
        shown = -1;
        progress(0);
      },
      onRecognize: progress,
    },
  });
  const { kind, grids, problems, scan } = opened;
  return { type: "done", file: { name, kind, grids, problems, scan } };
}

scope.onmessage = (e) =>
  void read(e.data).then(
    (reply) => scope.postMessage(reply),
    (err: unknown) =>
      scope.postMessage({
        type: "error",
        error: String((err as Error)?.message ?? err),
        ...(err instanceof TextError ? { errorEn: err.text.en } : {}),
        problem: err instanceof FileProblem,
      }),
  );
