// A/B of the audit's own time (audit + export, as the CLI prints it): the working tree against another commit,
// both in one Node process, batches interleaved so that drift hits both alike. What a change costs or saves, where
// separate runs of the other benchmarks differ by more than the change.
// One process is not enough: the engine compiles each run a little differently, and the same change has measured
// -6.0% in one process and +2.7% in the next. So the comparison runs in several processes (AB_RUNS, 5 by default)
// and the summary gives the median and the range of their totals: a change whose range straddles 0 is not shown.
// Run: npm run bench:ab -- <commit> [shell]   (shell: the reports inside a typical CMS page)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { auditDocument as current } from '../src/audit/audit';
import { parsePage } from '../src/cli/main';
import { inCmsShell } from './page-shell';

const [rev, where] = process.argv.slice(2);
if (!rev) throw new Error('usage: npm run bench:ab -- <commit> [shell]');
const dir = '.tmp/ab-base';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}%`;

if (!process.env.AB_CHILD) {
  // The parent: builds the other commit's audit once, then runs the comparison in fresh processes.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} src | tar -x -C ${dir}`]);
  await build({ entryPoints: [`${dir}/src/audit/audit.ts`], bundle: true, platform: 'node', format: 'esm', outfile: `${dir}/audit.mjs`, packages: 'external', logLevel: 'warning' });
  const runs = Math.max(1, Number(process.env.AB_RUNS ?? 5));
  console.log(`audit + export, ${rev} → working tree${where === 'shell' ? ', inside a CMS page' : ''}: ${runs} processes, each the medians of 25 interleaved batches of 20`);
  const totals: number[] = [];
  const byPage = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, process.argv.slice(1), { env: { ...process.env, AB_CHILD: '1' }, encoding: 'utf8' });
    const { pages, base, now } = JSON.parse(out) as { pages: [string, number, number][]; base: number; now: number };
    totals.push((now / base - 1) * 100);
    for (const [name, a, b] of pages) byPage.set(name, [...(byPage.get(name) ?? []), (b / a - 1) * 100]);
    console.log(`process ${i + 1}: all ${(base * 1000).toFixed(0)} µs → ${(now * 1000).toFixed(0)} µs (${pct(totals[i])})`);
  }
  for (const [name, xs] of byPage) console.log(`  ${name.padEnd(26)} median ${pct(median(xs)).padStart(7)}  (${pct(Math.min(...xs))} to ${pct(Math.max(...xs))})`);
  const [lo, hi] = [Math.min(...totals), Math.max(...totals)];
  const verdict = lo > 0 ? 'slower in every process' : hi < 0 ? 'faster in every process' : 'the range straddles 0: no difference shown';
  console.log(`all: median ${pct(median(totals))}, range ${pct(lo)} to ${pct(hi)} over ${runs} processes: ${verdict}`);
  process.exit(0);
}

const base: typeof current = (await import(pathToFileURL(resolve(`${dir}/audit.mjs`)).href)).auditDocument;

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
  const docs = Array.from({ length: 20 }, () => parsePage(html));
  const time = (audit: typeof current) => {
    const t0 = performance.now();
    for (const d of docs) void audit(d).export;
    return (performance.now() - t0) / docs.length;
  };
  for (let w = 0; w < 15; w++) (time(base), time(current));
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < 25; r++) (a.push(time(base)), b.push(time(current)));
  totalBase += median(a);
  totalNow += median(b);
  pages.push([f.split('/').pop()!, median(a), median(b)]);
}
console.log(JSON.stringify({ pages, base: totalBase, now: totalNow }));
