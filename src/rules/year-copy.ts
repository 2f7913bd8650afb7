import { compact } from '../text/normalize';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

/**
 * Jaccard similarity of character 4-grams of two compacted texts: robust to small edits such as a changed year or
 * figure.
 */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    const t = s.replace(/\d+/g, '#');
    for (let i = 0; i + 4 <= t.length; i++) set.add(t.slice(i, i + 4));
    return set;
  };
  const A = grams(a);
  const B = grams(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const g of A) if (B.has(g)) shared++;
  return shared / (A.size + B.size - shared);
}

export const COPY_THRESHOLD = 0.85;

/** What YEAR-COPY checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const yearCopyDescription: Bilingual = {
  zh: '总体情况与存在问题部分的文字与同一机关上一年度报告几乎相同（内容雷同）。',
  en: 'The overview and problems text is nearly identical to the same agency\'s report for the year before.',
};

export const yearCopy: Rule = {
  id: 'YEAR-COPY',
  severity: 'warning',
  group: 'years',
  title: { zh: '正文与去年雷同', en: 'Text copied from last year' },
  evaluate(ctx) {
    const prev = ctx.previous;
    if (!prev || ctx.meta.year === null || prev.year !== ctx.meta.year - 1) return [];
    // Each text compacted once: for the length check and the similarity.
    const text = compact([ctx.sections.overview, ctx.sections.problems].filter(Boolean).join('\n'));
    const before = compact(prev.text);
    if (text.length < 200 || before.length < 200) return [];
    const sim = similarity(text, before);
    if (sim < COPY_THRESHOLD) return [];
    const pct = Math.round(sim * 100);
    return [
      finding(yearCopy, {
        cells: [],
        actual: `${pct}%`,
        zh: `总体情况与存在问题部分与 ${prev.year} 年度报告的相似度为 ${pct}%，内容雷同`,
        en: `The overview and problems text is ${pct}% similar to the ${prev.year} report`,
      }),
    ];
  },
};
