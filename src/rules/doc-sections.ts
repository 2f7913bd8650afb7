import { mentionsHeading, PARTS, type PartKey } from '../locate/sections';
import { compactLines } from '../text/normalize';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

export const PART_TITLES: Record<PartKey, { zh: string; en: string }> = {
  overview: { zh: '一、总体情况', en: '1. Overview' },
  activeDisclosure: { zh: '二、主动公开政府信息情况', en: '2. Active disclosure' },
  requests: { zh: '三、收到和处理政府信息公开申请情况', en: '3. Requests received and handled' },
  reviewLitigation: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: '4. Administrative review and litigation' },
  problems: { zh: '五、存在的主要问题及改进情况', en: '5. Problems and improvements' },
  otherMatters: { zh: '六、其他需要报告的事项', en: '6. Other matters' },
};

/**
 * On an article split over several pages ("下一页"), what this page lacks may be on another: a missing part, table
 * or row is then for the reader to look for (review), and the finding says why.
 */
export function onOtherPages(ctx: { paged: boolean }): { severity?: 'review'; zh: string; en: string } {
  return ctx.paged
    ? { severity: 'review', zh: '；本文分页发布（有“下一页”），可能在其他页（本工具只读当前页）', en: '; the article is split over several pages (下一页), and this may be on another one (only this page is read)' }
    : { zh: '', en: '' };
}

/**
 * A page that holds the statistics tables alone (no report title, no part heading): the parts it lacks are published
 * elsewhere, if at all, and are noted (info) rather than faulted. Else as onOtherPages.
 */
export function absentParts(ctx: { paged: boolean; tablesOnly: boolean }): { severity?: 'review' | 'info'; zh: string; en: string } {
  return ctx.tablesOnly
    ? {
        severity: 'info',
        zh: '；本页只有统计表（单独发布的统计表或附表），没有报告标题和各部分标题',
        en: '; the page holds statistics tables alone (published apart, or an annex): no report title, no part heading',
      }
    : onOtherPages(ctx);
}

/** What DOC-SECTIONS checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docSectionsDescription: Bilingual = {
  zh: '年度报告应依次包含六个部分：总体情况、主动公开、依申请公开、复议诉讼、存在的问题、其他事项。文章分页发布（有“下一页”）时，缺少的部分只提示待核；页面只有统计表、没有报告标题和各部分标题时（单独发布的统计表或附表），只作说明。',
  en: 'An annual report has six parts in a fixed order: overview, active disclosure, requests, review and litigation, problems, other matters. On an article split over several pages (下一页), missing parts are only flagged for review; on a page holding the statistics tables alone, with no report title or part heading (a table published on its own, an annex), they are only noted.',
};

export const docSections: Rule = {
  id: 'DOC-SECTIONS',
  severity: 'warning',
  group: 'structure',
  title: { zh: '报告缺少部分或顺序错乱', en: 'Part missing or out of order' },
  evaluate(ctx) {
    const found = new Set<PartKey>(ctx.headings.map((h) => h.part));
    // A part whose table was found exists even if its heading was not recognised.
    for (const t of ctx.mapping.tables) found.add(t);
    // A heading that opens no block of its own (a report pasted into one paragraph) still names its part.
    let text: string | undefined;
    const missing = PARTS.filter((p) => !found.has(p) && !mentionsHeading(p, (text ??= compactLines(ctx.fullText))));
    const out = [];
    if (missing.length) {
      const elsewhere = absentParts(ctx);
      out.push(
        finding(docSections, {
          cells: [],
          severity: elsewhere.severity,
          expected: PARTS.length,
          actual: PARTS.length - missing.length,
          zh: `报告缺少：${missing.map((p) => PART_TITLES[p].zh).join('；')}${elsewhere.zh}`,
          en: `The report lacks: ${missing.map((p) => PART_TITLES[p].en).join('; ')}${elsewhere.en}`,
        }),
      );
    }
    const order = ctx.headings.map((h) => PARTS.indexOf(h.part));
    const outOfPlace = ctx.headings.filter((_, i) => i > 0 && order[i] < order[i - 1]);
    if (outOfPlace.length) {
      out.push(
        finding(docSections, {
          cells: [],
          zh: `各部分顺序错乱：${outOfPlace.map((h) => PART_TITLES[h.part].zh).join('；')} 出现在后续部分之后`,
          en: `Parts out of order: ${outOfPlace.map((h) => PART_TITLES[h.part].en).join('; ')} appear after a later part`,
        }),
      );
    }
    return out;
  },
};
