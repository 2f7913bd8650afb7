// The record kept for next year's cross-year checks when a report is published over several pages of an article.
import { describe, expect, it } from 'vitest';
import { joinPages } from '../src/audit/previous';
import { baseSpec } from './fixtures/rules/cases';
import { auditHtml } from './support/audit';
import { buildReportHtml } from './support/report-html';

describe('joinPages', () => {
  const full = buildReportHtml(baseSpec());
  const cut = full.indexOf('<p><span>三、');
  const pager = '<div class="page"><a href="t20250120_1234_1.html">下一页</a></div>';
  const first = auditHtml(full.slice(0, cut) + pager + '</body></html>').asPrevious!;
  const second = auditHtml(full.slice(0, full.indexOf('<body>') + 6) + full.slice(cut).replace('</body>', `${pager}</body>`)).asPrevious!;
  const whole = auditHtml(full).asPrevious!;

  it('keeps what the two pages of one report hold together, whichever is opened first', () => {
    expect(first.values['activeDisclosure.regulations.inForce']).toBe(5);
    expect(first.values['requests.carriedForward.total']).toBeNull();
    expect(second.values['requests.carriedForward.total']).toBe(2);
    for (const joined of [joinPages(first, second), joinPages(second, first)]) {
      expect(joined.values).toEqual(whole.values);
      expect(joined.text).toContain(first.text);
      expect(joined.text).toContain(second.text);
    }
  });

  it('replaces a record of another year, agency or format, and keeps prose once', () => {
    expect(joinPages(null, second)).toBe(second);
    expect(joinPages({ ...first, year: first.year - 1 }, second)).toBe(second);
    expect(joinPages({ ...first, agency: '另一个机关' }, second)).toBe(second);
    expect(joinPages(second, second).text).toBe(second.text);
  });
});
