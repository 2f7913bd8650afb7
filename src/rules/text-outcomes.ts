import { rowLabel } from '../model/labels';
import { formatNumber } from './identity';
import { clauses, NARROWING } from './text-util';
import { finding, type Rule } from './types';

// An outcome and its count, adjacent in one clause: "予以公开1件", "部分公开2件", "不掌握相关政府信息…3件".
const CLAIMS: [string, RegExp][] = [
  ['requests.granted', /(?<![不分])予以公开(?:的)?(\d+)件/],
  ['requests.partiallyGranted', /部分公开(?:的)?(\d+)件/],
  ['requests.unavailable.notHeld', /不掌握[^0-9]{0,14}?(\d+)件/],
  ['requests.notProcessed.duplicate', /重复申请(?:的)?(\d+)件/],
];

export const textOutcomes: Rule = {
  id: 'TEXT-OUTCOMES',
  severity: 'warning',
  group: 'text',
  title: { zh: '正文所述办理结果与表格不符', en: 'Outcome in the text ≠ table' },
  description: {
    zh: '正文给出的某项办理结果件数（如“予以公开1件”）与第三部分该行的总计不一致；正文别处给出的件数与表格一致时不报。',
    en: 'An outcome count stated in the text ("予以公开1件") differs from that row\'s total in part 3, and the text states the table\'s figure nowhere else.',
  },
  evaluate(ctx) {
    // Per row: the first claim that disagrees with the table, unless another claim about the row agrees with it.
    const verdicts = new Map<string, { said: number; claim: string; value: number } | 'agrees'>();
    for (const clause of clauses(ctx.fullText)) {
      // Every claim ends in 件: most clauses are passed over without running the patterns.
      if (!clause.includes('件') || NARROWING.test(clause)) continue;
      for (const [row, re] of CLAIMS) {
        const m = re.exec(clause);
        if (!m || verdicts.get(row) === 'agrees') continue;
        const cell = ctx.cell(`${row}.total`);
        if (cell.state !== 'number') continue;
        const said = Number(m[1]);
        if (said === cell.value) verdicts.set(row, 'agrees');
        else if (!verdicts.has(row)) verdicts.set(row, { said, claim: m[0], value: cell.value! });
      }
    }
    const out = [];
    for (const [row, v] of verdicts) {
      if (v === 'agrees') continue;
      const r = rowLabel(row);
      out.push(
        finding(textOutcomes, {
          cells: [`${row}.total`],
          expected: v.said,
          actual: v.value,
          zh: `正文称“${v.claim}”，表中“${r.zh}·总计”为 ${formatNumber(v.value)}`,
          en: `The text says "${v.claim}" (${v.said}); the table's "${r.en} · total" is ${formatNumber(v.value)}`,
        }),
      );
    }
    return out;
  },
};
