// `npm test`: builds what the tests load (CLI bundle, extension), type-checks, runs the unit and the browser
// tests, and ends with the one line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const sh = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });
const step = (name, cmd, args) => {
  console.log(`\n── ${name}`);
  const r = sh(cmd, args);
  if (r.status !== 0) {
    console.error(`${name} failed`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
};

step('build', 'npm', ['run', '--silent', 'build']);
step('type-check', 'npx', ['tsc', '-p', '.']);

mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
let status = 0;
for (const project of ['unit', 'browser']) {
  console.log(`\n── ${project} tests`);
  const out = `.tmp/vitest-${project}.json`;
  const r = sh('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  try {
    const res = JSON.parse(readFileSync(out, 'utf8'));
    passed += res.numPassedTests;
    failed += res.numFailedTests + (res.numTotalTestSuites && !res.success && !res.numFailedTests ? 1 : 0);
  } catch {
    failed += 1;
  }
  if (r.status !== 0) status = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status || (failed ? 1 : 0));
