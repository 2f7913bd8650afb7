import type { Bilingual, Finding } from '../model/schema';
import { asPrinted, sentences } from './text-util';
import { finding, type Rule } from './types';

// "累计发布信息数量2353条，官方网站…297条，政务微博…405条…"
const TOTAL = /(?:累计|共计|总计|合计|共)[^0-9]{0,16}?(\d+)条/;
const PART = /(\d+)条/g;

/** The parts' sum, counting or skipping parenthesised sub-breakdowns; any reading that adds up clears it. */
function readings(rest: string): number[][] {
  const all = [...rest.matchAll(PART)].map((m) => Number(m[1]));
  const outer = [...rest.replace(/\([^()]*\)/g, '').matchAll(PART)].map((m) => Number(m[1]));
  return [all, outer];
}

/** What TEXT-SUM checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const textSumDescription: Bilingual = {
  zh: '正文一句话中给出总数及其分项（如“累计发布2353条，网站297条，微博405条…”），分项相加不等于总数。',
  en: 'A sentence gives a total and its parts ("累计发布2353条，网站297条，微博405条…") and they do not add up.',
};

export const textSum: Rule = {
  id: 'TEXT-SUM',
  severity: 'info',
  group: 'text',
  title: { zh: '正文中的总数与分项不符', en: 'A total in the text ≠ its parts' },
  evaluate(ctx) {
    const out: Finding[] = [];
    for (const s of sentences(ctx)) {
      // A total is counted in 条 and named with 共 or 计: other sentences are passed over without running the pattern.
      if (!s.includes('条') || (!s.includes('共') && !s.includes('计'))) continue;
      const m = TOTAL.exec(s);
      if (!m) continue;
      const total = Number(m[1]);
      const rest = s.slice((m.index ?? 0) + m[0].length);
      const sums = readings(rest).filter((parts) => parts.length >= 2).map((parts) => parts.reduce((a, b) => a + b, 0));
      if (!sums.length || sums.includes(total)) continue;
      // Parts larger than the total are a different breakdown, not parts of it.
      if (sums.every((x) => x < total / 4)) continue;
      const quoted = asPrinted(ctx, s.slice(0, 40)) + (s.length > 40 ? '…' : '');
      out.push(
        finding(textSum, {
          cells: [],
          expected: total,
          actual: sums[0],
          zh: `正文“${quoted}”中总数为 ${total}，分项相加为 ${sums[0]}`,
          en: `In "${quoted}" the total is ${total} but the parts add up to ${sums[0]}`,
        }),
      );
    }
    return out;
  },
};
