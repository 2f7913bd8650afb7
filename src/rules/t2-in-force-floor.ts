import { rowLabel } from '../model/labels';
import { formatNumber } from './identity';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What T2-IN-FORCE-FLOOR checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t2InForceFloorDescription: Bilingual = {
  zh: '2021 版：本年制发的文件要么仍有效，要么已废止，所以现行有效件数 + 本年废止件数 应不少于 本年制发件数。',
  en: '2021 tables: a document issued this year is either in force or repealed, so in force + repealed should be at least issued.',
};

export const t2InForceFloor: Rule = {
  id: 'T2-IN-FORCE-FLOOR',
  severity: 'warning',
  group: 'activeDisclosure',
  title: { zh: '现行有效件数少于本年制发', en: 'Fewer in force than issued' },
  evaluate(ctx) {
    if (ctx.format !== '2021') return [];
    const out = [];
    for (const row of ['activeDisclosure.regulations', 'activeDisclosure.normativeDocuments']) {
      const issued = ctx.value(`${row}.issued`);
      const repealed = ctx.value(`${row}.repealed`);
      const inForce = ctx.value(`${row}.inForce`);
      if (issued === null || repealed === null || inForce === null || inForce + repealed >= issued) continue;
      const r = rowLabel(row);
      out.push(
        finding(t2InForceFloor, {
          cells: [`${row}.inForce`],
          related: [`${row}.issued`, `${row}.repealed`],
          expected: `≥ ${formatNumber(issued - repealed)}`,
          actual: inForce,
          zh: `${r.zh}：现行有效 ${formatNumber(inForce)} + 本年废止 ${formatNumber(repealed)} 少于本年制发 ${formatNumber(issued)}`,
          en: `${r.en}: in force ${formatNumber(inForce)} + repealed ${formatNumber(repealed)} is less than issued ${formatNumber(issued)}`,
        }),
      );
    }
    return out;
  },
};
