import { cellLabel } from '../model/labels';
import { allCellPaths, columnOf } from '../model/paths';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

// Money may have decimals; only the 2019 "本年增/减" may be negative.
const DECIMAL_OK = new Set(['amountWanYuan', 'amount']);

/** What CELL-NONNEGATIVE-INTEGER checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const cellNonNegativeIntegerDescription: Bilingual = {
  zh: '件数只能是非负整数（收费金额可以有小数，2019 版的“本年增/减”可以为负）。',
  en: 'A count must be a whole number, not negative (fee amounts may be fractional; the 2019 "change" may be negative).',
};

export const cellNonNegativeInteger: Rule = {
  id: 'CELL-NONNEGATIVE-INTEGER',
  severity: 'error',
  group: 'cell',
  title: { zh: '件数为负数或小数', en: 'Count is negative or fractional' },
  evaluate(ctx) {
    const out = [];
    const paths = allCellPaths(ctx.format);
    const cells = ctx.cells();
    for (let i = 0; i < paths.length; i++) {
      const v = cells[i].value;
      if (v === null) continue;
      const p = paths[i];
      const col = columnOf(p);
      const negative = v < 0 && col !== 'change' && !DECIMAL_OK.has(col);
      const fractional = !Number.isInteger(v) && !DECIMAL_OK.has(col);
      if (!negative && !fractional) continue;
      const l = cellLabel(p);
      out.push(
        finding(cellNonNegativeInteger, {
          cells: [p],
          actual: v,
          zh: `${l.zh} 为 ${formatNumber(v)}，件数应为非负整数`,
          en: `${l.en} is ${formatNumber(v)}; a count must be a non-negative whole number`,
        }),
      );
    }
    return out;
  },
};
