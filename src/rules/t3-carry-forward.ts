import { formatNumber } from './identity';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What T3-CARRY-FORWARD checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t3CarryForwardDescription: Bilingual = {
  zh: '结转下年度继续办理的申请多于本年新收的申请：未办结的比新收的还多，值得一看。',
  en: 'More requests were left open at year end than arrived this year: worth a look.',
};

export const t3CarryForward: Rule = {
  id: 'T3-CARRY-FORWARD',
  severity: 'info',
  group: 'requests',
  title: { zh: '结转下年度多于本年新收', en: 'More carried forward than received' },
  evaluate(ctx) {
    const fwd = ctx.value('requests.carriedForward.total');
    const fresh = ctx.value('requests.newReceived.total');
    if (fwd === null || fresh === null || fwd <= fresh) return [];
    return [
      finding(t3CarryForward, {
        cells: ['requests.carriedForward.total'],
        related: ['requests.newReceived.total'],
        actual: fwd,
        zh: `结转下年度继续办理 ${formatNumber(fwd)} 件，多于本年新收 ${formatNumber(fresh)} 件`,
        en: `${formatNumber(fwd)} requests carried forward, more than the ${formatNumber(fresh)} received this year`,
      }),
    ];
  },
};
