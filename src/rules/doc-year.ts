import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What DOC-YEAR checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docYearDescription: Bilingual = {
  zh: '标题中的年度与正文所写的统计期限年份不一致。',
  en: 'The year in the title and the year of the statistics period stated in the text disagree.',
};

export const docYear: Rule = {
  id: 'DOC-YEAR',
  severity: 'warning',
  group: 'structure',
  title: { zh: '年份前后不一致', en: 'Years disagree' },
  evaluate(ctx) {
    const { titleYear, periodYear } = ctx.meta;
    if (titleYear === null || periodYear === null || titleYear === periodYear) return [];
    return [
      finding(docYear, {
        cells: [],
        expected: titleYear,
        actual: periodYear,
        zh: `标题为 ${titleYear} 年度报告，正文的统计期限却是 ${periodYear} 年`,
        en: `The title says ${titleYear}, but the statistics period in the text is ${periodYear}`,
      }),
    ];
  },
};
