// Typed messages between popup, background and content script.
import type { Export, Finding, PreviousReport, Severity } from '../model/schema';

export type Counts = Record<Severity, number>;

export interface PageState {
  /** 'report': a report was found and audited; 'not-report': the page holds none (or was not audited yet). */
  status: 'report' | 'not-report';
  export: Export | null;
  counts: Counts;
  /** True when the page was too large to read whole within the budget. */
  partial: boolean;
  /** How many more reports' tables the page holds besides the one checked. */
  moreReports: number;
  /** Which of the page's reports was checked (0: the first); the popup moves between them. */
  report: number;
  marksOn: boolean;
  /** Why the audit could not run, when it could not. */
  error?: string;
  /** A report from before 2019 (its year): recognised, not checked. */
  olderFormatYear?: number;
  /** The template's blank tables (the notice that sets it, republished): recognised, nothing to check. */
  blankTemplate?: true;
  /** No report on the page, but documents it links to (a report published as a file may be one of them). */
  attachments?: string[];
}

/** What the background keeps of a page's audit (the badge, and which frame holds the report). */
export interface PageSummary {
  status: PageState['status'];
  counts: Counts;
  title: string | null;
}

export type ContentRequest =
  | { type: 'get-state' }
  | { type: 'audit'; force: boolean }
  | { type: 'reveal'; path: string }
  // A text finding's words, by its quote (Finding.quote).
  | { type: 'reveal-quote'; quote: string }
  | { type: 'set-marks'; on: boolean }
  | { type: 'select-report'; index: number };

export type BackgroundRequest =
  | ({ type: 'page-state' } & PageSummary)
  | { type: 'need-auditor' }
  | { type: 'get-tab'; tabId: number }
  | { type: 'audit-tab'; tabId: number }
  // Last year's report, kept in the extension's local storage: the background reads and writes it, and checks its
  // shape (the content script carries no schema library).
  | { type: 'load-previous'; agency: string; year: number }
  // `joinPages`: the page is one of an article split over several; what another page kept is joined, not replaced.
  | { type: 'save-previous'; report: PreviousReport; joinPages: boolean };

/** What the background remembers of a tab: which frame holds the report, and its summary. */
export interface TabInfo extends PageSummary {
  frameId: number;
}

export const emptyCounts = (): Counts => ({ error: 0, warning: 0, review: 0, info: 0 });

export function countFindings(findings: readonly Finding[]): Counts {
  const c = emptyCounts();
  for (const f of findings) c[f.severity]++;
  return c;
}
