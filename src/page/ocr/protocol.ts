/** Messages between the page and its OCR worker (one scan per worker; the worker ends with it). */
import type { OpenedFile } from "../../hosts/file/index";

/** A file read by OCR, as the worker sends it back (the page keeps the bytes). */
export type ScannedFile = Pick<OpenedFile, "name" | "kind" | "grids" | "problems" | "scan">;

export interface OcrRequest {
  bytes: Uint8Array;
  name: string;
}

export type OcrReply =
  /** Page `page` of `pages` is being read; `fraction` of it is done (0–1). */
  | { type: "progress"; page: number; pages: number; fraction: number }
  | { type: "done"; file: ScannedFile }
  | {
      type: "error";
      error: string;
      /** The error's English, when it has one (a FileProblem, a TextError). */
      errorEn?: string;
      /** a FileProblem: the file's own fault, said as is */
      problem: boolean;
    };
