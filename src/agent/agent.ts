// The content side of the extension, without extension APIs (they come in through `platform`): detect, audit,
// mark, explain, re-audit when the tables change. It never throws into the page.
import { checkReading, readDocument, type AuditResult } from '../audit/audit';
import type { PreviousReport } from '../audit/context';
import { ATTR, Marks, type QuotedText } from '../highlight/marks';
import { Overlay } from '../highlight/overlay';
import { PageText, blockOf, stillReads } from '../highlight/quotes';
import type { MessageKey } from '../i18n/messages';
import type { Finding } from '../model/schema';
import { countFindings, emptyCounts, type PageState, type PageSummary } from '../messaging/protocol';
import { mightHoldReport, watchTables } from '../page/detect';

export interface AgentPlatform {
  t: (key: MessageKey, ...subs: string[]) => string;
  loadPrevious(agency: string, year: number): Promise<PreviousReport | null>;
  /** `joinPages`: one page of an article split over several (what another page kept is joined, not replaced). */
  savePrevious(report: PreviousReport, joinPages: boolean): Promise<void>;
  /** Tells the background (badge, which frame holds the report). */
  notify(summary: PageSummary): void;
  /** Aborted when the extension is reloaded or the page goes away: everything attached comes down. */
  signal: AbortSignal;
  log?: (...args: unknown[]) => void;
}

function measure(name: string, start: number, duration: number): void {
  try {
    performance.measure(`disclosure-lens:${name}`, { start, duration });
  } catch {
    // Older engines without measure options.
  }
}

function sameReport(a: PreviousReport, b: PreviousReport | null): boolean {
  if (!b || a.year !== b.year || a.agency !== b.agency || a.format !== b.format || a.text !== b.text) return false;
  for (const k in a.values) if (a.values[k] !== b.values[k]) return false;
  return true;
}

/** Shown on screen: laid out in at least one box (display: none and its descendants have none). */
const onScreen = (el: Element) => el.getClientRects().length > 0;

const DEBOUNCE_MS = 400;
// A page that keeps rewriting its tables must not keep us auditing forever.
const MAX_REAUDITS_PER_MINUTE = 20;

export class PageAgent {
  private result: AuditResult | null = null;
  private marks: Marks;
  private overlay: Overlay | null = null;
  private marksOn = true;
  /** Stops the watch on the tables, once one is set. */
  private stopWatching: (() => void) | null = null;
  private recent: number[] = [];
  /** The re-audit put off until the minute's limit allows one. */
  private deferred: ReturnType<typeof setTimeout> | undefined;
  private hovered: Element | null = null;
  private error: string | undefined;
  /** The report last written to storage. */
  private saved: PreviousReport | null = null;
  /** On a page holding several reports, the one the reader chose to check (0: the first). */
  private reportIndex = 0;
  /** Audits begun: an audit that waited for last year's report shows nothing once a newer one has begun. */
  private audits = 0;
  /** The words of text findings found in the page, by quote, for the report checked (kept while they still stand). */
  private words: { report: number; byQuote: Map<string, QuotedText> } = { report: 0, byQuote: new Map() };
  /** The result whose findings' words were looked for in the page. */
  private searched: AuditResult | null = null;

  constructor(
    private readonly doc: Document,
    private readonly platform: AgentPlatform,
  ) {
    this.marks = new Marks(doc);
    platform.signal.addEventListener('abort', () => this.teardown());
  }

  state(): PageState {
    const ex = this.result?.isReport ? this.result.export : null;
    return {
      status: ex ? 'report' : 'not-report',
      export: ex,
      counts: ex ? countFindings(ex.findings) : emptyCounts(),
      partial: this.result?.partial ?? false,
      moreReports: this.result?.isReport ? this.result.moreReports : 0,
      report: this.result?.isReport ? this.result.report : 0,
      marksOn: this.marksOn,
      ...(this.error ? { error: this.error } : {}),
      ...(this.result?.olderFormatYear ? { olderFormatYear: this.result.olderFormatYear } : {}),
      ...(this.result?.blankTemplate ? { blankTemplate: true } : {}),
      ...(this.result && !ex && this.result.attachments.length ? { attachments: this.result.attachments } : {}),
    };
  }

