// Text as the rules see it: NFKC (full-width digits and brackets become ASCII), one kind of quote, and for labels
// and numbers no whitespace at all, because Word splits labels ("自然 人") and numbers across lines.

const QUOTES = /[“”„‟"〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
// Every kind of space, including &nbsp;, U+3000, zero-width characters and the BOM.
const ALL_SPACE = /[\s\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

// Text made only of these needs no normalisation: printable ASCII and the common CJK block. Most cells are.
const PLAIN = /^[\x21-\x7e\u4e00-\u9fff]*$/;
const PLAIN_SPACED = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/** NFKC with quotes unified; whitespace kept (collapsed to single spaces). */
export function normalizeText(s: string): string {
  if (PLAIN_SPACED.test(s) && !/["']|  /.test(s)) return s.trim();
  return s.normalize('NFKC').replace(QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(ALL_SPACE, ' ').trim();
}

/** The form labels and numbers are compared in: normalised, with every kind of whitespace removed. */
export function compact(s: string): string {
  if (PLAIN.test(s) && !/["']/.test(s)) return s;
  return s.normalize('NFKC').replace(QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(ALL_SPACE, '');
}

/** Chinese numerals used in part headings, to compare with Arabic ones. */
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : null;
}
