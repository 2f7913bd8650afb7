// The pipeline, end to end: page → items → grids → parts → template mapping → rules → findings → export.
import { buildGrid } from '../grid/grid';
import { gridsFromLines, joinPlacedBlocks } from '../grid/text-lines';
import { matchHeading, PARTS, pickHeadings, type Heading, type HeadingMatch, type PartKey } from '../locate/sections';
import { segmentTables } from '../locate/tables';
import { mapActiveDisclosure } from '../map/activeDisclosure';
import { mapRequests } from '../map/requests';
import { mapReviewLitigation } from '../map/reviewLitigation';
import { emptyMapping, formatOfYear, mergeMapping, otherFormat, printedFormat, type MappedCell, type Mapping } from '../map/types';
import { allCellPaths, cellsWithRows, nest, perFormat, rowPaths, TABLE_PART_KEYS } from '../model/paths';
import { rowLabel } from '../model/labels';
import type { CellReading } from '../cells/parse';
import type { CellRecord, Export, ExtraRow, Finding, Format } from '../model/schema';
import { pageLinkOf, readItems, type PageItem, type PageRead, type DomShortcuts, type TextItem } from '../page/items';
import { normalizeText, printedText } from '../text/normalize';
import { isReportTitle, readMeta, reportTextEnd, type ReportMeta } from '../report/meta';
import { RULES } from '../rules';
import { TOOL_VERSION } from '../version';
import { makeContext, type AuditContext, type PreviousReport, type Reading } from './context';

export type { Reading };

export interface AuditOptions {
  url?: string | null;
  previous?: PreviousReport | null;
  /** When the export says it was captured; tests pin it. */
  now?: Date;
  /** Stop reading the page after this many nodes (the result then says it is partial). */
  maxNodes?: number;
  /** Stop reading report tables after this many cells in all (the result then says it is partial). */
  maxCells?: number;
  /** Whether an element is shown on screen (the extension asks the page's rendering; see readItems). */
  isShown?: (el: Element) => boolean;
  /** Faster readings of tables and cells, where the DOM has them (the CLI's; see DomShortcuts). */
  shortcuts?: DomShortcuts;
  /**
   * False: the cells are read without their page elements, for a reader that marks no page (the CLI); the result's
   * `elements` is then empty, and the reading holds nothing of its page to let go of.
   */
  withElements?: boolean;
  /** On a page holding several reports, which to check (0: the first, the default). */
  report?: number;
}

export interface AuditResult {
  /** Whether the page holds a disclosure annual report at all. */
  isReport: boolean;
  /** The year of a report from before 2019, which is recognised but not checked (null otherwise). */
  olderFormatYear: number | null;
  /** The page holds the template's blank tables (the notice that sets it, republished), not a report: not checked. */
  blankTemplate: boolean;
  /** The statistics tables alone, under no report title or part heading (a table published on its own, an annex). */
  tablesOnly: boolean;
  /** True when the page was too large to read whole. */
  partial: boolean;
  /** How many more reports' tables the page holds besides the one checked (0 mostly). */
  moreReports: number;
  /** Which of the page's reports was checked: 0, the first, unless another was asked for. */
  report: number;
  /** Documents the page links to (PDF, Word…), by name: where a report published as a file is. */
  attachments: string[];
  /** The rules' findings, most severe first (the same list as `export.findings`). */
  findings: Finding[];
  /** The report's title as read from the page. */
  title: string | null;
  /** The agency, reporting year and template, as the export's report gives them: what a summary prints. */
  agency: string | null;
  year: number | null;
  format: Format;
  /**
   * The whole report as structured data. Built on first read and kept: the page marks and the badge need only the
   * findings, so a re-audit that nobody exports does not pay for two hundred cell records.
   */
  readonly export: Export;
  /** The page element of every cell read, for highlighting (built on first read, like the export). */
  readonly elements: Map<string, Element>;
  /** This report in the shape a later year's audit compares against. */
  readonly asPrevious: PreviousReport | null;
  /** Whether a part was read from its table laid out as lines of text (src/grid/text-lines.ts). */
  readonly fromLines: boolean;
}

