import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, normalizeText, squeeze } from '../src/text/normalize';

// The definitions the shortcuts in src/text/normalize.ts must agree with: plain NFKC, every time.
const QUOTES = /[“”„‟"〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
const ALL_SPACE = /[\s\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;
const reference = (s: string, space: string) => s.normalize('NFKC').replace(QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(ALL_SPACE, space);

// What report pages are made of, and what breaks shortcuts: full-width forms, CJK punctuation, every kind of space,
// compatibility characters (①, ㈠, ｶ, ﬁ, ½, ™), combining marks, quotes of every kind.
const PIECES = [
  '收到申请', '自然人', '总计', '件', '0', '12', '1,234', 'a', 'Z', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff',
  '０', '１２', '（七）', '，', '：', '；', '．', '－', '／', '＂', '＇', '。', '、', '《', '》', '【', '】', '〝', '〞', '“', '”', '‘', '’',
  '"', "'", '—', '–', '‑', '…', '·', '①', '㈠', '㊀', 'ｶ', 'ﬁ', '½', '™', '\u0301', 'é', 'e\u0301', 'Ⅲ', '〸', '〶', '\ud840\udc0b', '㐀',
  '\u2017', '\u2024', '\u2027', '\u2060', '\u180e', '\u1680', '\u2028', '\u202f', '\u205f', '\u0085', '\u000b', '\u3035', '〟', '\u2020', '\u2023',
  '\u201a', '\u201b', '\u201e', '\u201f', '\u2010', '\u2012', '\u2016', '\uff5e', '\uff5f', '\uff01', '\u4e00', '\u9fff', '\ua000', '~', '!',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

describe('normalisation shortcuts', () => {
  it('normalizeText equals NFKC + quotes + collapsed spaces, on any mix of report characters', () => {
    fc.assert(fc.property(text, (s) => normalizeText(s) === reference(s, ' ').trim()), { numRuns: 5000 });
  });
  it('compact equals NFKC + quotes with no spaces, short or long (memoised) text alike', () => {
    fc.assert(fc.property(text, (s) => compact(s) === reference(s, '')), { numRuns: 5000 });
    const long = fc.array(fc.constantFrom(...PIECES), { minLength: 300, maxLength: 400 }).map((a) => a.join(''));
    fc.assert(fc.property(long, (s) => compact(s) === reference(s, '') && compact(s) === reference(s, '')), { numRuns: 200 });
  });
  it('squeeze gives the compact form of text normalizeText already read, whole or any slice of it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeText(s);
        const [from, to] = [a % (n.length + 1), b % (n.length + 1)].sort((x, y) => x - y);
        return squeeze(n) === compact(s) && squeeze(n.slice(from, to)) === compact(n.slice(from, to));
      }),
      { numRuns: 5000 },
    );
  });
  it('takes the real NFKC for what the shortcut cannot do', () => {
    expect(compact('（七）总计 ①')).toBe('(七)总计1');
    expect(normalizeText('ｶ ﬁ  ½')).toBe('カ fi 1⁄2');
    expect(compact('e\u0301')).toBe('é');
  });
});
