// In-page benchmark, in real Chromium with the built extension: the time of a full audit (detect, read, check,
// mark — measured by the extension's own user-timing entries) against a bare walk that reads every cell's text of
// the same tables once, on each fixture report; "first" is the very first audit, before the engine has compiled us. Ratios from one run. Run: npm run build && npm run bench:page
import { launch, serve, tabIdOf } from '../tests/e2e/harness';

const PAGES = [
  '/reports/nankai-2024.html',
  '/reports/nankai-2019.html',
  '/reports/sanmenxia-2024.html',
  '/reports/fengquan-2024.html',
  '/reports/taiping-2023.html',
  '/real/shuyang-fgj-2023.html',
  '/real/pingtan-2019.html',
];
// The first audits run before the engine has compiled the auditor: they are reported apart (as "first").
const WARMUP = Number(process.env.WARMUP ?? 20);
const RUNS = 60;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Timers in content scripts tick in 0.1 ms steps (jittered): a mean over many runs is finer than any one run, and
// dropping the slowest quarter keeps garbage-collection pauses out of it.
const trimmedMean = (xs: number[]) => {
  const kept = [...xs].sort((a, b) => a - b).slice(0, Math.ceil(xs.length * 0.75));
  return kept.reduce((s, x) => s + x, 0) / kept.length;
};
const ms = (n: number) => `${n.toFixed(3)} ms`;

const srv = await serve();
const b = await launch();
try {
  console.log(`${'page'.padEnd(30)} ${'first'.padStart(9)} ${'audit'.padStart(9)} ${'read'.padStart(9)} ${'check'.padStart(9)} ${'mark'.padStart(9)} ${'walk'.padStart(9)} ${'walk/iso'.padStart(9)}  ratio  ratio/iso`);
  const ratios: number[] = [];
  const isolatedRatios: number[] = [];
  for (const path of PAGES) {
    const page = await b.context.newPage();
    await page.goto(srv.url(path));
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached' });
    const tabId = await tabIdOf(b, page.url());
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await b.worker.evaluate(
        ([id]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'audit', force: false }, { frameId: 0 }),
        [tabId],
      );
    }
    const entries = await page.evaluate(() =>
      Object.fromEntries(['audit', 'read', 'check', 'mark'].map((k) => [k, performance.getEntriesByName(`disclosure-lens:${k}`).map((e) => e.duration)])),
    );
    // The floor: every cell of the report's tables (tables that hold no table: layout tables are not the report),
    // its text read once. One walk is below the timer's resolution, so each sample times 50. It runs twice: in the
    // page's own world, and in the extension's isolated world, where Chromium makes every DOM read dearer (each
    // node needs a wrapper of that world): the floor an extension actually stands on.
    const floorWalk = (runs: number): number[] => {
      const leaf = [...document.querySelectorAll('table')].filter((t) => !t.querySelector('table'));
      const out: number[] = [];
      let n = 0;
      for (let i = 0; i < runs + 5; i++) {
        const t0 = performance.now();
        for (let k = 0; k < 50; k++) for (const t of leaf) for (const c of t.querySelectorAll('td, th')) n += (c.textContent ?? '').length;
        out.push((performance.now() - t0) / 50);
      }
      return n < 0 ? [] : out.slice(5);
    };
    const walks = await page.evaluate(floorWalk, RUNS);
    const isolatedWalks = await b.worker.evaluate(
      async ([id, runs, src]) => {
        const chrome = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<{ result: number[] }[]> } } }).chrome;
        const [r] = await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, world: 'ISOLATED', args: [runs], func: new Function('runs', `return (${src})(runs)`) });
        return r.result;
      },
      [tabId, RUNS, floorWalk.toString()] as const,
    );
    const last = (k: string) => entries[k].slice(-RUNS);
    const audit = trimmedMean(last('audit'));
    const walk = median(walks);
    const isolatedWalk = median(isolatedWalks);
    ratios.push(audit / walk);
    isolatedRatios.push(audit / isolatedWalk);
    const cols = [entries.audit[0], audit, trimmedMean(last('read')), trimmedMean(last('check')), trimmedMean(last('mark')), walk, isolatedWalk];
    console.log(`${path.padEnd(30)} ${cols.map((c) => ms(c).padStart(9)).join(' ')} ${(audit / walk).toFixed(1).padStart(6)}× ${(audit / isolatedWalk).toFixed(1).padStart(6)}×`);
    await page.close();
  }
  console.log(`median ratio ${median(ratios).toFixed(1)}× against the walk in the page's world, ${median(isolatedRatios).toFixed(1)}× against the same walk in the extension's world (target ≤ 2×)`);
} finally {
  await b.close();
  srv.server.close();
}