// A whole report is a few hundred cells; one table of tens of thousands (a register pasted in) would freeze the tab.
const MAX_REPORT_CELLS = 10_000;

/** The first year reported in the State Council's template (the 2019 format). */
const FIRST_TEMPLATE_YEAR = 2019;

const SEVERITY_ORDER = { error: 0, warning: 1, review: 2, info: 3 } as const;
/** Findings of one severity come in the catalogue's order. */
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

function decideFormat(mapping: Mapping, meta: ReportMeta): Format {
  const ofYear = meta.year === null ? null : formatOfYear(meta.year);
  const active = printedFormat(mapping.formatVotes.activeDisclosure);
  const requests = printedFormat(mapping.formatVotes.requests);
  if (active === null || requests === null || active === requests) return active ?? requests ?? ofYear ?? '2021';
  // The parts mix the templates (last year's part 二 or part 三 kept): read as the year's; DOC-FORMAT names the other.
  return ofYear ?? requests;
}

/**
 * Each part's text, from its heading to the next; the last part's up to `textEnd` (the item after the report's signed
 * date, before a site's footer; else the page's end). `textOf` gives an item's text as read, or as printed.
 */
function sectionTexts(items: PageItem[], headings: Heading[], textEnd: number, textOf = (it: TextItem) => it.text) {
  const sections: Partial<Record<PartKey, string>> = {};
  const imageOnly = new Set<PartKey>();
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.index ?? Math.max(textEnd, h.index + 1);
    // One pass over the part's items: the last part can run over thousands of them (a page of other tables after the
    // report, each cell a text item), where a slice, a flatMap of one-element arrays and two searches took a third
    // of such a page's audit.
    const texts: string[] = [];
    let image = false;
    let table = false;
    for (let k = h.index + 1; k < end && k < items.length; k++) {
      const it = items[k];
      if (it.kind === 'text') texts.push(textOf(it));
      else if (it.kind === 'image') image = true;
      else if (it.kind === 'table') table = true;
    }
    sections[h.part] = texts.join('\n');
    if (image && !table) imageOnly.add(h.part);
  });
  return { sections, imageOnly };
}

/**
 * Where the first report ends on a page holding several: at the next report's title, or else its first heading,
 * the first heading after this report's last one that goes back in the order of the parts (the next report's
 * "一、总体情况" after this one's "六、…"); else the page's end.
 */
function reportEnd(items: PageItem[], candidates: (Heading & HeadingMatch)[], headings: Heading[]): number {
  const last = headings[headings.length - 1];
  if (!last) return items.length;
  const order = PARTS.indexOf(last.part);
  const restart = candidates.find((c) => c.index > last.index && PARTS.indexOf(c.part) < order)?.index;
  if (restart === undefined) return items.length;
  for (let i = restart - 1; i > last.index && i >= restart - 10; i--) {
    const it = items[i];
    if (it.kind === 'text' && isReportTitle(it.text)) return i;
  }
  return restart;
}

// Links to other pages between the report's end and a pager of its own: a "related" link or two. More make a list.
// (Attachments, links to documents, are the article's own and not counted.)
const MAX_LINKS_BEFORE_PAGER = 3;

/**
 * Whether the article goes on on another page: a pager after the report's opening (its first heading or table),
 * with at most a few links between the report's last heading or table and it. A pager before the report, or after
 * a run of links, is a list's (a column of other articles, "相关信息" under the text), not this article's.
 */
