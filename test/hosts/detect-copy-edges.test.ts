/** @jest-environment jsdom */
/**
 * The files directly in src/hosts, edge by edge (issue 28: mutants their tests left alive): which host Office.js
 * names without an Office object, whether the page runs inside Office (address, window name, session storage,
 * frame), officeReady's wait and its absent Office, the copy fallbacks of plain text and what the hidden holder and
 * the copy box are, a part that cannot be loaded. jsdom is a top-level window: window.parent === window.
 */
import { hostedInOffice, hostKindFromOffice, officeReady } from "../../src/hosts/detect";
import { COPY_BOX_ID, copyGridToClipboard, copyTextToClipboard } from "../../src/hosts/clipboard";
import { loadPart, PART_NOT_LOADED } from "../../src/hosts/lazy";
import { TextError } from "../../src/core/text/message";
import { failureText, selfTestLabel } from "../../src/hosts/selftest-report";
import type { RenderedGrid } from "../../src/core/types";

type G = { Office?: unknown };
const setExecCommand = (f: (c: string) => boolean) =>
  ((document as unknown as { execCommand: (c: string) => boolean }).execCommand = f);

describe("hostKindFromOffice without an Office object", () => {
  it("reads the host's name as Office.js gives it", () => {
    expect((globalThis as G).Office).toBeUndefined();
    expect(hostKindFromOffice({ host: "Excel" })).toBe("excel");
    expect(hostKindFromOffice({ host: "Word" })).toBe("word");
    expect(hostKindFromOffice({ host: "PowerPoint" })).toBe("browser");
    expect(hostKindFromOffice(null)).toBe("browser");
    expect(hostKindFromOffice(undefined)).toBe("browser");
  });
});

describe("hostedInOffice", () => {
  afterEach(() => {
    window.history.replaceState(null, "", "/");
    window.name = "";
    window.sessionStorage.clear();
  });

  it("a plain top-level page is not in Office", () => {
    expect(hostedInOffice()).toBe(false);
  });
  it("_host_Info in the address, first or after another parameter", () => {
    window.history.replaceState(null, "", "/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN");
    expect(hostedInOffice()).toBe(true);
    window.history.replaceState(null, "", "/taskpane.html?et=1&_host_Info=Word$Mac$16.01$vi-VN");
    expect(hostedInOffice()).toBe(true);
    window.history.replaceState(null, "", "/taskpane.html?x_host_Info=1");
    expect(hostedInOffice()).toBe(false);
  });
  it("the host info kept in the window name or in session storage", () => {
    window.name = '{"hostInfo":"Excel|Win32"}';
    expect(hostedInOffice()).toBe(true);
    window.name = "";
    window.sessionStorage.setItem("hostInfoValue", "Word|Win32|16.01");
    expect(hostedInOffice()).toBe(true);
  });
});

describe("officeReady", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as G).Office;
  });
  const neverReady = () =>
    ((globalThis as G).Office = { HostType: { Excel: "Excel", Word: "Word" }, onReady: () => undefined });

  it("without Office.js: null at once", async () => {
    let result: unknown = "pending";
    void officeReady().then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(0);
    expect(result).toBeNull();
  });
  it("an options object's timeout is the wait", async () => {
    neverReady();
    let result: unknown = "pending";
    void officeReady({ hosted: false, timeoutMs: 2_000 }).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(1_500);
    expect(result).toBe("pending");
    await jest.advanceTimersByTimeAsync(1_000);
    expect(result).toBeNull();
  });
  it("inside Office without onSlow: keeps waiting, no error", async () => {
    neverReady();
    let result: unknown = "pending";
    void officeReady({ hosted: true }).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(result).toBe("pending");
  });
});

describe("copy fallbacks", () => {
  const grid: RenderedGrid = {
    template: "2018-9col",
    columns: [{ role: "tt", header: "TT", headerEn: "No.", width: 4 }],
    rows: [["TT"], ["1"]],
    kinds: ["header", "task"],
  };
  afterEach(() => {
    jest.restoreAllMocks();
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    document.getElementById(COPY_BOX_ID)?.remove();
  });

  it("plain text through execCommand: a hidden, fixed holder with the text as text, not markup", async () => {
    let seen: { text: string; html: string; hidden: string | null; position: string } | null = null;
    setExecCommand(() => {
      const h = document.body.querySelector<HTMLElement>("[contenteditable]")!;
      seen = {
        text: h.textContent ?? "",
        html: h.innerHTML,
        hidden: h.getAttribute("aria-hidden"),
        position: h.style.position,
      };
      return true;
    });
    expect(await copyTextToClipboard("Mã <b> & 5")).toEqual({
      ok: true,
      message: { vi: "Đã sao chép.", en: "Đã sao chép." },
    });
    expect(seen).toEqual({ text: "Mã <b> & 5", html: "Mã &lt;b&gt; &amp; 5", hidden: "true", position: "fixed" });
  });

  it("plain text when execCommand is refused: the copy box, a dialog, with the text", async () => {
    setExecCommand(() => false);
    const r = await copyTextToClipboard("Báo cáo tự kiểm tra");
    expect(r).toMatchObject({ ok: false, manual: true });
    const box = document.getElementById(COPY_BOX_ID)!;
    expect(box.getAttribute("role")).toBe("dialog");
    expect(box.querySelector("textarea")!.value).toBe("Báo cáo tự kiểm tra");
  });

  it("a second copy box replaces the first", async () => {
    setExecCommand(() => false);
    await copyTextToClipboard("một");
    await copyTextToClipboard("hai");
    const boxes = document.querySelectorAll(`#${COPY_BOX_ID}`);
    expect(boxes).toHaveLength(1);
    expect(boxes[0].querySelector("textarea")!.value).toBe("hai");
  });

  it("when not even the box can be opened: refused, said plainly", async () => {
    jest.spyOn(document, "createElement").mockImplementation(() => {
      throw new Error("no DOM");
    });
    expect(await copyGridToClipboard(grid)).toEqual({
      ok: false,
      message: { vi: "Không sao chép được (trình duyệt chặn). Hãy chọn bảng và bấm Ctrl+C.", en: "Copy was blocked." },
    });
  });
});

describe("loadPart and labels", () => {
  it("a part that cannot be fetched is said plainly", async () => {
    const e = await loadPart(() => Promise.reject(new Error("ChunkLoadError"))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TextError);
    expect((e as TextError).text).toBe(PART_NOT_LOADED);
    await expect(loadPart(async () => 42)).resolves.toBe(42);
  });
  it("a capability's label is Vietnamese by default", () => {
    expect(selfTestLabel("insert")).toBe("Chèn bảng kế hoạch");
  });
  it("only a text code is an Office error's (OfficeExtension.Error); a number code is no such error", () => {
    expect(failureText({ code: 5001, message: "bad" })).toBe(
      "Lỗi của phần bổ trợ KHCT (không phải lỗi của Office), hãy gửi báo cáo này cho người hỗ trợ: bad",
    );
  });
});
