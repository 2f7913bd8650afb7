// The report's shape, the single source of truth. Keys are the public contract of shared/spec/report-format.md.
import { CASE_COLUMNS, REQUEST_COLUMNS } from './keys';
import { z } from './zod';

export { CASE_COLUMNS, REQUEST_COLUMNS };

/** A published number, or null where the cell is blank, a none-mark, unreadable or absent. */
const Num = z.nullable(z.number());

const columns = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, Num])) as Record<K, typeof Num>);

// ---- Part 二 (activeDisclosure)
const Docs2021 = columns(['issued', 'repealed', 'inForce'] as const);
const Decisions2021 = columns(['decisions'] as const);
export const ActiveDisclosure2021 = z.object({
  regulations: Docs2021,
  normativeDocuments: Docs2021,
  licensing: Decisions2021,
  penalty: Decisions2021,
  coercion: Decisions2021,
  adminFees: columns(['amountWanYuan'] as const),
});

const Docs2019 = columns(['newlyMade', 'newlyPublished', 'publishedTotal'] as const);
const Items2019 = columns(['previousItems', 'change', 'decisions'] as const);
export const ActiveDisclosure2019 = z.object({
  regulations: Docs2019,
  normativeDocuments: Docs2019,
  licensing: Items2019,
  otherServices: Items2019,
  penalty: Items2019,
  coercion: Items2019,
  adminFees: columns(['previousItems', 'change'] as const),
  procurement: columns(['projects', 'amount'] as const),
});

// ---- Part 三 (requests)
export type RequestColumn = (typeof REQUEST_COLUMNS)[number];
const Applicants = columns(REQUEST_COLUMNS);

const requestsShape = {
  newReceived: Applicants,
  carriedOver: Applicants,
  granted: Applicants,
  partiallyGranted: Applicants,
  denied: z.object({
    stateSecret: Applicants,
    lawProhibited: Applicants,
    securityStability: Applicants,
    thirdParty: Applicants,
    internalAffairs: Applicants,
    processInformation: Applicants,
    enforcementFile: Applicants,
    administrativeQuery: Applicants,
  }),
  unavailable: z.object({ notHeld: Applicants, needsCreation: Applicants, unclear: Applicants }),
  notProcessed: z.object({
    complaint: Applicants,
    duplicate: Applicants,
    publication: Applicants,
    excessive: Applicants,
    confirmation: Applicants,
  }),
};
export const Requests2021 = z.object({
  ...requestsShape,
  otherHandling: z.object({ noCorrection: Applicants, feeUnpaid: Applicants, other: Applicants }),
  outcomesTotal: Applicants,
  carriedForward: Applicants,
});
export const Requests2019 = z.object({
  ...requestsShape,
  otherHandling: z.object({ all: Applicants }),
  outcomesTotal: Applicants,
  carriedForward: Applicants,
});

// ---- Part 四 (reviewLitigation)
const Cases = columns(CASE_COLUMNS);
export const ReviewLitigation = z.object({ review: Cases, litigationDirect: Cases, litigationAfterReview: Cases });

// ---- The whole report
const meta = {
  agency: z.nullable(z.string()),
  year: z.nullable(z.number()),
};
export const Report2021 = z.object({
  ...meta,
  format: z.literal('2021'),
  activeDisclosure: ActiveDisclosure2021,
  requests: Requests2021,
  reviewLitigation: ReviewLitigation,
});
export const Report2019 = z.object({
  ...meta,
  format: z.literal('2019'),
  activeDisclosure: ActiveDisclosure2019,
  requests: Requests2019,
  reviewLitigation: ReviewLitigation,
});
export const Report = z.discriminatedUnion('format', [Report2021, Report2019]);
export type Report = z.infer<typeof Report>;
export type Format = Report['format'];

