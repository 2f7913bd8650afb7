// Writes the committed HTML fixtures: the five real reports (tests/fixtures/reports/) and one failing and one
// passing page per rule (tests/fixtures/rules/<RULE-ID>/). Run: npm run fixtures
import { mkdirSync, writeFileSync } from 'node:fs';
import { REPORT_SPECS } from '../tests/fixtures/reports/specs';
import { baseSpec, RULE_CASES } from '../tests/fixtures/rules/cases';
import { buildReportHtml } from '../tests/support/report-html';

for (const { file, spec } of Object.values(REPORT_SPECS)) {
  writeFileSync(`tests/fixtures/reports/${file}`, buildReportHtml(spec));
}
for (const [id, c] of Object.entries(RULE_CASES)) {
  const dir = `tests/fixtures/rules/${id}`;
  mkdirSync(dir, { recursive: true });
  const base = baseSpec(c.format ?? '2021');
  writeFileSync(`${dir}/fail.html`, buildReportHtml(c.fail(base)));
  writeFileSync(`${dir}/pass.html`, buildReportHtml((c.pass ?? ((s) => s))(base)));
  if (c.previous) {
    writeFileSync(`${dir}/fail.previous.html`, buildReportHtml(c.previous.fail));
    writeFileSync(`${dir}/pass.previous.html`, buildReportHtml(c.previous.pass));
  }
  writeFileSync(`${dir}/expected.json`, `${JSON.stringify({ rule: id, fail: c.expect }, null, 2)}\n`);
}
console.log(`fixtures written: ${Object.keys(REPORT_SPECS).length} reports, ${Object.keys(RULE_CASES).length} rule pairs`);
