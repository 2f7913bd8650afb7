// Strict cell reading: a cell is a number only when it holds exactly one well-formed number (optionally with a
// unit), a none-mark, a blank, or else "invalid" with its text kept. A blank is never read as 0.
import type { CellState } from '../model/schema';
import { compact, normalizeText } from '../text/normalize';

export interface CellReading {
  value: number | null;
  state: CellState;
  /** The text as printed (whitespace collapsed), or null when the cell is absent. */
  raw: string | null;
  /** A unit written in the cell and stripped ("件", "元"). */
  unit?: string;
}

// "/" "—" "-" "无" and their look-alikes: the agency says "nothing here".
const NONE_MARK = /^(?:[\/\\]|[-‐‑‒–—―─━－﹣]+|无|無|空)$/;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(件|条|个|项|次|人|家|宗|起|篇|万元|元)?$/;

export const MISSING: CellReading = Object.freeze({ value: null, state: 'missing', raw: null });

// Most cells hold a plain count ("0", " 12 "): read it without normalising first.
const PLAIN_COUNT = /^\s*(\d{1,9})\s*$/;

export function parseCell(text: string): CellReading {
  const plain = PLAIN_COUNT.exec(text);
  if (plain) return { value: Number(plain[1]), state: 'number', raw: plain[1] };
  const raw = normalizeText(text);
  const c = compact(text).replace(/[−﹢]/g, (m) => (m === '−' ? '-' : '+'));
  if (c === '') return { value: null, state: 'blank', raw };
  if (NONE_MARK.test(c)) return { value: null, state: 'none', raw };
  const m = NUMBER.exec(c);
  if (!m) return { value: null, state: 'invalid', raw };
  const value = Number(`${m[1]}${m[2].replace(/,/g, '')}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return { value: null, state: 'invalid', raw };
  return m[4] ? { value, state: 'number', raw, unit: m[4] } : { value, state: 'number', raw };
}

/** True when a cell's text can stand where a number stands (used to tell value cells from labels). */
export function isValueLike(text: string): boolean {
  const s = parseCell(text).state;
  return s === 'number' || s === 'blank' || s === 'none';
}
