// Reports for years before 2019 follow the Regulations before their revision and print the old statistics table
// (指标名称 | 单位 | 统计数). They are recognised and said to be out of scope, never checked against the template.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseSpec } from './fixtures/rules/cases';
import { auditFile, auditHtml } from './support/audit';
import { buildReportHtml } from './support/report-html';

const OLDER = 'tests/fixtures/pages/older-format-2017.html';
const older = readFileSync(OLDER, 'utf8');

describe('reports in the format before 2019', () => {
  it('a 2017 report is recognised by its year and not checked: no findings, no report', () => {
    const res = auditFile(OLDER);
    expect(res.olderFormatYear).toBe(2017);
    expect(res.isReport).toBe(false);
    expect(res.export.findings).toEqual([]);
    expect(res.asPrevious).toBeNull();
  });

  it('headings worded like the template\'s do not make it one (before, such a page got errors for every table)', () => {
    const html = older
      .replace('五、因政府信息公开申请行政复议、提起行政诉讼的情况', '四、因政府信息公开申请提起行政复议、行政诉讼的情况')
      .replace('六、存在的主要问题及改进措施', '五、政府信息公开工作存在的主要问题和改进措施')
      .replace('<p align="right">示例县人民政府办公室</p>', '<p><strong>六、其他需要报告的事项</strong></p><p>无。</p>');
    const res = auditHtml(html);
    expect([res.olderFormatYear, res.isReport, res.export.findings]).toEqual([2017, false, []]);
  });

  it('the year may come from the statistics period when the title has none', () => {
    const html = older.replace(/示例县人民政府2017年政府信息公开工作年度报告/g, '示例县人民政府政府信息公开工作年度报告');
    expect(auditHtml(html).olderFormatYear).toBe(2017);
  });

  it('a year the prose merely mentions is not evidence', () => {
    const html = older
      .replace(/示例县人民政府2017年政府信息公开工作年度报告/g, '示例县人民政府政府信息公开工作年度报告')
      .replace(/本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。/, '');
    expect(auditHtml(html).olderFormatYear).toBeNull();
  });

  it('a page without a report title is not taken for an older report', () => {
    const html = older.replace(/政府信息公开工作年度报告/g, '政府信息公开情况统计');
    expect(auditHtml(html).olderFormatYear).toBeNull();
  });

  it("a page with the template's part 三 is audited whatever year it is titled", () => {
    // A 2024 report mistitled 2018: the template's tables decide, and DOC-YEAR-style checks still run.
    const res = auditHtml(buildReportHtml({ ...baseSpec('2021', 2018), format: '2021' }));
    expect(res.olderFormatYear).toBeNull();
    expect(res.isReport).toBe(true);
    expect(res.export.report.requests.newReceived.total).toBe(14);
  });

  it('reports from 2019 on are never taken for older ones', () => {
    for (const year of [2019, 2020, 2023]) {
      const format = year <= 2020 ? '2019' : '2021';
      const res = auditHtml(buildReportHtml(baseSpec(format, year)));
      expect([year, res.olderFormatYear, res.isReport]).toEqual([year, null, true]);
    }
  });
});
