/** @jest-environment jsdom */
// The paste box: a finding selects its own cell in the pasted text even when another row holds the same text
// (issue 28: the finding for one row selected the other row's cell, found by text search).
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";

const rows = [
  "TRƯỜNG THCS LÊ LỢI",
  "Năm học 2025-2026",
  "TT\tTiêu chí\tKết quả cần đạt\tNội dung công việc\tNgười thực hiện\tThời gian\tKinh phí\tGhi chú",
  "1\tTiêu chí 1.1\tĐạt mức 2\tRà soát kế hoạch\tBGH\tTháng 10/2027\t2.000.000\t",
  "2\tTiêu chí 1.2\tĐạt mức 2\tBồi dưỡng giáo viên\tBGH\tTháng 10/2027\t2.000.000\t",
];
const text = rows.join("\n");
// Where "Tháng 10/2027" stands in each plan row, counted from the lines above (not from the code under test).
const startOf = (line: number) => rows.slice(0, line).join("\n").length + 1 + rows[line].indexOf("Tháng 10/2027");

describe("paste box", () => {
  it("selects row 5's cell for row 5's finding when row 4 holds the same text", async () => {
    render(<App hostKind="browser" host={null} />);
    const named = { name: /Dán bảng kế hoạch/ };
    const box = (await screen.findByRole("textbox", named)) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: text } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByTestId("findings")).toBeTruthy());
    const late = [
      ...screen.getByTestId("findings").querySelectorAll('[data-rule="timeline.after-school-year"]'),
    ] as HTMLButtonElement[];
    expect(late.map((b) => b.textContent?.match(/Dòng \d+/)?.[0])).toEqual(["Dòng 4", "Dòng 5"]);
    const width = "Tháng 10/2027".length;

    fireEvent.click(late[1]);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([startOf(4), startOf(4) + width]);

    fireEvent.click(late[0]);
    expect([box.selectionStart, box.selectionEnd]).toEqual([startOf(3), startOf(3) + width]);
    expect(startOf(3)).not.toBe(startOf(4));
  }, 120_000);
});
