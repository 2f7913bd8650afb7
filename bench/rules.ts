// What the check stage costs rule by rule, in real Chromium, in an isolated world of each fixture page (as the
// extension runs): each rule's evaluate on the page's reading, run alone, beside the whole check (checkReading:
// context, every rule, the findings sorted). Microseconds from one run. Run: npm run build && npm run bench:rules
import { launch, serve, tabIdOf } from '../tests/e2e/harness';
import { PAGES, bundleForPage, inIsolatedWorld } from './in-page-support';

const core = await bundleForPage(`
  import { readDocument, checkReading } from './src/audit/audit';
  import { makeContext } from './src/audit/context';
  import { RULES } from './src/rules';
  globalThis.__rules = { readDocument, checkReading, makeContext, RULES };`);

// Each rule and the whole check are timed in batches of 50 (one run is below the timer's 0.1 ms step), the batches
// interleaved over 30 rounds so drift hits all alike; the median batch is kept.
const TIMING_SOURCE = `
  const S = globalThis.__rules;
  const reading = S.readDocument(document);
  const ctx = S.makeContext(reading, null);
  const fns = Object.fromEntries(S.RULES.map((r) => [r.id, () => r.evaluate(ctx)]));
  fns.check = () => S.checkReading(reading);
  for (let i = 0; i < 300; i++) for (const f of Object.values(fns)) f();
  const samples = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let j = 0; j < 30; j++) for (const [k, f] of Object.entries(fns)) {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) f();
    samples[k].push((performance.now() - t0) / 50);
  }
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, xs.sort((a, b) => a - b)[15] * 1000]));`;

const srv = await serve();
const b = await launch();
try {
  console.log('µs per audit in the page: the rules run one by one, their sum, and the whole check (medians of 30 batches of 50)');
  console.log(`${'page'.padEnd(29)} ${'rules'.padStart(6)} ${'check'.padStart(6)}  costliest rules`);
  for (const path of PAGES) {
    const page = await b.context.newPage();
    await page.goto(srv.url(path));
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached' });
    const { check, ...rules } = await inIsolatedWorld<Record<string, number>>(b, await tabIdOf(b, page.url()), `${core}\n${TIMING_SOURCE}`);
    const sum = Object.values(rules).reduce((a, v) => a + v, 0);
    const costliest = Object.entries(rules)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 4)
      .map(([id, us]) => `${id} ${us.toFixed(0)}`)
      .join(', ');
    console.log(`${path.padEnd(29)} ${sum.toFixed(0).padStart(6)} ${check.toFixed(0).padStart(6)}  ${costliest}`);
    await page.close();
  }
} finally {
  await b.close();
  srv.server.close();
}
