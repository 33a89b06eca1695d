/** @jest-environment jsdom */
// The gap board on the page (no host): levels pasted, the board filled, a level changed by hand, a criterion
// ticked — what the user sees after each step. Waits are for conditions (a busy machine may take long).
import * as React from "react";
import { render, screen, fireEvent, waitFor, within } from "@testing-library/react";
import GapBoard from "../../src/ui/GapBoard";

describe("gap board", () => {
  it("reads pasted levels, shows them on the board, and follows a level changed and a criterion ticked", async () => {
    render(<GapBoard host={null} lang="vi" level="thcs" schoolYear="2025-2026" />);
    fireEvent.click(screen.getByRole("button", { name: "Lập kế hoạch từ kết quả tự đánh giá" }));
    const box = await screen.findByRole("textbox", { name: /Mức tự đánh giá/ });
    fireEvent.change(box, { target: { value: "1.1 Mức 2, 1.2 Mức 1, 1.3 Không đạt" } });
    fireEvent.click(screen.getByRole("button", { name: "Đọc mức" }));
    const read = "Đã đọc mức của 3 tiêu chí (dán).";
    await waitFor(() => expect(screen.getByTestId("gap-message").textContent).toBe(read));

    const row = (code: string) => screen.getByTestId("gap-board").querySelector(`tr[data-code="${code}"]`)!;
    const levelOf = (code: string) =>
      within(row(code) as HTMLElement).getByRole("combobox", { name: `Mức hiện tại của tiêu chí ${code}` });
    expect((levelOf("1.1") as HTMLSelectElement).value).toBe("2");
    expect((levelOf("1.3") as HTMLSelectElement).value).toBe("0");

    fireEvent.change(levelOf("1.2"), { target: { value: "2" } });
    expect((levelOf("1.2") as HTMLSelectElement).value).toBe("2");

    const tick = within(row("1.3") as HTMLElement).getByRole("checkbox") as HTMLInputElement;
    const was = tick.checked;
    fireEvent.click(tick);
    expect(tick.checked).toBe(!was);
    expect(screen.getByRole("button", { name: "Chọn nhóm ít nhất" })).toHaveProperty("disabled", false);
  }, 120_000);
});
