// A report table laid out as lines of text (a page converted from a PDF, each line a positioned block; a table pasted
// as plain text, a row per paragraph or per <br>) read as a grid: each line a row, its words before its counts the
// row's label, its counts the row's cells, right-aligned as a table's columns are. The template mapping then reads it
// as it reads any table. Only for the parts the page has no table for (see readReport): lines of text are a weaker
// witness than a table's cells, and a page that has the table is read from it.
import { isValueLike } from '../cells/parse';
import { labelText, type Grid, type GridCell } from './grid';
import { widthOf } from '../text/width';

/** A line of the page's text: its words as printed, and the element that holds it (where its counts are marked). */
export interface TextLine {
  raw: string;
  el: Element;
  /** Each word's own element, where the line was joined from blocks (see joinPlacedBlocks): a count is marked there. */
  wordEls?: Element[];
  /** Each word's left and the line's font size, in one unit, where the page places them (a PDF's; see placedGrid). */
  wordLefts?: number[];
  em?: number;
  /**
   * The line's first text node, where its words may stand in elements of their own within it (PDF.js places each
   * piece of a line as a span of its own): a count is then marked in its own element (see wordElements).
   */
  first?: Text;
}

// Words are apart by any space: ASCII, &nbsp;, the ideographic space (all of them \s).
const SPACE = /\s+/;
// Header lines are rows of their own, where the mapping looks for them (part 二's 信息内容 and captions, part 三's
// applicants, part 四's groups and results). Matched as the mapping reads labels: compacted, folded to Simplified.
const HEADER = /^信息内容|申请人情况|自然人|商业企业|科研机构|法律服务机构|行政复议|行政诉讼|复议[后後]起诉|未经复议|维持|纠正|尚未审结|^第二十条/;
// What the rest of part 二's column names holds, wrapped onto lines of their own: their words, or none of its rows'.
const HEADER_WRAPPED = /件数|数量|金额/;
const ACTIVE_ROW = /规章|规范性|行政|许可|处罚|强制|收费|其他/;
const continuesHeader = (label: string) => HEADER_WRAPPED.test(label) || !ACTIVE_ROW.test(label);
// A page's number or its mark between a converted PDF's pages ("第 3 页 共 5 页", "- 3 -", "3 / 5"): passed over.
const PAGE_MARK = /^(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|[-—－]\s*\d+\s*[-—－]|\d+\s*\/\s*\d+|共\s*\d+\s*页\s*第\s*\d+\s*页)$/;
// A sentence is prose, not a table's line.
const SENTENCE_END = /[。；;！？]/;
// A line of a table is short: a label of the template, a header, counts.
const MAX_LINE = 200;
const MAX_LABEL_LINE = 80;
// Label lines held for the counts below them: a label wrapped over lines, a group's label above its rows.
const MAX_PENDING = 3;
// Lines held where the page places them: a PDF prints a header's narrow columns a piece a line.
const MAX_PLACED_PENDING = 60;
// A run of lines is read as a table only with this many lines of counts.
const MIN_COUNT_LINES = 2;
// The rows read from lines in all: a report's three tables are about sixty lines. A page of endless table-like
// lines (a register pasted as text) is read no further, as a table's cells stop at a budget.
const MAX_ROWS = 1000;

interface Row {
  el: Element;
  /** The row's label, with the label lines above it joined on ('' for counts alone, or a header). */
  label: string;
  counts: string[];
  /** Each count's own element, where the line has them. */
  countEls?: Element[];
  /** A header line's words, placed once the counts below it are known (see gridOf). */
  header?: string[];
  /** The header goes on over lines of its own: its words are no longer one a column. */
  wrapped?: boolean;
  /** Where its counts stand, and its header's words, where the line gives places (a PDF's; see placedGrid). */
  countLefts?: number[];
  headerLefts?: number[];
  /** Words of the lines above it that stand over its counts, not beside its label: pieces of a PDF's header. */
  fragments?: Placed[];
  /** The label as read without places (the label lines above it joined on, whatever their places). */
  byOrder?: string;
  em?: number;
}

