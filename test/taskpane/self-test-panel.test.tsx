/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import "../../src/core/catalogs/all";
import { SelfTestPanel } from "../../src/taskpane/SelfTestPanel";
import { ExcelHost } from "../../src/hosts/excel";
import { FakeWorkbook, makeExcel } from "../hosts/excel/fake-excel";
import { excelProfile } from "../hosts/excel/profiles";
import { WordHost } from "../../src/hosts/word";
import { FakeDocument, makeWord } from "../hosts/word/fake-word";

describe("Tự kiểm tra phần bổ trợ", () => {
  afterEach(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));
  it("is not offered by hosts without a self-test", () => {
    const { container } = render(<SelfTestPanel host={{ kind: "file" }} lang="vi" />);
    expect(container.innerHTML).toBe("");
  });
  it("runs the Excel self-test on Excel 2019, shows the copyable report and copies it", async () => {
    const wb = new FakeWorkbook(["Kế hoạch"]);
    const before = wb.snapshot();
    const host = new ExcelHost(makeExcel(wb, excelProfile("excel2019")).env);
    let copied = "";
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (t: string) => void (copied = t) },
      configurable: true,
    });
    render(<SelfTestPanel host={host} lang="vi" />);
    fireEvent.click(screen.getByRole("button", { name: "Tự kiểm tra phần bổ trợ" }));
    const box = (await screen.findByTestId("self-test-report")) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^KHCT — Tự kiểm tra phần bổ trợ \(Excel\)/);
    expect(box.value).toContain("Bộ API hỗ trợ: ExcelApi 1.1–1.8");
    expect(box.value).toMatch(/ĐẠT — Chèn bảng kế hoạch/);
    expect(box.value).toMatch(/ĐẠT — Danh sách chọn tiêu chí/);
    expect(box.value).toMatch(/ĐẠT — Dọn vùng thử, tài liệu giữ nguyên/);
    expect(wb.snapshot()).toBe(before);
    fireEvent.click(screen.getByRole("button", { name: "Sao chép báo cáo" }));
    await waitFor(() => expect(copied).toBe(box.value));
    expect(await screen.findByText("Đã sao chép báo cáo.")).toBeTruthy();
  });
  it("Word's self-test (loaded on first use): a failed load is said in one language, and the next try runs", async () => {
    const doc = new FakeDocument([["Đoạn văn"]]);
    const before = doc.snapshot();
    render(<SelfTestPanel host={new WordHost(makeWord(doc, "word-365").env)} lang="vi" />);
    jest.doMock("../../src/hosts/word/selftest", () => {
      throw Object.assign(new Error("Loading chunk 97 failed."), { name: "ChunkLoadError" });
    });
    try {
      fireEvent.click(screen.getByRole("button", { name: "Tự kiểm tra phần bổ trợ" }));
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toBe(
        "Không chạy được phần tự kiểm tra: Không tải được phần này của KHCT (mất mạng hoặc máy chủ không trả lời): " +
          "hãy thử lại.",
      );
      expect(doc.snapshot()).toBe(before);
    } finally {
      jest.dontMock("../../src/hosts/word/selftest");
    }
    fireEvent.click(screen.getByRole("button", { name: "Tự kiểm tra phần bổ trợ" }));
    const box = (await screen.findByTestId("self-test-report")) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^KHCT — Tự kiểm tra phần bổ trợ \(Word\)/);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(doc.snapshot()).toBe(before);
  });
  it("the report's wording is loaded with the self-test: a failed load is said plainly, and the next try runs", async () => {
    const doc = new FakeDocument([["Đoạn văn"]]);
    render(<SelfTestPanel host={new WordHost(makeWord(doc, "word-365").env)} lang="en" />);
    jest.doMock("../../src/hosts/selftest-report", () => {
      throw Object.assign(new Error("Loading chunk 31 failed."), { name: "ChunkLoadError" });
    });
    try {
      fireEvent.click(screen.getByRole("button", { name: "Add-in self-test" }));
      expect((await screen.findByRole("alert")).textContent).toBe(
        "The self-test could not run: Could not load this part of KHCT (offline or the server did not answer): try again.",
      );
    } finally {
      jest.dontMock("../../src/hosts/selftest-report");
    }
    fireEvent.click(screen.getByRole("button", { name: "Add-in self-test" }));
    const box = (await screen.findByTestId("self-test-report")) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^KHCT — add-in self-test \(Word\)/);
  });
});
