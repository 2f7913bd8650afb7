// A/B of the audit's own time (audit + export, as the CLI prints it): the working tree against another commit,
// both in one Node process, batches interleaved so that drift hits both alike. What a change costs or saves, where
// separate runs of the other benchmarks differ by more than the change.
// Run: npm run bench:ab -- <commit> [shell]   (shell: the reports inside a typical CMS page)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { auditDocument as current } from '../src/audit/audit';
import { parsePage } from '../src/cli/main';
import { cmsShell } from './page-shell';

const [rev, where] = process.argv.slice(2);
if (!rev) throw new Error('usage: npm run bench:ab -- <commit> [shell]');
const dir = '.tmp/ab-base';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} src | tar -x -C ${dir}`]);
await build({ entryPoints: [`${dir}/src/audit/audit.ts`], bundle: true, platform: 'node', format: 'esm', outfile: `${dir}/audit.mjs`, packages: 'external', logLevel: 'warning' });
const base: typeof current = (await import(pathToFileURL(resolve(`${dir}/audit.mjs`)).href)).auditDocument;

const files = [
  ...readdirSync('tests/fixtures/reports').filter((f) => f.endsWith('.html')).map((f) => `tests/fixtures/reports/${f}`),
  ...['shuyang-fgj-2023.html', 'pingtan-2019.html'].map((f) => `../shared/reports/html/${f}`),
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let totalBase = 0;
let totalNow = 0;
const rows: string[] = [];
for (const [i, f] of files.entries()) {
  const raw = readFileSync(f, 'utf8');
  const html = where === 'shell' ? cmsShell(raw.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''), i) : raw;
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
  rows.push(`${f.split('/').pop()!.padEnd(26)} ${(median(a) * 1000).toFixed(0).padStart(6)} µs → ${(median(b) * 1000).toFixed(0).padStart(6)} µs`);
}
console.log(`audit + export, ${rev} → working tree${where === 'shell' ? ', inside a CMS page' : ''} (medians of 25 interleaved batches of 20)`);
console.log(rows.join('\n'));
console.log(`all ${(totalBase * 1000).toFixed(0)} µs → ${(totalNow * 1000).toFixed(0)} µs (${((totalNow / totalBase - 1) * 100).toFixed(1)}%)`);
