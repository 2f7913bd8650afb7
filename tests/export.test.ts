import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { templateSource } from '../scripts/write-template';
import { TABLE_PARTS } from '../src/model/schema';
import { allCellPaths, cellPaths } from '../src/model/paths';
import { readDocument } from '../src/audit/audit';
import { makeContext } from '../src/audit/context';
import { guardFormula, toCsv, toMarkdown, toTsv } from '../src/export/tabular';
import { auditFile, loadPage } from './support/audit';

const ex = auditFile('tests/fixtures/reports/sanmenxia-2024.html').export;

describe('the template the content script walks (src/model/template.ts)', () => {
  it('is the one the zod schemas give (npm run template rewrites it)', () => {
    expect(readFileSync('src/model/template.ts', 'utf8')).toBe(templateSource());
  });

  it('gives every cell path the schemas have, in their order', () => {
    const fromSchema = (schema: unknown, prefix: string): string[] => {
      const shape = (schema as { shape?: Record<string, unknown> }).shape;
      return shape ? Object.entries(shape).flatMap(([k, c]) => fromSchema(c, `${prefix}.${k}`)) : [prefix];
    };
    for (const format of ['2021', '2019'] as const) {
      const parts = TABLE_PARTS[format];
      const expected = (['activeDisclosure', 'requests', 'reviewLitigation'] as const).flatMap((p) => fromSchema(parts[p], p));
      expect(allCellPaths(format)).toEqual(expected);
    }
    expect(allCellPaths('2021')).toHaveLength(10 + 25 * 7 + 15);
  });

  it("lines the context's cell lists up with the paths, whole and part by part, in both formats", () => {
    for (const file of ['nankai-2024', 'nankai-2019']) {
      const ctx = makeContext(readDocument(loadPage(`tests/fixtures/reports/${file}.html`)), null);
      const all = allCellPaths(ctx.format);
      expect(ctx.cells()).toHaveLength(all.length);
      all.forEach((p, i) => expect(ctx.cells()[i], p).toBe(ctx.cell(p)));
      for (const part of ['activeDisclosure', 'requests', 'reviewLitigation'] as const) {
        const paths = cellPaths(ctx.format, part);
        expect(ctx.cellsOf(part)).toHaveLength(paths.length);
        paths.forEach((p, i) => expect(ctx.cellsOf(part)[i], p).toBe(ctx.cell(p)));
      }
      // Each cell read is an object of its own, so a list shifted by one place could not pass the checks above.
      const missing = ctx.cells().filter((c) => c.state === 'missing').length;
      expect(new Set(ctx.cells()).size).toBe(all.length - missing + (missing ? 1 : 0));
    }
  });
});

describe('tabular exports', () => {
  it('TSV pastes into a spreadsheet with numbers intact, one row per cell', () => {
    const lines = toTsv(ex).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 10 + 25 * 7 + 15);
    const row = lines.find((l) => l.startsWith('requests.newReceived.natural\t'))!.split('\t');
    expect(row).toEqual(['requests.newReceived.natural', '三、依申请公开', '一、本年新收', '自然人', '4', '4', 'number']);
  });
  it('CSV quotes, has a BOM for Excel, and guards formula-like text', () => {
    const csv = toCsv({ ...ex, cells: { ...ex.cells, 'requests.granted.research': { raw: '=HYPERLINK("x")', state: 'invalid' } } });
    expect(csv.startsWith('\ufeffpath,')).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",invalid`);
    expect(guardFormula('-3')).toBe("'-3");
    expect(guardFormula('0件')).toBe('0件');
  });
  it('Markdown carries the findings and the data table', () => {
    const md = toMarkdown(ex);
    expect(md).toContain('# 三门峡市文化广电和旅游局2024年政府信息公开工作年度报告');
    expect(md).toContain('`T3-OUTCOMES-SUM` （七）总计·自然人 应为 4');
    expect(md).toContain('| 三、依申请公开 | （七）总计 | 自然人 | 0 | 0 |');
  });
});

describe('the export of an audit', () => {
  afterEach(() => vi.useRealTimers());

  it('is built when first read, once, and says when the audit ran, not when it was read', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-31T08:00:00Z'));
    const res = auditFile('tests/fixtures/reports/sanmenxia-2024.html', { now: undefined });
    vi.setSystemTime(new Date('2026-01-31T09:30:00Z'));
    expect(res.export.source.capturedAt).toBe('2026-01-31T08:00:00.000Z');
    expect(res.export).toBe(res.export);
    expect(res.export.findings).toBe(res.findings);
    expect(res.title).toBe(res.export.source.title);
  });

  it('holds every cell of the format, and the page elements are those of the cells read', () => {
    const res = auditFile('tests/fixtures/reports/sanmenxia-2024.html');
    const paths = allCellPaths('2021');
    expect(Object.keys(res.export.cells)).toEqual(paths);
    const read = paths.filter((p) => res.export.cells[p].state !== 'missing');
    expect([...res.elements.keys()].sort()).toEqual([...read].sort());
    expect(res.asPrevious!.values['requests.newReceived.natural']).toBe(res.export.report.requests.newReceived.natural);
  });
});

describe('what the CLI summary prints, read from the result without the export', () => {
  it.each(['nankai-2019', 'nankai-2024', 'sanmenxia-2024', 'fengquan-2024', 'taiping-2023'])('%s: title, agency, year, format and findings as the export gives them', (name) => {
    const result = auditFile(`tests/fixtures/reports/${name}.html`);
    const { title, agency, year, format, findings } = result;
    const { source, report } = result.export;
    expect({ title, agency, year, format, findings }).toEqual({ title: source.title, agency: report.agency, year: report.year, format: report.format, findings: result.export.findings });
    expect(agency).not.toBeNull();
    expect(year).not.toBeNull();
  });
});

describe('cells read without their page elements (the CLI, which marks no page)', () => {
  it.each(['nankai-2019', 'sanmenxia-2024', 'taiping-2023'])('%s: the same export and findings, and no element held', (name) => {
    const withElements = auditFile(`tests/fixtures/reports/${name}.html`);
    const without = auditFile(`tests/fixtures/reports/${name}.html`, { withElements: false });
    expect(without.export).toEqual(withElements.export);
    expect(withElements.elements.size).toBeGreaterThan(100);
    expect(without.elements.size).toBe(0);
  });
});
