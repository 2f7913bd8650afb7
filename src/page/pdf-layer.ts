// A PDF shown by PDF.js, the viewer sites embed to show their PDFs (often in a frame): each shown page's text is a
// layer of pieces (spans; divs before PDF.js 2) placed over the page's drawing by their own inline left and top. The
// pieces are read into the lines the page shows, each line one text item, each of its words keeping the piece it
// stands in (where a count is marked). Since PDF.js 2.15 a line ends with a <br> and a space piece stands between a
// line's cells; before, nothing marks either, and a line is the pieces placed at about one top.
import { normalizeText } from '../text/normalize';
import { widthOf } from '../text/width';

/** The class PDF.js gives each page's text layer, in every version. */
export const PDF_TEXT_LAYER = 'textLayer';

export interface LayerLine {
  raw: string;
  el: Element;
  wordEls: Element[];
  /**
   * Each word's left on its page (its piece's), and the line's font size, in one unit for the page (pixels, or the
   * PDF's own points where PDF.js places in percent): where a table's counts stand, to tell its columns by.
   */
  wordLefts: number[];
  em: number;
}

// A piece's top, in pixels (PDF.js before 2.15 places pieces in pixels; since, in percent or calc(), with <br>s).
const TOP_PX = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/i;
const FONT_PX = /(?:^|;)\s*font-size\s*:\s*([\d.]+)px/i;
// Pieces of one line differ in top by their fonts' ascents (a count in a Latin font, its label in a Chinese one):
// a piece within this share of its font's size from the line's first piece is on that line. Lines stand a font's
// size apart at least.
const SAME_LINE = 0.5;
const LEFT_PX = /(?:^|;)\s*left\s*:\s*(-?[\d.]+)px/i;
const SCALE_X = /scaleX\(\s*([\d.]+)\s*\)/i;
// Since PDF.js 3, places in percent of the page or in calc(var(--scale-factor) * N px), N in the PDF's points.
const LEFT = /(?:^|;)\s*left\s*:\s*(?:(-?[\d.]+)%|calc\([^;]*?\*\s*(-?[\d.]+)px\s*\))/i;
const FONT_SIZE = /(?:^|;)\s*font-size\s*:\s*(?:(-?[\d.]+)%|calc\([^;]*?\*\s*(-?[\d.]+)px\s*\))/i;
const PAGE_WIDTH = /width\s*:[^;]*\*\s*([\d.]+)px/i;

// A piece that is a count alone.
const COUNT_PIECE = /^\s*[\d,.%]+\s*$/;
// A character a space keeps apart from the piece beside it, where the pieces' places are not known: digits and Latin
// letters (counts, "4A", "%").
const LATIN = /[0-9A-Za-z.%,+\-]/;
// A gap of this share of the font's size between two pieces (a space is about a third of it, and PDF.js keeps a
// piece's spaces in its text) stands for a space.
const GAP = 0.3;

// Pieces read in one layer at most: PDF.js itself stops drawing a page's text at 100,000 pieces.
const MAX_PIECES = 20_000;

// A line of prose that the page's width ended, not its sentence: long, and ending neither in a sentence's or a
// clause's stop nor in a count (a table's row).
const MIN_WRAPPED = 30;
const STOP_END = /[。；;！!？?：:]\s*$/;
// A count standing as a word of its own at a line's end: a table's row ("规章 0 0 0"), not prose cut after a number
// ("…规范性文件类信息68" above "条，…").
const COUNT_END = /(?:^|\s)[\d,.%]+\s*$/;
const endsOpen = (raw: string) => !STOP_END.test(raw) && !COUNT_END.test(raw);
// Nor a title ("…年度报告"), and no line is joined onto a heading ("一、总体情况", "（二）…", "3．…").
const TITLE_END = /(?:报告|報告|年报|年報)\s*$/;
const HEADING_START = /^\s*(?:[一二三四五六七八九十]+\s*[、．.]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[、．.](?!\d))/;

/** A place PDF.js 3 or later gave in percent of the page's width (`whole`) or in calc() points, in points. */
function placeOf(style: string, re: RegExp, whole: number): number {
  const m = re.exec(style);
  if (!m) return NaN;
  return m[1] !== undefined ? (Number(m[1]) * whole) / 100 : Number(m[2]);
}

/** The lines of one page's text layer, in the order PDF.js placed them. */
export function readLayerLines(layer: Element): LayerLine[] {
  const lines: LayerLine[] = [];
  const hasBreaks = layer.getElementsByTagName('br').length > 0;
  // The page's width in the PDF's points (PDF.js 3 and later size the layer "var(--scale-factor) * 595.92px"): a
  // left in percent of it is made points, as lefts placed in calc() are.
  const pageWidth = Number(PAGE_WIDTH.exec(layer.getAttribute('style') ?? '')?.[1] ?? NaN);
  // The pieces of the line being read, and its first piece's top and font size (pixels, where given).
  let pieces: Piece[] = [];
  let lineTop = NaN;
  let lineFont = NaN;
  let read = 0;
  const end = () => {
    const line = hasBreaks ? runOn(pieces) : spaced(pieces);
    if (line && line.raw.trim()) lines.push(line);
    pieces = [];
  };
  const visit = (parent: Element) => {
    for (let n = parent.firstChild; n && read < MAX_PIECES; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = el.localName;
      if (tag === 'br') {
        end();
        continue;
      }
      // PDF.js 3 and later wrap a tagged PDF's pieces in spans of marked content: their pieces are the layer's.
      if (tag === 'span' && el.firstElementChild) {
        visit(el);
        continue;
      }
      if (tag !== 'span' && tag !== 'div') continue;
      read++;
      const text = el.textContent ?? '';
      if (!text) continue;
      const style = el.getAttribute('style') ?? '';
      if (hasBreaks) {
        pieces.push({ el, text, left: placeOf(style, LEFT, pageWidth), font: placeOf(style, FONT_SIZE, NaN), scale: 1 });
        continue;
      }
      const top = Number(TOP_PX.exec(style)?.[1] ?? NaN);
      const font = Number(FONT_PX.exec(style)?.[1] ?? NaN) || 16;
      if (pieces.length && !(Math.abs(top - lineTop) <= SAME_LINE * lineFont)) end();
      if (!pieces.length) (lineTop = top), (lineFont = font);
      pieces.push({ el, text, left: Number(LEFT_PX.exec(style)?.[1] ?? NaN), font, scale: Number(SCALE_X.exec(style)?.[1] ?? 1) || 1 });
    }
  };
  visit(layer);
  end();
  return lines;
}

