// Text as the rules see it: NFKC (full-width digits and brackets become ASCII), one kind of quote, and for labels
// and numbers no whitespace at all, because Word splits labels ("自然 人") and numbers across lines.

const QUOTES = /[“”„‟"〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
// Every kind of space, including &nbsp;, U+3000, zero-width characters and the BOM.
const ALL_SPACE = /[\s\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

// Text made only of these needs no normalisation: printable ASCII and the common CJK block. Most cells are.
const PLAIN = /^[\x21-\x7e\u4e00-\u9fff]*$/;
const PLAIN_SPACED = /^[\x20-\x7e\u4e00-\u9fff]*$/;

// NFKC is slow, and Chinese prose is almost all characters it leaves alone: ASCII, the CJK ideographs, CJK
// punctuation (、。《》【】) and the dashes and quotes below. The one change it makes to such text is full-width
// ASCII (，：（）０-９) to ASCII, which is a fixed offset. Text of only these takes the shortcut; anything else
// (compatibility characters, combining marks, circled numbers) gets the real NFKC. tests/normalize.test.ts holds
// the shortcut to the real thing.
const FULLWIDTH = /[\uff01-\uff5e]/g;
const NFKC_STABLE = /^[\x20-\x7e\u00b7\u2010\u2012-\u2016\u2018-\u2023\u3001-\u3035\u4e00-\u9fff]*$/;
const toHalfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** NFKC, then `space` for every run of whitespace. */
function nfkcSpaced(s: string, space: string): string {
  const quick = s.replace(FULLWIDTH, toHalfWidth).replace(ALL_SPACE, space);
  if (NFKC_STABLE.test(quick)) return quick;
  return s.normalize('NFKC').replace(ALL_SPACE, space);
}

const unifyQuotes = (s: string) => s.replace(QUOTES, '"').replace(SINGLE_QUOTES, "'");

/** NFKC with quotes unified; whitespace kept (collapsed to single spaces). */
export function normalizeText(s: string): string {
  if (PLAIN_SPACED.test(s) && !/["']|  /.test(s)) return s.trim();
  return unifyQuotes(nfkcSpaced(s, ' ')).trim();
}

/** The form labels and numbers are compared in: normalised, with every kind of whitespace removed. */
export function compact(s: string): string {
  if (PLAIN.test(s) && !/["']/.test(s)) return s;
  // Whole sections and the full text are compacted by several readers (meta, text rules) in every audit.
  if (s.length > LONG) {
    let c = longMemo.get(s);
    if (c === undefined) {
      if (longMemo.size >= 16) longMemo.clear();
      longMemo.set(s, (c = unifyQuotes(nfkcSpaced(s, ''))));
    }
    return c;
  }
  return unifyQuotes(nfkcSpaced(s, ''));
}

const LONG = 500;
const longMemo = new Map<string, string>();

/** Chinese numerals used in part headings, to compare with Arabic ones. */
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : null;
}
