/**
 * Node: the trained data is read from the installed @tesseract.js-data/vie package (its LSTM best_int model); the
 * core is loaded by tesseract.js from tesseract.js-core. Nothing is fetched.
 */
import * as path from "path";
import type { OcrEnv } from "./engine";

export function nodeOcrEnv(): OcrEnv {
  const pkg = path.dirname(require.resolve("@tesseract.js-data/vie/package.json"));
  return { langPath: path.join(pkg, "4.0.0_best_int") };
}
