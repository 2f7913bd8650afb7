// What every rule receives: the page's reading, pure data (the elements stay out of the rules' way).
import { MISSING } from '../cells/parse';
import type { Heading, PartKey } from '../locate/sections';
import type { Mapping, MappedCell } from '../map/types';
import { allCellPaths, partRange } from '../model/paths';
import type { Format, PreviousReport, TablePart } from '../model/schema';
import type { ReportMeta } from '../report/meta';

/** Last year's report of the same agency, when at hand (CLI batch, or remembered locally by the extension). */
export type { PreviousReport };

/** The page as read: everything the rules look at, before any rule runs. */
export interface Reading {
  /** Whether the page holds a disclosure annual report at all. */
  isReport: boolean;
  /**
   * The year of a report from before 2019 (null otherwise). Those reports follow the old Regulations and print a
   * different statistics table; the rules are written for the 2019 and 2021 templates, so they are not run.
   */
  olderFormatYear: number | null;
  /**
   * The page holds the template's tables with no count filled in, under the title of the template or of the notice
   * that sets it (sites republish it): no report, so not checked.
   */
  blankTemplate: boolean;
  /**
   * The statistics tables alone, under no report title or part heading: a table published on its own (a quarter's
   * requests, an annex). The parts it lacks are noted, not faulted, and no year's report is compared with it.
   */
  tablesOnly: boolean;
  /** True when the page was too large to read whole. */
  partial: boolean;
  /** How many more reports' part 三 tables the page holds besides the one read and checked. */
  moreReports: number;
  /** Which of the page's reports is read: 0, the first, unless another was asked for. */
  report: number;
  /** The article is split over several pages ("下一页"): what this page lacks may be on another. */
  paged: boolean;
  format: Format;
  meta: ReportMeta;
  mapping: Mapping;
  headings: Heading[];
  /** Text of each part found, from its heading to the next. */
  sections: Partial<Record<PartKey, string>>;
  /** The same, as the page prints it (differs on a page in Traditional characters; made when asked, for the export). */
  sectionsAsPrinted(): Partial<Record<PartKey, string>>;
  /** Parts whose section holds an image but no table (a table published as a picture). */
  imageOnly: Set<PartKey>;
  /** Documents the page links to (PDF, Word, spreadsheets), by name. */
  attachments: string[];
  fullText: string;
  /**
   * fullText as the page prints it: the same on a Simplified page; on a page in Traditional characters, aligned with
   * fullText character for character, so a stretch found in one is the same stretch of the other. Made when asked.
   */
  fullTextAsPrinted(): string;
}

/** The reading, with last year's report when at hand and cell lookups. */
export interface AuditContext extends Reading {
  previous: PreviousReport | null;
  cell(path: string): MappedCell;
  value(path: string): number | null;
  /**
   * Every cell of the format, in template order (aligned with allCellPaths): what the rules that walk every cell,
   * and the export, read. A lookup by path is a hash probe; made once, the list spares the thousand or so probes
   * those walks made in every audit.
   */
  cells(): readonly MappedCell[];
  /** The cells of one part, aligned with cellPaths(format, part). */
  cellsOf(part: TablePart): readonly MappedCell[];
}

/**
 * The reading with last year's report and the lookups. Its fields are written out, not spread: V8 copied the reading
 * field by field through its slow path, some microseconds per audit.
 */
export function makeContext(r: Reading, previous: PreviousReport | null): AuditContext {
  const byPath = r.mapping.cells;
  const cell = (path: string) => byPath[path] ?? MISSING;
  let all: readonly MappedCell[] | undefined;
  const cells = () => (all ??= allCellPaths(r.format).map(cell));
  const parts: Partial<Record<TablePart, readonly MappedCell[]>> = {};
  return {
    isReport: r.isReport,
    olderFormatYear: r.olderFormatYear,
    blankTemplate: r.blankTemplate,
    tablesOnly: r.tablesOnly,
    partial: r.partial,
    moreReports: r.moreReports,
    report: r.report,
    paged: r.paged,
    format: r.format,
    meta: r.meta,
    mapping: r.mapping,
    headings: r.headings,
    sections: r.sections,
    sectionsAsPrinted: r.sectionsAsPrinted,
    imageOnly: r.imageOnly,
    attachments: r.attachments,
    fullText: r.fullText,
    fullTextAsPrinted: r.fullTextAsPrinted,
    previous,
    cell,
    value: (path) => cell(path).value,
    cells,
    cellsOf: (part) => (parts[part] ??= cells().slice(...partRange(r.format, part))),
  };
}
