import { checkSums } from './sum';
import type { Rule } from './types';
import type { Bilingual } from '../model/schema';

// The same groups and columns in both formats.
const SUMS = ['review', 'litigationDirect', 'litigationAfterReview'].map((g) => {
  const row = `reviewLitigation.${g}`;
  return { total: `${row}.total`, parts: ['upheld', 'corrected', 'other', 'pending'].map((c) => `${row}.${c}`) };
});

/** What T4-SUM checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t4SumDescription: Bilingual = {
  zh: '第四部分每一组：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计。',
  en: 'In each group of part 4: upheld + corrected + other + pending = total.',
};

export const t4Sum: Rule = {
  id: 'T4-SUM',
  severity: 'error',
  group: 'reviewLitigation',
  title: { zh: '复议诉讼总计不等于各结果之和', en: 'Review/litigation total ≠ sum of results' },
  evaluate(ctx) {
    return checkSums(ctx, t4Sum, SUMS, 'column');
  },
};
