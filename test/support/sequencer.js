// Jest's order of test files (jest.config.js testSequencer): the longest first, so that neither worker is left with a
// long file at the end while the other waits. Jest orders by the durations of the last run when its cache has them;
// on a fresh machine (CI) it has none and falls back to file size, which puts small slow files such as
// same-file.test.ts last. SECONDS holds what those files took in a clean-clone CI run (notes/ci14.log, every file over
// 5 s): used where the cache has no duration. Only the order depends on it — a stale figure costs time, never a test.
const path = require("path");
const Sequencer = require("@jest/test-sequencer").default;

const SECONDS = {
  "test/hosts/file/pdf-variety.test.ts": 79,
  "test/hosts/file/same-file.test.ts": 62,
  "test/hosts/file/pdf-variety-ocr.test.ts": 31,
  "test/core/garble.test.ts": 22,
  "test/hosts/file/ocr/scans.test.ts": 18,
  "test/hosts/excel/profiles.test.ts": 17,
  "test/hosts/file/pdf-borderless.test.ts": 14,
  "test/taskpane/page.test.tsx": 10,
  "test/cli/isolation.test.ts": 10,
  "test/cli/limits-edge.test.ts": 9,
  "test/core/library-entry.test.ts": 8,
  "test/hosts/file/pdf.test.ts": 8,
  "test/page/large-page.test.tsx": 8,
  "test/page/large-findings.test.tsx": 7,
  "test/page/same-file-same-findings.test.tsx": 7,
  "test/hosts/file/pdf-reread.test.ts": 7,
  "test/hosts/file/pdf-port.test.ts": 6,
  "test/hosts/model/excel-model.test.ts": 7,
  "test/core/property.test.ts": 7,
  "test/cli/isolation-tasks.test.ts": 7,
  "test/foundation/layers.test.ts": 7,
  "test/hosts/model/word-model.test.ts": 6,
  "test/cli/output-whole.test.ts": 6,
  "test/hosts/word/word-host.test.ts": 6,
};

const root = path.resolve(__dirname, "..", "..");

class LongestFirst extends Sequencer {
  sort(tests) {
    const size = new Map();
    const sizeOf = (t) => {
      if (!size.has(t.path)) size.set(t.path, t.context.hasteFS.getSize(t.path) ?? 0);
      return size.get(t.path);
    };
    for (const t of tests) {
      const known = SECONDS[path.relative(root, t.path).split(path.sep).join("/")];
      t.duration = this.time(t) ?? (known === undefined ? undefined : known * 1000);
    }
    return tests.sort((a, b) => {
      const [failedA, failedB] = [this.hasFailed(a), this.hasFailed(b)];
      if (failedA !== failedB) return failedA ? -1 : 1;
      // A duration (the last run's, or SECONDS) before none; then the longest first; without one, the largest file.
      if ((a.duration == null) !== (b.duration == null)) return a.duration == null ? 1 : -1;
      if (a.duration != null && b.duration != null) return b.duration - a.duration;
      return sizeOf(b) - sizeOf(a);
    });
  }
}

module.exports = LongestFirst;
