// A PDF shown by PDF.js, the viewer sites embed to show their PDFs (often in a frame): each shown page's text is a
// layer of pieces (spans; divs before PDF.js 2) placed over the page's drawing by their own inline left and top. The
// pieces are read into the lines the page shows, each line one text item, each of its words keeping the piece it
// stands in (where a count is marked). Since PDF.js 2.15 a line ends with a <br> and a space piece stands between a
// line's cells; before, nothing marks either, and a line is the pieces placed at about one top.
import { normalizeText } from '../text/normalize';

/** The class PDF.js gives each page's text layer, in every version. */
export const PDF_TEXT_LAYER = 'textLayer';

export interface LayerLine {
  raw: string;
  el: Element;
  wordEls: Element[];
}

// A piece's top, in pixels (PDF.js before 2.15 places pieces in pixels; since, in percent or calc(), with <br>s).
const TOP_PX = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/i;
const FONT_PX = /(?:^|;)\s*font-size\s*:\s*([\d.]+)px/i;
// Pieces of one line differ in top by their fonts' ascents (a count in a Latin font, its label in a Chinese one):
// a piece within this share of its font's size from the line's first piece is on that line. Lines stand a font's
// size apart at least.
const SAME_LINE = 0.5;
const LEFT_PX = /(?:^|;)\s*left\s*:\s*(-?[\d.]+)px/i;
// A character a space keeps apart from the piece beside it, where the pieces' places are not known: digits and Latin
// letters (counts, "4A", "%").
const LATIN = /[0-9A-Za-z.%,+\-]/;
// A gap of this share of the font's size between two pieces (a space is about a third of it, and PDF.js keeps a
// piece's spaces in its text) stands for a space.
const GAP = 0.3;

/** A text's width in its font's size, about: a Chinese character is as wide as the font is high, others half. */
function widthOf(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) > 0x2e7f ? 1 : 0.5;
  return w;
}
// Pieces read in one layer at most: PDF.js itself stops drawing a page's text at 100,000 pieces.
const MAX_PIECES = 20_000;

/** The lines of one page's text layer, in the order PDF.js placed them. */
export function readLayerLines(layer: Element): LayerLine[] {
  const lines: LayerLine[] = [];
  const hasBreaks = layer.getElementsByTagName('br').length > 0;
  let line: LayerLine | null = null;
  // The line's first piece's top and font size (pixels), where the pieces give them.
  let lineTop = NaN;
  let lineFont = NaN;
  // Where the line's last piece ends, about (pixels).
  let lineEnd = NaN;
  let pieces = 0;
  const end = () => {
    if (line && line.raw.trim()) lines.push(line);
    line = null;
  };
  const visit = (parent: Element) => {
    for (let n = parent.firstChild; n && pieces < MAX_PIECES; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const piece = n as Element;
      const tag = piece.localName;
      if (tag === 'br') {
        end();
        continue;
      }
      // PDF.js 3 and later wrap a tagged PDF's pieces in spans of marked content: their pieces are the layer's.
      if (tag === 'span' && piece.firstElementChild) {
        visit(piece);
        continue;
      }
      if (tag !== 'span' && tag !== 'div') continue;
      pieces++;
      const text = piece.textContent ?? '';
      if (!text) continue;
      let apart = false;
      if (!hasBreaks) {
        const style = piece.getAttribute('style') ?? '';
        const top = Number(TOP_PX.exec(style)?.[1] ?? NaN);
        const left = Number(LEFT_PX.exec(style)?.[1] ?? NaN);
        const font = Number(FONT_PX.exec(style)?.[1] ?? NaN) || 16;
        if (line && !(Math.abs(top - lineTop) <= SAME_LINE * lineFont)) end();
        if (!line) (lineTop = top), (lineFont = font);
        // Without breaks, nothing stands between a line's pieces: they are apart (a row's cells, a count and its
        // label) where a gap stands between them, and run on (a title placed a character a piece) where none does.
        // Without places to tell, a digit or a Latin letter on either side keeps them apart.
        apart = line !== null && line.raw !== '' && (Number.isFinite(left) && Number.isFinite(lineEnd) ? left - lineEnd > GAP * font : LATIN.test(line.raw[line.raw.length - 1]) || LATIN.test(text[0]));
        lineEnd = left + widthOf(text) * font;
      }
      if (!line) line = { raw: '', el: piece, wordEls: [] };
      const joined = apart ? ' ' : '';
      // Each word the piece begins, or continues from the piece before, keeps an element: its first piece's.
      const before = line.raw + joined;
      const continues = before.length > 0 && !/\s$/.test(before) && !/^\s/.test(text);
      const words = text.trim() ? text.trim().split(/\s+/) : [];
      for (let k = continues ? 1 : 0; k < words.length; k++) line.wordEls.push(piece);
      line.raw = before + text;
    }
  };
  visit(layer);
  end();
  return lines;
}

// A line of prose that the page's width ended, not its sentence: long, and ending neither in a sentence's or a
// clause's stop nor in a count (a table's row).
const MIN_WRAPPED = 30;
const ENDS_OPEN = /[^。；;！!？?：:\d\s]\s*$/;

/**
 * The layer's lines as the page reading's text items, a paragraph's lines joined: a PDF ends a line where the page's
 * width does, in the middle of a sentence ("…2024年我局收到依申" above "请公开4件，予以公开1件…"), and the text
 * rules read a claim within its sentence. A table's label wrapped onto the line of its counts is joined so too, as
 * the lines reader would join it.
 */
export function layerItems(layer: Element): { kind: 'text'; text: string; el: Element; raw: string; wordEls: Element[] }[] {
  const items = [];
  let held: LayerLine | null = null;
  for (const line of readLayerLines(layer)) {
    let whole = line;
    if (held) {
      // The word cut by the line's end is one word: its first piece's element stands for it.
      const runsOn = !/\s$/.test(held.raw) && !/^\s/.test(line.raw);
      whole = { raw: held.raw + line.raw, el: held.el, wordEls: held.wordEls.concat(runsOn ? line.wordEls.slice(1) : line.wordEls) };
      held = null;
    }
    if (whole.raw.trim().length >= MIN_WRAPPED && ENDS_OPEN.test(whole.raw)) {
      held = whole;
      continue;
    }
    const text = normalizeText(whole.raw);
    if (text) items.push({ kind: 'text' as const, text, el: whole.el, raw: whole.raw, wordEls: whole.wordEls });
  }
  if (held) {
    const text = normalizeText(held.raw);
    if (text) items.push({ kind: 'text' as const, text, el: held.el, raw: held.raw, wordEls: held.wordEls });
  }
  return items;
}
