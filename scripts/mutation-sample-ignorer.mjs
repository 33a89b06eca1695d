// Stryker ignorer plugin for `npm run mutation -- <folder> --sample=N` (scripts/mutation-sample.js): the run's
// `mutate` names the sampled mutants' own ranges (file:L:C-L:C), and this plugin leaves every other mutant inside
// those ranges ignored (a sampled block or function would otherwise bring all the mutants it contains). A node is
// kept when its location is a sampled mutant's, or contains one (ignoring it would ignore its whole subtree).
// The sample is read from the JSON file named by KHCT_MUTATION_SAMPLE: [{ file, start, end }] with Babel's
// positions (line from 1, column from 0). https://stryker-mutator.io/docs/stryker-js/disable-mutants/#using-an-ignore-plugin
import fs from "fs";
import path from "path";
import process from "process";
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

const sample = JSON.parse(fs.readFileSync(process.env.KHCT_MUTATION_SAMPLE, "utf8"));
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const same = (a, b) => a.line === b.line && a.column === b.column;

/** The sampled locations of the file being instrumented (Stryker passes absolute or project-relative names). */
function sampledIn(nodePath) {
  const name = (nodePath.hub?.file?.opts?.filename ?? "").split(path.sep).join("/");
  return sample.filter((s) => name === s.file || name.endsWith(`/${s.file}`));
}

const ignorer = {
  shouldIgnore(nodePath) {
    const loc = nodePath.node.loc;
    if (!loc) return undefined;
    const mine = sampledIn(nodePath);
    const kept = mine.some(
      (s) =>
        (same(s.start, loc.start) && same(s.end, loc.end)) || (before(loc.start, s.start) && before(s.end, loc.end)),
    );
    return kept ? undefined : "Not in the sample (scripts/mutation-sample.js)";
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, "khct-sample", ignorer)];