function pagedArticle(items: PageItem[], headings: Heading[]): boolean {
  let first = headings.length ? headings[0].index : items.length;
  let last = headings.length ? headings[headings.length - 1].index : -1;
  items.forEach((it, i) => {
    if (it.kind !== 'table') return;
    if (i < first) first = i;
    if (i > last) last = i;
  });
  return items.some((it, p) => {
    if (it.kind !== 'pager' || p < first) return false;
    let links = 0;
    for (let i = last + 1; i < p; i++) {
      const between = items[i];
      if (between.kind === 'text' && pageLinkOf(between.el) && ++links > MAX_LINKS_BEFORE_PAGER) return false;
    }
    return true;
  });
}

export function runRules(ctx: AuditContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      for (const f of rule.evaluate(ctx)) findings.push(f);
    } catch (err) {
      // A rule's bug must not cost the reader the other rules' findings; it says so instead.
      findings.push({
        rule: rule.id,
        severity: 'review',
        cells: [],
        related: [],
        expected: null,
        actual: null,
        message: { zh: `规则 ${rule.id} 执行出错，未能核对：${String(err)}`, en: `Rule ${rule.id} failed and was not checked: ${String(err)}` },
        quote: null,
      });
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!);
}

/**
 * The text item at `index` as a heading candidate (null when it is none): the match and where it stands. Written
 * out, not spread: in V8 a spread with added fields took 100× as long.
 */
function headingCandidate(text: string, index: number): (Heading & HeadingMatch) | null {
  const m = matchHeading(text);
  return m && { part: m.part, numbered: m.numbered, loose: m.loose, index, text };
}

type ReadOptions = Pick<AuditOptions, 'maxNodes' | 'maxCells' | 'isShown' | 'shortcuts' | 'withElements' | 'report'>;

/**
 * Where each report of a page holding several starts (an item index): the first at 0, each next one where the
 * headings start over (at its title line when one stands just before).
 */
function reportStarts(items: PageItem[]): number[] {
  const candidates: (Heading & HeadingMatch)[] = [];
  items.forEach((it, i) => {
    const c = it.kind === 'text' ? headingCandidate(it.text, i) : null;
    if (c) candidates.push(c);
  });
  const starts = [0];
  for (;;) {
    const from = starts[starts.length - 1];
    const own = candidates.filter((c) => c.index >= from);
    const end = reportEnd(items, own, pickHeadings(own));
    if (end >= items.length || end <= from) return starts;
    starts.push(end);
  }
}

/** page → items → grids → parts → template mapping. Reads the DOM; the checks that follow never touch it. */
export function readDocument(doc: Document, opts: ReadOptions = {}): Reading {
  const root = doc.body ?? doc.documentElement;
  const page = readItems(root, { maxNodes: opts.maxNodes, isShown: opts.isShown, shortcuts: opts.shortcuts });
  if (opts.report) {
    // Another report than the first: its stretch of the page is read as a page of its own. The page's title
    // elements belong to the first report; this one's title is its own first lines.
    const starts = reportStarts(page.items);
    const k = Math.min(opts.report, starts.length - 1);
    if (k > 0) {
      const items = page.items.slice(starts[k], starts[k + 1] ?? page.items.length);
      return { ...readReport(doc, { ...page, items, titles: [] }, opts), report: k, moreReports: starts.length - 1 };
    }
  }
  return readReport(doc, page, opts);
}

/**
 * The parts the page has no table for, read from their tables laid out as lines of text where the page prints them
 * so (src/grid/text-lines.ts). A part whose lines give less than half the template's rows is left unread:
 * DOC-TABLE-MISSING then says it is there as text, to be checked by hand.
 */
