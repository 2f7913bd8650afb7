import { describe, expect, it } from 'vitest';
import { guardFormula, toCsv, toMarkdown, toTsv } from '../src/export/tabular';
import { auditFile } from './support/audit';

const ex = auditFile('tests/fixtures/reports/sanmenxia-2024.html').export;

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
