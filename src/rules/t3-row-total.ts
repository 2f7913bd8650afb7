import { REQUEST_COLUMNS } from '../model/keys';
import { perFormat, rowPaths } from '../model/paths';
import { checkSums } from './sum';
import type { Rule } from './types';
import type { Bilingual } from '../model/schema';

const PARTS = REQUEST_COLUMNS.filter((c) => c !== 'total');
const SUMS = perFormat((format) =>
  rowPaths(format, 'requests').map((row) => ({ total: `${row}.total`, parts: PARTS.map((c) => `${row}.${c}`) })),
);

/** What T3-ROW-TOTAL checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t3RowTotalDescription: Bilingual = {
  zh: '第三部分每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。',
  en: 'In every row of part 3: total = natural persons + businesses + research + non-profits + legal services + other.',
};

export const t3RowTotal: Rule = {
  id: 'T3-ROW-TOTAL',
  severity: 'error',
  group: 'requests',
  title: { zh: '行合计不等于各类申请人之和', en: 'Row total ≠ sum of applicants' },
  evaluate(ctx) {
    return checkSums(ctx, t3RowTotal, SUMS(ctx.format), 'column');
  },
};
