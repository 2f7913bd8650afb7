import { rowLabel } from '../model/labels';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What T2-PUBLISHED-TOTAL checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t2PublishedTotalDescription: Bilingual = {
  zh: '2019 版：本年新公开数量是对外公开总数量的一部分，不能超过它。',
  en: '2019 tables: the documents newly published this year are part of the total published, so cannot exceed it.',
};

export const t2PublishedTotal: Rule = {
  id: 'T2-PUBLISHED-TOTAL',
  severity: 'error',
  group: 'activeDisclosure',
  title: { zh: '本年新公开数量超过对外公开总数量', en: 'Newly published exceeds total published' },
  evaluate(ctx) {
    if (ctx.format !== '2019') return [];
    const out = [];
    for (const row of ['activeDisclosure.regulations', 'activeDisclosure.normativeDocuments']) {
      const fresh = ctx.value(`${row}.newlyPublished`);
      const total = ctx.value(`${row}.publishedTotal`);
      if (fresh === null || total === null || fresh <= total) continue;
      const r = rowLabel(row);
      out.push(
        finding(t2PublishedTotal, {
          cells: [`${row}.publishedTotal`],
          related: [`${row}.newlyPublished`],
          expected: `≥ ${formatNumber(fresh)}`,
          actual: total,
          zh: `${r.zh}：对外公开总数量 ${formatNumber(total)} 少于本年新公开数量 ${formatNumber(fresh)}`,
          en: `${r.en}: total published ${formatNumber(total)} is less than newly published ${formatNumber(fresh)}`,
        }),
      );
    }
    return out;
  },
};
