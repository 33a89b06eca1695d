/** Runs the real `kehoach` main() in-process in a folder, capturing stdout, stderr and the exit code. */
import { main } from "../../src/cli/main";

export async function runCli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    isTTY: false,
    cwd,
  });
  return { code, out, err };
}