interface Placed {
  word: string;
  left: number;
}

/** A label line held for the counts below it: its words, and their places where the line gives them. */
interface Pending {
  label: string;
  words: string[];
  lefts?: number[];
}

// A block placed by its own inline style, as a converted PDF places each line, or each cell: its top.
const TOP = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/i;

/**
 * Lines as the page shows them: blocks placed at the same top in one container, one after another (a converted PDF
 * that places each cell of a row on its own), are one line, their words apart. Other lines are left as they are.
 */
export function joinPlacedBlocks(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  // The block before, when it was placed: its top and its parent (blocks of one row are placed in one container).
  let placed = null as { top: string; parent: Node | null } | null;
  // The line being joined, a new object (the lines given are the page's items, left as they are), grown in place:
  // a row of many blocks is joined in time that grows with them, not with their square.
  let joining: Required<Pick<TextLine, 'raw' | 'el' | 'wordEls'>> | null = null;
  const wordEls = ({ raw, el, wordEls: els }: TextLine) => els ?? raw.trim().split(SPACE).map(() => el);
  for (const line of lines) {
    const top = line.raw.trim() ? (TOP.exec(line.el.getAttribute('style') ?? '')?.[1] ?? null) : null;
    if (top !== null && placed?.top === top && placed.parent === line.el.parentNode) {
      if (!joining) {
        const last = out[out.length - 1];
        out[out.length - 1] = joining = { raw: last.raw, el: last.el, wordEls: [...wordEls(last)] };
      }
      joining.raw += ` ${line.raw}`;
      for (const el of wordEls(line)) joining.wordEls.push(el);
    } else {
      out.push(line);
      joining = null;
    }
    placed = top === null ? null : { top, parent: line.el.parentNode };
  }
  return out;
}

// Text nodes walked for a line's words at most: a line is short (MAX_LINE), its pieces a few dozen.
const MAX_LINE_NODES = 400;

/**
 * The element of each word of a line read from text nodes that start at `first` (`raw` their texts run together):
 * the element of the node where the word starts. Null when the line is one text node (every word in the line's
 * element), or when the nodes do not give `raw` back (text the page reading passed over, as in a hidden element).
 */
export function wordElements(first: Text, raw: string): Element[] | null {
  if (first.data.length >= raw.length) return null;
  const els: Element[] = [];
  const word = /\S+/g;
  let node: Node | null = first;
  // Where `node` starts in `raw`, and how many nodes were walked.
  let start = 0;
  let walked = 0;
  for (let m = word.exec(raw); m; m = word.exec(raw)) {
    while (node && (node.nodeType !== 3 || start + (node as Text).data.length <= m.index)) {
      if (node.nodeType === 3) start += (node as Text).data.length;
      if (++walked > MAX_LINE_NODES) return null;
      node = nextInOrder(node);
    }
    if (!node || (node as Text).data[m.index - start] !== m[0][0] || !node.parentElement) return null;
    els.push(node.parentElement);
  }
  return els;
}

/** The node after `n` in document order. */
function nextInOrder(n: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let p: Node | null = n; p; p = p.parentNode) if (p.nextSibling) return p.nextSibling;
  return null;
}

/**
 * The grids of the runs of table-like lines among `lines`, in order. A line is a table's when it is short, no
 * sentence, and either ends in counts (after a label, or fifteen counts alone: part 四's row) or is a label alone; any
 * other line ends a run.
 */
