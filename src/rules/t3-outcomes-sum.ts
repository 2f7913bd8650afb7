import type { AuditContext } from '../audit/context';
import { REQUEST_COLUMNS } from '../model/keys';
import { perFormat, rowPaths } from '../model/paths';
import { checkSums, type Sum } from './sum';
import type { Rule } from './types';
import type { Bilingual } from '../model/schema';

/** The outcome rows （一）…（六）: every row between 二 上年结转 and （七）总计. */
export const OUTCOME_EXCLUDED = new Set(['requests.newReceived', 'requests.carriedOver', 'requests.outcomesTotal', 'requests.carriedForward']);

const sumsOver = (outcomeRows: string[]) =>
  REQUEST_COLUMNS.map((col) => ({ total: `requests.outcomesTotal.${col}`, parts: outcomeRows.map((r) => `${r}.${col}`) }));
const SUMS = perFormat((format) => sumsOver(rowPaths(format, 'requests').filter((r) => !OUTCOME_EXCLUDED.has(r))));

// （六）其他处理: three rows in the 2021 template, one in the 2019 template.
const OTHER_ROWS_2021 = ['requests.otherHandling.noCorrection', 'requests.otherHandling.feeUnpaid', 'requests.otherHandling.other'];
const OTHER_ROW_2019 = 'requests.otherHandling.all';

/**
 * Whether a report in the 2021 format prints （六）其他处理 as the 2019 template's one row, without the three rows that
 * replaced it (last year's table kept and updated). DOC-ROWS reports the three rows missing; the sums take the one
 * row in their place, so that （七）总计 is still checked.
 */
export function keepsOlderOtherRow(ctx: Pick<AuditContext, 'format' | 'mapping'>): boolean {
  const { rows } = ctx.mapping;
  return ctx.format === '2021' && rows.has(OTHER_ROW_2019) && !OTHER_ROWS_2021.some((r) => rows.has(r));
}

// The 2021 sums with the one row in place of the three: made when a report needs them, not as the auditor starts.
let withOlderOtherRow: Sum[] | undefined;
const sumsWithOlderOtherRow = () =>
  (withOlderOtherRow ??= sumsOver([...rowPaths('2021', 'requests').filter((r) => !OUTCOME_EXCLUDED.has(r) && !OTHER_ROWS_2021.includes(r)), OTHER_ROW_2019]));

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
    return checkSums(ctx, t3OutcomesSum, keepsOlderOtherRow(ctx) ? sumsWithOlderOtherRow() : SUMS(ctx.format), 'row');
  },
};
