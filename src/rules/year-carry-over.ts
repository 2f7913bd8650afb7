import { columnLabel } from '../model/labels';
import { REQUEST_COLUMNS } from '../model/keys';
import type { Bilingual, Finding } from '../model/schema';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';

/** What YEAR-CARRY-OVER checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const yearCarryOverDescription: Bilingual = {
  zh: '本年“二、上年结转”应等于同一机关上一年度报告的“四、结转下年度继续办理”。',
  en: 'This year\'s "carried over" must equal the "carried forward" of the same agency\'s report for the year before.',
};

export const yearCarryOver: Rule = {
  id: 'YEAR-CARRY-OVER',
  severity: 'error',
  group: 'years',
  title: { zh: '上年结转与去年报告不符', en: 'Carried over ≠ last year\'s carried forward' },
  evaluate(ctx) {
    const prev = ctx.previous;
    if (!prev || ctx.meta.year === null || prev.year !== ctx.meta.year - 1) return [];
    const out: Finding[] = [];
    for (const col of REQUEST_COLUMNS) {
      const now = ctx.value(`requests.carriedOver.${col}`);
      const before = prev.values[`requests.carriedForward.${col}`];
      if (now === null || before === null || before === undefined || now === before) continue;
      const c = columnLabel(col);
      out.push(
        finding(yearCarryOver, {
          cells: [`requests.carriedOver.${col}`],
          expected: before,
          actual: now,
          zh: `二、上年结转·${c.zh} 应为 ${formatNumber(before)}（${prev.year} 年度报告的结转下年度），表中为 ${formatNumber(now)}`,
          en: `Carried over · ${c.en} should be ${formatNumber(before)} (carried forward in the ${prev.year} report); the table says ${formatNumber(now)}`,
        }),
      );
    }
    return out;
  },
};