interface Piece {
  el: Element;
  text: string;
  /** Its left and font size in pixels (NaN where not given), and the horizontal scale PDF.js fitted its text with. */
  left: number;
  font: number;
  scale: number;
}

/** A line of pieces, joined as they are (PDF.js 2.15 and later put the spaces in). */
function runOn(pieces: Piece[]): LayerLine | null {
  if (!pieces.length) return null;
  const line: LayerLine = { raw: '', el: pieces[0].el, wordEls: [], wordLefts: [], em: pieces[0].font };
  for (const p of pieces) add(line, p, false);
  return line;
}

/**
 * A line of pieces placed with nothing between them (PDF.js before 2.15), a space put where they stand apart: where a
 * gap stands between them (a row's cells), and before a count (a count printed close after its label, in a narrow
 * cell) unless the words go on right after it ("2599" + "条", "2024" + "年" in prose and titles). Pieces placed with
 * no gap run on (a title placed a character a piece reads whole). Without places, a digit or a Latin letter on either
 * side keeps them apart.
 */
function spaced(pieces: Piece[]): LayerLine | null {
  if (!pieces.length) return null;
  const line: LayerLine = { raw: '', el: pieces[0].el, wordEls: [], wordLefts: [], em: pieces[0].font };
  const endOf = (p: Piece) => p.left + widthOf(p.text) * p.font * p.scale;
  pieces.forEach((p, i) => {
    if (i === 0) return add(line, p, false);
    const before = pieces[i - 1];
    const gap = (a: Piece, b: Piece) => b.left - endOf(a);
    let apart: boolean;
    if (!Number.isFinite(p.left) || !Number.isFinite(before.left)) apart = LATIN.test(line.raw[line.raw.length - 1]) || LATIN.test(p.text[0]);
    else if (gap(before, p) > GAP * p.font) apart = true;
    else if (COUNT_PIECE.test(p.text)) {
      const next = pieces[i + 1];
      // At a line's end, a count runs on in prose (a long line cut after a number), not in a table's short row.
      apart = next ? !(Number.isFinite(next.left) && gap(p, next) <= GAP * p.font && !COUNT_PIECE.test(next.text)) : line.raw.trim().length < MIN_WRAPPED;
    } else apart = false;
    add(line, p, apart);
  });
  return line;
}

/** Adds a piece to a line (after a space where `apart`): each word it begins keeps it as its element. */
function add(line: LayerLine, p: Piece, apart: boolean): void {
  const before = line.raw + (apart ? ' ' : '');
  // A word the piece continues from the piece before keeps that one's element.
  const continues = before.length > 0 && !/\s$/.test(before) && !/^\s/.test(p.text);
  const words = p.text.trim() ? p.text.trim().split(/\s+/) : [];
  for (let k = continues ? 1 : 0; k < words.length; k++) {
    line.wordEls.push(p.el);
    line.wordLefts.push(p.left);
  }
  line.raw = before + p.text;
}

/**
 * The layer's lines as the page reading's text items, a paragraph's lines joined: a PDF ends a line where the page's
 * width does, in the middle of a sentence ("…2024年我局收到依申" above "请公开4件，予以公开1件…"), and the text
 * rules read a claim within its sentence. A table's label wrapped onto the line of its counts is joined so too, as
 * the lines reader would join it.
 */
export function layerItems(layer: Element): ({ kind: 'text'; text: string } & LayerLine)[] {
  const items: ({ kind: 'text'; text: string } & LayerLine)[] = [];
  const push = (line: LayerLine) => {
    const text = normalizeText(line.raw);
    if (text) items.push({ kind: 'text', text, ...line });
  };
  let held: LayerLine | null = null;
  for (const line of readLayerLines(layer)) {
    let whole = line;
    if (held && HEADING_START.test(line.raw)) {
      push(held);
      held = null;
    }
    if (held) {
      // The word cut by the line's end is one word: its first piece's element stands for it.
      const runsOn = !/\s$/.test(held.raw) && !/^\s/.test(line.raw);
      const from = runsOn ? 1 : 0;
      whole = { raw: held.raw + line.raw, el: held.el, wordEls: held.wordEls.concat(line.wordEls.slice(from)), wordLefts: held.wordLefts.concat(line.wordLefts.slice(from)), em: held.em };
      held = null;
    }
    // The line itself full (a paragraph's lines run to the page's edge but its last), not the lines joined so far.
    if (line.raw.trim().length >= MIN_WRAPPED && endsOpen(line.raw) && !TITLE_END.test(line.raw)) {
      held = whole;
      continue;
    }
    push(whole);
  }
  if (held) push(held);
  return items;
}
