import type { Bilingual, Finding } from '../model/schema';
import { asPrinted, CHANGE_WORDS, sentences } from './text-util';
import { finding, type Rule } from './types';

// "累计发布信息数量2353条，官方网站…297条，政务微博…405条…", and a count that 其中 follows: "主动公开政府信息58条，
// 其中工作动态信息38条…" (a real 2024 report). Between the word and its count, no other count and no clause's end: in
// "共主动公开条，其中信息公开指南0条" (the count left out, a real 2024 report) 0 is the first part's, not the total.
// A change on an earlier year is neither the total nor a part ("主动公开信息1200条，较上年增加200条，其中网站800条…"):
// it is passed over after a total, and its count is never one.
const CHANGE_SOURCE = `${CHANGE_WORDS}(?:\\d{4}年度?)?[^0-9,;]{0,8}?[\\d.]+(?:条|%|个百分点)`;
const CHANGE = new RegExp(CHANGE_SOURCE, 'g');
const TOTAL = new RegExp(`(?:累计|共计|总计|合计|共):?[^0-9条,;]{0,16}?(\\d+)条|(?<![\\d增减加少长降升多])(\\d+)条(?=,?(?:${CHANGE_SOURCE},?)?其中)`);
const PART = /(\d+)条/g;
const PART_AFTER = /\d条/;
// A numbered list after 其中 ("其中：1.政策性文件1条；2.工作动态类信息12条；…", a real 2025 report), its items cut into
// sentences at ；: the sentences after it that open with an item's number are its parts too.
const LIST_OPENS = /其中:?(?:\d{1,2}[.、]|\(\d{1,2}\))/;
const LIST_ITEM = /^(?:\d{1,2}[.、]|\(\d{1,2}\))/;
// Counts that may be beyond the total, after the parts: "累计公开信息320条，其中网站120条，公众号200条，另有微博转发30条".
const ADDED = /[,;](?:另|此外|还|同时)/;
// Its count, if any, is weighed against the parts where the first total agrees with them.
const CLOSING = /[,;](?:合计|共计|总计)(?:[^0-9条,;]{0,8}?(\d+)条)?/;

/** The parts' sum, counting or skipping parenthesised sub-breakdowns; any reading that adds up clears it. */
function readings(rest: string): number[][] {
  const all = [...rest.matchAll(PART)].map((m) => Number(m[1]));
  const outer = [...rest.replace(/\([^()]*\)/g, '').matchAll(PART)].map((m) => Number(m[1]));
  return [all, outer];
}

/** What TEXT-SUM checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const textSumDescription: Bilingual = {
  zh: '正文一句话中给出总数及其分项（如“累计发布2353条，网站297条，微博405条…”“主动公开信息58条，其中…”；下一句以“其中”开头时分项在下一句，“其中：1.…；2.…”这样以分号隔开的编号分项也算；分项也可在句末的总数之前，如“网站1200条，微博300条，共计1500条”（“累计”可能含往年，不算）；分项之后再给出的“合计…条”不计入分项，总数与分项相符时亦与分项比较；分项之后又出现的“其中”是该分项的细分，不计入；与上年相比的增减，如“较上年增加200条”，既非总数也非分项；“另有…”“此外…”之后的件数可能在总数之外，不计入时相符亦不报），分项相加不等于总数。',
  en: 'A sentence gives a total and its parts ("累计发布2353条，网站297条，微博405条…", "主动公开信息58条，其中…"; the parts may be in the next sentence when it opens with 其中, or numbered items after 其中 separated by semicolons; or before a total that closes the sentence, "网站1200条，微博300条，共计1500条" (not "累计", which may include earlier years); a "合计…条" after the parts is not one of them, and is compared with them where the first total agrees; a second 其中 after a part breaks that part down and is not counted; a change on an earlier year, "较上年增加200条", is neither total nor part; counts after "另有", "此外" may be beyond the total: their sum without them may agree) and they do not add up.',
};

export const textSum: Rule = {
  id: 'TEXT-SUM',
  severity: 'info',
  group: 'text',
  title: { zh: '正文中的总数与分项不符', en: 'A total in the text ≠ its parts' },
  evaluate(ctx) {
    const out: Finding[] = [];
    const all = sentences(ctx);
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      // A total is counted in 条 and named with 共 or 计, or followed by 其中: other sentences are passed over without
      // running the pattern.
      if (!s.includes('条') || (!s.includes('共') && !s.includes('计') && !s.includes('其中'))) continue;
      const m = TOTAL.exec(s);
      if (!m) continue;
      const total = Number(m[1] ?? m[2]);
      let rest = s.slice(m.index + m[0].length).replace(CHANGE, '');
      // "共主动公开政府信息218条。其中机构职能类信息4条，…" (a real 2024 report): the parts in the next sentence.
      if (!PART_AFTER.test(rest) && all[i + 1]?.startsWith('其中')) rest = all[i + 1];
      if (LIST_OPENS.test(rest)) for (let j = i + 1; j < all.length && LIST_ITEM.test(all[j]); j++) rest += `,${all[j]}`;
      // A 其中 after a part opens that part's own breakdown ("其中，门户网站发布120条，其中政策文件20条；…"): the parts
      // are read up to it.
      const firstPart = PART_AFTER.exec(rest);
      const nested = firstPart ? rest.indexOf('其中', firstPart.index) : -1;
      if (nested >= 0) rest = rest.slice(0, nested);
      // A total again after the parts closes them ("发布信息1200条，其中网站800条、微信400条，合计1200条").
      const closing = CLOSING.exec(rest);
      if (closing) rest = rest.slice(0, closing.index);
      // With counts after "另有", "此外", also the parts before them ("还有" may go on with the parts).
      const added = rest.search(ADDED);
      const partsRead = [...readings(rest), ...(added >= 0 ? readings(rest.slice(0, added)) : [])];
      // Without parts after it, the parts before a total that opens its clause ("网站1200条，微博300条，微信200条，共计
      // 1700条", perhaps followed by one part of its own, "…合计2000条，其中原创信息500条"), the first perhaps a total of
      // its own ("发布信息1200条，其中网站800条、微信400条，合计1200条"). Not "累计", which may count earlier years too.
      if (!partsRead.some((parts) => parts.length >= 2) && m[1] !== undefined && !m[0].startsWith('累计') && /[,;]$/.test(s.slice(0, m.index))) {
        for (const parts of readings(s.slice(0, m.index).replace(CHANGE, ''))) partsRead.push(parts, parts.slice(1));
      }
      const sums = partsRead.filter((parts) => parts.length >= 2).map((parts) => parts.reduce((a, b) => a + b, 0));
      const said = closing?.[1] !== undefined && sums.includes(total) ? Number(closing[1]) : total;
      if (!sums.length || sums.includes(said)) continue;
      // Parts larger than the total are a different breakdown, not parts of it.
      if (sums.every((x) => x < said / 4)) continue;
      const quote = asPrinted(ctx, s.slice(0, 40));
      const quoted = quote + (s.length > 40 ? '…' : '');
      out.push(
        finding(textSum, {
          cells: [],
          expected: said,
          actual: sums[0],
          quote,
          zh: `正文“${quoted}”中总数为 ${said}，分项相加为 ${sums[0]}`,
          en: `In "${quoted}" the total is ${said} but the parts add up to ${sums[0]}`,
        }),
      );
    }
    return out;
  },
};
