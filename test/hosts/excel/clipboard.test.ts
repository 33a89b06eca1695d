/** @jest-environment jsdom */
import "../../../src/core/catalogs/all";
import { copyGridToClipboard } from "../../../src/hosts/clipboard";
import { renderGrid } from "../../../src/core/render";
import { getCatalog } from "../../../src/core/catalogs/index";

const grid = renderGrid("2018-9col", { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: null }, null, getCatalog("tt18-2018"));

describe("copyGridToClipboard", () => {
  afterEach(() => {
    delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  });
  it("writes HTML and TSV through the async clipboard", async () => {
    const written: Record<string, Blob>[] = [];
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = class {
      constructor(public items: Record<string, Blob>) {}
    };
    Object.defineProperty(navigator, "clipboard", { value: { write: async (items: { items: Record<string, Blob> }[]) => void written.push(items[0].items) }, configurable: true });
    const r = await copyGridToClipboard(grid);
    expect(r.ok).toBe(true);
    expect(r.message).toMatch(/^Đã sao chép/);
    expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
    expect(written[0]["text/html"].type).toBe("text/html");
    expect(written[0]["text/plain"].size).toBeGreaterThan(0);
  });
  it("falls back to a hidden selection + execCommand, and reports a refusal in Vietnamese", async () => {
    let copiedHtml = "";
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = (c: string) => {
      copiedHtml = document.body.querySelector("[contenteditable]")?.innerHTML ?? "";
      return c === "copy";
    };
    const ok = await copyGridToClipboard(grid);
    expect(ok.ok).toBe(true);
    expect(copiedHtml).toContain("<table");
    expect(document.body.querySelector("[contenteditable]")).toBeNull();
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const refused = await copyGridToClipboard(grid);
    expect(refused).toEqual({ ok: false, message: expect.stringMatching(/^Không sao chép được/) });
  });
});
