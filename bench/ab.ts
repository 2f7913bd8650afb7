// A/B of the audit's own time (the page read, kept and checked as the CLI does, with the export): the working tree
// against another commit, both in one Node process, batches interleaved so that drift hits both alike. What a change costs or saves, where
// separate runs of the other benchmarks differ by more than the change.
// One process is not enough: the engine compiles each run a little differently, and the same change has measured
// -6.0% in one process and +2.7% in the next. So the comparison runs in several processes (AB_RUNS, 8 by default),
// taken in pairs (one of each order, see below), and the summary gives the median and the range of the pairs. A
// difference is shown only when every pair is beyond NOISE on the same side: one commit against itself measured
// pairs up to 4.6% apart.
// Run: npm run bench:ab -- <commit> [shell]   (shell: the reports inside a typical CMS page)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { AuditResult } from '../src/audit/audit';
import { inCmsShell } from './page-shell';

const [rev, where] = process.argv.slice(2);
if (!rev) throw new Error('usage: npm run bench:ab -- <commit> [shell]');
const dir = '.tmp/ab-base';
type Side = 'base' | 'now';
/** The largest difference, in %, a pair measured for one commit against itself (stop 19, both modes). */
const NOISE = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}%`;

if (!process.env.AB_CHILD) {
  // The parent: builds the other commit's audit once, then runs the comparison in fresh processes.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} src | tar -x -C ${dir}`]);
  // Both sides are built the same way, each a bundle of its own, parsing and reading the page as its CLI does: hidden
  // copies told by the markup, tables read along linkedom's node chain where the side has that reading (b6073b9 to
  // stop 35), along the CLI's page tree where it has that (stop 36 on; the page parsed into the tree).
  const bundle = (root: string, outfile: string) => {
    const chain = existsSync(`${root}/src/cli/chain.ts`);
    const tree = existsSync(`${root}/src/cli/tree.ts`);
    const contents = [
      "import { checkReading, detachedReading, previousOf, readDocument } from './src/audit/audit';",
      "import { shownByMarkup } from './src/page/copies';",
      // The CLI's choice of reading characters' classes from a table, where the side has it (stop 21 on).
      "import * as normalize from './src/text/normalize'; normalize.useClassTable?.();",
      chain ? "import * as chain from './src/cli/chain';" : 'const chain = {};',
      tree ? "import { treeShortcuts } from './src/cli/tree';" : 'const treeShortcuts = undefined;',
      // Each side parses the page as its CLI does (the parse is not timed).
      "export { parsePage as parse } from './src/cli/main';",
      // The reading's shortcuts as each side's CLI passes them (b6073b9 passed the table text alone).
      'const shortcuts = treeShortcuts ?? chain.chainShortcuts;',
      // As the CLI audits a page: read, let go of the page (detached), kept with this year's record, then checked.
      // (Since stop 22 the CLI makes the record only when the batch holds the agency's next year; the A/B keeps
      // making it, so that both sides do the same work whatever their CLI did.)
      'export const audit = (doc) => {',
      '  const reading = detachedReading(readDocument(doc, { isShown: shownByMarkup(doc.body ?? doc.documentElement), tableText: chain.chainTableText, shortcuts, withElements: false }));',
      '  void previousOf(reading);',
      '  return checkReading(reading);',
      '};',
    ].join('\n');
    return build({ stdin: { contents, resolveDir: resolve(root), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'warning' });
  };
  await bundle(dir, `${dir}/audit.mjs`);
  await bundle('.', `${dir}/now.mjs`);
  // Processes alternate which side runs first, and are summed up in pairs (see below).
  const runs = Math.max(1, Number(process.env.AB_RUNS ?? 8));
  console.log(`audit + export, ${rev} → working tree${where === 'shell' ? ', inside a CMS page' : ''}: ${runs} processes, each the medians of 25 interleaved batches of 20`);
  const totals: number[] = [];
  const byOrder: Record<Side, number[]> = { base: [], now: [] };
  const byPage = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    const first: Side = i % 2 ? 'now' : 'base';
    const out = execFileSync(process.execPath, process.argv.slice(1), { env: { ...process.env, AB_CHILD: '1', AB_FIRST: first }, encoding: 'utf8' });
    const { pages, base, now } = JSON.parse(out) as { pages: [string, number, number][]; base: number; now: number };
    totals.push((now / base - 1) * 100);
    byOrder[first].push(totals[i]);
    for (const [name, a, b] of pages) byPage.set(name, [...(byPage.get(name) ?? []), (b / a - 1) * 100]);
    console.log(`process ${i + 1} (${first === 'base' ? rev : 'working tree'} first): all ${(base * 1000).toFixed(0)} µs → ${(now * 1000).toFixed(0)} µs (${pct(totals[i])})`);
  }
  for (const [name, xs] of byPage) console.log(`  ${name.padEnd(26)} median ${pct(median(xs)).padStart(7)}  (${pct(Math.min(...xs))} to ${pct(Math.max(...xs))})`);
  // The side warmed first runs faster for the rest of its process: inside the CMS page, one commit against itself
  // measured about +10% in the processes where it went second and -10% where it went first. So processes come in
  // pairs, one of each order, and a pair's figure is the mean of its two: the order's share cancels in it.
  const pairs: number[] = [];
  for (let i = 0; i + 1 < totals.length; i += 2) pairs.push((totals[i] + totals[i + 1]) / 2);
  const xs = pairs.length ? pairs : totals;
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  const unit = pairs.length ? 'pairs of processes' : 'processes';
  const verdict =
    lo > NOISE ? 'slower in every one' : hi < -NOISE ? 'faster in every one' : `not every one beyond ±${NOISE}%, the noise of one commit against itself: no difference shown`;
  console.log(`${rev} first: median ${pct(median(byOrder.base))}; working tree first: median ${byOrder.now.length ? pct(median(byOrder.now)) : '—'}`);
  console.log(`all: median ${pct(median(xs))}, range ${pct(lo)} to ${pct(hi)} over ${xs.length} ${unit}: ${verdict}`);
  process.exit(0);
}