function mapTextTables(items: PageItem[], mapping: Mapping): void {
  // Anything but a line of text ends a run of lines.
  // A line's text nodes are walked for its counts' own elements only where they are marked (not in the CLI).
  const lines = items.map((it) =>
    it.kind === 'text' ? (mapping.withElements ? it : { raw: it.raw, el: it.el, wordLefts: it.wordLefts, em: it.em }) : { raw: '', el: it.kind === 'table' ? it.table : it.el },
  );
  const segments = segmentTables(gridsFromLines(joinPlacedBlocks(lines))).filter((s) => !mapping.tables.has(s.part));
  for (const part of new Set(segments.map((s) => s.part))) {
    // Each part read apart, and kept only with half the template's rows at least (the smaller template's): lines too
    // broken to be read as the table would have DOC-ROWS call the rest missing.
    const read = emptyMapping(mapping.withElements);
    const own = segments.filter((s) => s.part === part);
    if (part === 'activeDisclosure') mapActiveDisclosure(own, read);
    else if (part === 'requests') mapRequests(own, read);
    else mapReviewLitigation(own, read);
    if (read.rows.size * 2 < Math.min(rowPaths('2019', part).length, rowPaths('2021', part).length)) continue;
    mergeMapping(mapping, read);
    mapping.textTables.add(part);
  }
}

function readReport(doc: Document, page: PageRead, opts: ReadOptions): Reading {
  const { items, titles, truncated: itemsTruncated, attachments } = page;
  let truncated = itemsTruncated;
  let cellBudget = opts.maxCells ?? MAX_REPORT_CELLS;

  const candidates: (Heading & HeadingMatch)[] = [];
  const grids = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'text') {
      const c = headingCandidate(it.text, i);
      if (c) candidates.push(c);
    } else if (it.kind === 'table') {
      if (cellBudget <= 0) {
        truncated = true;
        continue;
      }
      const grid = buildGrid(it.table, cellBudget, opts.shortcuts?.text, it.cells, it.more);
      cellBudget -= grid.cellCount;
      truncated ||= grid.truncated;
      grids.push(grid);
    }
  }
  const headings = pickHeadings(candidates);
  const paged = pagedArticle(items, headings);
  const segments = segmentTables(grids);
  const mapping = emptyMapping(opts.withElements ?? true);
  mapActiveDisclosure(segments, mapping);
  mapRequests(segments, mapping);
  mapReviewLitigation(segments, mapping);
  if (mapping.tables.size < 3) mapTextTables(items, mapping);

  // A page holding several reports: the text read is the first report's, up to where the next one's headings start
  // over, so that the prose of one is not checked against the tables of another.
  const own = mapping.moreReports ? items.slice(0, reportEnd(items, candidates, headings)) : items;
  const texts: string[] = [];
  const textItemAt: number[] = [];
  own.forEach((it, i) => {
    if (it.kind !== 'text') return;
    texts.push(it.text);
    textItemAt.push(i);
  });
  const fullText = texts.join('\n');
  // The last part's text ends at the report's signed date: the lines after it are the site's footer ("主办：…").
  const signedEnd = reportTextEnd(texts);
  const textEnd = signedEnd < texts.length ? textItemAt[signedEnd] : own.length;
  // Where the report's body starts, its first part heading or table: its title stands just before.
  let bodyStart = own.findIndex((it) => it.kind === 'table');
  for (const h of headings) if (bodyStart < 0 || h.index < bodyStart) bodyStart = h.index;
  const meta = readMeta(doc, own, texts, fullText, titles, Math.max(bodyStart, 0));
  const format = decideFormat(mapping, meta);
  const { sections, imageOnly } = sectionTexts(own, headings, textEnd);
  // Read folded, the text is exported as printed: only a page in Traditional characters needs the second reading.
  const sectionsAsPrinted = () => (meta.traditional ? sectionTexts(own, headings, textEnd, (it) => printedText(it.raw)).sections : sections);
  let printedFull: string | null = null;
  const fullTextAsPrinted = () => {
    if (!meta.traditional) return fullText;
    if (printedFull === null) {
      const printed: string[] = [];
      for (const it of own) if (it.kind === 'text') printed.push(printedText(it.raw));
      printedFull = printed.join('\n');
    }
    return printedFull;
  };
  // The 2019 template came with the revised Regulations: a report titled for an earlier year, without the
  // template's part 三, prints the old statistics table (收到申请数, 申请办结数 …). Checking it against the template
  // would only list "missing" tables and rows.
  // The year must come from the title or the statistics period: any year the prose mentions is not evidence.
  const hasRequests = mapping.tables.has('requests');
  const hasTitle = meta.title !== null;
  const statedYear = meta.titleYear ?? meta.periodYear;
  const olderFormatYear = !hasRequests && hasTitle && statedYear !== null && statedYear < FIRST_TEMPLATE_YEAR ? statedYear : null;
  // The first page of an article split over several holds a report's opening parts only (and maybe part 二's table).
  const opening = paged && hasTitle && (mapping.tables.size >= 1 || headings.length >= 2);
  const template = isBlankTemplate(mapping, meta.title);
  const isReport = olderFormatYear === null && !template && (hasRequests || mapping.tables.size >= 2 || (headings.length >= 4 && hasTitle) || opening);
  // The statistics tables alone, under no report title and no part heading: a table published on its own (a quarter's
  // requests, an annex). Its identities are checked; the parts it lacks are noted, not faulted, and it is no year's
  // report to compare with (its carried-over requests may be a quarter's).
  const tablesOnly = isReport && !hasTitle && !headings.length && !paged;
  return { isReport, olderFormatYear, blankTemplate: template, tablesOnly, partial: truncated, moreReports: mapping.moreReports, report: 0, paged, format, meta, mapping, headings, sections, sectionsAsPrinted, imageOnly, fullText, fullTextAsPrinted, attachments };
}