export function gridsFromLines(lines: readonly TextLine[]): Grid[] {
  const grids: Grid[] = [];
  let rows: Row[] = [];
  let countLines = 0;
  let pending: Pending[] = [];
  const close = () => {
    if (countLines >= MIN_COUNT_LINES) {
      grids.push(placedGrid(rows) ?? gridOf(rows));
      read += rows.length;
    }
    rows = [];
    countLines = 0;
    pending = [];
  };
  let read = 0;
  for (const { raw, el, wordEls, first: firstText, wordLefts, em } of lines) {
    if (read + rows.length >= MAX_ROWS) break;
    const line = raw.trim();
    if (PAGE_MARK.test(line)) continue;
    if (!line || line.length > MAX_LINE || SENTENCE_END.test(line)) {
      close();
      continue;
    }
    const words = line.split(SPACE);
    let first = words.length;
    while (first > 0 && isValueLike(words[first - 1])) first--;
    const counts = words.slice(first);
    const label = words.slice(0, first).join('');
    // Places, where the page gives one for every word (a PDF shown by PDF.js).
    const lefts = em && wordLefts?.length === words.length && wordLefts.every(Number.isFinite) ? wordLefts : undefined;
    if (counts.length && (label || pending.length || counts.length >= 5)) {
      // The label lines above join the row's label as one cell, with nothing between: a label wrapped over lines
      // ("…逾期不" above "补正、…") reads whole, and a group's label printed above its row comes before it as in a
      // table's merged cell. Counts alone on their line belong to the label lines above them. Where places are
      // known, lines standing right of the row's label are pieces of the header over its counts instead.
      const els = wordEls ?? (firstText ? wordElements(firstText, raw) : null);
      const countLefts = lefts?.slice(first);
      let labels = pending;
      let fragments: Placed[] | undefined;
      if (countLefts) {
        const labelEnd = first ? lefts![first - 1] + widthOf(words[first - 1]) * em! : countLefts[0] - em!;
        labels = pending.filter((p) => !p.lefts || p.lefts[0] < labelEnd);
        fragments = pending.filter((p) => !labels.includes(p)).flatMap((p) => cellsOfLine(p.words, p.lefts!, em!));
      }
      const byOrder = pending.map((p) => p.label).slice(-MAX_PENDING).join('') + label;
      rows.push({ el, label: labels.slice(-MAX_PENDING).map((p) => p.label).join('') + label, byOrder, counts, countEls: els?.slice(first), countLefts, fragments, em });
      pending = [];
      countLines++;
    } else if (counts.length) {
      // A few counts alone, no label above: a page's number in another shape than PAGE_MARK's.
      continue;
    } else if (line.length > MAX_LABEL_LINE) {
      close();
    } else if (HEADER.test(labelText(label))) {
      rows.push({ el, label: '', counts: [], header: words, headerLefts: lefts, em });
      pending = [];
    } else if (!pending.length && rows[rows.length - 1]?.header?.[0].startsWith('信息内容') && continuesHeader(labelText(label))) {
      // The rest of part 二's header, wrapped onto lines of its own ("信息内容 本年制 发件数 本年废" above "止件数
      // 现行有效件数"; a PDF may put each piece of a wrapped name on a line): not the label of the row below.
      const header = rows[rows.length - 1];
      header.header!.push(...words);
      header.headerLefts = header.headerLefts && lefts ? header.headerLefts.concat(lefts) : undefined;
      header.wrapped = true;
    } else {
      pending.push({ label, words, lefts });
      // Label lines: a few (a label wrapped, a group's label). A PDF's header pieces, a line each: more.
      if (pending.length > (lefts ? MAX_PLACED_PENDING : MAX_PENDING)) pending.shift();
    }
  }
  close();
  return grids;
}

/**
 * The grid of a run's rows: the label in the first column, counts right-aligned. A header line stands over the
 * counts below it, a name over each, when it has one word more than they have counts (the word over the labels:
 * "信息内容 本年制发件数 本年废止件数 现行有效件数" over "规章 1 0 5", part 三 retyped as a list under "项目 总计
 * 自然人…", part 四 as a matrix); any other header line is one cell, whose names the mapping reads in their order.
 */
