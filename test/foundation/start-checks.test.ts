/**
 * What `npm start` and `npm run render` check on the machine before they work: desktop Office of every install kind
 * (Click-to-Run and volume-licensed MSI), a busy port said before the build, fonts with Times New Roman's metrics.
 */
import * as net from "net";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { desktopOffice, portFree, portBusyMessage } = require("../../scripts/start-checks");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { timesMetricFont } = require("../../scripts/fonts-check");

const env = { ProgramFiles: "C:\\Program Files", "ProgramFiles(x86)": "C:\\Program Files (x86)" };
const only =
  (...files: string[]) =>
  (p: string) =>
    files.includes(p);

describe("desktop Office detection (npm start)", () => {
  it("finds Click-to-Run Office (Microsoft 365, retail 2016–2021)", () => {
    const exe = path.join("C:\\Program Files", "Microsoft Office", "root", "Office16", "EXCEL.EXE");
    expect(desktopOffice({ platform: "win32", env, exists: only(exe) })).toMatchObject({
      found: true,
      install: "click-to-run",
    });
  });
  it("finds volume-licensed (MSI) Office 2016/2019, 32-bit on 64-bit Windows too", () => {
    const exe = path.join("C:\\Program Files (x86)", "Microsoft Office", "Office16", "WINWORD.EXE");
    expect(desktopOffice({ platform: "win32", env, exists: only(exe) })).toMatchObject({ found: true, install: "msi" });
  });
  it("says none where neither is installed, and on Linux", () => {
    expect(desktopOffice({ platform: "win32", env, exists: () => false }).found).toBe(false);
    expect(desktopOffice({ platform: "linux", env: {}, exists: () => true }).found).toBe(false);
  });
});

describe("a busy port (npm start)", () => {
  it("is detected before anything is built, with the way to choose another port", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      expect(await portFree(port)).toBe(false);
      const message = portBusyMessage(port);
      expect(message).toMatch(new RegExp(`^Cổng ${port} đang được dùng`));
      expect(message).toContain(`PORT=${port + 1} npm start`);
      expect(message).toContain("npm stop");
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
    expect(await portFree(port)).toBe(true);
  });
});

describe("fonts for npm run render", () => {
  const fcList = (families: string) => () => ({ status: 0, stdout: families });
  it("accepts Liberation Serif or Times New Roman", () => {
    expect(
      timesMetricFont({ platform: "linux", run: fcList("DejaVu Sans\nLiberation Serif,Liberation Serif\n") }),
    ).toMatchObject({ ok: true, family: "Liberation Serif" });
    expect(timesMetricFont({ platform: "win32", run: fcList("") }).ok).toBe(true);
  });
  it("says what is missing and how to install it", () => {
    const r = timesMetricFont({ platform: "linux", run: fcList("DejaVu Sans\nDejaVu Serif\n") });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/thiếu phông chữ cùng kích thước với Times New Roman/);
    expect(r.message).toContain("apt-get install -y fonts-liberation fonts-liberation2");
  });
});
