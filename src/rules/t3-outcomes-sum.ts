import type { AuditContext } from '../audit/context';
import { REQUEST_COLUMNS } from '../model/keys';
import { perFormat, rowPaths } from '../model/paths';
import { checkSums, type Sum } from './sum';
import type { Rule } from './types';
import type { Bilingual, Format } from '../model/schema';

/** The outcome rows （一）…（六）: every row between 二 上年结转 and （七）总计. */
export const OUTCOME_EXCLUDED = new Set(['requests.newReceived', 'requests.carriedOver', 'requests.outcomesTotal', 'requests.carriedForward']);

const sumsOver = (outcomeRows: string[]) =>
  REQUEST_COLUMNS.map((col) => ({ total: `requests.outcomesTotal.${col}`, parts: outcomeRows.map((r) => `${r}.${col}`) }));
const SUMS = perFormat((format) => sumsOver(rowPaths(format, 'requests').filter((r) => !OUTCOME_EXCLUDED.has(r))));

// （六）其他处理: three rows in the 2021 template, one in the 2019 template.
const OTHER_ROWS_2021 = ['requests.otherHandling.noCorrection', 'requests.otherHandling.feeUnpaid', 'requests.otherHandling.other'];
const OTHER_ROW_2019 = 'requests.otherHandling.all';

/**
 * Whether part 三 prints （六）其他处理 as the other template has it, in place of its format's own rows (and not beside
 * them). A 2021 report may keep the 2019 template's one row (last year's table kept and updated); a 2019-format
 * report may print the 2021 template's three. DOC-ROWS reports the format's rows missing and says why; the sums take
 * the printed rows in their place, so that （七）总计 is still checked.
 */
export function otherHandlingAsOtherTemplate(ctx: Pick<AuditContext, 'format' | 'mapping'>): boolean {
  const { rows } = ctx.mapping;
  const { own, other } = otherHandlingRows(ctx.format);
  return !own.some((r) => rows.has(r)) && other.some((r) => rows.has(r));
}

/** （六）其他处理's rows in a format's template, and in the other one's. */
function otherHandlingRows(format: Format): { own: readonly string[]; other: readonly string[] } {
  return format === '2021' ? { own: OTHER_ROWS_2021, other: [OTHER_ROW_2019] } : { own: [OTHER_ROW_2019], other: OTHER_ROWS_2021 };
}

// The sums with the other template's （六） rows in place of the format's: made when a report needs them, not as the
// auditor starts.
const SUMS_IN_PLACE = perFormat((format) => {
  const { own, other } = otherHandlingRows(format);
  return sumsOver([...rowPaths(format, 'requests').filter((r) => !OUTCOME_EXCLUDED.has(r) && !own.includes(r)), ...other]);
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
    return checkSums(ctx, t3OutcomesSum, otherHandlingAsOtherTemplate(ctx) ? SUMS_IN_PLACE(ctx.format) : SUMS(ctx.format), 'row');
  },
};
