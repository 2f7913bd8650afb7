import { compactLines } from '../text/normalize';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

// Part 六 saying no fee notice went out / nothing was charged.
export const NO_FEE = /发出收费通知0件|未(?:发出|发生|收取|收缴|产生)[^。;]{0,10}(?:收费|费用|处理费)|无[^。;]{0,8}(?:收费|处理费)|不收取|收费通知0/;

/** What T3-FEE-LINK checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t3FeeLinkDescription: Bilingual = {
  zh: '（六）2 因逾期未缴费不再处理的申请大于 0，而第六部分称没有发出收费通知或未收费。',
  en: 'Requests were dropped for unpaid fees ((6)2 > 0) while part 6 says no fee notice was issued.',
};

export const t3FeeLink: Rule = {
  id: 'T3-FEE-LINK',
  severity: 'warning',
  group: 'requests',
  title: { zh: '因欠费不予处理，却称未发收费通知', en: 'Dropped for unpaid fees, yet no fee notice' },
  evaluate(ctx) {
    if (ctx.format !== '2021') return [];
    const unpaid = ctx.value('requests.otherHandling.feeUnpaid.total');
    const text = ctx.sections.otherMatters;
    if (!unpaid || unpaid <= 0 || !text || !NO_FEE.test(compactLines(text))) return [];
    return [
      finding(t3FeeLink, {
        cells: ['requests.otherHandling.feeUnpaid.total'],
        actual: unpaid,
        zh: `表中有 ${formatNumber(unpaid)} 件申请因逾期未缴费不再处理，但第六部分称未发出收费通知或未收费`,
        en: `${formatNumber(unpaid)} request(s) were dropped for unpaid fees, but part 6 says no fee was charged or noticed`,
      }),
    ];
  },
};
