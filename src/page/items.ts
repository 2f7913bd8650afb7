// page → items: the page's visible content in reading order, as text blocks and candidate report tables.
// Layout tables (tables that hold tables) are read through; a leaf table is a report table when its text carries
// one of the template's anchors, otherwise its cells are read as text.
import { hasTableApi, ownRows, type CellText } from '../grid/grid';
import { INVISIBLE, normalizeText, printedText } from '../text/normalize';
import { foldTraditional } from '../text/traditional';
import { leaveOutHiddenCopies } from './copies';
import { PDF_TEXT_LAYER, layerItems } from './pdf-layer';
import { parseCell } from '../cells/parse';

export type PageItem =
  | {
      kind: 'text';
      text: string;
      el: Element;
      /** The text as the page holds it, before normalisation: what is shown where it is quoted (the title, the agency). */
      raw: string;
      /** Its first text node, where it was read from the page's text nodes: where its words' own elements are found. */
      first?: Text;
      /** Each word's own element, where the line was read from pieces placed apart (a PDF.js text layer's). */
      wordEls?: Element[];
      /** There, each word's left on its page and the line's font size, in one unit (see readLayerLines). */
      wordLefts?: number[];
      em?: number;
    }
  /**
   * `cells`: its own cells with their texts, where the DOM's faster reading read them with its text (the CLI's).
   * `more`: the pieces of the same table after page breaks that cut its header, read as rows of this one.
   */
  | { kind: 'table'; table: Element; cells?: readonly (readonly CellText[])[]; more?: Element[] }
  | { kind: 'image'; el: Element }
  /** A pager's link ("下一页", "上一页") where it stands: the article may go on on another page (see pagedArticle). */
  | { kind: 'pager'; el: Element };

export type TextItem = Extract<PageItem, { kind: 'text' }>;
type TableItem = Extract<PageItem, { kind: 'table' }>;

// By localName, which HTML parsers give in lower case: a stored string, where tagName is upper-cased on every read
// (in linkedom; the CLI's page tree keeps it as given). In XHTML an upper-case <TABLE> is not an HTML table anyway.
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'br', 'tr', 'td', 'th',
  'table', 'tbody', 'thead', 'tfoot', 'blockquote', 'pre', 'header', 'footer', 'main', 'center', 'dl', 'dt', 'dd',
  'form', 'hr', 'caption', 'figure', 'figcaption', 'address', 'nav', 'aside', 'body', 'ucapcontent',
]);
// What holds no prose of the page: code, embedded documents, controls (a textarea's text is what a form would send).
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'object', 'iframe', 'select', 'head', 'title', 'button', 'textarea']);

const BIG_TABLE_CELLS = 400;

// Small tables not the report's are read cell by cell: a report's prose may sit in a table (a one-cell frame, a
// two-column layout). A page of hundreds of them (a directory, a list of links) made every cell an item, and past
// about 16,000 items each list of them cost V8 a large-object allocation: a page of 1,000 such tables took 1.6 times
// as long a cell as the report alone. Once this many cells have been read so, a further table of at least
// BLOCK_TABLE_MIN_CELLS cells, short ones (a directory's, a list's: prose in a layout table runs longer), is kept as
// one block of its words, as a big one is; a frame of a cell or two never is.
const TABLE_TEXT_CELLS = 2_000;
const BLOCK_TABLE_MIN_CELLS = 10;
const BLOCK_CELL_CHARS = 40;

/**
 * The nearest element named `name` that holds `el` (or is it). Not `closest()`: the CLI's page tree has no
 * selectors (linkedom, the CLI's DOM until stop 36, compiled one on every call: 6% of the CLI's page reading).
 */
export function enclosing(el: Element, name: string): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName === name) return e;
  return null;
}

/**
 * How many elements named `name` a table holds; past `atMost`, any count above it (the walk stops at `atMost + 1`).
 * Browsers count natively (a collection, cached: well under a microsecond). The CLI's page tree walks down its
 * elements, and stops once it has seen enough (linkedom, the CLI's DOM until stop 36, upper-cased every descendant's
 * name to compare in getElementsByTagName: a third of the CLI's page walk, twice the walk's time). (In Chromium the walk was 200
 * times slower than the collection: every step is a call into the DOM.)
 */
