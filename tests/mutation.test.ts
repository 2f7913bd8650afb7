// Mutation recall: on every consistent fixture, changing any single number of parts 三 and 四 produces an error
// that names the changed cell (as the cell at fault or as an operand of the broken identity).
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../src/audit/audit';
import { cellPaths } from '../src/model/paths';
import { REPORT_SPECS } from './fixtures/reports/specs';
import { FIXED_NOW, loadPage } from './support/audit';

export const CONSISTENT = [
  `tests/fixtures/reports/${REPORT_SPECS['000'].file}`,
  `tests/fixtures/reports/${REPORT_SPECS['003'].file}`,
  `tests/fixtures/reports/${REPORT_SPECS['004'].file}`,
  'tests/fixtures/rules/T3-ROW-TOTAL/pass.html',
  'tests/fixtures/rules/T2-ITEMS-CHANGE/pass.html',
  '../shared/reports/html/shuyang-fgj-2023.html',
  '../shared/reports/html/pingtan-2019.html',
];

describe.each(CONSISTENT)('every single-number change in parts 三 and 四 of %s is caught', (file) => {
  it('names the changed cell in an error', () => {
    const doc = loadPage(file);
    const base = auditDocument(doc, { now: FIXED_NOW });
    expect(base.export.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const fmt = base.export.report.format;
    let mutated = 0;
    const missed: string[] = [];
    for (const path of [...cellPaths(fmt, 'requests'), ...cellPaths(fmt, 'reviewLitigation')]) {
      const cell = base.export.cells[path];
      const el = base.elements.get(path);
      if (cell.state !== 'number' || !el) continue;
      const original = el.textContent;
      for (const delta of [1, -1]) {
        const value = Number(cell.raw) + delta;
        if (value < 0) continue;
        el.textContent = String(value);
        const res = auditDocument(doc, { now: FIXED_NOW });
        mutated++;
        const caught = res.export.findings.some((f) => f.severity === 'error' && (f.cells.includes(path) || f.related.includes(path)));
        if (!caught) missed.push(`${path} ${delta > 0 ? '+1' : '-1'}`);
      }
      el.textContent = original;
    }
    expect(missed).toEqual([]);
    expect(mutated).toBeGreaterThan(30);
  });
});
