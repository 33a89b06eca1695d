/** src/core is pure TypeScript: no Office, DOM, Node or React. */
import * as fs from "fs";
import * as path from "path";

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
    );
}

const coreFiles = files(path.join(__dirname, "../../src/core"));

it("imports nothing from Node, React or Office, and touches no DOM or Office global", () => {
  expect(coreFiles.length).toBeGreaterThan(20);
  for (const f of coreFiles) {
    const src = fs.readFileSync(f, "utf8");
    const imports = [
      ...src.matchAll(
        /^\s*(?:import|export)\b[^;]*?from\s+["']([^"']+)["']|\bimport\(\s*(?:\/\*.*?\*\/\s*)?["']([^"']+)["']\)/gm,
      ),
    ].map((m) => m[1] ?? m[2]);
    for (const spec of imports)
      expect({ file: f, spec, relative: spec.startsWith(".") }).toEqual({ file: f, spec, relative: true });
    expect({
      file: f,
      globals: /\b(document|window|Office|Excel|Word|navigator|process|require)\s*[.(]/.test(
        src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""),
      ),
    }).toEqual({ file: f, globals: false });
  }
});
