/** @jest-environment jsdom */
// The Excel pane against the Excel fake: real A1 addresses (the table's origin on the sheet added), the chosen
// level/year used by insert and check, dropdowns with the inserted table, progress/focus and the overwrite dialog.
import * as React from "react";
import { render, screen, fireEvent, waitFor, act, within } from "@testing-library/react";
import "../support/dom";
import "../../src/core/catalogs/all";
import { App } from "../../src/taskpane/App";
import { ExcelHost } from "../../src/hosts/excel";
import { FakeWorkbook, makeExcel } from "../hosts/excel/fake-excel";
import { SEEDS, seedGrid, seedText } from "../support/seeds";

function pane(grid: string[][] = [], at = { row: 0, col: 0 }) {
  const wb = new FakeWorkbook(["Kế hoạch"]);
  wb.sheet("Kế hoạch").setValues(at.row, at.col, grid);
  const fake = makeExcel(wb, "1.18");
  const host = new ExcelHost(fake.env);
  render(<App hostKind="excel" host={host} />);
  return { wb, host };
}

const findingsHeading = () => screen.getByTestId("host-findings").querySelector("h2")!;

describe("Excel pane", () => {
  it("names a finding by the cell the mark is on, the table's place on the sheet included (defect 2)", async () => {
    // Three blank rows above the table and an empty first column: F29 of the grid is G32 on the sheet.
    const { wb } = pane(seedGrid(SEEDS.thuDuc), { row: 3, col: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("host-findings")).toBeTruthy());
    const late = screen
      .getByTestId("host-findings")
      .querySelector('[data-rule="timeline.after-school-year"]') as HTMLButtonElement;
    expect(late.textContent).toMatch(/^G32/);
    const group = late.closest("li")!.parentElement!.closest("li")!;
    expect(group.querySelector("p")!.textContent).toBe("Dòng 32 — 1.4");
    // The mark (a [KHCT] note) is on that very cell, and clicking the finding selects it. The findings show before
    // the check marks the sheet: its closing message says the marks are written.
    await waitFor(() => expect(screen.getByTestId("host-message").textContent).toMatch(/^Đã kiểm tra \d+ dòng/));
    expect(wb.notes.some((n) => n.address.endsWith("!G32") && /vượt quá năm học/.test(n.content))).toBe(true);
    fireEvent.click(late);
    await waitFor(() => expect(wb.selection.address).toBe("G32"));
  });

  it("uses the level and year chosen for insert, dropdowns and check; shows what the rules used (defect 3)", async () => {
    const { wb } = pane();
    fireEvent.change(screen.getByRole("combobox", { name: "Cấp học" }), { target: { value: "thcs" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Năm học" }), { target: { value: "2025 – 2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Chèn bảng kế hoạch" }));
    await waitFor(() => expect(screen.getByTestId("host-message").textContent).toMatch(/Đã chèn bảng/));
    // Dropdowns came with the table, from the THCS catalog (TT 18/2018).
    expect(screen.getByTestId("host-message").textContent).toMatch(/danh sách chọn/);
    expect(wb.names.has("DS_TieuChi")).toBe(true);
    expect(wb.sheet("KHCT_DanhMuc").peek(0, 0)!.value).toMatch(/^Tiêu chí 1\.1: /);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("host-findings")).toBeTruthy());
    const rules = [...screen.getByTestId("host-findings").querySelectorAll("[data-rule]")].map((b) =>
      b.getAttribute("data-rule"),
    );
    expect(rules).not.toContain("plan.no-catalog");
    expect((screen.getByRole("combobox", { name: "Cấp học" }) as HTMLSelectElement).value).toBe("thcs");
    expect(screen.getByTestId("context-regime").textContent).toContain("TT 17, 18, 19/2018");
  });

  it("takes the level and year from the document, before and after a check", async () => {
    pane(seedGrid(SEEDS.thuDuc));
    // Detected when the pane opens (today's default year is replaced by the document's).
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: "Năm học" }) as HTMLInputElement).value).toBe("2025-2026"),
    );
    expect((screen.getByRole("combobox", { name: "Cấp học" }) as HTMLSelectElement).value).toBe("thcs");
    expect(screen.getAllByText("(lấy từ văn bản)")).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("host-findings")).toBeTruthy());
    expect(screen.getByTestId("context-regime").textContent).toContain("TT 17, 18, 19/2018");
  });

  it("shows progress, then moves focus to the result heading (defect 4)", async () => {
    pane(seedGrid(SEEDS.thuDuc));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByTestId("progress").textContent).toBe("Đang kiểm tra…");
    await waitFor(() => expect(screen.getByTestId("host-findings")).toBeTruthy());
    await waitFor(() => expect(document.activeElement).toBe(findingsHeading()));
    expect(findingsHeading().textContent).toMatch(/^Kết quả kiểm tra tài liệu: 2 lỗi, 1 cảnh báo/);
    expect(screen.queryByTestId("progress")).toBeNull();
  });

  it("asks in a dialog before overwriting: focus on the safe choice, Escape closes, nothing written (defect 4)", async () => {
    const { wb } = pane([["", "", "Ghi chú riêng của trường"]]);
    fireEvent.change(screen.getByRole("combobox", { name: "Cấp học" }), { target: { value: "thcs" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Năm học" }), { target: { value: "2025-2026" } });
    const before = wb.sheet("Kế hoạch").snapshot();
    fireEvent.click(screen.getByRole("button", { name: "Chèn bảng kế hoạch" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("C1: Ghi chú riêng của trường");
    const [safe, destructive] = [...dialog.querySelectorAll("button")];
    expect([safe.textContent, destructive.textContent]).toEqual(["Không ghi đè", "Ghi đè"]);
    await waitFor(() => expect(document.activeElement).toBe(safe));
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    });
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(wb.sheet("Kế hoạch").snapshot()).toBe(before);
    // Asked again and confirmed: written.
    fireEvent.click(screen.getByRole("button", { name: "Chèn bảng kế hoạch" }));
    fireEvent.click(within(await screen.findByRole("alertdialog")).getByText("Ghi đè"));
    await waitFor(() => expect(screen.getByTestId("host-message").textContent).toMatch(/Đã chèn bảng/));
    expect(wb.sheet("Kế hoạch").peek(0, 1)!.value).toBe("Tiêu chuẩn, tiêu chí");
  });

  it("speaks one language: adapter messages lose their English half in Vietnamese mode", async () => {
    pane();
    fireEvent.change(screen.getByRole("combobox", { name: "Cấp học" }), { target: { value: "thcs" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Năm học" }), { target: { value: "2025-2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Chèn bảng kế hoạch" }));
    await waitFor(() => expect(screen.getByTestId("host-message").textContent).toMatch(/Đã chèn bảng/));
    expect(screen.getByTestId("host-message").textContent).not.toMatch(/ \/ [A-Z]/);
  });

  it("checks a pasted table of another school on its own context, leaving the document's context alone", async () => {
    pane(seedGrid(SEEDS.thuDuc));
    await waitFor(() =>
      expect((screen.getByRole("combobox", { name: "Cấp học" }) as HTMLSelectElement).value).toBe("thcs"),
    );
    fireEvent.click(screen.getByText("Kiểm tra bảng dán từ văn bản khác"));
    const details = screen.getByText("Kiểm tra bảng dán từ văn bản khác").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const box = await screen.findByRole("textbox", { name: /Dán bảng kế hoạch/ });
    fireEvent.change(box, { target: { value: seedText(SEEDS.mamNon) } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra bảng đã dán" }));
    await waitFor(() =>
      expect(screen.getByTestId("pasted-context").textContent).toMatch(/Mầm non · năm học 2025-2026 · TT 19\/2018/),
    );
    expect((screen.getByRole("combobox", { name: "Cấp học" }) as HTMLSelectElement).value).toBe("thcs");
  });
});
