#!/usr/bin/env node
// `npm run test:under-load`: the whole `npm test` beside eight CPU-bound busy processes, as on a shared 2-core
// machine. Tests wait for conditions, never for a speed, so the suite must pass here as it does on a quiet machine.
// The busy processes are stopped whatever happens (pass, failure, Ctrl-C, SIGTERM); each also exits by itself when
// this script is gone. Prints the elapsed time.
// Usage: node scripts/test-under-load.js [--busy N] [-- command args…]   (default: 8 busy processes, `npm test`)
const { spawn } = require("child_process");

const argv = process.argv.slice(2);
let busyCount = 8;
const at = argv.indexOf("--busy");
if (at >= 0) busyCount = Number(argv.splice(at, 2)[1]);
const dash = argv.indexOf("--");
const command = dash >= 0 ? argv.slice(dash + 1) : ["npm", "test"];
if (!Number.isInteger(busyCount) || busyCount < 0 || !command.length) {
  console.error("Cách dùng / usage: node scripts/test-under-load.js [--busy N] [-- lệnh / command …]");
  process.exit(2);
}

// A busy loop that checks now and then that its parent still lives (a killed parent leaves no busy orphan).
const BUSY = `const parent = Number(process.argv[1]);
for (;;) {
  let x = 0;
  for (let i = 0; i < 5e7; i++) x += i % 7;
  try { process.kill(parent, 0); } catch { process.exit(0); }
}`;

const busy = [];
for (let i = 0; i < busyCount; i++) {
  busy.push(spawn(process.execPath, ["-e", BUSY, String(process.pid)], { stdio: "ignore" }));
}
function stopBusy() {
  for (const b of busy) if (b.exitCode === null && b.signalCode === null) b.kill("SIGKILL");
}
process.on("exit", stopBusy);

const started = Date.now();
const elapsed = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s (${s} s)`;
};
console.log(`== ${busyCount} tiến trình bận / busy processes; chạy / running: ${command.join(" ")}`);
// Its own process group (not on Windows): stopping this script stops npm test and everything it started (jest…).
const posix = process.platform !== "win32";
const child = spawn(command[0], command.slice(1), { stdio: "inherit", shell: !posix, detached: posix });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    try {
      if (posix) process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      // already gone
    }
    stopBusy();
    process.exit(130);
  });
}
child.on("error", (e) => {
  stopBusy();
  console.error(`Không chạy được lệnh / cannot run the command: ${e.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  stopBusy();
  const ok = code === 0;
  console.log(
    `== ${ok ? "ĐẠT / passed" : "LỖI / failed"} dưới tải (${busyCount} tiến trình bận) / under load: ${elapsed()}`,
  );
  process.exit(code ?? (signal ? 1 : 0));
});
