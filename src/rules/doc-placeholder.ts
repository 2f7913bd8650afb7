import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

// "XX件", "××条", "___件", or a unit right after a gap where the number should be ("主动公开信息  条").
// The text arrives with whitespace collapsed, so a gap is a single space between a Chinese character and the unit.
// Or no gap at all: a count's verb straight before its unit ("全年共主动公开条，其中…", as a real 2024 report
// prints it). Only where the two cannot be a noun: "依申请公开件", "答复件" are words (a real 2019 report writes
// "及时答复依申请公开件。").
//
// Every placeholder ends where a unit and a clause's end follow (a paragraph's end is one: "主动公开信息  条" may end
// its line unpunctuated), so the text is scanned for those, and only the few characters before each are looked at
// (tests/text-rules.test.ts holds this to the single regex it replaces).
// The units reports count in: requests, items, press conferences (场), issues of a gazette (期), staff (名, 人次).
const UNIT_END = /(?:件|条|个|项|人次|次|人|名|篇|场|期|份|万元|元)(?=[,。;、)\n]|$)/g;

// Words that end in a unit's character, which a stray space may split from it (a line break in the page's source
// between two characters reads as one). Not 会场: "召开新闻发布会 场" is a blank.
export const UNIT_WORDS = new Set(['事项', '款项', '选项', '专项', '立项', '现场', '市场', '广场', '时期', '近期', '到期', '定期', '逾期', '长期', '同期', '年份', '月份', '身份', '股份', '省份', '排名', '署名', '姓名', '提名', '报名', '实名', '个人', '他人', '本人', '责人', '系人', '请人', '事人', '言人', '文件', '条件', '案件', '事件', '附件', '其次', '依次', '首次', '多次', '再次', '各个', '整个', '单元']);

const isMark = (c: string) => c === 'X' || c === 'x' || c === '×' || c === '*';
const isLatin = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isHan = (c: string) => c >= '\u4e00' && c <= '\u9fff';

/** Where the placeholder before the unit at `u` starts, or -1. */
function placeholderBefore(text: string, u: number, unit: string): number {
  const before = text[u - 1];
  if (before === undefined) return -1;
  if (isMark(before)) {
    let run = u - 1;
    while (run > 0 && isMark(text[run - 1])) run--;
    // One to three marks, not the end of a Latin word ("Max件" is no placeholder).
    for (let p = Math.max(run, u - 3); p < u; p++) if (!isLatin(text[p - 1] ?? '')) return p;
    return -1;
  }
  if (before === '_') {
    let run = u - 1;
    while (run > 0 && text[run - 1] === '_') run--;
    return u - run >= 2 ? run : -1;
  }
  // Marks spaced from their unit are marks still ("培训 XX 次").
  if (before === ' ' && isMark(text[u - 2] ?? '')) return placeholderBefore(text, u - 1, unit);
  // A gap after a word, not inside spaced-out text ("六、其 他 需 要 报 告 的 事 项", a heading spread by spaces) nor
  // inside a word that ends in a unit's character ("市 场", "逾 期").
  if (before === ' ') return u >= 2 && isHan(text[u - 2]) && text[u - 3] !== ' ' && !UNIT_WORDS.has(text[u - 2] + unit) ? u - 1 : -1;
  const end = text[u + unit.length];
  if (end === '、' || end === ')') return -1;
  const verb = text.slice(u - 2, u);
  if ((unit === '条' || unit === '篇') && (verb === '公开' || verb === '发布')) return u;
  // "共主动公开政府信息条。": the count left out after the thing counted, when a verb of publishing comes just before.
  if (unit === '条' && verb === '信息' && /公开|发布/.test(text.slice(Math.max(0, u - 10), u - 2))) return u;
  if (unit === '件' && verb === '收到') return u;
  return -1;
}

// Other gaps a draft leaves: a year or a date in marks ("20XX年", "X月X日"), an agency in marks ("XX局", "××镇人民
// 政府"), an editor's note in brackets ("（数据待核实）", "【此处填写…】"). The pattern opens with the marks or the
// bracket, which the engine scans for quickly; what comes before the marks is checked after (see findMarked).
// Two or three marks before a unit are a count left out wherever they stand ("召开××次会议"), without the clause's end
// that a single mark or a gap needs.
const MARKED =
  /[Xx×*]{1,3}(?:年|月[Xx×*]{1,2}日|(?=局|委|办|厅|镇|乡|街道|区|县|市|单位|部门|中心|人民政府|件|条|个|项|次|人|名|篇|场|期|份|万元|元))|[([【][^()[\]【】]{0,10}(?:待(?:核实|补充|填写|确认|核对|定|更新)|此处填写|请填写)[^()[\]【】]{0,10}[)\]】]/g;

