// The first audit on a page, in real Chromium with the built extension: what a reader waits for, before the engine
// has compiled any of the auditor. Per page (three fresh tabs each, medians): the first audit's read, check and mark,
// and, counted from the page's load event, when its marks were in the page ("marked": the end of its first marking;
// before it come the loader's look, the message to the background, the auditor's injection and evaluation, the read
// and the check) and when the page had shown them ("shown": two frames after the chip's element appeared, watched
// from the page's own script).
// Second, the same with V8's explicit compile hint (`//# allFunctionsCalledOnLoad` opening auditor.js, in a copy of
// the build), which compiles all of the auditor's functions when it is injected instead of on their first call: it
// answers whether compiling up front would shorten the wait or only move it out of the audit.
// Run: npm run build && npm run bench:first
import { DIST, launch, serve } from '../tests/e2e/harness';
import { PAGES, median, patchedBuild } from './in-page-support';

const ROUNDS = 3;
const HINTED = patchedBuild(DIST, '.tmp/ext-compile-hint', 'content-scripts/auditor.js', (src) => `//# allFunctionsCalledOnLoad\n${src}`);

type Sample = { audit: number; read: number; check: number; mark: number; marked: number; shown: number };

async function measure(dist: string): Promise<Map<string, Sample[]>> {
  const srv = await serve();
  const b = await launch({ dist });
  const samples = new Map<string, Sample[]>();
  try {
    // Rounds go through all the pages, so that each page's tabs are spread over the run.
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of PAGES) {
        const page = await b.context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __shown?: number };
          new MutationObserver((_, mo) => {
            if (!document.querySelector('disclosure-lens-ui')) return;
            mo.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => (w.__shown = performance.now())));
          }).observe(document, { childList: true, subtree: true });
        });
        await page.goto(srv.url(path));
        await page.waitForFunction(() => performance.getEntriesByName('disclosure-lens:audit').length > 0 && (window as { __shown?: number }).__shown);
        const s = await page.evaluate(() => {
          const first = (k: string) => performance.getEntriesByName(`disclosure-lens:${k}`)[0];
          const audit = first('audit');
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return {
            audit: audit.duration,
            read: first('read').duration,
            check: first('check').duration,
            mark: first('mark')?.duration ?? 0,
            marked: first('mark').startTime + first('mark').duration - nav.loadEventEnd,
            shown: (window as unknown as { __shown: number }).__shown - nav.loadEventEnd,
          };
        });
        samples.set(path, [...(samples.get(path) ?? []), s]);
        await page.close();
      }
    }
  } finally {
    await b.close();
    srv.server.close();
  }
  return samples;
}

const ms = (n: number) => n.toFixed(1).padStart(8);
const totals: Record<string, { audit: number; marked: number; shown: number }> = {};
const COLUMNS = ['audit', 'read', 'check', 'mark', 'marked', 'shown'] as const;
for (const [name, dist] of [['as built', DIST], ['compile hint', HINTED]] as const) {
  const samples = await measure(dist);
  console.log(`\n${name} (ms, medians of ${ROUNDS} tabs)`);
  console.log(`${'page'.padEnd(29)} ${COLUMNS.map((h) => h.padStart(8)).join(' ')}`);
  const sum = { audit: 0, marked: 0, shown: 0 };
  for (const [path, xs] of samples) {
    const m = (k: keyof Sample) => median(xs.map((x) => x[k]));
    for (const k of ['audit', 'marked', 'shown'] as const) sum[k] += m(k);
    console.log(`${path.padEnd(29)} ${COLUMNS.map((k) => ms(m(k))).join(' ')}`);
  }
  totals[name] = sum;
  console.log(`${'all pages'.padEnd(29)} ${ms(sum.audit)} ${' '.repeat(26)} ${ms(sum.marked)} ${ms(sum.shown)}`);
}
const [a, h] = [totals['as built'], totals['compile hint']];
console.log(
  `\ncompile hint against as built: first audit ${((h.audit / a.audit - 1) * 100).toFixed(0)}%, marked after load ${((h.marked / a.marked - 1) * 100).toFixed(0)}%, shown ${((h.shown / a.shown - 1) * 100).toFixed(0)}%` +
    ' (the "shown" figure is what a reader waits for)',
);
