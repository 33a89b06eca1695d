/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import "../../src/core/catalogs/all";
import { SelfTestPanel } from "../../src/taskpane/SelfTestPanel";
import { ExcelHost } from "../../src/hosts/excel";
import { FakeWorkbook, makeExcel } from "../hosts/excel/fake-excel";
import { excelProfile } from "../hosts/excel/profiles";

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
});
