import { compactLines } from '../text/normalize';
import { onOtherPages } from './doc-sections';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

const FEES = /收费|处理费|费用|收取|缴费|计费/;

/** What TEXT-FEES checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const textFeesDescription: Bilingual = {
  zh: '自 2021 年度起，第六部分应说明收取信息处理费的情况。只有统计表的页面不检查。',
  en: 'From 2021, part 6 must state the information-processing fees (信息处理费) charged. Not checked on a page holding the statistics tables alone.',
};

export const textFees: Rule = {
  id: 'TEXT-FEES',
  severity: 'warning',
  group: 'text',
  title: { zh: '未说明信息处理费', en: 'Information-processing fees not stated' },
  evaluate(ctx) {
    const year = ctx.meta.year;
    // A page of statistics tables alone has no part 六 to say it in (DOC-SECTIONS notes the parts it lacks).
    if (year === null || year < 2021 || ctx.tablesOnly) return [];
    if (FEES.test(compactLines(ctx.sections.otherMatters ?? ''))) return [];
    // Stated elsewhere in the report is still stated: say nothing then.
    if (/信息处理费/.test(compactLines(ctx.fullText))) return [];
    // Part 六 not on this page of an article split over several: it may be on another.
    const paged = onOtherPages({ paged: ctx.paged && ctx.sections.otherMatters === undefined });
    return [
      finding(textFees, {
        cells: [],
        severity: paged.severity,
        zh: `第六部分未说明信息处理费的收取情况（2021 年度起应当说明）${paged.zh}`,
        en: `Part 6 says nothing about information-processing fees (required from 2021)${paged.en}`,
      }),
    ];
  },
};
