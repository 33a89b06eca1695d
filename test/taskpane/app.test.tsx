/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PlanHost } from "../../src/hosts/port";
import { seedText, SEEDS } from "../support/seeds";

describe("task pane", () => {
  it("renders in Vietnamese, names its host, and switches to English", () => {
    render(<App hostKind="word" host={null} />);
    expect(screen.getByTestId("host-kind").textContent).toBe("Đang chạy trong: Word");
    fireEvent.click(screen.getByRole("switch"));
    expect(screen.getByTestId("host-kind").textContent).toBe("Running in: Word");
  });

  it("lists the nine 2018 columns for a 2025-2026 plan", () => {
    render(<App hostKind="browser" host={null} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Năm học" }), { target: { value: "2025-2026" } });
    const items = screen.getByTestId("columns").querySelectorAll("li");
    expect(items).toHaveLength(9);
    expect(items[5].textContent).toBe("Thời gian thực hiện và hoàn thành");
  });

  it("checks a pasted plan, lists findings by row, and selects a finding's cell in the pasted text, not the document", async () => {
    const select = jest.fn().mockResolvedValue(undefined);
    const host = { kind: "excel", select } as unknown as PlanHost;
    render(<App hostKind="excel" host={host} />);
    fireEvent.change(screen.getByRole("textbox", { name: /Dán bảng kế hoạch/ }), { target: { value: seedText(SEEDS.thuDuc) } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("findings")).toBeTruthy());
    const findings = screen.getByTestId("findings");
    expect(findings.textContent).toContain("Năm \"20128\" không hợp lệ");
    expect(screen.getByTestId("summary").textContent).toContain("5.000.000 đ");
    fireEvent.click(findings.querySelector('[data-rule="timeline.after-school-year"]')!);
    // Defect 10: the pasted grid's row 28 is not a document position; the box selects the cell's text instead.
    expect(select).not.toHaveBeenCalled();
    const box = screen.getByRole("textbox", { name: /Dán bảng kế hoạch/ }) as HTMLTextAreaElement;
    const line = box.value.split("\n")[28].split("\t");
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(line[5]);
    expect(line[5]).toMatch(/^Tháng/);
    // The document's school year replaced the default one.
    expect((screen.getByRole("textbox", { name: "Năm học" }) as HTMLInputElement).value).toBe("2025-2026");
  });

  it("renders user text as text, never as HTML", async () => {
    render(<App hostKind="browser" host={null} />);
    const evil = ["TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt\tCông việc\tChủ trì\tThời gian\tKinh phí", "\tTiêu chí 1.4: <img src=x onerror=alert(1)>\tĐạt mức 2\tx\ty\tTháng 10/2025\t5 triệu đống"].join("\n");
    fireEvent.change(screen.getByRole("textbox", { name: /Dán bảng kế hoạch/ }), { target: { value: evil } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("findings")).toBeTruthy());
    expect(document.querySelector("img")).toBeNull();
  });
});
