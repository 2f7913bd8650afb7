import { rowLabel } from '../model/labels';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

const ROWS = ['licensing', 'otherServices', 'penalty', 'coercion', 'adminFees'].map((r) => `activeDisclosure.${r}`);

/** What T2-ITEMS-CHANGE checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t2ItemsChangeDescription: Bilingual = {
  zh: '2019 版：上一年项目数量 + 本年增/减 不能小于 0。',
  en: '2019 tables: items last year plus this year\'s change cannot be below zero.',
};

export const t2ItemsChange: Rule = {
  id: 'T2-ITEMS-CHANGE',
  severity: 'error',
  group: 'activeDisclosure',
  title: { zh: '项目数量减少超过上一年', en: 'Items decrease below zero' },
  evaluate(ctx) {
    if (ctx.format !== '2019') return [];
    const out = [];
    for (const row of ROWS) {
      const prev = ctx.value(`${row}.previousItems`);
      const change = ctx.value(`${row}.change`);
      if (prev === null || change === null || prev + change >= 0) continue;
      const r = rowLabel(row);
      out.push(
        finding(t2ItemsChange, {
          cells: [`${row}.change`],
          related: [`${row}.previousItems`],
          expected: `≥ ${formatNumber(-prev)}`,
          actual: change,
          zh: `${r.zh}：上一年项目数量 ${formatNumber(prev)} 加本年增/减 ${formatNumber(change)} 小于 0`,
          en: `${r.en}: items last year ${formatNumber(prev)} plus change ${formatNumber(change)} is below zero`,
        }),
      );
    }
    return out;
  },
};
