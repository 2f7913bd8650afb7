// How the text rules read real-world phrasings. The base report's table says 14 new requests (0 carried over),
// 6 granted, 2 partially granted, 2 administrative reviews and 1 lawsuit; its text says the same.
import { describe, expect, it } from 'vitest';
import { baseSpec } from './fixtures/rules/cases';
import { auditHtml } from './support/audit';
import { buildReportHtml } from './support/report-html';

const BASE_SENTENCE = '（二）依申请公开情况。本年度共收到政府信息公开申请14件，予以公开6件，部分公开2件，均在法定期限内答复。';
const REVIEW_SENTENCE = '（五）监督保障。将政务公开纳入年度考核，组织业务培训两次，全年被申请行政复议2件。';

/** The findings of one text rule when one paragraph of the base report (by default 依申请公开) is replaced. */
function findingsFor(rule: string, paragraph: string, replaced = BASE_SENTENCE) {
  const spec = baseSpec();
  const overview = spec.prose.overview!;
  expect(overview).toContain(replaced);
  const html = buildReportHtml({ ...spec, prose: { ...spec.prose, overview: overview.map((p) => (p === replaced ? paragraph : p)) } });
  return auditHtml(html)
    .export.findings.filter((f) => f.rule === rule)
    .map((f) => ({ severity: f.severity, expected: f.expected, actual: f.actual }));
}

describe('TEXT-REQUESTS on real-world phrasings', () => {
  it.each([
    ['counts by channel, then the whole', '本年度通过网上申请平台收到申请10件，通过信函收到申请4件，共计14件。'],
    ['counts by channel only', '本年度通过网上申请平台收到申请10件，当面收到申请4件。'],
    ['the whole, then the part by channel', '本年度共收到政府信息公开申请14件，其中网上申请10件，信函申请4件。'],
    ['a part of the year, then the whole year', '上半年收到政府信息公开申请10件，全年共收到政府信息公开申请14件。'],
    ['by applicant', '本年度收到自然人申请12件，收到企业申请2件。'],
  ])('is silent on %s', (_, paragraph) => {
    expect(findingsFor('TEXT-REQUESTS', paragraph)).toEqual([]);
  });

  it.each([
    ['a different whole', '本年度共收到政府信息公开申请15件。', 15],
    ['channels summed into a different whole', '本年度通过网上、信函等方式共收到申请15件。', 15],
    ['a sentence with only a different figure', '上半年收到政府信息公开申请10件。', 10],
  ])('warns on %s', (_, paragraph, said) => {
    expect(findingsFor('TEXT-REQUESTS', paragraph)).toEqual([{ severity: 'warning', expected: said, actual: 14 }]);
  });
});

describe('TEXT-OUTCOMES on real-world phrasings', () => {
  it('is silent when another claim about the same outcome agrees with the table', () => {
    expect(findingsFor('TEXT-OUTCOMES', '本年度共收到政府信息公开申请14件。上半年予以公开2件，全年予以公开6件，部分公开2件。')).toEqual([]);
  });

  it('warns with the first disagreeing claim when none agrees', () => {
    expect(findingsFor('TEXT-OUTCOMES', '本年度共收到政府信息公开申请14件。上半年予以公开2件，全年予以公开7件，部分公开2件。')).toEqual([
      { severity: 'warning', expected: 2, actual: 6 },
    ]);
  });
});

describe('TEXT-REVIEW-LITIGATION on real-world phrasings', () => {
  it.each([
    ['no correction of the reviews', '（五）监督保障。全年被申请行政复议2件，未发生行政复议纠错案件。'],
    ['no lawsuit lost', '（五）监督保障。全年被申请行政复议2件，没有行政诉讼败诉情况。'],
  ])('is silent on %s', (_, paragraph) => {
    expect(findingsFor('TEXT-REVIEW-LITIGATION', paragraph, REVIEW_SENTENCE)).toEqual([]);
  });

  it('warns when the text says there were no reviews', () => {
    expect(findingsFor('TEXT-REVIEW-LITIGATION', '（五）监督保障。全年未发生行政复议案件。', REVIEW_SENTENCE)).toEqual([
      { severity: 'warning', expected: 0, actual: 2 },
    ]);
  });
});
