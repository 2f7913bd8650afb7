// Runs on install (npm's prepare). linkedom 0.18 gives every node it makes a Map for event listeners, kept in a
// module-wide WeakMap. Nothing here listens to a parsed page's events, and the Maps were a large part of a parse's
// cost: a Map and a WeakMap entry for every node. With the Map made when a node's first listener is added, 1,600
// saved reports took 5.5 s rather than 12.6 s, when the CLI parsed with linkedom (until stop 36; it now reads its own
// page tree, src/cli/tree.ts). linkedom remains the tests' DOM and the floor bench/cli.ts measures the CLI against,
// which this keeps low. Listeners work as before.
// Idempotent; on another linkedom than the one pinned in package.json it changes nothing and says so (the tests
// then fail: tests/cli.test.ts checks the change is in place).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const MARK = '/* disclosure-lens: listeners made on first use */';
const EDITS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', `  constructor() {\n    ${MARK}\n  }`],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n', '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];
const FILES = ['node_modules/linkedom/esm/interface/event-target.js', 'node_modules/linkedom/cjs/interface/event-target.js'];

for (const file of FILES) {
  if (!existsSync(file)) {
    console.warn(`patch-linkedom: ${file} not found; linkedom is left as installed (the tests and the benchmark's floor are slower, not wrong)`);
    continue;
  }
  let text = readFileSync(file, 'utf8');
  if (text.includes(MARK)) continue;
  const missing = EDITS.filter(([from]) => !text.includes(from));
  if (missing.length) {
    console.warn(`patch-linkedom: ${file} is not the linkedom this was written for; left as installed (the tests and the benchmark's floor are slower, not wrong)`);
    continue;
  }
  for (const [from, to] of EDITS) text = text.replace(from, to);
  writeFileSync(file, text);
  console.log(`patch-linkedom: ${file}: event listener maps are made on first use`);
}