export function countIn(table: Element, name: string, atMost: number): number {
  if (hasTableApi(table)) return table.getElementsByTagName(name).length;
  let count = 0;
  let e = table.firstElementChild;
  while (e) {
    if (e.localName === name && ++count > atMost) return count;
    const down = e.firstElementChild;
    if (down) {
      e = down;
      continue;
    }
    let next = e.nextElementSibling;
    while (!next) {
      const up: Element | null = e.parentElement;
      if (!up || up === table) return count;
      e = up;
      next = e.nextElementSibling;
    }
    e = next;
  }
  return count;
}

// Preformatted text (<pre>) breaks its lines with newlines, not elements: a report pasted as plain text has its
// headings on lines of their own, so each line is a block of its own. (An inline white-space: pre… on a div does the
// same, but reading every div's style cost 1.5% of the audit on CMS pages, for a rare shape: not read.)

// Part 三's header naming the applicants in one row, as editors who retype the table give it ("项目 | 总计 | 自然人 | 商业
// 企业 | 科研机构 …", with no 申请人情况 above), and part 四's naming only the results (a matrix: "类别 | 结果维持 | 结果纠正
// …"): in a table of its own, each is read with the rows after it.
// Part 三's outcome rows too: a table Word broke at a page break inside （四） can leave a piece that holds only
// "（四）无法提供 … 本机关不掌握…" (its rows are then read as part 三's, see segmentTables).
export const TABLE_ANCHORS = /第二十条|申请人情况|商业企业[\s\S]{0,40}?科研机构|结果维持[\s\S]{0,40}?结果纠正|本年新收|勾稽关系|复议[后後]起诉|未经复议|信息内容|本年制发|结转下|不予公开|重复申请|予以公开|行政复议|无法提供|不掌握|不予处理|其他处理/;

// A report's table has a few dozen rows (all parts in one table, under a hundred); a register pasted in has thousands.
const OPENING_ROWS = 200;

/**
 * A table's text, or of a table longer than any report's (a register pasted in) its first rows' only: the
 * template's words stand in a report table's opening, and copying 50,000 cells' text to look for them was half of
 * reading such a page.
 */
export function openingText(table: Element): string {
  const rows = ownRows(table, OPENING_ROWS + 1);
  if (rows.length <= OPENING_ROWS) return table.textContent ?? '';
  let text = '';
  for (let i = 0; i < OPENING_ROWS; i++) text += rows[i].textContent ?? '';
  return text;
}

// What breaks a word without showing: white space and the invisible characters (as normalising reads them).
const GAP = `[\\s${INVISIBLE}]`;
const GAPS = new RegExp(`${GAP}+`, 'g');

/** Whether a table's (opening) text carries one of `words` (by default the template's anchors: a report table's). */
function carriesAnchors(text: string, words = TABLE_ANCHORS): boolean {
  // The anchors are plain CJK words: removing whitespace (Word breaks words across lines) is enough, no need to
  // NFKC the whole table's text; and most report tables carry one unbroken.
  if (words.test(text)) return true;
  // A report table names its parts in its first rows: of a long text, only the opening is joined and folded.
  const joined = (text.length > 20_000 ? text.slice(0, 20_000) : text).replace(GAPS, '');
  // In Traditional characters (a site's 繁體 button) the anchors are found once the text is folded.
  return words.test(joined) || words.test(foldTraditional(joined));
}

// A table of counts alone: digits, the blanks and dashes of empty cells, spaces.
const COUNTS_ONLY = /^[\s\d,，.\-—－/／]*\d[\s\d,，.\-—－/／]*$/;

// The template's row names that TABLE_ANCHORS lacks, part 二's and part 三's (those of 二, （二）, （三）, （四）2–3, （五）,
// （六）, （七）): straight after a report table, a piece Word cut from it at a page break may hold only rows named so,
// and a site that converts each row of a table into a table of its own gives every row as such a piece. （六）'s last
// row is "3.其他" alone there, its group's name spanning down from the row above.
const REPORT_ROW_NAMES = /^\s*3\s*[.、．]\s*其他|上年度?结转|部分公开|规章|规范性文件|行政许可|其他对外管理服务|行政处罚|行政强制|事业性?收费|集中采购|国家秘密|禁止公开|三安全一稳定|第三方合法权益|内部事务|过程性信息|行政执法案卷|行政查询|另行制作|仍不明确|信访举报|公开出版物|大量反[复覆]|重新出具|逾期不补正|逾期未按|[(（]七[)）]总计/;

/**
 * The report table a table would continue, coming straight after it with nothing between but what a page break
 * leaves (BREAK_MARK); null when none. A report table cut at a page break can leave its counts in a table of their
 * own, under no label (part 四's fifteen under its header), or rows whose names are no anchor (REPORT_ROW_NAMES).
 */
