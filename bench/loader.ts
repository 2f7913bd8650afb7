// The loader's cost on a page: the content script that runs on every page of a gov.cn site, report or not. In real
// Chromium, on a copy of the build with three user-timing marks added (its first line, the start of its main(),
// its last line): "to main()" is the script's own start (the polyfill, WXT's runtime, the module's constants),
// "whole" adds the look for a report's tables. Medians over fresh tabs, one run.
// Given other builds (`npm run bench:loader -- <dist> …`), each is measured too, launches alternating, so that
// two builds' loaders can be compared in the same conditions. Run: npm run build && npm run bench:loader
import { DIST, launch, serve } from '../tests/e2e/harness';
import { median, patchedBuild } from './in-page-support';

const ROUNDS = 4;
const TABS = 6;
const PAGES = ['/pages/not-a-report.html', '/pages/huge-table.html', '/reports/sanmenxia-2024.html'];
const builds = [DIST, ...process.argv.slice(2)];

/** A copy of the build whose loader leaves marks: `dl:loader` first, `dl:main` as main() starts, `dl:loader-end` last. */
function marked(dist: string, i: number): string {
  return patchedBuild(dist, `.tmp/bench-loader-${i}`, 'content-scripts/content.js', (src) => {
    const main = /\bmain\(\w+\)\{/.exec(src);
    if (!main) throw new Error(`${dist}: the loader's main() was not found`);
    const at = main.index + main[0].length;
    return `performance.mark('dl:loader');\n${src.slice(0, at)}performance.mark('dl:main');${src.slice(at)}\nperformance.mark('dl:loader-end');`;
  });
}

const copies = builds.map(marked);
const srv = await serve();
const samples = new Map<string, { whole: number[]; start: number[] }>();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, dist] of copies.entries()) {
      const b = await launch({ dist });
      try {
        for (const path of PAGES) {
          for (let k = 0; k < TABS; k++) {
            const page = await b.context.newPage();
            await page.goto(srv.url(path));
            await page.waitForFunction(() => performance.getEntriesByName('dl:loader-end').length > 0);
            const [whole, start] = await page.evaluate(() => {
              const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
              return [at('dl:loader-end') - at('dl:loader'), at('dl:main') - at('dl:loader')];
            });
            const key = `${i} ${path}`;
            const s = samples.get(key) ?? { whole: [], start: [] };
            s.whole.push(whole);
            s.start.push(start);
            samples.set(key, s);
            await page.close();
          }
        }
      } finally {
        await b.close();
      }
    }
  }
} finally {
  srv.server.close();
}
console.log(`The loader on a page, ms (medians of ${ROUNDS * TABS} fresh tabs)`);
for (const [i, dist] of builds.entries()) {
  console.log(`\n${i === 0 ? `${dist} (this build)` : dist}`);
  console.log(`${'page'.padEnd(32)} ${'to main()'.padStart(10)} ${'whole'.padStart(8)}`);
  for (const path of PAGES) {
    const s = samples.get(`${i} ${path}`)!;
    console.log(`${path.padEnd(32)} ${median(s.start).toFixed(1).padStart(10)} ${median(s.whole).toFixed(1).padStart(8)}`);
  }
}
