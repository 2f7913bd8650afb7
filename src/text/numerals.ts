// Numbers written in Arabic digits or in Chinese numerals: the prose's counts, the parts' numbers.
/**
 * A number as Chinese text writes it: Arabic digits, or Chinese numerals ("十五件", "两起", "一百零三件", a part's
 * "三、"). A pattern puts it in a group and reads the group with numeralValue.
 */
export const NUMERAL = '\\d+|[零〇一二两三四五六七八九十百千万]+';
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a number matched by NUMERAL; null for a run of numerals that is not a number ("一二", "十十", "万").
 * 万 groups the digits by four: "一万四千" is 1 × 10000 + 4000, "两万零五百" 20500 (read as a whole, not as the
 * "四千" after 万).
 */
export function numeralValue(s: string): number | null {
  if (s.charCodeAt(0) < 128) return Number(s);
  const wan = s.indexOf('万');
  if (wan < 0) return belowTenThousand(s);
  const high = wan > 0 ? belowTenThousand(s.slice(0, wan)) : null;
  const low = wan + 1 < s.length ? belowTenThousand(s.slice(wan + 1)) : 0;
  return high && low !== null ? high * 10000 + low : null;
}

/** A number of Chinese numerals without 万. */
function belowTenThousand(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    // 零 holds a place ("一百零三"); alone, it is zero.
    if (ch === '零' || ch === '〇') {
      if (digit !== null) return null;
      continue;
    }
    if (ch in CN_DIGIT) {
      if (digit !== null) return null;
      digit = CN_DIGIT[ch];
      continue;
    }
    const unit = CN_UNIT[ch];
    if (unit === undefined || unit >= lastUnit) return null;
    // A bare 十 opens a number ("十五"); a bare 百 or 千 does not.
    if (digit === null && !(unit === 10 && total === 0)) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}
