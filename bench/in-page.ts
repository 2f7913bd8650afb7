// In-page benchmark, in real Chromium with the built extension, on each fixture report: the time of a full audit
// (detect, read, check, mark) against a bare walk that reads every cell's text of the same tables once.
// Ratios from one run. Run: npm run build && npm run bench:page
//
// Two measurements of the audit, because they answer different questions:
// - "in situ": the extension's own user-timing entries (read, check, mark), one audit per message from the
//   background, as a reader's re-audit happens. Between audits the page and the browser do other work.
// - "loop": the same core (src/audit, detect → read → check, without marking) run back to back in the extension's
//   isolated world, exactly as the walk is: the like-for-like comparison with the walk.
// "first" is the very first audit on the page, before the engine has compiled anything: what a reader waits for.
// The walk is measured both ways too: "walk" back to back (the loop's floor) and "walk in situ", one walk per task,
// run from the background between the audits, so the in-situ audit meets a floor timed in its own conditions (a
// lone task runs on colder caches than a tight loop: the walk itself is slower so).
import { launch, serve, tabIdOf } from '../tests/e2e/harness';
import { PAGES, WALK_SOURCE, bundleForPage, inIsolatedWorld, median } from './in-page-support';
// The engine optimises the auditor over its first few hundred audits: the steady state is measured after these.
const WARMUP = Number(process.env.WARMUP ?? 300);
const RUNS = 60;
// Timers in content scripts tick in 0.1 ms steps (jittered): a mean over many runs is finer than any one run, and
// dropping the slowest quarter keeps garbage-collection pauses out of it.
const trimmedMean = (xs: number[]) => {
  const kept = [...xs].sort((a, b) => a - b).slice(0, Math.ceil(xs.length * 0.75));
  return kept.reduce((s, x) => s + x, 0) / kept.length;
};

// Runs in the extension's isolated world (chrome.scripting.executeScript), after the bundle below defined the
// audit core. Audit batches and walk batches alternate, so both meet the same machine (this one is shared and
// noisy); each sample times a batch, because one walk is below the timer's resolution.
const LOOP_SOURCE = `
  const walk = ${WALK_SOURCE};
  const audit = () => globalThis.__benchAudit(document);
  for (let i = 0; i < warmup; i++) { audit(); walk(); }
  const audits = [], walks = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    for (let k = 0; k < 10; k++) audit();
    audits.push((performance.now() - t0) / 10);
    t0 = performance.now();
    for (let k = 0; k < 50; k++) walk();
    walks.push((performance.now() - t0) / 50);
  }
  return [audits, walks];`;

// One walk, timed inside its own task.
const WALK_IN_SITU = `const walk = ${WALK_SOURCE}; const t0 = performance.now(); walk(); return performance.now() - t0;`;

const core = await bundleForPage("import { auditDocument } from './src/audit/audit'; globalThis.__benchAudit = auditDocument;");

const srv = await serve();
const b = await launch();
type Chrome = { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } };
const ms = (n: number) => `${n.toFixed(3)} ms`.padStart(9);
try {
  console.log(`${'page'.padEnd(29)} ${['first', 'in situ', '(read', 'check', 'mark)', 'loop', 'walk', 'walk i.s.'].map((h) => h.padStart(9)).join(' ')}  in situ/walk  in situ/walk i.s.  loop/walk`);
  const inSitu: number[] = [];
  const looped: number[] = [];
  const inSituLike: number[] = [];
  for (const path of PAGES) {
    const page = await b.context.newPage();
    await page.goto(srv.url(path));
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached' });
    const tabId = await tabIdOf(b, page.url());
    const walksInSitu: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await b.worker.evaluate(([id]) => (globalThis as unknown as Chrome).chrome.tabs.sendMessage(id, { type: 'audit', force: false }, { frameId: 0 }), [tabId]);
      walksInSitu.push(await inIsolatedWorld<number>(b, tabId, WALK_IN_SITU));
    }
    const entries = await page.evaluate(() =>
      Object.fromEntries(['audit', 'read', 'check', 'mark'].map((k) => [k, performance.getEntriesByName(`disclosure-lens:${k}`).map((e) => e.duration)])),
    );
    const last = (k: string) => trimmedMean(entries[k].slice(-RUNS));
    const [audits, walks] = await inIsolatedWorld<number[][]>(b, tabId, `${core}\n${LOOP_SOURCE}`, { warmup: WARMUP, runs: RUNS });
    const walk = median(walks);
    const walkInSitu = trimmedMean(walksInSitu.slice(-RUNS));
    const loop = median(audits);
    const audit = last('audit');
    inSitu.push(audit / walk);
    inSituLike.push(audit / walkInSitu);
    // The ratio of each audit batch to the walk batch beside it, then the median of those.
    looped.push(median(audits.map((a, i) => a / walks[i])));
    console.log(
      `${path.padEnd(29)} ${[entries.audit[0], audit, last('read'), last('check'), last('mark'), loop, walk, walkInSitu].map(ms).join(' ')} ${`${(audit / walk).toFixed(1)}×`.padStart(13)} ${`${(audit / walkInSitu).toFixed(1)}×`.padStart(18)} ${`${looped[looped.length - 1].toFixed(1)}×`.padStart(10)}`,
    );
    await page.close();
  }
  console.log(
    `median: in situ ${median(inSitu).toFixed(1)}× the walk in a loop, ${median(inSituLike).toFixed(1)}× the walk in situ; in a loop ${median(looped).toFixed(1)}× (target ≤ 2×)`,
  );
} finally {
  await b.close();
  srv.server.close();
}
