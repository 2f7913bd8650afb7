import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, compactLines, normalizeText, printedText, squeeze, useClassTable, useComparisons } from '../src/text/normalize';
import { TRADITIONAL_PAIRS } from '../src/text/traditional';
import { gb2312Hanzi, traditionalPairs } from '../scripts/traditional-table';

// The definitions the shortcuts in src/text/normalize.ts must agree with: plain NFKC, every time, then the
// Traditional characters of the table folded (read here from the table's pairs, one by one).
const QUOTES = /[“”„‟"〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
const ALL_SPACE = /[\s\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]+/g;
const PAIRS = new Map(Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, i) => [TRADITIONAL_PAIRS[2 * i], TRADITIONAL_PAIRS[2 * i + 1]]));
const fold = (s: string) => [...s].map((ch) => PAIRS.get(ch) ?? ch).join('');
const reference = (s: string, space: string) => fold(s.normalize('NFKC')).replace(QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(ALL_SPACE, space);

// What report pages are made of, and what breaks shortcuts: full-width forms, CJK punctuation, every kind of space,
// compatibility characters (①, ㈠, ｶ, ﬁ, ½, ™), combining marks, quotes of every kind.
const PIECES = [
  '收到申请', '自然人', '总计', '件', '0', '12', '1,234', 'a', 'Z', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff',
  '０', '１２', '（七）', '，', '：', '；', '．', '－', '／', '＂', '＇', '。', '、', '《', '》', '【', '】', '〝', '〞', '“', '”', '‘', '’',
  '"', "'", '—', '–', '‑', '…', '·', '①', '㈠', '㊀', 'ｶ', 'ﬁ', '½', '™', '\u0301', 'é', 'e\u0301', 'Ⅲ', '〸', '〶', '\ud840\udc0b', '㐀',
  '\u2017', '\u2024', '\u2027', '\u2060', '\u180e', '\u1680', '\u2028', '\u202f', '\u205f', '\u0085', '\u000b', '\u3035', '〟', '\u2020', '\u2023',
  '\u201a', '\u201b', '\u201e', '\u201f', '\u2010', '\u2012', '\u2016', '\uff5e', '\uff5f', '\uff01', '\u4e00', '\u9fff', '\ua000', '~', '!',
  // Traditional characters (a site's 繁體 view), and Traditional forms Simplified text uses too (後, 於, 覆, 著).
  '申請人情況', '結轉', '總計', '開', '齣', '亂', '後', '於', '覆', '著', '\uf900',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

describe('normalisation shortcuts', () => {
  it('normalizeText equals NFKC + quotes + collapsed spaces, on any mix of report characters', () => {
    fc.assert(fc.property(text, (s) => normalizeText(s) === reference(s, ' ').trim()), { numRuns: 5000 });
  });
  it('compact equals NFKC + quotes with no spaces, short or long text alike', () => {
    fc.assert(fc.property(text, (s) => compact(s) === reference(s, '')), { numRuns: 5000 });
    const long = fc.array(fc.constantFrom(...PIECES), { minLength: 300, maxLength: 400 }).map((a) => a.join(''));
    fc.assert(fc.property(long, (s) => compact(s) === reference(s, '') && compact(s) === reference(s, '')), { numRuns: 200 });
  });
  it('compactLines gives the compact form of normalised lines joined, as the full text and the parts are', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (lines) => {
        const joined = lines.map(normalizeText).join('\n');
        return compactLines(joined) === compact(joined) && compactLines(joined) === lines.map(compact).join('');
      }),
      { numRuns: 3000 },
    );
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
  it('reads Traditional characters as their Simplified forms, and leaves the forms Simplified text uses', () => {
    expect(compact('一、本年新收政府信息公開申請數量')).toBe('一、本年新收政府信息公开申请数量');
    expect(normalizeText('四、結轉下年度繼續辦理')).toBe('四、结转下年度继续办理');
    expect(compact('復議後起訴；屬於國家祕密')).toBe('复议後起诉;属於国家秘密');
    expect(compact('覆盖 著作 后来 于是')).toBe('覆盖著作后来于是');
  });
  it('folds only characters that are not Simplified ones, into Simplified ones (GB2312 tells them apart)', () => {
    const simplified = gb2312Hanzi();
    expect(PAIRS.size).toBe(TRADITIONAL_PAIRS.length / 2);
    for (const [traditional, simple] of PAIRS) {
      expect(simplified.has(traditional), traditional).toBe(false);
      expect(simplified.has(simple), simple).toBe(true);
    }
  });
  it('has the table OpenCC gives for the characters src/ uses (npm run traditional rewrites it)', () => {
    expect(TRADITIONAL_PAIRS).toBe(traditionalPairs());
  });
  it('printedText is normalizeText without the folding, character for character', () => {
    fc.assert(
      fc.property(text, (s) => {
        const printed = printedText(s);
        const unfolded = s.normalize('NFKC').replace(QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(ALL_SPACE, ' ').trim();
        return printed === unfolded && printed.length === normalizeText(s).length && fold(printed) === normalizeText(s);
      }),
      { numRuns: 3000 },
    );
    expect(printedText(' 三門峽市　文化廣電 ')).toBe('三門峽市 文化廣電');
  });
  // The extension reads characters' classes by comparisons, the CLI from a table built from them: both are held to
  // the definition.
  it.each([
    ['by comparisons (the extension)', useComparisons],
    ['from the table (the CLI)', useClassTable],
  ])('agrees with the definition on every UTF-16 code unit, between ideographs and beside spaces, %s', (_way, use) => {
    use();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // a lone surrogate is no text
      const ch = String.fromCharCode(c);
      for (const s of [`甲${ch}乙`, ` ${ch} 1`]) {
        if (normalizeText(s) !== reference(s, ' ').trim() || compact(s) !== reference(s, '')) wrong.push(c.toString(16));
      }
    }
    useComparisons();
    expect(wrong).toEqual([]);
  });
  it('takes the real NFKC for what the shortcut cannot do', () => {
    expect(compact('（七）总计 ①')).toBe('(七)总计1');
    expect(normalizeText('ｶ ﬁ  ½')).toBe('カ fi 1⁄2');
    expect(compact('e\u0301')).toBe('é');
  });
});
