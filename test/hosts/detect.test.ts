/** @jest-environment jsdom */
/** Issue 11, defect 6: a pane inside Office is never downgraded to browser mode when Office.onReady is slow. */
import { hostKindFromOffice, officeReady } from "../../src/hosts/detect";

type G = { Office?: unknown };

function slowOffice(ms: number) {
  (globalThis as G).Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: (cb: (info: { host: string }) => void) => setTimeout(() => cb({ host: "Word" }), ms),
  };
}

describe("detect (defect 6)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as G).Office;
    window.history.replaceState(null, "", "/");
  });

  it("keeps waiting inside Office when onReady takes 10 s, and says it is connecting", async () => {
    window.history.replaceState(null, "", "/taskpane.html?_host_Info=Word$Win32$16.01$vi-VN$$$$0");
    slowOffice(10_000);
    const onSlow = jest.fn();
    let result: unknown = "pending";
    void officeReady({ onSlow }).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(4_500);
    expect(onSlow).toHaveBeenCalledTimes(1);
    expect(result).toBe("pending");
    await jest.advanceTimersByTimeAsync(6_000);
    expect(result).toEqual({ host: "Word" });
    expect(hostKindFromOffice(result as { host: string })).toBe("word");
  });

  it("still becomes browser mode outside Office when Office.js never answers", async () => {
    slowOffice(60_000);
    let result: unknown = "pending";
    void officeReady({ hosted: false }).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(4_500);
    expect(result).toBeNull();
  });
  it("a number is the wait in ms: outside Office, browser mode after that long, not after the default 4 s", async () => {
    slowOffice(60_000);
    let result: unknown = "pending";
    void officeReady(1_000).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(1_500);
    expect(result).toBeNull();
  });

  it("an Office object without onReady (a partial Office.js) is no Office: browser mode at once", async () => {
    (globalThis as G).Office = { HostType: { Excel: "Excel", Word: "Word" } };
    let result: unknown = "pending";
    void officeReady({ hosted: true }).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(0);
    expect(result).toBeNull();
  });
});