// The titles the template goes by where sites republish it: the State Council's notices that set it ("关于印发《…年度
// 报告格式》的通知", "关于政府信息公开工作年度报告有关事项的通知"), a local office's notice passing it on ("…年度报告编制发布
// 工作的通知"), a page of the blank forms ("…年度报告样表", "模板").
const TEMPLATE_TITLE = /报告格式|样表|模板|范本|(?:有关事项|编制|编写|发布|报送)(?:工作)?的通知$/;

/**
 * The template itself: its tables with no count filled in, under a title that names the template or the notice that
 * sets it. No agency's report, and nothing to check: the page says so rather than list two hundred blank cells. A
 * report whose tables were all left blank keeps a report's title and is checked (CELL-BLANK).
 */
function isBlankTemplate(mapping: Mapping, title: string | null): boolean {
  // The title first, as printed (in Traditional characters on a site's 繁體 view, "報告格式"): a report's title ends the
  // test there, before the walk over its cells.
  if (!mapping.tables.size || title === null || !TEMPLATE_TITLE.test(normalizeText(title))) return false;
  for (const path in mapping.cells) if (mapping.cells[path].state === 'number') return false;
  return true;
}

/**
 * The reading without its page: the same data with no element left in it, and the text as printed made now. A batch
 * holds every page's reading until all are read (last year's report may come later in the batch); holding their
 * pages too kept every parsed DOM alive, over a megabyte each in linkedom (the CLI's DOM until stop 36), so that memory grew with the batch.
 */
export function detachedReading(reading: Reading): Reading {
  // Cells read without their elements (the CLI's) are kept as they are; others are copied without them.
  let { cells } = reading.mapping;
  if (reading.mapping.withElements) {
    cells = Object.create(null) as Record<string, MappedCell>;
    for (const path in reading.mapping.cells) {
      // Written out, not `{ el, ...data }`: in V8 a rest copy took 5 times as long, for two hundred cells a report.
      const { value, state, raw, unit } = reading.mapping.cells[path];
      cells[path] = unit === undefined ? { value, state, raw } : { value, state, raw, unit };
    }
  }
  const sectionsAsPrinted = reading.sectionsAsPrinted();
  const fullTextAsPrinted = reading.fullTextAsPrinted();
  const { meta } = reading;
  return {
    ...reading,
    meta: { ...meta, title: meta.title === null ? null : ownCopy(meta.title), agency: meta.agency === null ? null : ownCopy(meta.agency) },
    headings: reading.headings.map((h) => ({ ...h, text: ownCopy(h.text) })),
    mapping: { ...reading.mapping, cells, withElements: false },
    sectionsAsPrinted: () => sectionsAsPrinted,
    fullTextAsPrinted: () => fullTextAsPrinted,
  };
}

