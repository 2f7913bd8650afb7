// CLI benchmark: audit time per report (parse + audit, as the CLI does it) against parsing the same HTML into a
// DOM alone, as ratios measured in one run; and the parse time of two DOM implementations, which is how the CLI's
// parser was chosen. Run: npm run bench:cli
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { checkReading } from '../src/audit/audit';
import { parsePage, readPage } from '../src/cli/main';
import { inCmsShell } from './page-shell';

const files = [
  ...readdirSync('tests/fixtures/reports').filter((f) => f.endsWith('.html')).map((f) => `tests/fixtures/reports/${f}`),
  ...['shuyang-fgj-2023.html', 'pingtan-2019.html'].map((f) => `../shared/reports/html/${f}`),
];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:cli does)');

/**
 * ms per run of `fn`, n runs, each batch charged for the garbage it made: parsing allocates heavily, and a
 * collection that parsing caused must not be billed to the audit that happens to run next.
 */
function batch(fn: () => void, n: number): number {
  gc!();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  gc!();
  return (performance.now() - t0) / n;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Parse-only and parse+audit batches, alternating, so drift hits both alike. */
function measure(html: string, rounds = 5, n = 100): { parse: number; audit: number } {
  const parse = () => parsePage(html);
  // The CLI always prints from the export (summary or JSON), so it is built here too.
  const audit = () => checkReading(readPage(html)).export;
  for (let i = 0; i < 10; i++) (parse(), audit());
  const p: number[] = [];
  const a: number[] = [];
  for (let r = 0; r < rounds; r++) {
    p.push(batch(parse, n));
    a.push(batch(audit, n));
  }
  return { parse: median(p), audit: median(a) };
}

function happyParse(html: string): number {
  const run = () => {
    const w = new Window();
    w.document.write(html);
    void w.document.body.childNodes.length;
    void w.happyDOM.close();
  };
  for (let i = 0; i < 3; i++) run();
  return median(Array.from({ length: 5 }, () => batch(run, 3)));
}

function table(title: string, pages: [string, string][]) {
  console.log(`\n${title}`);
  console.log('report                          bytes   parse(linkedom)  parse(happy-dom)  parse+audit   ratio');
  let sp = 0;
  let sa = 0;
  const ratios: number[] = [];
  for (const [name, html] of pages) {
    const { parse, audit } = measure(html);
    const happy = happyParse(html);
    sp += parse;
    sa += audit;
    ratios.push(audit / parse);
    console.log(
      `${name.padEnd(30)} ${String(html.length).padStart(7)} ${parse.toFixed(2).padStart(12)} ms ${happy.toFixed(2).padStart(13)} ms ${audit.toFixed(2).padStart(9)} ms ${(audit / parse).toFixed(2).padStart(6)}×`,
    );
  }
  console.log(`${'all'.padEnd(30)} ${' '.repeat(7)} ${sp.toFixed(2).padStart(12)} ms ${' '.repeat(16)} ${sa.toFixed(2).padStart(9)} ms ${(sa / sp).toFixed(2).padStart(6)}×  (median per report ${median(ratios).toFixed(2)}×; target ≤ 1.5×)`);
}

const bodies = files.map((f) => [f.split('/').pop()!, readFileSync(f, 'utf8')] as [string, string]);
table('Article bodies as stored in the fixtures (the report alone):', bodies);
table('The same reports inside a typical government CMS page (menus, lists, scripts, footer):', bodies.map(([n, h], i) => [n, inCmsShell(h, i)]));