/** The tabular parts, by format: the schemas every cell path is derived from. */
export const TABLE_PARTS = {
  '2021': { activeDisclosure: ActiveDisclosure2021, requests: Requests2021, reviewLitigation: ReviewLitigation },
  '2019': { activeDisclosure: ActiveDisclosure2019, requests: Requests2019, reviewLitigation: ReviewLitigation },
} as const;
export type TablePart = keyof (typeof TABLE_PARTS)['2021'];

// ---- Findings and the export
export const Severity = z.enum(['error', 'warning', 'info', 'review']);
export type Severity = z.infer<typeof Severity>;

export const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** The cells at fault: the printed values that break the check. */
  cells: z.array(z.string()),
  /** The other cells the check involves (the operands of a sum), emphasised together in the page. */
  related: z.array(z.string()),
  expected: z.nullable(z.union([z.number(), z.string()])),
  actual: z.nullable(z.union([z.number(), z.string()])),
  message: Bilingual,
  /**
   * The words of the report's text the finding is about, as the page prints them (the text rules' findings); null
   * for a finding about cells. The extension finds them in the page to mark the sentence.
   */
  quote: z.nullable(z.string()),
});
export type Finding = z.infer<typeof Finding>;

export const CellState = z.enum(['number', 'blank', 'none', 'invalid', 'missing']);
export type CellState = z.infer<typeof CellState>;

/** What was printed in a cell, kept beside the number so a reader can check our reading. */
export const CellRecord = z.object({
  raw: z.nullable(z.string()),
  state: CellState,
  unit: z.optional(z.string()),
});
export type CellRecord = z.infer<typeof CellRecord>;

/**
 * A row with counts under a label no template row of the report's format has: "其他主动公开文件", a "小计" row, part
 * 四's matrix with a "合计" row, a row of the other template ("其他对外管理服务事项" in a 2021 table). Exported as printed and not checked; DOC-ROWS names it.
 */
export const ExtraRow = z.object({
  part: z.enum(['activeDisclosure', 'requests', 'reviewLitigation']),
  /** As the page prints it (the template's label for a row of the other template). */
  label: z.string(),
  /**
   * Its cells by the column key of the header above them (the template's keys), or "1", "2"… in order under none;
   * each with its number (null where it holds none), as the report object has it for template cells.
   */
  cells: z.record(z.string(), z.extend(CellRecord, { value: z.nullable(z.number()) })),
});
export type ExtraRow = z.infer<typeof ExtraRow>;

export const Export = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    url: z.nullable(z.string()),
    title: z.nullable(z.string()),
    capturedAt: z.string(),
    toolVersion: z.string(),
  }),
  report: Report,
  cells: z.record(z.string(), CellRecord),
  text: z.object({
    overview: z.nullable(z.string()),
    problems: z.nullable(z.string()),
    otherMatters: z.nullable(z.string()),
  }),
  findings: z.array(Finding),
  extraRows: z.array(ExtraRow),
  /** How the page was read, for a reader weighing the numbers (the popup says the same). */
  reading: z.object({
    /** The reading stopped at a budget (a page of 400,000 nodes, report tables past 10,000 cells): cells may be missing. */
    partial: z.boolean(),
    /** Reports on the page after this one (part 三 starting over): only this one is read, unless the CLI reads all. */
    moreReports: z.number(),
    /** Parts read from lines of text (a table pasted as text, a PDF shown by PDF.js), not from an HTML table. */
    fromText: z.array(z.enum(['activeDisclosure', 'requests', 'reviewLitigation'])),
  }),
});
export type Export = z.infer<typeof Export>;

/** What is remembered of a report for next year's cross-year checks (storage.local in the extension). */
export const PreviousReport = z.object({
  year: z.number(),
  agency: z.nullable(z.string()),
  format: z.enum(['2021', '2019']),
  values: z.record(z.string(), z.nullable(z.number())),
  /** The report's own prose (parts 一 and 五), for the "copied from last year" check. */
  text: z.string(),
});
export type PreviousReport = z.infer<typeof PreviousReport>;