/**
 * A string that holds only its own characters. V8 keeps the whole text a substring was cut from alive with it: a
 * title cut from a page's text kept that text (tens of kB) alive. Slicing a joined copy makes the copy the parent.
 */
const ownCopy = (s: string) => ` ${s}`.slice(1);

/** This report in the shape a later year's audit compares against (null when it has no year or is no report). */
export function previousOf(reading: Reading): PreviousReport | null {
  const { isReport, tablesOnly, meta, format, mapping, sections } = reading;
  if (!isReport || tablesOnly || meta.year === null) return null;
  const values: Record<string, number | null> = {};
  for (const path of allCellPaths(format)) values[path] = mapping.cells[path]?.value ?? null;
  return { year: meta.year, agency: meta.agency, format, values, text: [sections.overview, sections.problems].filter(Boolean).join('\n') };
}

/** Rules → findings → export, over a reading; `previous` is last year's report when at hand. */
export function checkReading(reading: Reading, opts: Omit<AuditOptions, 'maxNodes' | 'maxCells' | 'shortcuts' | 'withElements'> = {}): AuditResult {
  const ctx = makeContext(reading, reading.tablesOnly ? null : (opts.previous ?? null));
  const findings = reading.isReport ? runRules(ctx) : [];
  return new CheckedReport(ctx, findings, opts.url ?? null, (opts.now ?? new Date()).toISOString());
}

/**
 * An audit's result. What only some callers use is built when first read: the CLI never marks a page, the page never
 * exports unless the reader asks. A class, with its getters on the prototype: an object literal with getters (the
 * earlier shape) was made in V8's old space, and from there it held the page's young DOM through every minor
 * collection until a major one, so that the CLI copied and promoted nearly every page it parsed (183 MB for 600
 * audits of one page, against 8 MB without the getters; `tests/cli.test.ts` holds it).
 */
class CheckedReport implements AuditResult {
  readonly isReport: boolean;
  readonly olderFormatYear: number | null;
  readonly blankTemplate: boolean;
  readonly tablesOnly: boolean;
  readonly partial: boolean;
  readonly moreReports: number;
  readonly report: number;
  readonly attachments: string[];
  readonly title: string | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly format: Format;
  readonly fromLines: boolean;
  private made: { export?: Export; elements?: Map<string, Element>; asPrevious?: PreviousReport | null } = {};

  constructor(
    private readonly ctx: AuditContext,
    readonly findings: Finding[],
    private readonly url: string | null,
    private readonly capturedAt: string,
  ) {
    this.isReport = ctx.isReport;
    this.olderFormatYear = ctx.olderFormatYear;
    this.blankTemplate = ctx.blankTemplate;
    this.tablesOnly = ctx.tablesOnly;
    this.partial = ctx.partial;
    this.moreReports = ctx.moreReports;
    this.report = ctx.report;
    this.attachments = ctx.attachments;
    this.title = ctx.meta.title;
    this.agency = ctx.meta.agency;
    this.year = ctx.meta.year;
    this.format = ctx.format;
    this.fromLines = ctx.mapping.textTables.size > 0;
  }

  get export(): Export {
    return (this.made.export ??= buildExport(this.ctx, this.findings, this.url, this.capturedAt));
  }