/** The placeholders in `text` (start and length; a missing number has length 0), at most `max`. */
export function findPlaceholders(text: string, max: number): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (const m of text.matchAll(UNIT_END)) {
    const at = placeholderBefore(text, m.index, m[0]);
    if (at < 0) continue;
    out.push({ at, length: m.index - at });
    if (out.length >= max) break;
  }
  return out;
}

/**
 * The marked years, dates and agencies and the editors' notes in `text` (see MARKED): marks not at the end of a Latin
 * word ("Max局" is no placeholder), a year's two after 19 or 20, an agency's two or three.
 */
function findMarked(text: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (const m of text.matchAll(MARKED)) {
    const [found] = m;
    let at = m.index;
    if (isMark(found[0])) {
      // Not a product of numbers ("3×4个").
      if (isLatin(text[at - 1] ?? '') || (!found.endsWith('年') && /\d/.test(text[at - 1] ?? ''))) continue;
      let marks = 1;
      while (isMark(found[marks])) marks++;
      if (found.endsWith('年')) {
        const century = text.slice(at - 2, at);
        if (marks !== 2 || (century !== '19' && century !== '20')) continue;
        at -= 2;
      } else if (!found.endsWith('日') && marks < 2) continue;
    }
    out.push({ at, length: m.index + found.length - at });
  }
  return out;
}

// The site's counters around the article ("本文已被浏览 次", "访问量: 次"): a script fills them in, after the audit
// or never in a saved page. Their gap is the site's, not the report's.
const PAGE_COUNTER = /(?:浏览|访问|点击|阅读|访客|在线)(?:次数|量|人数|数)?:? ?$/;

/** What DOC-PLACEHOLDER checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const docPlaceholderDescription: Bilingual = {
  zh: '正文中留有未填写的空位，如“主动公开信息  条”“XX件”“20XX年”“XX局”，或编写时的批注，如“（数据待核实）”。',
  en: 'The text contains a blank left unfilled, such as "主动公开信息  条", "XX件", "20XX年" or "XX局", or an editor\'s note such as "（数据待核实）".',
};

export const docPlaceholder: Rule = {
  id: 'DOC-PLACEHOLDER',
  severity: 'error',
  group: 'structure',
  title: { zh: '正文留有未填写的空位', en: 'Unfilled placeholder in the text' },
  evaluate(ctx) {
    const out = [];
    const text = ctx.fullText;
    // Marks before a unit and a clause's end are found by both: each once.
    const gaps = [...findPlaceholders(text, 5), ...findMarked(text)].sort((a, b) => a.at - b.at).filter((g, k, all) => k === 0 || all[k - 1].at !== g.at).slice(0, 5);
    for (const { at, length } of gaps) {
      if (PAGE_COUNTER.test(text.slice(Math.max(0, at - 8), at))) continue;
      // A few characters either side, within the paragraph.
      const lineEnd = text.indexOf('\n', at);
      const from = Math.max(0, at - 12, text.lastIndexOf('\n', at - 1) + 1);
      const to = Math.min(at + length + 2, lineEnd < 0 ? text.length : lineEnd);
      // Quoted as printed (a page in Traditional characters is read folded, aligned character for character).
      const printed = ctx.fullTextAsPrinted();
      const excerpt = (printed.length === text.length ? printed : text).slice(from, to).trim();
      // An editor's note opens with its bracket; everything else is a blank.
      const note = '([【'.includes(text[at]);
      out.push(
        finding(docPlaceholder, {
          cells: [],
          actual: excerpt,
          quote: excerpt,
          zh: note ? `正文中留有编写时的批注：“…${excerpt}…”` : `正文中有未填写的空位：“…${excerpt}…”`,
          en: note ? `An editor's note was left in the text: "…${excerpt}…"` : `Unfilled blank in the text: "…${excerpt}…"`,
        }),
      );
    }
    return out;
  },
};
