// The real reports, reshaped the ways other sites publish the same thing (tests/support/reshape.ts): Word's markup in
// every cell, digits and labels broken by spaces, spans and <br>, full-width digits, a table cut in two at a page
// break, a layout table around the article. The reading must not depend on the shape: the same numbers, the same
// cell states, the same findings on the same cells, the same title, agency and year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../src/audit/audit';
import { REPORT_SPECS } from './fixtures/reports/specs';
import { auditHtml, brief } from './support/audit';
import { RESHAPES } from './support/reshape';

const PAGES = [
  ...Object.values(REPORT_SPECS).map(({ file }) => `tests/fixtures/reports/${file}`),
  '../shared/reports/html/shuyang-fgj-2023.html',
  '../shared/reports/html/pingtan-2019.html',
];

/** What a reader and the export get from a page, less the printed text of cells (a reshape may change it). */
function reading(res: AuditResult) {
  const { report, cells } = res.export;
  return {
    isReport: res.isReport,
    report,
    states: Object.fromEntries(Object.entries(cells).map(([path, c]) => [path, c.state])),
    findings: brief(res),
    title: res.export.source.title,
  };
}

const originals = PAGES.map((path) => ({ path, html: readFileSync(path, 'utf8') }));
const baseline = new Map(originals.map(({ path, html }) => [path, reading(auditHtml(html))]));

describe('the same report, reshaped as other sites publish it, reads the same', () => {
  for (const [name, reshape] of Object.entries(RESHAPES)) {
    it(name, () => {
      let changed = 0;
      for (const { path, html } of originals) {
        const reshaped = reshape(html);
        if (reshaped === html) continue;
        changed++;
        expect(reading(auditHtml(reshaped)), `${path}, ${name}`).toEqual(baseline.get(path));
      }
      // A reshape that touches no page would test nothing.
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('every page is a report with its cells read, so the comparisons are not of empty results', () => {
    for (const [path, r] of baseline) {
      expect(r.isReport, path).toBe(true);
      expect(Object.values(r.states).filter((s) => s !== 'missing').length, path).toBeGreaterThan(40);
    }
  });
});