function continuedTable(items: PageItem[], pending: string): TableItem | null {
  let item = items[items.length - 1];
  // The mark in a paragraph of its own.
  if (item?.kind === 'text' && BREAK_MARK.test(item.text)) item = items[items.length - 2];
  if (item?.kind !== 'table') return null;
  // Most tables follow text: the text since the last block is looked at only after a table.
  return ONLY_SPACE.test(pending) || BREAK_MARK.test(pending) ? item : null;
}
const ONLY_SPACE = /^\s*$/;

/**
 * Whether a table (its last piece) ends in a header row, a row of names (no count, no none-mark, no blank after a
 * name: a data row left blank is no header): the page broke inside its header, and the rest of the header is in the next
 * piece, over columns laid out as in this one (its rowspans reach on).
 */
function endsInHeader(item: TableItem): boolean {
  let texts: string[];
  if (item.cells) texts = (item.cells[item.cells.length - 1] ?? []).map((c) => c.text);
  else {
    const rows = ownRows(item.more?.[item.more.length - 1] ?? item.table);
    const last = rows[rows.length - 1];
    texts = [];
    for (let cell = last?.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell.localName === 'td' || cell.localName === 'th') texts.push(cell.textContent ?? '');
    }
  }
  // Names only, perhaps after blanks: the empty corner over the rows' labels, which Word repeats in each header row
  // where it does not span them ("", "自然人", "法人或其他组织", "总计"). A data row left blank has its name first. After
  // a name that spans columns in the template, blanks are its span unmerged ("法人或其他组织", "", "", "", "").
  let named = false;
  let spanning = false;
  for (const text of texts) {
    const state = parseCell(text).state;
    if (state === 'number' || state === 'none' || (state === 'blank' && named && !spanning)) return false;
    if (state !== 'blank') (named = true), (spanning = SPANNING_NAME.test(text.replace(/\s/g, '')));
  }
  return named;
}
const SPANNING_NAME = /申请人情况|法人或其他组织|行政复议|行政诉讼|复议后起诉|直接起诉/;
// What a page break leaves between a table's pieces in a document pasted whole: the footer's page number ("- 3 -",
// "第3页"), or the caption of the table's next piece ("续表", "（续表）", "表1（续）").
const BREAK_MARK = /^\s*(?:[-—–－]?\s*\d{1,3}\s*[-—–－]?|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|[(（]?续表[)）]?[:：]?|表\s*\d{0,2}\s*[(（]续[)）])\s*$/;

/** A table that holds no table: a layout table (one holding tables) is read through, never taken for the report's. */
const isLeafTable = (table: Element) => !countIn(table, 'table', 0);

/** What reading a table's text can give besides: its own cells, row by row with their texts, when read whole. */
export interface TableRead {
  cells?: CellText[][];
}

/**
 * Readings a DOM does faster its own way than through its interface: the CLI's page tree (src/cli/tree.ts) reads a
 * table's text and its cells in one walk, where the interface would walk the table again for each row and cell.
 * Browsers do both natively and need none.
 */
export interface DomShortcuts {
  /**
   * A table's text (of a table longer than `maxRows` rows, its opening rows'), or null for a layout table (one holding
   * a table); undefined: read it through the interface.
   */
  tableText(table: Element, maxRows: number, read?: TableRead): string | null | undefined;
  /** An element's textContent. */
  text(el: Element): string;
  /** The text layers of PDF.js within `root` (elements of class "textLayer"), kept as the page was parsed. */
  textLayers?(root: Element): ArrayLike<Element>;
}

/** A leaf table's (opening) text, or null for a layout table; `read`: see DomShortcuts.tableText. */
export function leafOpening(table: Element, shortcuts?: DomShortcuts, read?: TableRead): string | null {
  const text = shortcuts?.tableText(table, OPENING_ROWS, read);
  if (text !== undefined) return text;
  return isLeafTable(table) ? openingText(table) : null;
}

/** A leaf table carrying one of the template's anchors: a report table. */
export function isReportTable(table: Element): boolean {
  const text = leafOpening(table);
  return text !== null && carriesAnchors(text);
}

// The first row of part 三 (the same characters in Traditional; "本年度新收" in some reports), perhaps broken by white
// space: a table holding it starts a report's requests. One scan of the text as it is: a huge table's text is not
// copied for it.
const REQUESTS_START = new RegExp(`本${GAP}*年${GAP}*(?:度${GAP}*)?新${GAP}*收`);
const startsRequests = (text: string) => REQUESTS_START.test(text);

