// Properties of the core over generated report pages. `npm test` runs a sample; `npm run fuzz` runs ≥ 10,000 cases.
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseCell } from '../../src/cells/parse';
import { allCellPaths } from '../../src/model/paths';
import { Export } from '../../src/model/schema';
import { z } from '../../src/model/zod';
import { auditHtml } from '../support/audit';
import { buildReportHtml } from '../support/report-html';
import { tablesAsLines } from '../support/text-lines';
import { consistentReportArb, hostileHtmlArb, restatedReportArb } from './generators';

export function consistentNeverErrors(numRuns: number, seed?: number) {
  fc.assert(
    fc.property(consistentReportArb, (g) => {
      const html = buildReportHtml(g.spec);
      const res = auditHtml(g.lines ? tablesAsLines(html, g.lines) : html);
      expect(res.isReport).toBe(true);
      const errors = res.export.findings.filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
      for (const path of allCellPaths(g.format)) {
        const printed = parseCell(g.spec.values![path]);
        expect(res.export.cells[path].state, path).toBe(printed.state);
      }
    }),
    { numRuns, seed },
  );
}

export function neverThrows(numRuns: number, seed?: number) {
  fc.assert(
    fc.property(hostileHtmlArb, (html) => {
      const res = auditHtml(html);
      expect(() => z.parse(Export, res.export)).not.toThrow();
    }),
    { numRuns, seed },
  );
}

export function restatedTextAgrees(numRuns: number, seed?: number) {
  fc.assert(
    fc.property(restatedReportArb, (g) => {
      const res = auditHtml(buildReportHtml(g.spec));
      expect(res.isReport).toBe(true);
      expect(res.export.findings.filter((f) => f.rule.startsWith('TEXT-')).map((f) => f.message.zh), g.prose.join('')).toEqual([]);
    }),
    { numRuns, seed },
  );
}