type Audit = { audit: (doc: Document) => AuditResult; parse: (html: string) => Document };
const load = async (file: string): Promise<Audit> => await import(pathToFileURL(resolve(`${dir}/${file}`)).href);
const current = await load('now.mjs');
const base = await load('audit.mjs');

const files = [
  ...readdirSync('tests/fixtures/reports').filter((f) => f.endsWith('.html')).map((f) => `tests/fixtures/reports/${f}`),
  ...['shuyang-fgj-2023.html', 'pingtan-2019.html'].map((f) => `../shared/reports/html/${f}`),
];
let totalBase = 0;
let totalNow = 0;
const pages: [string, number, number][] = [];
for (const [i, f] of files.entries()) {
  const raw = readFileSync(f, 'utf8');
  const html = where === 'shell' ? inCmsShell(raw, i) : raw;
  // Each page is audited right after it is parsed (the parse not timed), as the CLI does: the page's DOM is then
  // young, and what the audit allocates makes the collector copy it. Pages audited again and again, as this A/B did
  // until stop 21, live in the old generation, where allocation looked nearly free.
  const time = (side: Audit) => {
    let spent = 0;
    for (let k = 0; k < 20; k++) {
      const doc = side.parse(html);
      const t0 = performance.now();
      void side.audit(doc).export;
      spent += performance.now() - t0;
    }
    return spent / 20;
  };
  const a: number[] = [];
  const b: number[] = [];
  const runBase = () => a.push(time(base));
  const runNow = () => b.push(time(current));
  const [first, second] = process.env.AB_FIRST === 'now' ? [runNow, runBase] : [runBase, runNow];
  for (let w = 0; w < 15; w++) (first(), second());
  a.length = b.length = 0;
  // Within a process the order alternates too: the side that runs second pays for the first one's garbage.
  for (let r = 0; r < 25; r++) (r % 2 ? (second(), first()) : (first(), second()));
  totalBase += median(a);
  totalNow += median(b);
  pages.push([f.split('/').pop()!, median(a), median(b)]);
}
console.log(JSON.stringify({ pages, base: totalBase, now: totalNow }));
