import { formatOfYear, otherFormat, printedFormat } from '../map/types';
import { PART_TITLES } from './doc-sections';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/** What DOC-FORMAT checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docFormatDescription: Bilingual = {
  zh: '2021 年及以后的报告应使用 2021 版统计表；2019、2020 年的报告使用 2019 版。有的报告只有一部分沿用了另一版的表，也会指出是哪一部分。',
  en: 'Reports for 2021 and later use the 2021 tables; reports for 2019 and 2020 use the 2019 ones. Where only one part keeps a table of the other version, the finding names that part.',
};

const VOTING_PARTS = ['activeDisclosure', 'requests'] as const;

export const docFormat: Rule = {
  id: 'DOC-FORMAT',
  severity: 'warning',
  group: 'structure',
  title: { zh: '使用了不适用的模板', en: 'Wrong template version' },
  evaluate(ctx) {
    const { year } = ctx.meta;
    if (year === null || year < 2019) return [];
    const expected = formatOfYear(year);
    const printed = VOTING_PARTS.map((part) => ({ part, format: printedFormat(ctx.mapping.formatVotes[part]) })).filter((p) => p.format !== null);
    const other = printed.filter((p) => p.format !== expected);
    if (!other.length) return [];
    const actual = otherFormat(expected);
    // Only some parts in the other version (a part's table kept from an older report): name them.
    const where = other.length < printed.length
      ? { zh: other.map((p) => `“${PART_TITLES[p.part].zh}”的表`).join('、'), en: other.map((p) => `the table of "${PART_TITLES[p.part].en}"`).join(' and ') }
      : { zh: '页面', en: 'this page' };
    return [
      finding(docFormat, {
        cells: [],
        expected,
        actual,
        zh: `${year} 年度报告应使用 ${expected} 版统计表，${where.zh}使用的是 ${actual} 版`,
        en: `A report for ${year} should use the ${expected} tables; ${where.en} uses the ${actual} ones`,
      }),
    ];
  },
};
