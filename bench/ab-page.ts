// In-page A/B of the audit core (detect, read, check, as bench:page's "loop"): the working tree against another
// commit, both bundles in one page's isolated world in real Chromium, batches interleaved so that the machine's
// drift hits both alike. What a change costs or saves in the browser, where separate runs of bench:page differ by
// more than the change. Run: npm run bench:ab-page -- <commit>
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { launch, serve, tabIdOf } from '../tests/e2e/harness';
import { PAGES, bundleForPage, inIsolatedWorld } from './in-page-support';

const rev = process.argv[2];
if (!rev) throw new Error('usage: npm run bench:ab-page -- <commit>');
const dir = '.tmp/ab-page-base';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} src | tar -x -C ${dir}`]);

const entry = (name: string) => `import { auditDocument } from './src/audit/audit'; globalThis.${name} = auditDocument;`;
// The base revision's src/ resolves its packages from this checkout's node_modules (esbuild walks up from dir).
const bundles = `${await bundleForPage(entry('__abBase'), dir)}\n${await bundleForPage(entry('__abNow'))}`;

// The side warmed first can keep an edge for the rest of the run (in Node it did, by about 10% inside a CMS page):
// pages alternate which side that is, so that the total is not tilted one way.
const abSource = (baseFirst: boolean) => `
  const base = () => globalThis.__abBase(document), now = () => globalThis.__abNow(document);
  for (let i = 0; i < 300; i++) ${baseFirst ? '{ base(); now(); }' : '{ now(); base(); }'}
  const a = [], b = [];
  for (let r = 0; r < 60; r++) {
    // Which goes first alternates too.
    const order = r % 2 ? [[now, b], [base, a]] : [[base, a], [now, b]];
    for (const [fn, xs] of order) { const t0 = performance.now(); for (let k = 0; k < 10; k++) fn(); xs.push((performance.now() - t0) / 10); }
  }
  const median = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  return [median(a), median(b)];`;

const srv = await serve();
const br = await launch();
let sumBase = 0;
let sumNow = 0;
try {
  console.log(`audit core in the page, ${rev} → working tree (medians of 60 interleaved batches of 10)`);
  for (const [i, path] of PAGES.entries()) {
    const page = await br.context.newPage();
    await page.goto(srv.url(path));
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached' });
    const [base, now] = await inIsolatedWorld<[number, number]>(br, await tabIdOf(br, page.url()), `${bundles}\n${abSource(i % 2 === 0)}`);
    sumBase += base;
    sumNow += now;
    console.log(`${path.padEnd(29)} ${(base * 1000).toFixed(0).padStart(6)} µs → ${(now * 1000).toFixed(0).padStart(6)} µs  ${(((now - base) / base) * 100).toFixed(1).padStart(6)}%`);
    await page.close();
  }
  console.log(`${'all'.padEnd(29)} ${(sumBase * 1000).toFixed(0).padStart(6)} µs → ${(sumNow * 1000).toFixed(0).padStart(6)} µs  ${(((sumNow - sumBase) / sumBase) * 100).toFixed(1).padStart(6)}%`);
} finally {
  await br.close();
  srv.server.close();
}
