import { REQUEST_COLUMNS } from '../model/keys';
import { perFormat, rowPaths } from '../model/paths';
import { checkSums } from './sum';
import type { Rule } from './types';
import type { Bilingual } from '../model/schema';

/** The outcome rows （一）…（六）: every row between 二 上年结转 and （七）总计. */
export const OUTCOME_EXCLUDED = new Set(['requests.newReceived', 'requests.carriedOver', 'requests.outcomesTotal', 'requests.carriedForward']);

const SUMS = perFormat((format) => {
  const outcomeRows = rowPaths(format, 'requests').filter((r) => !OUTCOME_EXCLUDED.has(r));
  return REQUEST_COLUMNS.map((col) => ({ total: `requests.outcomesTotal.${col}`, parts: outcomeRows.map((r) => `${r}.${col}`) }));
});

/** What T3-OUTCOMES-SUM checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t3OutcomesSumDescription: Bilingual = {
  zh: '第三部分每一列：（七）总计 = （一）至（六）各办理结果行之和。',
  en: 'In every column of part 3: (7) total = the sum of the outcome rows (1) to (6).',
};

export const t3OutcomesSum: Rule = {
  id: 'T3-OUTCOMES-SUM',
  severity: 'error',
  group: 'requests',
  title: { zh: '（七）总计不等于各办理结果之和', en: 'Outcomes total ≠ sum of outcomes' },
  evaluate(ctx) {
    return checkSums(ctx, t3OutcomesSum, SUMS(ctx.format), 'row');
  },
};
