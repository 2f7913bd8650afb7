// Strict cell reading: a cell is a number only when it holds exactly one well-formed number (optionally with a
// unit), a none-mark, a blank, or else "invalid" with its text kept. A blank is never read as 0.
import type { CellState } from '../model/schema';
import { isSpaceCode, normalizeText } from '../text/normalize';

export interface CellReading {
  value: number | null;
  state: CellState;
  /** The text as printed (whitespace collapsed), or null when the cell is absent. */
  raw: string | null;
  /** A unit written in the cell and stripped ("件", "元"). */
  unit?: string;
}

// "/" "—" "-" "无" and their look-alikes: the agency says "nothing here" ("不涉及", "无此项", "N/A": nothing applies).
const NONE_MARK = /^(?:[\/\\]|[-‐‑‒–—―─━－﹣]+|无|無|空|暂无|无此项|不涉及|不适用|N\/?A)$/i;
// Zero written as a character: 零, or the 〇 of Chinese numerals.
const ZERO_CHAR = /^[零〇]$/;
// The 2019 template's "本年增/减" column is often filled in words: "减4", "增加2".
// The unit after it, perhaps in brackets ("10（件）").
const NUMBER = /^([+-]|增加?|减少?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(件|条|个|项|次|人|家|宗|起|篇|万元|元)|\((件|条|个|项|次|人|家|宗|起|篇|万元|元)\))?$/;
// Digits that normalising would make plain digits but that are no part of a count: a footnote's ① or ¹ after it
// ("12①" would read 121). Such a cell is not read as a number.
const MARK_DIGIT = /[\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/;

export const MISSING: CellReading = Object.freeze({ value: null, state: 'missing', raw: null });

// Most cells hold a plain count ("0", "\n  12\n", " 0&nbsp;&nbsp;") or nothing but white space: up to nine ASCII
// digits between whitespace of any kind. Those are read by hand, without normalising, a regex or a match array:
// this runs for every cell of every audit. It gives what readNormalised gives (tests/cells.test.ts holds it to
// that).
function readPlain(text: string): CellReading | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === start) return { value: null, state: 'blank', raw: '' };
  if (end - start > 9) return null;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    value = value * 10 + d;
  }
  return { value, state: 'number', raw: start === 0 && end === text.length ? text : text.slice(start, end) };
}
// Word pads cells with &nbsp; and U+3000 as often as with spaces: all of them trim here as normalisation trims them.
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpaceCode(c));

export function parseCell(text: string): CellReading {
  return readPlain(text) ?? readNormalised(text);
}

/** The general reading: normalise, then decide. */
export function readNormalised(text: string): CellReading {
  const raw = normalizeText(text);
  // normalizeText leaves single spaces as its only whitespace: without them it is the compact form.
  const c = raw.replace(/ /g, '').replace(/[−﹢]/g, (m) => (m === '−' ? '-' : '+'));
  if (c === '') return { value: null, state: 'blank', raw };
  if (NONE_MARK.test(c)) return { value: null, state: 'none', raw };
  if (ZERO_CHAR.test(c)) return { value: 0, state: 'number', raw };
  // Its text kept as printed: normalised, the mark would read as a digit.
  if (MARK_DIGIT.test(text)) return { value: null, state: 'invalid', raw: text.trim().replace(/\s+/g, ' ') };
  const m = NUMBER.exec(c);
  if (!m) return { value: null, state: 'invalid', raw };
  const sign = m[1] === '-' || m[1]?.startsWith('减') ? '-' : '';
  const value = Number(`${sign}${m[2].replace(/,/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return { value: null, state: 'invalid', raw };
  const unit = m[4] ?? m[5];
  return unit ? { value, state: 'number', raw, unit } : { value, state: 'number', raw };
}

/** True when a cell's text can stand where a number stands (used to tell value cells from labels). */
export function isValueLike(text: string): boolean {
  const s = parseCell(text).state;
  return s === 'number' || s === 'blank' || s === 'none';
}
