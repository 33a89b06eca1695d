/**
 * Where tesseract.js finds its parts on the page: all on the page's own origin, in dist/ocr/ (copied there by
 * webpack from tesseract.js, tesseract.js-core and @tesseract.js-data/vie). Nothing is fetched from elsewhere.
 */
import type { OcrEnv } from "../../hosts/file/ocr/engine";

/** The OCR parts next to `base` (the URL of the script asking: the OCR worker's own, in dist/). */
export function pageOcrEnv(base: string): OcrEnv {
  const at = (p: string) => new URL(p, base).href;
  return {
    workerPath: at("ocr/worker.min.js"),
    // A folder: tesseract.js picks tesseract-core-{relaxedsimd-,simd-,}lstm.wasm.js by what the browser supports.
    corePath: at("ocr/core/"),
    langPath: at("ocr/lang"),
  };
}
