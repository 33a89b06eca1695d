/**
 * Tesseract (tesseract.js: the WASM build of Tesseract 5, in a worker thread in Node or a Web Worker in a browser)
 * with the Vietnamese trained data of @tesseract.js-data/vie (the LSTM "best_int" model). Nothing is downloaded: the
 * caller says where the trained data and (in a browser) the core and worker scripts are — the package folder in
 * Node (see node-env.ts), the page's own origin in a browser — and the trained data is never cached elsewhere.
 */
import type { OcrWord } from "../../../core/read/ocr";
import type { GreyImage } from "./pixels";
import { toPgm } from "./prepare";

/** Where tesseract.js finds its parts; every path is local (a folder in Node, the page's origin in a browser). */
export interface OcrEnv {
  /** Folder (Node) or URL (browser) holding vie.traineddata.gz. */
  langPath: string;
  /** Browser only: URL of the tesseract.js-core folder. Node loads the core from its package. */
  corePath?: string;
  /** URL (browser) or file (Node) of tesseract.js' worker script; the package's own by default in Node. */
  workerPath?: string;
}

interface TessWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  symbols?: { text: string; bbox: { x0: number; x1: number } }[];
}
interface TessLine {
  words: TessWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes: { rowHeight: number; descenders: number; ascenders: number };
}
interface TessWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  recognize(
    image: Uint8Array,
    o: Record<string, unknown>,
    out: Record<string, boolean>,
  ): Promise<{ data: { blocks: { paragraphs: { lines: TessLine[] }[] }[] | null } }>;
  terminate(): Promise<unknown>;
}
interface TesseractJs {
  createWorker(lang: string, oem: number, options: Record<string, unknown>): Promise<TessWorker>;
}

/** One OCR engine (one worker): load once, read pages, terminate. */
export class OcrEngine {
  private worker: Promise<TessWorker> | null = null;
  /** Whether tesseract's progress through the job is passed on (not for the many small jobs of one page's cells). */
  private reporting = true;
  /** `onRecognize` hears tesseract's progress through the page being read (0–1), for a finer progress bar. */
  constructor(
    private readonly env: OcrEnv,
    private readonly onRecognize?: (fraction: number) => void,
  ) {}

  private start(): Promise<TessWorker> {
    this.worker ??= (async () => {
      const mod = (await import(/* webpackChunkName: "ocr" */ "tesseract.js")) as unknown as TesseractJs & {
        default?: TesseractJs;
      };
      const tesseract = typeof mod.default?.createWorker === "function" ? mod.default : (mod as TesseractJs);
      const options: Record<string, unknown> = {
        langPath: this.env.langPath,
        gzip: true,
        cacheMethod: "none",
        legacyCore: false,
        legacyLang: false,
      };
      if (this.env.corePath) options.corePath = this.env.corePath;
      if (this.env.workerPath) options.workerPath = this.env.workerPath;
      if (this.env.corePath) options.workerBlobURL = false;
      const hear = this.onRecognize;
      if (hear)
        options.logger = (m: { status?: string; progress?: number }) => {
          if (this.reporting && m.status === "recognizing text" && typeof m.progress === "number") hear(m.progress);
        };
      // OEM 1: the LSTM engine only (the model the package's 4.0.0_best_int folder holds).
      const w = await tesseract.createWorker("vie", 1, options);
      await w.setParameters({ preserve_interword_spaces: "0" });
      return w;
    })();
    this.worker.catch(() => (this.worker = null));
    return this.worker;
  }

  /**
   * The words of a prepared page, with boxes (pixels of `img`), baselines and confidences. `sparse`: Tesseract's
   * "sparse text" page segmentation (each run of words found on its own, in no page order) instead of its layout
   * analysis, which reads the cells of a dense table as lines running across the columns; `"block"`: the image is one
   * block of text (one table cell). `report`: tesseract's progress through this job is passed on.
   */
  async read(img: GreyImage, sparse: boolean | "block" = false, report = true): Promise<OcrWord[]> {
    const w = await this.start();
    this.reporting = report;
    // The resolution goes with the job (a parameter for this job only; no round trip to the worker before it).
    const params: Record<string, string> = { user_defined_dpi: String(Math.round(img.dpi)) };
    if (sparse) params.tessedit_pageseg_mode = sparse === "block" ? "6" : "11";
    const res = await w.recognize(toPgm(img), params, { blocks: true, text: false, hocr: false, tsv: false });
    const words: OcrWord[] = [];
    for (const b of res.data.blocks ?? [])
      for (const p of b.paragraphs)
        for (const l of p.lines) {
          const { x0, y0, x1, y1 } = l.baseline;
          const slope = x1 !== x0 ? (y1 - y0) / (x1 - x0) : 0;
          const height = l.rowAttributes?.rowHeight ?? 0;
          for (const wd of l.words) {
            if (!wd.text.trim()) continue;
            words.push({
              text: wd.text,
              ...wd.bbox,
              baseline: y0 + slope * ((wd.bbox.x0 + wd.bbox.x1) / 2 - x0),
              lineHeight: height,
              confidence: wd.confidence,
              chars: wd.symbols?.map((c) => ({ text: c.text, x0: c.bbox.x0, x1: c.bbox.x1 })),
            });
          }
        }
    return words;
  }

  async terminate(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await (await w.catch(() => null))?.terminate();
  }
}
