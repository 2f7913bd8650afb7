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
    const { titleYear, periodYear, periodSpan } = ctx.meta;
    if (titleYear === null || periodYear === null || titleYear === periodYear) return [];
    // A period across a year's end is named as written: "2023" alone would misstate it.
    const zh = periodSpan ? `${periodSpan}，大部分在 ${periodYear} 年` : ` ${periodYear} 年`;
    const en = periodSpan ? `, ${periodSpan}, lies mostly in ${periodYear}` : ` is ${periodYear}`;
    const message = {
      zh: `标题为 ${titleYear} 年度报告，正文的统计期限却是${zh}`,
      en: `The title says ${titleYear}, but the statistics period in the text${en}`,
    };
    return [finding(docYear, { cells: [], expected: titleYear, actual: periodYear, ...message })];
  },
};
