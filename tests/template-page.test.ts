// Sites republish the State Council's notices that set the template, with its tables and no count filled in. Such a
// page is no agency's report: it is recognised and not checked (before, it got a CELL-BLANK warning per part, two
// hundred blank cells, as if an agency had left its report empty).
import { describe, expect, it } from 'vitest';
import type { Format } from '../src/model/schema';
import { baseSpec } from './fixtures/rules/cases';
import { auditFile, auditHtml, rulesOf } from './support/audit';
import { blankValues as blank, buildReportHtml } from './support/report-html';

/** A page of the template's tables under `title`, every cell as `values` leaves it (blank unless given). */
function page(title: string, format: Format, values: Record<string, string> = {}): string {
  return buildReportHtml({ ...baseSpec(format), pageTitle: title, titleLines: [title], values: { ...blank(format), ...values } });
}

describe('the template\'s blank tables', () => {
  it('the 2021 notice, as a city site republishes it, is no report: no findings, nothing to compare next year with', () => {
    const res = auditFile('tests/fixtures/pages/template-notice-2021.html');
    expect([res.blankTemplate, res.isReport, res.olderFormatYear, res.findings]).toEqual([true, false, null, []]);
    expect(res.asPrevious).toBeNull();
  });

  it.each([
    ['国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知', '2019'],
    ['中华人民共和国政府信息公开工作年度报告格式（试行）', '2019'],
    ['关于做好2024年度政府信息公开工作年度报告编制发布工作的通知', '2021'],
    ['示例市2024年政府信息公开工作年度报告（样表）', '2021'],
    ['政府信息公开工作年度报告模板', '2021'],
  ] as const)('"%s" (%s format) with every cell blank is the template', (title, format) => {
    const res = auditHtml(page(title, format));
    expect([res.blankTemplate, res.isReport, res.findings]).toEqual([true, false, []]);
  });

  it('the notice named only in a site\'s metadata table (索引号, 发布机构, 信息名称), its forms under "附件："', () => {
    const meta =
      '<table class="xxgk-meta"><tr><td>索引号</td><td>11341700000000000X/202110-00013</td><td>发布机构</td><td>示例市商务局</td></tr>' +
      '<tr><td>发布文号</td><td>国办公开办函〔2021〕30号</td><td>发文日期</td><td>2021-10-08</td></tr>' +
      '<tr><td>信息名称</td><td colspan="3">国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知</td></tr></table>';
    const html = buildReportHtml({ ...baseSpec('2021'), pageTitle: '示例市人民政府', titleLines: [], values: blank('2021'), prose: { overview: ['年度报告是法定制度安排。', '附件：'] } });
    const res = auditHtml(html.replace('<div class="header">', `${meta}<div class="header">`));
    expect([res.blankTemplate, res.isReport, res.findings]).toEqual([true, false, []]);
  });

  it('the notice shown in Traditional characters (a site\'s 繁體 view) is the template too', () => {
    const html = buildReportHtml({ ...baseSpec('2021'), pageTitle: '中华人民共和国政府信息公开工作年度报告格式', titleLines: ['中华人民共和国政府信息公开工作年度报告格式'], values: blank('2021'), layout: { traditional: true } });
    expect(html).toContain('報告格式');
    expect([auditHtml(html).blankTemplate, auditHtml(html).isReport]).toEqual([true, false]);
  });

  it('a report left blank keeps its report title and is checked: an agency that filled in nothing is a finding', () => {
    const res = auditHtml(page('示例市交通运输局2024年政府信息公开工作年度报告', '2021'));
    expect([res.blankTemplate, res.isReport]).toEqual([false, true]);
    expect(rulesOf(res)).toContain('CELL-BLANK:warning');
  });

  it('one count filled in makes it a report, whatever its title', () => {
    const res = auditHtml(page('关于印发《示例市2024年政府信息公开工作年度报告》有关事项的通知', '2021', { 'requests.newReceived.natural': '3' }));
    expect([res.blankTemplate, res.isReport]).toEqual([false, true]);
    expect(rulesOf(res)).toContain('CELL-BLANK:warning');
  });

  it('dashes are no count either: a template printed with "—" in its cells is still the template', () => {
    const dashes = Object.fromEntries(Object.keys(blank('2021')).map((p) => [p, '—']));
    expect(auditHtml(page('中华人民共和国政府信息公开工作年度报告格式', '2021', dashes)).blankTemplate).toBe(true);
  });
});
