import { finding, type Rule } from './types';

// "XX件", "××条", "___件", or a unit right after a gap where the number should be ("主动公开信息  条").
// The text arrives with whitespace collapsed, so a gap is a single space between a Chinese character and the unit.
// Or no gap at all: a count's verb straight before its unit ("全年共主动公开条，其中…", as a real 2024 report
// prints it). Only where the two cannot be a noun: "依申请公开件", "答复件" are words (a real 2019 report writes
// "及时答复依申请公开件。").
const PLACEHOLDER =
  /(?:(?<![A-Za-z])[Xx×*]{1,3}|_{2,}|(?<=[\u4e00-\u9fff]) )(?=(?:件|条|个|项|次|人|篇|万元|元)(?:[,。;、)]|$))|(?<=公开|发布)(?=[条篇](?:[,。;]|$))|(?<=收到)(?=件(?:[,。;]|$))/g;

export const docPlaceholder: Rule = {
  id: 'DOC-PLACEHOLDER',
  severity: 'error',
  group: 'structure',
  title: { zh: '正文留有未填写的空位', en: 'Unfilled placeholder in the text' },
  description: {
    zh: '正文中留有未填写的空位，如“主动公开信息  条”“XX件”。',
    en: 'The text contains a blank left unfilled, such as "主动公开信息  条" or "XX件".',
  },
  evaluate(ctx) {
    const out = [];
    for (const m of ctx.fullText.matchAll(PLACEHOLDER)) {
      const at = m.index ?? 0;
      // A few characters either side, within the paragraph.
      const text = ctx.fullText;
      const lineEnd = text.indexOf('\n', at);
      const from = Math.max(0, at - 12, text.lastIndexOf('\n', at - 1) + 1);
      const to = Math.min(at + m[0].length + 2, lineEnd < 0 ? text.length : lineEnd);
      const excerpt = text.slice(from, to).trim();
      out.push(
        finding(docPlaceholder, {
          cells: [],
          actual: excerpt,
          zh: `正文中有未填写的空位：“…${excerpt}…”`,
          en: `Unfilled blank in the text: "…${excerpt}…"`,
        }),
      );
      if (out.length >= 5) break;
    }
    return out;
  },
};
