import { rowLabel } from '../model/labels';
import { formatNumber } from './identity';
import { clauses, NARROWING } from './text-util';
import { finding, type Rule } from './types';

// An outcome and its count, adjacent in one clause: "予以公开1件", "部分公开2件", "不掌握相关政府信息…3件". The two
// kinds of disclosure are often counted together ("予以公开及部分公开8件", "全部或部分公开8件"): that claim is about
// their sum, and 部分公开 right after a conjunction is never a claim about 部分公开 alone.
const CLAIMS: { rows: string[]; re: RegExp }[] = [
  { rows: ['requests.granted', 'requests.partiallyGranted'], re: /(?:予以公开|公开|全部)(?:和|及|或|与|、)部分公开(?:的|共|共计|合计)?(\d+)件/ },
  // 同意公开 and 全部公开 are other reports' words for 予以公开; 不同意公开 is not.
  { rows: ['requests.granted'], re: /(?<![不分])(?:予以|同意|全部)公开(?:的)?(\d+)件/ },
  { rows: ['requests.partiallyGranted'], re: /(?<![和及或与、])部分公开(?:的)?(\d+)件/ },
  { rows: ['requests.unavailable.notHeld'], re: /不掌握[^0-9]{0,14}?(\d+)件/ },
  { rows: ['requests.notProcessed.duplicate'], re: /重复申请(?:的)?(\d+)件/ },
];

export const textOutcomes: Rule = {
  id: 'TEXT-OUTCOMES',
  severity: 'warning',
  group: 'text',
  title: { zh: '正文所述办理结果与表格不符', en: 'Outcome in the text ≠ table' },
  description: {
    zh: '正文给出的某项办理结果件数（如“予以公开1件”，或“予以公开及部分公开8件”这样的合计）与第三部分相应行的总计不一致；正文别处给出的件数与表格一致时不报。',
    en: 'An outcome count stated in the text ("予以公开1件", or a combined "予以公开及部分公开8件") differs from the matching row total(s) in part 3, and the text states the table\'s figure nowhere else.',
  },
  evaluate(ctx) {
    // Per claim: the first that disagrees with the table, unless another claim about the same rows agrees with it.
    const verdicts = new Map<(typeof CLAIMS)[number], { said: number; claim: string; value: number } | 'agrees'>();
    let previous = '';
    for (let clause of clauses(ctx.fullText)) {
      // "予以公开、部分公开8件": the list was split at 、, and its count belongs to both.
      if (clause.startsWith('部分公开') && /(?:予以公开|全部|公开)$/.test(previous)) clause = `${previous}、${clause}`;
      previous = clause;
      // Every claim ends in 件: most clauses are passed over without running the patterns.
      if (!clause.includes('件') || NARROWING.test(clause)) continue;
      for (const c of CLAIMS) {
        const m = c.re.exec(clause);
        if (!m || verdicts.get(c) === 'agrees') continue;
        const cells = c.rows.map((row) => ctx.cell(`${row}.total`));
        if (cells.some((cell) => cell.state !== 'number')) continue;
        const value = cells.reduce((sum, cell) => sum + cell.value!, 0);
        const said = Number(m[1]);
        if (said === value) verdicts.set(c, 'agrees');
        else if (!verdicts.has(c)) verdicts.set(c, { said, claim: m[0], value });
      }
    }
    const out = [];
    for (const [{ rows }, v] of verdicts) {
      if (v === 'agrees') continue;
      const zh = rows.map((row) => `“${rowLabel(row).zh}·总计”`).join('与');
      const en = rows.map((row) => `"${rowLabel(row).en} · total"`).join(' + ');
      const sum = rows.length > 1;
      out.push(
        finding(textOutcomes, {
          cells: rows.map((row) => `${row}.total`),
          expected: v.said,
          actual: v.value,
          zh: `正文称“${v.claim}”，表中${zh}${sum ? '之和' : ''}为 ${formatNumber(v.value)}`,
          en: `The text says "${v.claim}" (${v.said}); the table's ${en} ${sum ? 'come to' : 'is'} ${formatNumber(v.value)}`,
        }),
      );
    }
    return out;
  },
};
