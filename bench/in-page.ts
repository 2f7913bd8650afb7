// In-page benchmark, in real Chromium with the built extension: the time of a full audit (detect, read, check,
// mark — measured by the extension's own user-timing entry) against a bare walk that reads every cell's text of
// the same tables once, on each fixture report. Ratios from one run. Run: npm run build && npm run bench:page
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
const RUNS = 25;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const srv = await serve();
const b = await launch();
try {
  console.log('page                          audit (median)   bare walk (median)   ratio');
  const ratios: number[] = [];
  for (const path of PAGES) {
    const page = await b.context.newPage();
    await page.goto(srv.url(path));
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached' });
    const tabId = await tabIdOf(b, page.url());
    for (let i = 0; i < RUNS; i++) {
      await b.worker.evaluate(
        ([id]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'audit', force: false }, { frameId: 0 }),
        [tabId],
      );
    }
    const audits = await page.evaluate(() => performance.getEntriesByName('disclosure-lens:audit').map((e) => e.duration));
    const walks = await page.evaluate((runs) => {
      const out: number[] = [];
      for (let i = 0; i < runs + 5; i++) {
        // 50 walks per sample: one walk is below the page's timer resolution.
        const t0 = performance.now();
        let n = 0;
        for (let k = 0; k < 50; k++) for (const t of document.querySelectorAll('table')) for (const c of t.querySelectorAll('td, th')) n += (c.textContent ?? '').length;
        out.push((performance.now() - t0) / 50);
        if (n < 0) out.push(n);
      }
      return out.slice(5);
    }, RUNS);
    const a = median(audits.slice(-RUNS));
    const w = median(walks);
    ratios.push(a / w);
    console.log(`${path.padEnd(30)} ${a.toFixed(3).padStart(9)} ms ${w.toFixed(3).padStart(14)} ms ${(a / w).toFixed(1).padStart(9)}×`);
    await page.close();
  }
  console.log(`median ratio ${median(ratios).toFixed(1)}× (target ≤ 2×)`);
} finally {
  await b.close();
  srv.server.close();
}