function gridOf(rows: Row[]): Grid {
  let countCols = 0;
  for (const { counts } of rows) countCols = Math.max(countCols, counts.length);
  const colCount = 1 + countCols;
  const short = shortRows(rows);
  // How many counts the first row of counts below each row has.
  const below: number[] = new Array(rows.length);
  for (let r = rows.length - 1, next = 0; r >= 0; r--) {
    below[r] = next;
    if (rows[r].counts.length) next = rows[r].counts.length;
  }
  const gridRows = rows.map(({ el, label, counts, countEls, header, wrapped }, r) => {
    const out: (GridCell | null)[] = new Array(colCount).fill(null);
    const put = (col: number, rawText: string, at = el) => (out[col] = { el: at, text: labelText(rawText), rawText, row: r, col, rowspan: 1, colspan: 1 });
    const rightAligned = (words: string[], els?: Element[]) => words.forEach((w, k) => put(colCount - words.length + k, w, els?.[k]));
    if (header) {
      if (header.length === below[r] + 1 && !wrapped) rightAligned(header);
      else put(0, header.join(''));
    } else {
      if (label) put(0, label);
      if (!short.has(r)) rightAligned(counts, countEls);
    }
    return out;
  });
  return { table: rows[0].el, rowCount: rows.length, colCount, rows: gridRows, truncated: false, cellCount: rows.length * colCount };
}

/**
 * Rows with fewer counts than the rows around them under the same header: a blank cell leaves no word on a line, and
 * nothing says which count is missing, so such a row's counts are not placed at all (its cells read as missing,
 * which DOC-ROWS names) rather than shifted into the wrong columns. Only where at least two rows of the block have
 * the full width: a block of one-count rows (part 二's, or part 三 with the totals alone) is as printed.
 */
function shortRows(rows: Row[]): Set<number> {
  const short = new Set<number>();
  let start = 0;
  for (let r = 0; r <= rows.length; r++) {
    if (r < rows.length && !rows[r].header) continue;
    let width = 0;
    let full = 0;
    for (let i = start; i < r; i++) {
      const n = rows[i].counts.length;
      if (n > width) (width = n), (full = 0);
      if (n === width) full++;
    }
    if (full >= 2) for (let i = start; i < r; i++) if (rows[i].counts.length > 0 && rows[i].counts.length < width) short.add(i);
    start = r + 1;
  }
  return short;
}

// How near a count's left is to its column's (counts are left-aligned in a cell, or centred: a digit's width apart),
// and a header piece's to the column it names, in the line's font size. A piece as far from every column of counts
// names a column of its own (one left blank in every row).
const COUNT_NEAR = 1;
const HEADER_NEAR = 1.5;
// A header's word this close after the one before it (in font sizes) goes on in the same cell ("本年制" "发件数").
const RUNS_ON = 0.5;
const MAX_PLACED_COLUMNS = 20;
// A column's name is short ("本年收费金额（单位：万元）"); a part's heading among the header's lines is not one.
const MAX_COLUMN_NAME = 16;
const SECTION = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])/;
// The names of a group of columns, over each of them.
const GROUP = /行政复议|行政诉讼|未经复议|直接起诉|复议[后後]起诉|申请人情况|法人或其他组织/;


/** A placed line's words as the cells they stand in: a word that goes on from the one before it (no gap) joins it. */
function cellsOfLine(words: string[], lefts: number[], em: number): Placed[] {
  const cells: Placed[] = [];
  words.forEach((word, k) => {
    if (k > 0 && lefts[k] - (lefts[k - 1] + widthOf(words[k - 1]) * em) < RUNS_ON * em) cells[cells.length - 1].word += word;
    else cells.push({ word, left: lefts[k] });
  });
  return cells;
}

