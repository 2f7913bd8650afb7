// Text as the rules see it: NFKC (full-width digits and brackets become ASCII), the template's words in Simplified
// characters (src/text/traditional.ts), one kind of quote, and for labels and numbers no whitespace at all, because
// Word splits labels ("自然 人") and numbers across lines.

import { FOLDS, foldTraditional, simplified } from './traditional';

const QUOTES = /[“”„‟"〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
/**
 * What does not show at all, as a character class's ranges, and what JavaScript's \s lacks of it: zero-width
 * characters and joiners (UEditor leaves U+200B), direction marks and embeddings, a soft hyphen, invisible operators.
 * A word broken by one must be read without it (the table's look for anchors reads raw text with it too).
 */
export const INVISIBLE = '\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f';
// Every kind of space, including &nbsp;, U+3000 and the BOM (\s has them), the Mongolian vowel separator, and the
// invisible characters.
const ALL_SPACE = new RegExp(`[\\s\\u180e${INVISIBLE}]+`, 'g');

const unifyQuotes = (s: string) => s.replace(QUOTES, '"').replace(SINGLE_QUOTES, "'");

/** NFKC, quotes unified, every run of whitespace replaced by `space`: the text as printed, before folding. */
function unfolded(s: string, space: string): string {
  return unifyQuotes(s.normalize('NFKC')).replace(ALL_SPACE, space);
}

/** The definition: the same with the Traditional characters of the table folded (folding leaves spaces alone). */
function normalizeSlow(s: string, space: string): string {
  return foldTraditional(unfolded(s, space));
}

// NFKC is slow, and what reports are made of is almost all characters it leaves alone: ASCII, the CJK ideographs,
// CJK punctuation (、。《》【】), dashes and quotes. The one change it makes to such text is full-width ASCII
// (，：（）０-９) to ASCII, a fixed offset; folding changes the Traditional characters of its table. So text is read
// once, character by character: kept, dropped as space, or replaced; anything else (compatibility characters,
// combining marks, circled numbers) returns null and gets the real NFKC. tests/normalize.test.ts holds this to the
// definition above, for every UTF-16 code unit.
const KEEP = 0;
const SPACE = 1;
const REPLACE = 2;
const OTHER = 3;

function classify(c: number): number {
  if (c >= 0x21 && c <= 0x7e) return KEEP;
  // A bit per ideograph says whether it folds (src/text/traditional.ts).
  if (c >= 0x4e00 && c <= 0x9fff) return (FOLDS[(c - 0x4e00) >> 5] >>> (c & 31)) & 1 ? REPLACE : KEEP;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return SPACE;
  if (c >= 0xff01 && c <= 0xff5e) return REPLACE;
  if (c >= 0x3001 && c <= 0x3035) return c === 0x301d || c === 0x301e ? REPLACE : KEEP;
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200f || (c >= 0x2028 && c <= 0x202f) || c >= 0x205f) return SPACE;
    if (c >= 0x2018 && c <= 0x201f) return REPLACE;
    return c === 0x2010 || (c >= 0x2012 && c <= 0x2016) || (c >= 0x2020 && c <= 0x2023) ? KEEP : OTHER;
  }
  if (c === 0x3000 || c === 0x00a0 || c === 0x00ad || c === 0xfeff || c === 0x1680 || c === 0x180e) return SPACE;
  return c === 0x00b7 ? KEEP : OTHER;
}

/** True for the characters normalisation treats as whitespace (&nbsp;, U+3000, zero-width ones and the rest). */
export function isSpaceCode(c: number): boolean {
  return classify(c) === SPACE;
}

// The same classes read from a table (64 kB, one load a character), for the CLI: in Node that made its audit 6–8%
// faster, where in Chromium the comparisons above ran 7% faster than the table (A/Bs at stop 21). So the extension
// keeps the comparisons, and the CLI turns the table on.
let classes: Uint8Array | null = null;

/** From now on, characters' classes are read from a table built from classify() (the CLI's choice; see above). */
export function useClassTable(): void {
  if (classes) return;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = classify(c);
  classes = table;
}

/** Turns the table off again (for tests of both ways). */
export function useComparisons(): void {
  classes = null;
}

function replacement(c: number): string {
  if (c >= 0xff01) return String.fromCharCode(c - 0xfee0);
  if (c >= 0x4e00) return simplified(c);
  return c <= 0x201b && c >= 0x2018 ? "'" : '"';
}

/**
 * One pass; `collapse`: whitespace runs become one space and the ends are trimmed, else whitespace is removed;
 * `fold`: the Traditional characters of the table read as Simplified (not for printedText).
 */
function normalizeQuick(s: string, collapse: boolean, fold = true): string | null {
  let out = '';
  let from = 0;
  let gap = false;
  const table = classes;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = table !== null ? table[c] : classify(c);
    if (kind === OTHER) return null;
    if (kind === SPACE) {
      if (!gap) out += s.slice(from, i);
      from = i + 1;
      gap = true;
      continue;
    }
    if (gap) {
      if (collapse && out) out += ' ';
      gap = false;
    }
    if (kind === REPLACE && (fold || c < 0x4e00 || c > 0x9fff)) {
      out += s.slice(from, i) + replacement(c);
      from = i + 1;
    }
  }
  if (from === 0) return s;
  return gap ? out : out + s.slice(from);
}

/** NFKC with quotes unified; whitespace kept (collapsed to single spaces). */
export function normalizeText(s: string): string {
  return normalizeQuick(s, true) ?? normalizeSlow(s, ' ').trim();
}

/**
 * normalizeText without reading Traditional characters as Simplified: the text as the page prints it, for showing.
 * It is as long as normalizeText's, character for character (folding changes one character into one), so a stretch
 * found in the one is the same stretch of the other.
 */
export function printedText(s: string): string {
  return normalizeQuick(s, true, false) ?? unfolded(s, ' ').trim();
}

/** The form labels and numbers are compared in: normalised, with every kind of whitespace removed. */
export function compact(s: string): string {
  return normalizeQuick(s, false) ?? normalizeSlow(s, '');
}

/**
 * The compact form of text that is already normalised (normalizeText's output, as every page item's text is): only
 * its single spaces are left to remove, where compact() would read it character by character again.
 */
export function squeeze(normalized: string): string {
  return normalized.includes(' ') ? normalized.replace(/ /g, '') : normalized;
}

/**
 * The compact form of text the reading made from normalised lines (the page's full text, a part's text: items'
 * texts joined a line each): its spaces and line breaks are all compact() would still remove. Compacting those texts
 * character by character again, with a string built at every full-width comma folded, cost 40–80 µs an audit on the
 * pages with the most prose; kept across audits by the text's value (until stop 22), it had looked free.
 */
export function compactLines(normalizedLines: string): string {
  return normalizedLines.replace(/[ \n]/g, '');
}

