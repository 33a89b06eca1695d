/** Starts the OCR worker (webpack bundles ocr.worker.ts as its own script from this URL). */
import type { OcrWorkerLike } from "./client";

export const spawnOcrWorker = (): OcrWorkerLike =>
  new Worker(new URL("./ocr.worker.ts", import.meta.url), { name: "khct-ocr" }) as unknown as OcrWorkerLike;