/**
 * The grid of a run's rows laid out by where the page places each word (a PDF shown by PDF.js): the columns are where
 * the counts stand, and where the header's pieces stand over columns left blank in every row; each count goes to its
 * column, so a blank cell leaves its column empty rather than shifting the counts after it. The header's pieces sit
 * over their columns, a group's name over every column up to the next name. Null where the places do not line up
 * (two counts of a row in one column), or a row has none: then the words' order decides (gridOf).
 */
function placedGrid(rows: Row[]): Grid | null {
  if (rows.some((r) => r.counts.length && !r.countLefts)) return null;
  // Blocks: the rows under one header (the header rows before them, then rows of counts and fragments).
  const blocks: { headers: number[]; rows: number[] }[] = [];
  for (let r = 0; r < rows.length; r++) {
    const last = blocks[blocks.length - 1];
    if (rows[r].header) {
      if (!last || last.rows.length) blocks.push({ headers: [r], rows: [] });
      else last.headers.push(r);
    } else if (last) last.rows.push(r);
    else blocks.push({ headers: [], rows: [r] });
  }
  // Per block: its columns (lefts, in order), and for each row the column of each count, of each header word.
  const columnsOf: number[][] = [];
  const countCol = new Map<number, number[]>();
  const headerOf = new Map<number, { words: string[]; cols: number[] }>();
  const fragmentCol = new Map<number, number[]>();
  for (const { headers, rows: own } of blocks) {
    const counted = own.filter((r) => rows[r].counts.length);
    if (!counted.length) {
      columnsOf.push([]);
      continue;
    }
    const em = rows[counted[0]].em!;
    // The columns of counts: lefts within COUNT_NEAR of the column's first.
    const lefts = counted.flatMap((r) => rows[r].countLefts!).sort((a, b) => a - b);
    const columns: number[] = [];
    for (const x of lefts) if (!columns.length || x - columns[columns.length - 1] > COUNT_NEAR * em) columns.push(x);
    const labelEdge = columns[0] - HEADER_NEAR * em;
    // What stands over no column: left of the counts, or a heading among the header's lines ("四、…情况").
    const aside = (word: string, x: number) => x < labelEdge || word.length > MAX_COLUMN_NAME || SECTION.test(word);
    // A header row's cells (a word that goes on from the one before it, "本年制" "发件数", is in its cell), and the
    // fragments over the rows: each over the column of counts it stands near, or over a column of its own.
    const headerCells = new Map(headers.filter((h) => rows[h].headerLefts).map((h) => [h, cellsOfLine(rows[h].header!, rows[h].headerLefts!, em)]));
    const pieces: number[] = [];
    for (const cells of headerCells.values()) for (const f of cells) aside(f.word, f.left) || pieces.push(f.left);
    for (const r of own) rows[r].fragments?.forEach((f) => aside(f.word, f.left) || pieces.push(f.left));
    const nearCounts = (x: number) => columns.some((c) => Math.abs(c - x) <= HEADER_NEAR * em);
    const extra: number[] = [];
    for (const x of pieces) if (!nearCounts(x) && !extra.some((e) => Math.abs(e - x) <= COUNT_NEAR * em)) extra.push(x);
    const all = columns.concat(extra).sort((a, b) => a - b);
    if (all.length > MAX_PLACED_COLUMNS) return null;
    const column = (x: number) => {
      let best = 0;
      for (let c = 1; c < all.length; c++) if (Math.abs(all[c] - x) < Math.abs(all[best] - x)) best = c;
      return best;
    };
    for (const r of counted) {
      const cols = rows[r].countLefts!.map(column);
      if (cols.some((c, k) => k > 0 && c <= cols[k - 1])) return null;
      countCol.set(r, cols);
    }
    const columnOf = (f: Placed) => (aside(f.word, f.left) ? -1 : column(f.left));
    for (const [h, cells] of headerCells) headerOf.set(h, { words: cells.map((f) => f.word), cols: cells.map(columnOf) });
    for (const r of own) if (rows[r].fragments) fragmentCol.set(r, rows[r].fragments!.map(columnOf));
    columnsOf.push(all);
  }
  // Places decide only in a block where they show a column the words' order cannot (a cell left blank); elsewhere
  // the block is read by the order of its words (gridOf), the reading every page shape has been held to.
  const blank = blocks.map(({ rows: own }, b) => own.some((r) => rows[r].counts.length && rows[r].counts.length < columnsOf[b].length));
  if (!blank.includes(true)) return null;
  const byOrder = blocks.map(({ headers, rows: own }, b) => (blank[b] ? null : gridOf([...headers, ...own].map((r) => ({ ...rows[r], label: rows[r].byOrder ?? rows[r].label })))));
  const colCount = 1 + Math.max(...columnsOf.map((c, b) => (blank[b] ? c.length : byOrder[b]!.colCount - 1)));
  const out: (GridCell | null)[][] = [];
  blocks.forEach(({ headers, rows: own }, b) => {
    const ordered = byOrder[b];
    if (ordered) {
      const shift = colCount - ordered.colCount;
      for (const cells of ordered.rows) {
        const row: (GridCell | null)[] = new Array(colCount).fill(null);
        // Labels stay in the first column; the counts and their header right-aligned.
        for (const c of cells) if (c) row[c.col && c.col + shift] = { ...c, row: out.length, col: c.col && c.col + shift };
        out.push(row);
      }
      return;
    }
    // The block's columns, right-aligned in the grid as a table's are.
    const shift = colCount - columnsOf[b].length;
    const place = (cells: (GridCell | null)[], col: number, rawText: string, el: Element) => {
      const at = cells[col];
      const text = at ? `${at.rawText}${rawText}` : rawText;
      cells[col] = { el, text: labelText(text), rawText: text, row: out.length, col, rowspan: 1, colspan: 1 };
    };
    const headerRow = (words: string[], cols: number[], el: Element, spread: boolean) => {
      const cells: (GridCell | null)[] = new Array(colCount).fill(null);
      words.forEach((w, k) => {
        if (cols[k] < 0) return place(cells, 0, w, el);
        if (k > 0 && cols[k - 1] === cols[k]) return place(cells, shift + cols[k], w, el);
        // A group's name stands over every column up to the next name's (行政复议 over its five results).
        const next = cols.slice(k + 1).find((c) => c > cols[k]);
        const last = spread && GROUP.test(w) ? (next ?? columnsOf[b].length) - 1 : cols[k];
        for (let c = cols[k]; c <= last; c++) place(cells, shift + c, w, el);
      });
      out.push(cells);
    };
    for (const h of headers) {
      const row = rows[h];
      const placed = headerOf.get(h);
      if (placed) headerRow(placed.words, placed.cols, row.el, true);
      else {
        const cells: (GridCell | null)[] = new Array(colCount).fill(null);
        place(cells, 0, row.header!.join(''), row.el);
        out.push(cells);
      }
    }
    for (const r of own) {
      const row = rows[r];
      const fcols = fragmentCol.get(r);
      if (row.fragments?.length && fcols) headerRow(row.fragments.map((f) => f.word), fcols, row.el, false);
      const cells: (GridCell | null)[] = new Array(colCount).fill(null);
      if (row.label) place(cells, 0, row.label, row.el);
      const cols = countCol.get(r);
      if (cols) {
        // A column without a count on the row is a cell left blank, as the table prints it.
        for (let c = 0; c < columnsOf[b].length; c++) if (!cols.includes(c)) place(cells, shift + c, '', row.el);
        cols.forEach((c, k) => place(cells, shift + c, row.counts[k], row.countEls?.[k] ?? row.el));
      }
      out.push(cells);
    }
  });
  return { table: rows[0].el, rowCount: out.length, colCount, rows: out, truncated: false, cellCount: out.length * colCount };
}
