/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
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

  it("accepts the school year written with spaces or an en dash", () => {
    render(<App hostKind="browser" host={null} />);
    const year = screen.getByRole("textbox", { name: "Năm học" });
    for (const v of ["2026 – 2027", "2026–2027", " 2026 - 2027 "]) {
      fireEvent.change(year, { target: { value: v } });
      expect(screen.getByTestId("context-regime").textContent).toContain("TT 57/2026");
      expect(screen.getByTestId("columns").querySelectorAll("li")).toHaveLength(10);
    }
    fireEvent.change(year, { target: { value: "2026-2028" } });
    expect(screen.getByTestId("context-regime").textContent).toContain("—");
  });

  it("checks a pasted plan: findings by row, errors first, places in the pasted text, the document's year adopted", async () => {
    render(<App hostKind="browser" host={null} />);
    const box = screen.getByRole("textbox", { name: /Dán bảng kế hoạch/ }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: seedText(SEEDS.thuDuc) } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("findings")).toBeTruthy());
    const findings = screen.getByTestId("findings");
    expect(findings.textContent).toContain('Năm "20128" không hợp lệ');
    // The counts add up to the findings listed.
    const count = (sev: string) => findings.querySelectorAll(`button[data-severity="${sev}"]`).length;
    expect(findings.querySelector("h2")!.textContent).toBe(
      `Kết quả kiểm tra: 2 lỗi, 1 cảnh báo, ${count("info")} lưu ý`,
    );
    expect([count("error"), count("warning")]).toEqual([2, 1]);
    expect(screen.getByTestId("summary").textContent).toContain("5.000.000 đ");
    // Errors before warnings; months as people write them.
    const severities = [...findings.querySelectorAll("button[data-severity]")].map((b) =>
      b.getAttribute("data-severity"),
    );
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a!) - ["error", "warning", "info"].indexOf(b!),
      ),
    );
    const late = findings.querySelector('[data-rule="timeline.after-school-year"]') as HTMLButtonElement;
    expect(late.textContent).toMatch(/Dòng 29 · cột Thời gian/);
    expect(late.textContent).toMatch(/tháng \d+\/2026/);
    expect(late.textContent).not.toMatch(/\d{4}-\d{2}\)/);
    // A pasted finding goes to the pasted text (selected in the box), never into a document.
    fireEvent.click(late);
    expect(document.activeElement).toBe(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toMatch(/2026/);
    // The document's school year replaced the default one, and the focus went to the result heading first.
    expect((screen.getByRole("textbox", { name: "Năm học" }) as HTMLInputElement).value).toBe("2025-2026");
  });

  it("says the total counts amount ranges at their maximum", async () => {
    render(<App hostKind="browser" host={null} />);
    const rows = [
      "TRƯỜNG THCS LÊ LỢI",
      "Năm học 2025-2026",
      "TT\tTiêu chí\tKết quả cần đạt\tNội dung công việc\tNgười thực hiện\tThời gian\tKinh phí\tGhi chú",
      "1\tTiêu chí 1.1\tĐạt mức 2\tRà soát kế hoạch\tBGH\tTháng 10/2025\tkhoảng 3–4 triệu\t",
      "2\tTiêu chí 1.2\tĐạt mức 2\tBồi dưỡng\tBGH\tTháng 11/2025\t2.000.000\t",
    ];
    const box = await screen.findByRole("textbox", { name: /Dán bảng kế hoạch/ });
    fireEvent.change(box, { target: { value: rows.join("\n") } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("summary")).toBeTruthy());
    expect(screen.getByTestId("summary").textContent).toMatch(/Tổng \(tối đa\): 6\.000\.000 đ/);
  });

  it("shows suggestions in English mode too", async () => {
    render(<App hostKind="browser" host={null} initialLang="en" />);
    fireEvent.change(screen.getByRole("textbox", { name: /Paste the plan table/ }), {
      target: { value: seedText(SEEDS.thuDuc) },
    });
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    await waitFor(() => expect(screen.getByTestId("findings")).toBeTruthy());
    expect(screen.getByTestId("findings").textContent).toMatch(/Suggestion: /);
    expect(document.activeElement).toBe(screen.getByTestId("findings").querySelector("h2"));
  });

  it("renders user text as text, never as HTML", async () => {
    render(<App hostKind="browser" host={null} />);
    const evil = [
      "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt\tCông việc\tChủ trì\tThời gian\tKinh phí",
      "\tTiêu chí 1.4: <img src=x onerror=alert(1)>\tĐạt mức 2\tx\ty\tTháng 10/2025\t5 triệu đống",
    ].join("\n");
    fireEvent.change(screen.getByRole("textbox", { name: /Dán bảng kế hoạch/ }), { target: { value: evil } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("findings")).toBeTruthy());
    expect(document.querySelector("img")).toBeNull();
  });
});
