import { rowLabel } from '../model/labels';
import type { Bilingual, Finding } from '../model/schema';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';

/** What YEAR-IN-FORCE checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const yearInForceDescription: Bilingual = {
  zh: '现行有效件数 ≠ 去年现行有效 + 本年制发 − 本年废止。清理、失效常不计入废止，仅供参考，不作认定。',
  en: 'In force ≠ last year\'s in force + issued − repealed. Clean-ups and expiries are often not counted as repealed: shown, not accused.',
};

export const yearInForce: Rule = {
  id: 'YEAR-IN-FORCE',
  severity: 'info',
  group: 'years',
  title: { zh: '现行有效件数与去年推算不符', en: 'In force ≠ last year + issued − repealed' },
  evaluate(ctx) {
    const prev = ctx.previous;
    if (!prev || ctx.format !== '2021' || prev.format !== '2021' || ctx.meta.year === null || prev.year !== ctx.meta.year - 1) return [];
    const out: Finding[] = [];
    for (const row of ['activeDisclosure.regulations', 'activeDisclosure.normativeDocuments']) {
      const before = prev.values[`${row}.inForce`];
      const issued = ctx.value(`${row}.issued`);
      const repealed = ctx.value(`${row}.repealed`);
      const now = ctx.value(`${row}.inForce`);
      if (before == null || issued === null || repealed === null || now === null) continue;
      const expected = before + issued - repealed;
      if (expected === now) continue;
      const r = rowLabel(row);
      out.push(
        finding(yearInForce, {
          cells: [`${row}.inForce`],
          related: [`${row}.issued`, `${row}.repealed`],
          expected,
          actual: now,
          zh: `${r.zh}：去年现行有效 ${formatNumber(before)} + 本年制发 ${formatNumber(issued)} − 本年废止 ${formatNumber(repealed)} = ${formatNumber(expected)}，表中现行有效为 ${formatNumber(now)}`,
          en: `${r.en}: last year in force ${formatNumber(before)} + issued ${formatNumber(issued)} − repealed ${formatNumber(repealed)} = ${formatNumber(expected)}; the table says ${formatNumber(now)}`,
        }),
      );
    }
    return out;
  },
};
