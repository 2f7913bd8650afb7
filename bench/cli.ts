// CLI benchmark: audit time per report (parse + audit, as the CLI does it) against parsing the same HTML into a
// DOM alone, as a ratio measured in one run. Also compares DOM implementations for the parse itself.
// Run: npm run bench:cli
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { auditDocument } from '../src/audit/audit';
import { parsePage } from '../src/cli/main';

const files = [
  ...readdirSync('tests/fixtures/reports').filter((f) => f.endsWith('.html')).map((f) => `tests/fixtures/reports/${f}`),
  ...['shuyang-fgj-2023.html', 'pingtan-2019.html'].map((f) => `../shared/reports/html/${f}`),
];

/** Median of `rounds` timings of `n` runs each, in ms per run. */
function time(fn: () => void, n = 30, rounds = 7): number {
  for (let i = 0; i < 5; i++) fn();
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    per.push((performance.now() - t0) / n);
  }
  return per.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const wrap = (html: string) => (/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);

console.log('file                              bytes   linkedom  happy-dom   audit(linkedom)  ratio audit/parse');
let sumParse = 0;
let sumAudit = 0;
for (const f of files) {
  const html = readFileSync(f, 'utf8');
  const linkedom = time(() => parseHTML(wrap(html)));
  const happy = time(() => {
    const w = new Window();
    w.document.write(wrap(html));
    void w.document.body.childNodes.length;
    void w.happyDOM.close();
  }, 10, 5);
  const full = time(() => auditDocument(parsePage(html)));
  sumParse += linkedom;
  sumAudit += full;
  console.log(
    `${f.split('/').pop()!.padEnd(32)} ${String(html.length).padStart(6)} ${linkedom.toFixed(2).padStart(8)}ms ${happy.toFixed(2).padStart(8)}ms ${full.toFixed(2).padStart(12)}ms ${(full / linkedom).toFixed(2).padStart(10)}×`,
  );
}
console.log(`\nall reports: parse ${sumParse.toFixed(2)} ms, parse + audit ${sumAudit.toFixed(2)} ms → ratio ${(sumAudit / sumParse).toFixed(2)}× (target ≤ 1.5×)`);
