// Some sites publish the part 三 statistics table on a page of its own (a quarter's requests, a year's table apart
// from the report's text, an annex): no report title, no part heading. Its identities are checked as in a report;
// the parts it lacks are noted (info), not faulted; and it is no year's report, so no record is kept from it and no
// record of last year is compared with it (a quarter's carried-over requests are not last year's carried forward).
import { describe, expect, it } from 'vitest';
import { baseSpec, RULE_CASES } from './fixtures/rules/cases';
import { auditFile, auditHtml, rulesOf } from './support/audit';
import { buildReportHtml, requestsTableOf } from './support/report-html';

/** The base report's part 三 table alone on a page, under `heading`, signed and dated. */
function tablePage(heading: string, values: Record<string, string> = {}): string {
  const spec = baseSpec('2021');
  const html = buildReportHtml({ ...spec, values: { ...spec.values, ...values } });
  const table = requestsTableOf(html);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${heading}</title></head><body>\n<h1>${heading}</h1>\n${table}\n<p>示例市交通运输局</p>\n<p>2024年4月8日</p>\n</body></html>`;
}

const QUARTER = '示例市交通运输局2024年第一季度政府信息公开申请办理情况统计';

describe('the statistics tables published alone', () => {
  it('a quarter\'s table: checked, its absent parts noted as info with the reason, nothing faulted', () => {
    const res = auditHtml(tablePage(QUARTER));
    expect([res.isReport, res.tablesOnly, res.title, res.agency, res.year]).toEqual([true, true, null, '示例市交通运输局', 2024]);
    expect(rulesOf(res)).toEqual(['DOC-SECTIONS:info', 'DOC-TABLE-MISSING:info', 'DOC-TABLE-MISSING:info']);
    for (const f of res.findings) expect(f.message.zh).toContain('本页只有统计表（单独发布的统计表或附表），没有报告标题和各部分标题');
    expect(res.export.report.requests.newReceived).toMatchObject({ natural: 10, total: 14 });
  });

  it('its identities are checked as a report\'s: a total that does not add up is an error', () => {
    const res = auditHtml(tablePage(QUARTER, { 'requests.outcomesTotal.total': '13' }));
    expect(rulesOf(res)).toContain('T3-OUTCOMES-SUM:error');
  });

  it('is no year\'s report: no record is kept from it, and last year\'s record is not compared with it', () => {
    const previous = auditFile('tests/fixtures/rules/YEAR-CARRY-OVER/fail.previous.html').asPrevious;
    expect(previous).not.toBeNull();
    expect(RULE_CASES['YEAR-CARRY-OVER'].expect.length).toBeGreaterThan(0);
    // The whole report checked against that record is faulted; the quarter's table alone is not.
    expect(rulesOf(auditFile('tests/fixtures/rules/YEAR-CARRY-OVER/fail.html', { previous }))).toContain('YEAR-CARRY-OVER:error');
    const res = auditHtml(tablePage(QUARTER), { previous });
    expect(rulesOf(res).filter((r) => r.startsWith('YEAR-'))).toEqual([]);
    expect(res.asPrevious).toBeNull();
  });

  it('under a report\'s title it is a report that lacks its parts: warned as before', () => {
    const res = auditHtml(tablePage('示例市交通运输局2024年政府信息公开工作年度报告'));
    expect(res.tablesOnly).toBe(false);
    expect(rulesOf(res)).toEqual(expect.arrayContaining(['DOC-SECTIONS:warning', 'DOC-TABLE-MISSING:warning', 'TEXT-FEES:warning']));
  });
});
