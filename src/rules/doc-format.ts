import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What DOC-FORMAT checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docFormatDescription: Bilingual = {
  zh: '2021 年及以后的报告应使用 2021 版统计表；2019、2020 年的报告使用 2019 版。',
  en: 'Reports for 2021 and later use the 2021 tables; reports for 2019 and 2020 use the 2019 ones.',
};

export const docFormat: Rule = {
  id: 'DOC-FORMAT',
  severity: 'warning',
  group: 'structure',
  title: { zh: '使用了不适用的模板', en: 'Wrong template version' },
  evaluate(ctx) {
    const { year } = ctx.meta;
    const votes = ctx.mapping.formatVotes;
    if (year === null || votes['2021'] === votes['2019']) return [];
    const printed = votes['2021'] > votes['2019'] ? '2021' : '2019';
    const expected = year >= 2021 ? '2021' : '2019';
    if (year < 2019 || printed === expected) return [];
    return [
      finding(docFormat, {
        cells: [],
        expected,
        actual: printed,
        zh: `${year} 年度报告应使用 ${expected} 版统计表，页面使用的是 ${printed} 版`,
        en: `A report for ${year} should use the ${expected} tables; this page uses the ${printed} ones`,
      }),
    ];
  },
};