export interface ReadOptions {
  /** Stop after this many nodes: a guard for pathological pages. */
  maxNodes?: number;
  /**
   * Whether an element is shown: the extension asks the rendering, the CLI reads the markup (shownByMarkup, which
   * the content scripts do not carry). Without it, every table counts as shown and hidden copies are not looked for.
   */
  isShown?: (el: Element) => boolean;
  /** Faster readings, where the DOM has them (the CLI's). */
  shortcuts?: DomShortcuts;
}

export interface PageRead {
  items: PageItem[];
  /** Headings and elements named like a title ("article-title"), outside tables: where a page's title is. */
  titles: Element[];
  /** True when maxNodes was reached and the rest of the page was not read. */
  truncated: boolean;
  /** Documents the page links to ("2023年年度报告.pdf"), by their names: where tables missing from the page may be. */
  attachments: string[];
}

// A pager's link, arrows and brackets aside: "下一页", "上一页 »", "[下页]". Not "下一篇" (another article).
const PAGER_LINK = /^[<>«»‹›\[\]【】()（）]*(?:[上下]一?页)[<>«»‹›\[\]【】()（）]*$/;

/**
 * The pager's link a text is in: a link (the text's parent or grandparent) that goes somewhere (a pager's
 * current-page placeholder has no address) and says 下一页 or 上一页 (上一頁 on a page shown in Traditional).
 */
function pagerLinkOf(text: Text): Element | null {
  let a = text.parentElement;
  if (a && a.localName !== 'a') a = a.parentElement;
  if (!a || a.localName !== 'a') return null;
  const href = a.getAttribute('href');
  if (!href || href === '#' || /^javascript:/i.test(href)) return null;
  return PAGER_LINK.test(foldTraditional((a.textContent ?? '').replace(GAPS, ''))) ? a : null;
}

// A page has a pager or two (at the article's top and foot, a list's): a few are kept, not a thousand.
const MAX_PAGERS = 8;

