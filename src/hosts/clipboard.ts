/**
 * "Sao chép cho văn bản": the plan table on the clipboard as HTML (keeps borders and fonts when pasted into a Word
 * form) and as TSV (for Excel and plain editors). Falls back to a hidden selection + execCommand on old engines.
 */
import type { RenderedGrid } from "../core/types";
import { renderHtml, renderTsv } from "../core/render";

export async function copyGridToClipboard(grid: RenderedGrid): Promise<{ ok: boolean; message: string }> {
  const html = renderHtml(grid);
  const tsv = renderTsv(grid);
  try {
    const nav = typeof navigator !== "undefined" ? navigator : undefined;
    if (nav?.clipboard && typeof ClipboardItem !== "undefined") {
      await nav.clipboard.write([new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([tsv], { type: "text/plain" }) })]);
      return { ok: true, message: "Đã sao chép bảng. Dán (Ctrl+V) vào Word hoặc Excel. / Table copied." };
    }
  } catch {
    // fall through to the selection fallback (permission refused, old engine)
  }
  try {
    const holder = document.createElement("div");
    holder.setAttribute("contenteditable", "true");
    holder.setAttribute("aria-hidden", "true");
    holder.style.position = "fixed";
    holder.style.left = "-10000px";
    holder.innerHTML = html; // escaped by renderHtml
    document.body.appendChild(holder);
    const range = document.createRange();
    range.selectNodeContents(holder);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    const ok = document.execCommand("copy");
    sel?.removeAllRanges();
    holder.remove();
    if (ok) return { ok: true, message: "Đã sao chép bảng. Dán (Ctrl+V) vào Word hoặc Excel. / Table copied." };
  } catch {
    // reported below
  }
  return { ok: false, message: "Không sao chép được (trình duyệt chặn). Hãy chọn bảng và bấm Ctrl+C. / Copy was blocked." };
}
