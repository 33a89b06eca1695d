/** @jest-environment jsdom */
import "../../../src/core/catalogs/all";
import { COPY_BOX_ID, copyGridToClipboard, copyTextToClipboard } from "../../../src/hosts/clipboard";
import { renderGrid } from "../../../src/core/render";
import { getCatalog } from "../../../src/core/catalogs/index";

const grid = renderGrid(
  "2018-9col",
  { level: "thcs", regime: "2018", schoolYear: "2025-2026", school: null },
  null,
  getCatalog("tt18-2018"),
);

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
    Object.defineProperty(navigator, "clipboard", {
      value: { write: async (items: { items: Record<string, Blob> }[]) => void written.push(items[0].items) },
      configurable: true,
    });
    const r = await copyGridToClipboard(grid);
    expect(r.ok).toBe(true);
    expect(r.message.vi).toMatch(/^Đã sao chép/);
    expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
    expect(written[0]["text/html"].type).toBe("text/html");
    expect(written[0]["text/plain"].size).toBeGreaterThan(0);
  });
  it("falls back to a hidden selection + execCommand", async () => {
    let copiedHtml = "";
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = (c: string) => {
      copiedHtml = document.body.querySelector("[contenteditable]")?.innerHTML ?? "";
      return c === "copy";
    };
    const ok = await copyGridToClipboard(grid);
    expect(ok.ok).toBe(true);
    expect(copiedHtml).toContain("<table");
    expect(document.body.querySelector("[contenteditable]")).toBeNull();
  });
  it("when Office blocks both the async clipboard and execCommand, opens a visible copy box with the table selected", async () => {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = class {
      constructor(public items: Record<string, Blob>) {}
    };
    Object.defineProperty(navigator, "clipboard", {
      value: { write: async () => Promise.reject(new DOMException("blocked", "NotAllowedError")) },
      configurable: true,
    });
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const r = await copyGridToClipboard(grid);
    expect(r).toMatchObject({
      ok: false,
      manual: true,
      message: expect.objectContaining({ vi: expect.stringMatching(/Ctrl\+C/) }),
    });
    const box = document.getElementById(COPY_BOX_ID)!;
    const area = box.querySelector("textarea")!;
    expect(area.value).toContain("Tiêu chuẩn, tiêu chí");
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    box.querySelector("button")!.click();
    expect(document.getElementById(COPY_BOX_ID)).toBeNull();
  });
  it("copies the self-test report as plain text", async () => {
    let written = "";
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (t: string) => void (written = t) },
      configurable: true,
    });
    expect((await copyTextToClipboard("KHCT — Tự kiểm tra")).ok).toBe(true);
    expect(written).toBe("KHCT — Tự kiểm tra");
  });
});
