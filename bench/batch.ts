// The CLI on batches: every page is read before any is checked (last year's report may come later in the batch),
// so what is held between the two passes decides whether a batch scales. Each batch runs in a fresh process, as a
// user runs it; time per report should stay flat as the batch grows. Ratios from one run. Run: npm run bench:batch
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
const page = readFileSync('tests/fixtures/reports/nankai-2024.html', 'utf8');

console.log('CLI --ndjson over a directory of saved copies of one report (nankai-2024, 25 kB), a fresh process each');
console.log('reports   total s   ms per report   vs the first');
let first = 0;
for (const n of [100, 400, 1600, 4000]) {
  const dir = mkdtempSync(join(tmpdir(), 'dl-batch-'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.html`), page);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['dist/cli/disclosure-lens.mjs', '--ndjson', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = performance.now() - t0;
  rmSync(dir, { recursive: true });
  if (run.status !== 0) throw new Error(`the CLI exited with ${run.status}`);
  if (!first) first = ms / n;
  console.log(`${String(n).padStart(7)} ${(ms / 1000).toFixed(2).padStart(9)} ${(ms / n).toFixed(2).padStart(15)} ${(ms / n / first).toFixed(2).padStart(11)}×`);
}