// A link to a document, not a page: its file type ends the address (before any query or fragment).
const DOCUMENT_LINK = /\.(?:pdf|docx?|wps|xlsx?|et|ofd)(?:[?#]|$)/i;

/**
 * The link that holds `el` when it goes to another page: not a bookmark (Word wraps headings and paragraphs in
 * `<a name="_Toc…">`), a place on this page (`#…`), or a document (an attachment is the article's own).
 */
export function pageLinkOf(el: Element): Element | null {
  const a = enclosing(el, 'a');
  const href = a?.getAttribute('href');
  return href && !href.startsWith('#') && !DOCUMENT_LINK.test(href) ? a : null;
}
const MAX_ATTACHMENTS = 5;

/** A document link's name as printed (not folded: it is only shown): its text, else the file name of its address. */
function attachmentName(a: Element, href: string): string {
  const text = printedText(a.textContent ?? '');
  if (text) return text.slice(0, 80);
  const file = href.split(/[?#]/)[0].split('/').pop() ?? href;
  try {
    return decodeURIComponent(file).slice(0, 80);
  } catch {
    return file.slice(0, 80);
  }
}

const TITLE_NAME = /title/i;

/**
 * Whether the element's class or id names a title ("article-title"). Read as attribute nodes: in linkedom, the CLI's
 * DOM until stop 36, getAttribute('class') went through the class list and took 330 ns an element, the attribute node
 * 50 ns; a CMS page has hundreds of elements before the report's first table, all asked.
 */
function namedTitle(el: Element): boolean {
  const cls = el.getAttributeNode('class');
  if (cls !== null && TITLE_NAME.test(cls.value)) return true;
  const id = el.getAttributeNode('id');
  return id !== null && TITLE_NAME.test(id.value);
}

export function readItems(root: Element, opts: ReadOptions = {}): PageRead {
  const maxNodes = opts.maxNodes ?? 400_000;
  const items: PageItem[] = [];
  const titles: Element[] = [];
  const attachments: string[] = [];
  let buf = '';
  let bufEl: Element = root;
  let bufFirst: Text | undefined;
  // A PDF shown by PDF.js: its pages' text layers are read as the lines they show (see readLayerLines).
  const layerList = opts.shortcuts?.textLayers ? opts.shortcuts.textLayers(root) : root.getElementsByClassName(PDF_TEXT_LAYER);
  const layers = layerList.length ? new Set(Array.from(layerList)) : null;
  const flush = () => {
    const text = normalizeText(buf);
    if (text) items.push({ kind: 'text', text, el: bufEl, raw: buf, first: bufFirst });
    buf = '';
  };
  // Iterative walk: deep nesting must not overflow the stack. `null` marks the end of a block element.
  const stack: (Node | Element | null)[] = [root];
  let seen = 0;
  let truncated = false;
  let sawReportTable = false;
  let pagers = 0;
  // Cells of tables not the report's read as text so far (see TABLE_TEXT_CELLS).
  let tableTextCells = 0;
  // Report tables that start a part 三: two of them mean two reports, or a copy.
  const requestStarts: Element[] = [];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (++seen > maxNodes) {
      truncated = true;
      break;
    }
    if (node!.nodeType === 3) {
      const data = (node as Text).data;
      if (!buf) {
        bufEl = (node as Node).parentElement ?? root;
        bufFirst = node as Text;
      }
      buf += data;
      // A pager's link is short text with 页 in it: only such text is looked at more closely.
      if (pagers < MAX_PAGERS && data.length <= 16 && (data.includes('页') || data.includes('頁'))) {
        const link = pagerLinkOf(node as Text);
        if (link) {
          items.push({ kind: 'pager', el: link });
          pagers++;
        }
      }
      continue;
    }
    if (node!.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP.has(tag) || el.hasAttribute('hidden')) continue;
    if (layers?.has(el)) {
      flush();
      for (const item of layerItems(el)) items.push(item);
      continue;
    }
    // A report's title comes before its tables: after the first, no element is asked for its class and id.
    if (titles.length < 20 && !sawReportTable && (tag === 'h1' || tag === 'h2' || tag === 'h3' || namedTitle(el)) && !enclosing(el, 'table')) {
      titles.push(el);
    }
    // Read once: the anchors are looked for in a leaf table's text, and a big table not the report's keeps its opening.
    // A table's cells come with its text where the DOM reads them in one walk (the CLI's): a report table's grid is
    // built from them.
    const read: TableRead | undefined = tag === 'table' && opts.shortcuts ? {} : undefined;
    const text = tag === 'table' ? leafOpening(el, opts.shortcuts, read) : null;
    if (text !== null) {
      const piece = continuedTable(items, buf);
      // The rest of a header the page break cut, whatever it holds: read with the rows above it, as the one table it was.
      const restOfHeader = piece !== null && !piece.cells === !read?.cells && endsInHeader(piece);
      if (restOfHeader || carriesAnchors(text) || (piece && (COUNTS_ONLY.test(text) || carriesAnchors(text, REPORT_ROW_NAMES)))) {
        sawReportTable = true;
        if (startsRequests(text)) requestStarts.push(el);
        flush();
        if (restOfHeader) {
          (piece.more ??= []).push(el);
          if (piece.cells) piece.cells = [...piece.cells, ...read!.cells!];
          continue;
        }
        items.push({ kind: 'table', table: el, cells: read?.cells });
        continue;
      }
      // A big table that is not the report's (a list of documents, an appendix) is not the report's prose either:
      // keep its opening words as one block instead of walking thousands of cells.
      const cells = countIn(el, 'td', BIG_TABLE_CELLS);
      const big = cells > BIG_TABLE_CELLS;
      if (big || (cells >= BLOCK_TABLE_MIN_CELLS && text.length <= cells * BLOCK_CELL_CHARS && (tableTextCells += cells) > TABLE_TEXT_CELLS)) {
        flush();
        // A small table's words are kept whole (at most 400 short cells); a big one's opening only.
        const raw = big ? text.slice(0, 2000) : text;
        const normalized = normalizeText(raw);
        if (normalized) items.push({ kind: 'text', text: normalized, el, raw });
        continue;
      }
    }
    if (tag === 'pre' && !el.getElementsByTagName('table').length) {
      flush();
      for (const line of (el.textContent ?? '').split('\n')) {
        const text = normalizeText(line);
        if (text) items.push({ kind: 'text', text, el, raw: line });
      }
      continue;
    }
    if (tag === 'a' && attachments.length < MAX_ATTACHMENTS) {
      const href = el.getAttribute('href');
      if (href && DOCUMENT_LINK.test(href)) attachments.push(attachmentName(el, href));
    }
    if (tag === 'img') {
      items.push({ kind: 'image', el });
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    // Sibling pointers, not childNodes: some DOMs (linkedom) build a fresh array for every childNodes read, and the
    // CLI's page tree keeps none.
    for (let k = el.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  flush();
  const read = { items, titles, truncated, attachments };
  return opts.isShown ? leaveOutHiddenCopies(read, requestStarts, root, opts.isShown) : read;
}
