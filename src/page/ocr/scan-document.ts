/** A scan read by the OCR worker, made an opened file of the page again; and what the page says when it is stopped. */
import type { OpenedFile } from "../../hosts/file/index";
import { L, type Lang } from "../../ui/i18n";
import type { PageNotice } from "../usePlanDocument";
import type { ScannedFile } from "./protocol";

/** The opened file of a scan: what the worker read, with the page's own copy of the bytes (never modified). */
export function scanOpened(file: ScannedFile, bytes: Uint8Array): OpenedFile {
  return { name: file.name, kind: file.kind, grids: file.grids, problems: [...file.problems], scan: file.scan, bytes };
}

export function stoppedNotice(lang: Lang, name: string): PageNotice {
  return {
    intent: "warning",
    text: L(
      lang,
      `Đã dừng đọc ảnh “${name}”. Trang vẫn dùng được: hãy mở bản Word/Excel gốc của kế hoạch, ` +
        "hoặc mở lại ảnh để đọc lại.",
      `Stopped reading “${name}”. The page is still usable: open the plan's original Word/Excel file, ` +
        "or open the image again.",
    ),
  };
}
