import { mentionsHeading, PARTS, type PartKey } from '../locate/sections';
import { compact } from '../text/normalize';
import { finding, type Rule } from './types';

export const PART_TITLES: Record<PartKey, { zh: string; en: string }> = {
  overview: { zh: '一、总体情况', en: '1. Overview' },
  activeDisclosure: { zh: '二、主动公开政府信息情况', en: '2. Active disclosure' },
  requests: { zh: '三、收到和处理政府信息公开申请情况', en: '3. Requests received and handled' },
  reviewLitigation: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: '4. Administrative review and litigation' },
  problems: { zh: '五、存在的主要问题及改进情况', en: '5. Problems and improvements' },
  otherMatters: { zh: '六、其他需要报告的事项', en: '6. Other matters' },
};

export const docSections: Rule = {
  id: 'DOC-SECTIONS',
  severity: 'warning',
  group: 'structure',
  title: { zh: '报告缺少部分或顺序错乱', en: 'Part missing or out of order' },
  description: {
    zh: '年度报告应依次包含六个部分：总体情况、主动公开、依申请公开、复议诉讼、存在的问题、其他事项。',
    en: 'An annual report has six parts in a fixed order: overview, active disclosure, requests, review and litigation, problems, other matters.',
  },
  evaluate(ctx) {
    const found = new Set<PartKey>(ctx.headings.map((h) => h.part));
    // A part whose table was found exists even if its heading was not recognised.
    for (const t of ctx.mapping.tables) found.add(t);
    // A heading that opens no block of its own (a report pasted into one paragraph) still names its part.
    const missing = PARTS.filter((p) => !found.has(p) && !mentionsHeading(p, compact(ctx.fullText)));
    const out = [];
    if (missing.length) {
      out.push(
        finding(docSections, {
          cells: [],
          expected: PARTS.length,
          actual: PARTS.length - missing.length,
          zh: `报告缺少：${missing.map((p) => PART_TITLES[p].zh).join('；')}`,
          en: `The report lacks: ${missing.map((p) => PART_TITLES[p].en).join('; ')}`,
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
