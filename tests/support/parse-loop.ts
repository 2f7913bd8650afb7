// Parses one saved page over and over, keeping nothing: run under `node --trace-gc-nvp` by tests/cli.test.ts to
// see what survives V8's minor collections. Usage: node scripts/run-ts.mjs tests/support/parse-loop.ts FILE N
import { readFileSync } from 'node:fs';
import { parsePage } from '../../src/cli/main';

const [file, times] = process.argv.slice(2);
const html = readFileSync(file, 'utf8');
let nodes = 0;
for (let i = 0; i < Number(times); i++) nodes += parsePage(html).body.childNodes.length;
console.log(`parsed ${times} times, ${nodes} top-level nodes`);