  /** Audits the page now; `state()` then has the result (the popup asks for it, the badge is told). */
  async audit(force: boolean): Promise<void> {
    // Compute time only (read, check, mark); the storage round trips for last year's report are not the audit.
    // Each stage leaves a user-timing entry (read, check, mark) and the whole one more ("audit"): a benchmark, or a
    // curious reader's devtools, sees what an audit cost and where.
    let spent = 0;
    const timed = <T>(stage: 'read' | 'check' | 'mark', fn: () => T): T => {
      const t0 = performance.now();
      try {
        return fn();
      } finally {
        const t1 = performance.now();
        spent += t1 - t0;
        measure(stage, t0, t1 - t0);
      }
    };
    const url = this.doc.location?.href ?? null;
    const audit = ++this.audits;
    await this.safe(async () => {
      // The page is read once; last year's report, when remembered, joins a second run of the rules (below).
      const reading = timed('read', () => readDocument(this.doc, { isShown: onScreen, report: this.reportIndex }));
      const { agency, year } = reading.meta;
      // Last year's report is asked for before the rules run, and the page is marked without waiting for the answer:
      // on a first audit, while the page is still loading, it comes 25–30 ms later. Most pages have none kept; when
      // one comes, the rules run again with it and the marks are brought up to date (only the YEAR- rules read it,
      // so their findings join the others).
      const asked = reading.isReport && !reading.tablesOnly && agency && year !== null ? this.platform.loadPrevious(agency, year - 1) : null;
      const show = (checked: AuditResult) => {
        this.result = checked;
        if (checked.isReport || force) timed('mark', () => this.render());
      };
      // This year's record for next year is part of the check's work: built inside its timing. It is the reading's
      // alone, so a second run of the rules (with last year's report) leaves it as it is.
      const { res, me } = timed('check', () => {
        const checked = checkReading(reading, { url, previous: null });
        return { res: checked, me: checked.asPrevious };
      });
      show(res);
      const previous = asked ? await asked : null;
      // The page changed and was read again while this audit waited: the newer reading stands.
      if (audit !== this.audits) return;
      if (previous) show(timed('check', () => checkReading(reading, { url, previous })));
      // Stored after marking: the reader does not wait for storage. Re-audits of an unchanged report (a page that
      // keeps touching its tables) write nothing to it.
      if (me?.agency && !sameReport(me, this.saved)) {
        await this.platform.savePrevious(me, reading.paged);
        this.saved = me;
      }
    });
    measure('audit', performance.now() - spent, spent);
    this.notify();
  }

  /** The badge's view: what was found and how much, without the export (built only when the popup asks). */
  private notify(): void {
    const res = this.result;
    const isReport = res?.isReport ?? false;
    this.platform.notify({
      status: isReport ? 'report' : 'not-report',
      counts: isReport ? countFindings(res!.findings) : emptyCounts(),
      title: isReport ? res!.title : null,
    });
  }

  reveal(path: string): boolean {
    const el = this.result?.elements.get(path);
    if (!el) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.marks.flash(el);
    return true;
  }

  /** Scrolls to a text finding's words and draws attention to them (those of a finding not marked too). */
  revealQuote(quote: string): boolean {
    const res = this.result;
    const f = res?.findings.find((x) => x.quote === quote);
    const words = f && this.wordsOf(res!, [f], true).get(f);
    if (!words) return false;
    (words.block ?? words.range.startContainer.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (words.block) this.marks.flash(words.block);
    this.marks.flashRange(words.range);
    return true;
  }

  /**
   * The words of these findings in the page: those found before that still stand there and read the same; with
   * `look`, the page's text is read for the others.
   */
  private wordsOf(res: AuditResult, findings: Finding[], look: boolean): Map<Finding, QuotedText> {
    if (this.words.report !== res.report) this.words = { report: res.report, byQuote: new Map() };
    const { byQuote } = this.words;
    const out = new Map<Finding, QuotedText>();
    let page: PageText | null = null;
    let tables: [number, number] | null = null;
    for (const f of findings) {
      if (f.quote === null) continue;
      let found = byQuote.get(f.quote);
      if (found && !stillReads(found.range, f.quote)) {
        byQuote.delete(f.quote);
        found = undefined;
      }
      if (!found && look && this.doc.body) {
        if (!page) {
          page = new PageText(this.doc.body);
          // The rules quote the first claim of their kind: on a page of one report, the first words that read so.
          if (res.moreReports > 0) tables = page.spanOf(res.elements.values());
        }
        const range = page.find(f.quote, onScreen, tables);
        if (range) byQuote.set(f.quote, (found = { range, block: blockOf(range) }));
      }
      if (found) out.set(f, found);
    }
    return out;
  }

  /** Runs `fn` once the page is idle (after the marks made now are on screen), unless the page went away. */
  private whenIdle(fn: () => void): void {
    const win = this.doc.defaultView as (Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }) | null;
    const run = () => !this.platform.signal.aborted && this.safeSync(fn);
    if (win?.requestIdleCallback) win.requestIdleCallback(run, { timeout: 300 });
    else setTimeout(run, 0);
  }

  /** Checks another of the page's reports (the marks move to it); re-audits keep to it. */
  async selectReport(index: number): Promise<PageState> {
    const before = this.reportIndex;
    this.reportIndex = Math.max(0, Math.floor(index) || 0);
    await this.audit(false);
    // A stretch of the page that holds no report after all: back to the one checked before.
    if (!this.result?.isReport && this.reportIndex !== before) {
      this.reportIndex = before;
      await this.audit(false);
    }
    return this.state();
  }

