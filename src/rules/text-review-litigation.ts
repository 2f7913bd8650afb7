import type { Finding } from '../model/schema';
import { sentences } from './text-util';
import { finding, type Rule } from './types';

const NONE = /(?:未|没有)(?:发生|出现|收到|有|产生)?[^。;,]{0,8}?行政复议(?:[^。;,]{0,6}?行政诉讼)?|无[^。;,]{0,6}?行政复议/;
const REVIEW_COUNT = /(?:被申请|申请|提起|发生)行政复议(?:案件)?(\d+)(?:件|起|宗|次)/;
const SUIT_COUNT = /(?:提起|发生|被提起)行政诉讼(?:案件)?(\d+)(?:件|起|宗|次)/;
// "未发生行政复议纠错案件", "没有行政诉讼败诉": a statement about outcomes, not that there were no cases.
const ABOUT_OUTCOMES = /^[^。;,]{0,6}?(?:纠错|纠正|败诉|撤销|确认违法|被改变)/;

const TOTALS = {
  review: ['reviewLitigation.review.total'],
  litigation: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
};

export const textReviewLitigation: Rule = {
  id: 'TEXT-REVIEW-LITIGATION',
  severity: 'warning',
  group: 'text',
  title: { zh: '正文与复议诉讼表不符', en: 'Review/litigation text ≠ table' },
  description: {
    zh: '正文称未发生行政复议或行政诉讼，而第四部分有案件；或正文给出的件数与表格不一致。',
    en: 'The text says there was no administrative review or lawsuit while part 4 has cases, or gives counts that disagree.',
  },
  evaluate(ctx) {
    const sum = (paths: string[]) => {
      const vs = paths.map((p) => ctx.value(p));
      return vs.some((v) => v === null) ? null : vs.reduce<number>((a, b) => a + b!, 0);
    };
    const review = sum(TOTALS.review);
    const suits = sum(TOTALS.litigation);
    const out: Finding[] = [];
    for (const s of sentences(ctx.fullText)) {
      // Every pattern names 行政复议 or 行政诉讼: most sentences are passed over without running them.
      if (!s.includes('行政复议') && !s.includes('行政诉讼')) continue;
      const none = NONE.exec(s);
      if (none && !ABOUT_OUTCOMES.test(s.slice(none.index + none[0].length))) {
        const coversSuits = /行政诉讼|诉讼/.test(none[0]);
        const cases = (review ?? 0) + (coversSuits ? (suits ?? 0) : 0);
        if (cases > 0) {
          out.push(
            finding(textReviewLitigation, {
              cells: [...TOTALS.review, ...(coversSuits ? TOTALS.litigation : [])].filter((p) => (ctx.value(p) ?? 0) > 0),
              expected: 0,
              actual: cases,
              zh: `正文称“${none[0]}”，但第四部分记有 ${cases} 件`,
              en: `The text says "${none[0]}" (none), but part 4 records ${cases} case(s)`,
            }),
          );
        }
        continue;
      }
      const claims: [RegExpExecArray | null, number | null, string[], string, string][] = [
        [REVIEW_COUNT.exec(s), review, TOTALS.review, '行政复议', 'administrative review'],
        [SUIT_COUNT.exec(s), suits, TOTALS.litigation, '行政诉讼', 'lawsuits'],
      ];
      for (const [m, table, cells, zh, en] of claims) {
        if (!m || table === null || Number(m[1]) === table) continue;
        out.push(
          finding(textReviewLitigation, {
            cells,
            expected: Number(m[1]),
            actual: table,
            zh: `正文称“${m[0]}”，第四部分${zh}总计为 ${table}`,
            en: `The text says "${m[0]}" (${m[1]}); part 4 ${en} total is ${table}`,
          }),
        );
      }
    }
    return out.slice(0, 3);
  },
};
