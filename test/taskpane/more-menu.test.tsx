/** @jest-environment jsdom */
/**
 * Issue 23, defect 10: after the live-check switch in "Thao tác khác", the menu closes (it used to stay open with the
 * focus moved to the result, so Escape no longer closed it); Escape still closes an open menu.
 */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MoreMenu } from "../../src/taskpane/MoreMenu";

function Pane() {
  const [live, setLive] = React.useState(false);
  const [said, setSaid] = React.useState("");
  const more = [
    {
      key: "live",
      label: "Tự kiểm tra khi sửa",
      checked: live,
      run: () => {
        setLive((x) => !x);
        setSaid("Đã bật");
      },
    },
    { key: "clear", label: "Xóa đánh dấu", run: () => setSaid("Đã xóa") },
  ];
  return (
    <FluentProvider theme={webLightTheme}>
      <MoreMenu more={more} label="Thao tác khác" />
      <p role="status">{said}</p>
    </FluentProvider>
  );
}

describe("Thao tác khác", () => {
  it("the live-check switch runs and closes the menu", async () => {
    render(<Pane />);
    fireEvent.click(screen.getByRole("button", { name: "Thao tác khác" }));
    fireEvent.click(await screen.findByRole("menuitemcheckbox", { name: "Tự kiểm tra khi sửa" }));
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    expect(screen.getByRole("status").textContent).toBe("Đã bật");
  });
  it("Escape closes the open menu, after the switch was used too", async () => {
    render(<Pane />);
    const button = screen.getByRole("button", { name: "Thao tác khác" });
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole("menuitemcheckbox", { name: "Tự kiểm tra khi sửa" }));
    // Closed first: a menu still closing would be found below, and the click would close it, not open it again.
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    fireEvent.click(button);
    const menu = await screen.findByRole("menu");
    fireEvent.keyDown(menu, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
  });
});
