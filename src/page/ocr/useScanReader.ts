/**
 * The page's scans (issue 22): a scanned PDF or a .jpg/.png photo is read by OCR in a worker of its own, created on
 * the first scan (nothing of OCR is in the page's first load), with its progress for the bar and a stop.
 */
import * as React from "react";
import type { OcrProgress, OcrRun } from "./client";
import type { ScannedFile } from "./protocol";

/** The refusal of a scan by a reader without OCR (the plan worker, the in-page reader): the page reads it by OCR. */
export const isScanRefusal = (e: unknown): boolean => (e as { code?: string } | null)?.code === "scanned";

export function useScanReader() {
  const [progress, setProgress] = React.useState<OcrProgress | null>(null);
  const run = React.useRef<OcrRun | null>(null);
  React.useEffect(() => () => run.current?.stop(), []);

  /** Stops the scan being read, if any (its worker, and tesseract with it, is terminated). */
  const stop = () => run.current?.stop();

  /** The file read by OCR, or null when it was stopped. */
  const read = async (bytes: Uint8Array, name: string): Promise<ScannedFile | null> => {
    run.current?.stop();
    setProgress({ page: 0, pages: 0, fraction: 0 });
    const [{ startOcr, OcrStopped }, { spawnOcrWorker }] = await Promise.all([
      import(/* webpackChunkName: "ocr-client" */ "./client"),
      import(/* webpackChunkName: "ocr-client" */ "./spawn"),
    ]);
    const r = startOcr(bytes, name, setProgress, spawnOcrWorker);
    run.current = r;
    try {
      return await r.done;
    } catch (e) {
      if (e instanceof OcrStopped) return null;
      throw e;
    } finally {
      if (run.current === r) {
        run.current = null;
        setProgress(null);
      }
    }
  };
  return { progress, read, stop };
}
