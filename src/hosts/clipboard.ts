/**
 * "Sao chép cho văn bản": the plan table on the clipboard as HTML (keeps borders and fonts when pasted into a Word
 * form) and as TSV (for Excel and plain editors). Office on the web and on the Mac often block
 * navigator.clipboard.write in the pane: then a hidden selection + execCommand("copy"), and when that is refused
 * too, a visible copy box with the table text selected, for the user's own Ctrl+C. Never writes into the document
 * (setSelectedDataAsync would overwrite the user's selection).
 */
import type { RenderedGrid } from "../core/types";
import { renderHtml, renderTsv } from "../core/render";
import { viOnly, type HostText } from "./port";

export interface CopyResult {
  ok: boolean;
  message: HostText;
  /** True when a visible copy box was opened for the user to press Ctrl+C. */
  manual?: boolean;
}

const COPIED: HostText = { vi: "Đã sao chép bảng. Dán (Ctrl+V) vào Word hoặc Excel.", en: "Table copied." };
const COPIED_TEXT = viOnly("Đã sao chép.");
export const COPY_BOX_ID = "khct-copy-box";

export async function copyGridToClipboard(grid: RenderedGrid): Promise<CopyResult> {
  const html = renderHtml(grid);
  const tsv = renderTsv(grid);
  try {
    const nav = typeof navigator !== "undefined" ? navigator : undefined;
    if (nav?.clipboard && typeof ClipboardItem !== "undefined") {
      await nav.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([tsv], { type: "text/plain" }),
        }),
      ]);
      return { ok: true, message: COPIED };
    }
  } catch {
    // fall through to the selection fallback (permission refused, old engine)
  }
  if (execCopy(html, true)) return { ok: true, message: COPIED };
  return openCopyBox(tsv);
}

/** Plain text (the self-test report) to the clipboard, with the same fallbacks. */
export async function copyTextToClipboard(text: string): Promise<CopyResult> {
  try {
    const nav = typeof navigator !== "undefined" ? navigator : undefined;
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return { ok: true, message: COPIED_TEXT };
    }
  } catch {
    // fall through
  }
  if (execCopy(text, false)) return { ok: true, message: COPIED_TEXT };
  return openCopyBox(text);
}

/** A hidden selection + execCommand("copy"); false when refused or unavailable. */
function execCopy(content: string, asHtml: boolean): boolean {
  try {
    const holder = document.createElement("div");
    holder.setAttribute("contenteditable", "true");
    holder.setAttribute("aria-hidden", "true");
    holder.style.position = "fixed";
    holder.style.left = "-10000px";
    if (asHtml)
      holder.innerHTML = content; // escaped by renderHtml
    else holder.textContent = content;
    document.body.appendChild(holder);
    const range = document.createRange();
    range.selectNodeContents(holder);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    const ok = document.execCommand("copy");
    sel?.removeAllRanges();
    holder.remove();
    return ok;
  } catch {
    return false;
  }
}

/** A visible box with the text selected: the user presses Ctrl+C, then "Đóng". */
function openCopyBox(text: string): CopyResult {
  const refused = {
    ok: false,
    message: { vi: "Không sao chép được (trình duyệt chặn). Hãy chọn bảng và bấm Ctrl+C.", en: "Copy was blocked." },
  };
  try {
    document.getElementById(COPY_BOX_ID)?.remove();
    const box = document.createElement("div");
    box.id = COPY_BOX_ID;
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", "Sao chép");
    box.style.cssText =
      "position:fixed;left:8px;right:8px;bottom:8px;z-index:1000;background:#fff;border:1px solid #605e5c;padding:8px;";
    const hint = document.createElement("p");
    hint.textContent =
      "Office chặn sao chép tự động: chữ trong ô dưới đã được chọn sẵn, hãy bấm Ctrl+C (Mac: ⌘+C) rồi bấm Đóng.";
    const area = document.createElement("textarea");
    area.readOnly = true;
    area.value = text;
    area.rows = 6;
    area.style.width = "100%";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Đóng";
    close.onclick = () => box.remove();
    box.append(hint, area, close);
    document.body.appendChild(box);
    area.focus();
    area.select();
    return {
      ok: false,
      manual: true,
      message: viOnly("Office chặn sao chép tự động: đã mở ô chứa bảng, hãy bấm Ctrl+C để sao chép."),
    };
  } catch {
    return refused;
  }
}
