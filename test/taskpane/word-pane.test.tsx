/** @jest-environment jsdom */
// The Word pane against the Word fake: findings named by table, row and column (never Excel addresses), and the
// criterion search on the document's own regime.
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { App } from "../../src/taskpane/App";
import { WordHost } from "../../src/hosts/word";
import { PART_NOT_LOADED } from "../../src/hosts/lazy";
import { FakeDocument, makeWord } from "../hosts/word/fake-word";
import { SEEDS, seedGrid } from "../support/seeds";

function pane(grid: string[][]) {
  const doc = new FakeDocument(grid);
  const fw = makeWord(doc, "1.4");
  render(<App hostKind="word" host={new WordHost(fw.env)} />);
  return doc;
}

describe("Word pane", () => {
  it("names findings 'Bảng n · dòng n · cột …', never with Excel addresses (defect 2)", async () => {
    const doc = pane(seedGrid(SEEDS.thuDuc));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("host-findings")).toBeTruthy());
    const list = screen.getByTestId("host-findings");
    const late = list.querySelector('[data-rule="timeline.after-school-year"]') as HTMLButtonElement;
    const table = doc.blocks.filter((b) => b.kind === "table").length;
    expect(table).toBeGreaterThan(0);
    expect(late.textContent).toMatch(/^Bảng \d+ · dòng \d+ · cột Thời gian/);
    for (const b of list.querySelectorAll("button[data-rule]"))
      expect(b.textContent).not.toMatch(/^\[?[A-Z]{1,2}\d+\b/);
    for (const p of list.querySelectorAll("li > p"))
      expect(p.textContent).toMatch(/^(Bảng \d+ · dòng \d+( — [\d.]+)?|Văn bản \(ngoài bảng\))$/);
    fireEvent.click(late);
    await waitFor(() => expect(doc.selected).toMatch(/^t\d+:\d+:5$/));
  });

  it("searches criteria in the document's regime (TT 18/2018 for a 2025-2026 THCS plan) (defect 3)", async () => {
    pane(seedGrid(SEEDS.thuDuc));
    await waitFor(() => expect(screen.getByTestId("criterion-search").textContent).toContain("TT 18/2018"));
    fireEvent.change(screen.getByRole("textbox", { name: /Tìm tiêu chí/ }), { target: { value: "thu vien" } });
    expect(screen.getByRole("button", { name: /^3\.6 — Thư viện/ })).toBeTruthy();
  });

  // "Chèn phần đầu văn bản" runs code loaded on first use (src/hosts/word/more.ts): as the first action in a fresh
  // document it inserts the header block; when that code cannot be loaded the pane says so in Vietnamese, the
  // document is left as it was, and the next click works.
  it("a Word action loaded on first use works as the first action, and a failed load is said plainly", async () => {
    const doc = pane([[""]]);
    const before = doc.snapshot();
    const insertHeader = async () => {
      fireEvent.click(screen.getByRole("button", { name: "Thao tác khác" }));
      fireEvent.click(await screen.findByRole("menuitem", { name: "Chèn phần đầu văn bản" }));
    };
    jest.doMock("../../src/hosts/word/more", () => {
      throw Object.assign(new Error("Loading chunk 812 failed."), { name: "ChunkLoadError" });
    });
    try {
      await insertHeader();
      await waitFor(() => expect(screen.getByTestId("host-message").textContent).toBe(`Có lỗi: ${PART_NOT_LOADED.vi}`));
      expect(doc.snapshot()).toBe(before);
    } finally {
      jest.dontMock("../../src/hosts/word/more");
    }
    await insertHeader();
    await waitFor(() =>
      expect(screen.getByTestId("host-message").textContent).toBe("Đã chèn phần đầu văn bản, tiêu đề và Căn cứ."),
    );
    expect(doc.tables()[0].values[0][1]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
});
