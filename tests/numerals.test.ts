// Numbers as Chinese text writes them: the prose's counts and the parts' numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMERAL, numeralValue } from '../src/text/numerals';

const DIGITS = '零一二三四五六七八九';
/** Chinese numerals for 0–9999 in the standard way: 一百零三, 十五 (not 一十五), 二千零五十. */
function chinese(n: number): string {
  if (n === 0) return '零';
  const units = ['千', '百', '十', ''];
  const places = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  places.forEach((d, i) => {
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && units[i] === '十' && out === '' ? '' : DIGITS[d]) + units[i];
  });
  return out;
}

describe('numeralValue', () => {
  it.each([
    ['14', 14],
    ['0', 0],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['两', 2],
    ['一百零三', 103],
    ['三千二百', 3200],
    ['零', 0],
    ['〇', 0],
    // 万 groups the digits by four.
    ['一万四千', 14000],
    ['两万', 20000],
    ['一万零五百', 10500],
    ['十万', 100000],
    ['三千二百万', 32000000],
  ])('%s is %i', (s, n) => {
    expect(numeralValue(s)).toBe(n);
  });
  it.each(['一二', '十十', '百', '千五', '二二十', '百十', '万', '万五', '一万万', '零万'])('%s is not a number', (s) => {
    expect(numeralValue(s)).toBeNull();
  });
  it('reads every number from 0 to 9999 written in Chinese numerals, and the pattern takes all of it', () => {
    const whole = new RegExp(`^(?:${NUMERAL})$`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        const s = chinese(n);
        expect(whole.test(s)).toBe(true);
        expect(numeralValue(s)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('reads every number below a hundred million written with 万, whole', () => {
    const whole = new RegExp(`^(?:${NUMERAL})$`);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9999 }), (high, low) => {
        const s = `${chinese(high)}万${low === 0 ? '' : `${low < 1000 ? '零' : ''}${chinese(low)}`}`;
        expect(whole.test(s)).toBe(true);
        expect(numeralValue(s)).toBe(high * 10000 + low);
      }),
      { numRuns: 2000 },
    );
  });
});