  get elements(): Map<string, Element> {
    if (!this.made.elements) {
      const { format, mapping } = this.ctx;
      const paths = cellPathSet(format);
      const elements = new Map<string, Element>();
      for (const path in mapping.cells) {
        const { el } = mapping.cells[path];
        if (el && paths.has(path)) elements.set(path, el);
      }
      this.made.elements = elements;
    }
    return this.made.elements;
  }

  get asPrevious(): PreviousReport | null {
    if (this.made.asPrevious === undefined) this.made.asPrevious = previousOf(this.ctx);
    return this.made.asPrevious;
  }
}

const cellPathSet = perFormat((format) => new Set(allCellPaths(format)));

/** The report as structured data: every cell of the format with its raw text and state, the nested numbers, the text. */
function buildExport(ctx: AuditContext, findings: Finding[], url: string | null, capturedAt: string): Export {
  const { format, meta } = ctx;
  const sections = ctx.sectionsAsPrinted();
  // Without a prototype, as mapping.cells: an object literal given two hundred keys went through V8's fast
  // properties and then was turned into a dictionary; one made a dictionary from the start took half the time.
  const cells = Object.create(null) as Record<string, CellRecord>;
  const paths = allCellPaths(format);
  const read = ctx.cells();
  for (let i = 0; i < paths.length; i++) cells[paths[i]] = cellRecord(read[i]);
  const report = {
    agency: meta.agency,
    year: meta.year,
    format,
    activeDisclosure: nest(format, 'activeDisclosure', ctx.cellsOf('activeDisclosure')),
    requests: nest(format, 'requests', ctx.cellsOf('requests')),
    reviewLitigation: nest(format, 'reviewLitigation', ctx.cellsOf('reviewLitigation')),
  } as Export['report'];
  return {
    schemaVersion: 1,
    source: { url, title: meta.title, capturedAt, toolVersion: TOOL_VERSION },
    report,
    cells,
    text: { overview: sections.overview ?? null, problems: sections.problems ?? null, otherMatters: sections.otherMatters ?? null },
    findings,
    extraRows: extraRowsOf(ctx),
    reading: { partial: ctx.partial, moreReports: ctx.moreReports, fromText: TABLE_PART_KEYS.filter((part) => ctx.mapping.textTables.has(part)) },
  };
}

const cellRecord = (c: CellReading): CellRecord => (c.unit ? { raw: c.raw, state: c.state, unit: c.unit } : { raw: c.raw, state: c.state });

/**
 * The rows read that the format has no key for: those under labels of no template row, as the mapping kept them, and
 * part 二's rows of the other template (read under their own paths, which this format's report has no place for).
 */
function extraRowsOf({ mapping, format }: AuditContext): ExtraRow[] {
  const extraCell = (c: CellReading) => ({ value: c.value, ...cellRecord(c) });
  const out: ExtraRow[] = mapping.extraRows.map(({ part, label, cells }) => ({ part, label, cells: Object.fromEntries(cells.map(([col, c]) => [col, extraCell(c)])) }));
  for (const [row, cells] of otherTemplateRows(format)) {
    if (!mapping.rows.has(row)) continue;
    const read = cells.filter((c) => mapping.cells[c.path]);
    out.push({ part: 'activeDisclosure', label: rowLabel(row).zh, cells: Object.fromEntries(read.map((c) => [c.column, extraCell(mapping.cells[c.path])])) });
  }
  return out;
}

/** Part 二's rows that only the other template has, each with its cells. */
const otherTemplateRows = perFormat((format) => {
  const own = rowPaths(format, 'activeDisclosure');
  const rows = new Map<string, { path: string; column: string }[]>();
  for (const c of cellsWithRows(otherFormat(format), 'activeDisclosure')) {
    if (own.includes(c.row)) continue;
    if (!rows.has(c.row)) rows.set(c.row, []);
    rows.get(c.row)!.push(c);
  }
  return rows;
});

export function auditDocument(doc: Document, opts: AuditOptions = {}): AuditResult {
  return checkReading(readDocument(doc, opts), opts);
}
