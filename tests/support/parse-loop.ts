// Parses one saved page over and over (or parses and audits it, as the CLI does), keeping nothing: run under
// `node --trace-gc-nvp` by tests/cli.test.ts to see what survives V8's minor collections.
// Usage: node scripts/run-ts.mjs tests/support/parse-loop.ts FILE N [parse|audit]
import { readFileSync } from 'node:fs';
import { checkReading } from '../../src/audit/audit';
import { parsePage, readPage } from '../../src/cli/main';

const [file, times, mode = 'parse'] = process.argv.slice(2);
const html = readFileSync(file, 'utf8');
let count = 0;
for (let i = 0; i < Number(times); i++) {
  if (mode === 'audit') count += checkReading(readPage(html)).export.findings.length;
  else count += parsePage(html).body.getElementsByTagName('table').length;
}
console.log(mode === 'audit' ? `audited ${times} times, ${count} findings` : `parsed ${times} times, ${count} tables`);