  setMarks(on: boolean): PageState {
    this.marksOn = on;
    this.render();
    return this.state();
  }

  private render(): void {
    const res = this.result;
    this.hidePopover();
    if (!res?.isReport) {
      this.marks.clear();
      this.overlay?.destroy();
      this.overlay = null;
      return;
    }
    if (this.marksOn) {
      // The cells first, with the words already placed; the words not placed yet are looked for once the page is
      // idle: on a first audit, reading the page's text for them cost 2-16 ms more before any mark was in the page.
      const marked = res.findings.filter((f) => f.severity !== 'info');
      const known = this.wordsOf(res, marked, false);
      this.marks.apply(res.findings, res.elements, known);
      if (this.searched !== res && marked.some((f) => f.quote !== null && !known.has(f))) {
        this.searched = res;
        this.whenIdle(() => {
          if (this.result === res && this.marksOn) this.marks.apply(res.findings, res.elements, this.wordsOf(res, marked, true));
        });
      }
    } else this.marks.clear();
    if (!this.overlay) {
      this.overlay = new Overlay(this.doc, this.platform.t, (on) => {
        this.setMarks(on);
        this.notify();
      });
      this.listen();
    }
    this.overlay.showChip(countFindings(res.findings), this.marksOn);
  }

  private listen(): void {
    const opts = { capture: true, passive: true, signal: this.platform.signal };
    const enter = (e: Event) => this.safeSync(() => this.enter(e.target));
    this.doc.addEventListener('mouseover', enter, opts);
    this.doc.addEventListener('focusin', enter, opts);
    this.doc.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && this.hidePopover(), opts);
    let pending = false;
    const follow = () => {
      if (pending || !this.hovered) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (this.hovered) this.overlay?.place(this.hovered);
      });
    };
    this.doc.addEventListener('scroll', follow, opts);
    this.doc.defaultView?.addEventListener('resize', follow, opts);
  }

  private enter(target: EventTarget | null): void {
    const el = target && (target as Element).closest ? (target as Element).closest(`[${ATTR}]`) : null;
    if (!el || !this.marksOn) {
      if (this.hovered) this.hidePopover();
      return;
    }
    if (el === this.hovered) return;
    const findings = this.marks.byElement.get(el);
    if (!findings?.length || !this.overlay || !this.result) return;
    this.hovered = el;
    this.overlay.showPopover(el, findings);
    this.marks.emphasise(
      findings.flatMap((f) => [...f.cells, ...f.related]),
      this.result.elements,
    );
  }

  private hidePopover(): void {
    this.hovered = null;
    this.overlay?.hidePopover();
    this.marks.unemphasise();
  }

  /**
   * Re-audits when the tables change (debounced, rate-limited). Started once, by the auditor as it is injected and
   * before its first audit, so that every audit after it, forced or not, is watched.
   */
  watchForChanges(): void {
    if (this.stopWatching || !this.doc.body || this.platform.signal.aborted) return;
    this.stopWatching = watchTables(this.doc.body, () => void this.reaudit(), DEBOUNCE_MS, () => this.linesRead());
  }

  /** The elements of the lines of text a table was read from (watched for changes as a table is), by result. */
  private lines: { of: AuditResult | null; elements: ReadonlySet<Node> } = { of: null, elements: new Set() };
  private linesRead(): ReadonlySet<Node> {
    const res = this.result;
    if (this.lines.of !== res) this.lines = { of: res, elements: new Set(res?.isReport && res.fromLines ? res.elements.values() : []) };
    return this.lines.elements;
  }

  private async reaudit(): Promise<void> {
    const now = Date.now();
    this.recent = this.recent.filter((t) => now - t < 60_000);
    if (this.recent.length >= MAX_REAUDITS_PER_MINUTE) {
      // Once the minute's audits are spent, the last change is audited when one is free again, not dropped: a long
      // PDF read page by page draws a text layer for each, and the pages drawn after the twentieth audit went unread.
      this.deferred ??= setTimeout(() => {
        this.deferred = undefined;
        void this.reaudit();
      }, 60_000 - (now - this.recent[0]) + 1);
      return;
    }
    this.recent.push(now);
    if (this.result?.isReport || mightHoldReport(this.doc)) await this.audit(false);
  }

  private teardown(): void {
    clearTimeout(this.deferred);
    this.stopWatching?.();
    this.marks.clear();
    this.overlay?.destroy();
  }

  private async safe(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.error = String(err);
      this.platform.log?.('Disclosure Lens:', err);
    }
  }

  private safeSync(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.platform.log?.('Disclosure Lens:', err);
    }
  }
}
