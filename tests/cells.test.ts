import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValueLike, parseCell, readNormalised } from '../src/cells/parse';
import { compact, normalizeText } from '../src/text/normalize';

describe('parseCell: a number only when the cell holds exactly one well-formed number', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['1,036', 1036],
    ['+10', 10],
    ['-3', -3],
    ['0.5', 0.5],
    ['１２', 12],
    ['\u00a0\u00a00\u00a0', 0],
    ['　0', 0],
    ['1\n036', 1036],
    ['75394432.52元', 75394432.52],
    // "本年增/减" in words, as 2019-template tables fill it.
    ['减4', -4],
    ['减少 4', -4],
    ['增2', 2],
    ['增加2项', 2],
    ['零', 0],
    ['〇', 0],
  ])('%j → %d', (text, value) => {
    expect(parseCell(text)).toMatchObject({ state: 'number', value });
  });

  it('strips and records a unit', () => {
    expect(parseCell('0件')).toEqual({ state: 'number', value: 0, raw: '0件', unit: '件' });
    expect(parseCell('251000元')).toMatchObject({ value: 251000, unit: '元' });
    expect(parseCell('10（件）')).toMatchObject({ state: 'number', value: 10, unit: '件' });
    expect(parseCell('0 (元)')).toMatchObject({ state: 'number', value: 0, unit: '元' });
  });

  it('does not read a footnote mark after a count as its digit (NFKC makes ① and ¹ a 1)', () => {
    for (const t of ['12①', '12¹', '⑫', '3⑴']) expect(parseCell(t), t).toMatchObject({ state: 'invalid', value: null });
    expect(parseCell('12①').raw).toBe('12①');
  });

  it('keeps blanks blank — never 0', () => {
    for (const t of ['', ' ', '\u00a0', '　', '\n\t']) expect(parseCell(t)).toMatchObject({ state: 'blank', value: null });
  });

  it('knows the none-marks', () => {
    for (const t of ['/', '—', '-', '无', '——', '－', '暂无', '不涉及', '无此项', '不适用', 'N/A', 'n/a', 'NA']) expect(parseCell(t)).toMatchObject({ state: 'none', value: null });
  });

  it('refuses anything else, keeping the text', () => {
    for (const t of ['见附件', '1.2.3', '12 34 件件', '1,23', '约10', '10%', 'NaN', '1e5', '减', '增减2', '-减2']) {
      expect(parseCell(t), t).toMatchObject({ state: 'invalid', value: null });
    }
    expect(parseCell('见附件').raw).toBe('见附件');
  });

  it('tells value cells from labels', () => {
    expect(isValueLike('0')).toBe(true);
    expect(isValueLike('')).toBe(true);
    expect(isValueLike('—')).toBe(true);
    expect(isValueLike('自然人')).toBe(false);
  });
});

describe('normalisation', () => {
  it('removes every kind of whitespace for labels, unifies quotes and brackets', () => {
    expect(compact('自然 人')).toBe('自然人');
    expect(compact('三、本\u00a0年度办\u3000理结果')).toBe('三、本年度办理结果');
    expect(compact('（一）予以公开')).toBe('(一)予以公开');
    expect(compact('危及“三安全一稳定”')).toBe('危及"三安全一稳定"');
    expect(compact('1．属于')).toBe('1.属于');
  });
  it('keeps single spaces in running text', () => {
    expect(normalizeText('  收到申请\u00a0 4 件 ')).toBe('收到申请 4 件');
  });
});

describe('parseCell: the shortcut for plain counts and blank cells', () => {
  // Cells as Word and CMS editors leave them: digits, every kind of space, full-width digits, units, signs, marks.
  const piece = fc.constantFrom('0', '1', '7', '9', '12', '000', '1234567890', ' ', '\n', '\t', '\r', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u2002', '１', '件', '元', '-', '+', ',', '.', '/', '无', 'x');
  it('reads exactly what the general path reads, for any cell text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        expect(parseCell(text)).toEqual(readNormalised(text));
      }),
      { numRuns: 4000 },
    );
  });
});
