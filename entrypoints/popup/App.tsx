import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '@/src/platform/browser';
import { FORMATS, toJson, type FormatId } from '@/src/export/tabular';
import { makeT, type MessageKey } from '@/src/i18n/messages';
import type { PageState, TabInfo } from '@/src/messaging/protocol';
import type { Finding, Severity } from '@/src/model/schema';
import { RULES, ruleDescriptions } from '@/src/rules';
import type { RuleGroup } from '@/src/rules/types';

const t = makeT((k, subs) => browser.i18n.getMessage(k, subs));

const GROUPS: [RuleGroup, MessageKey][] = [
  ['structure', 'groupStructure'],
  ['requests', 'groupRequests'],
  ['reviewLitigation', 'groupReviewLitigation'],
  ['activeDisclosure', 'groupActiveDisclosure'],
  ['text', 'groupText'],
  ['years', 'groupYears'],
  ['cell', 'groupCell'],
];
const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));
const DESCRIPTIONS = ruleDescriptions();

/** What a rule checks, for the tooltip of its id: its name and description, Chinese first. */
function ruleHelp(id: string): string | undefined {
  const r = RULE_BY_ID.get(id);
  const d = DESCRIPTIONS.get(id);
  return r && d && `${r.title.zh}：${d.zh}\n${r.title.en}: ${d.en}`;
}
const COPY_KEYS: Record<FormatId, MessageKey> = { json: 'copyJson', csv: 'copyCsv', tsv: 'copyTsv', markdown: 'copyMarkdown' };

// 'none' with a year: a report from before 2019, recognised but not checked; with `template`, the template's blank
// tables (a republished notice), recognised and with nothing to check.
type Phase =
  | { kind: 'loading' }
  | { kind: 'ready'; state: PageState }
  | { kind: 'none'; olderYear?: number; template?: boolean; attachments?: string[] }
  | { kind: 'blocked' };

const noneOf = (state: PageState | undefined): Phase => ({
  kind: 'none',
  olderYear: state?.olderFormatYear,
  template: state?.blankTemplate,
  attachments: state?.attachments,
});

/** The tab to talk to: the active one, or ?tab=ID (the popup opened as a page, as the tests do). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (err) {
    // Some browsers refuse the async clipboard in a popup; the older path still works there.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw err;
  }
}

export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const [frameId, setFrameId] = useState(0);
  const [notice, setNotice] = useState<{ text: string; ok: boolean } | null>(null);

  async function load() {
    const id = await targetTab();
    setTabId(id);
    if (id === undefined) return setPhase({ kind: 'blocked' });
    const info = (await browser.runtime.sendMessage({ type: 'get-tab', tabId: id }).catch(() => null)) as TabInfo | null;
    const frame = info?.status === 'report' ? info.frameId : 0;
    setFrameId(frame);
    try {
      const state = (await browser.tabs.sendMessage(id, { type: 'get-state' }, { frameId: frame })) as PageState | undefined;
      setPhase(state?.status === 'report' ? { kind: 'ready', state } : noneOf(state));
    } catch {
      setPhase({ kind: 'none' });
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function auditAnyway() {
    if (tabId === undefined) return;
    setPhase({ kind: 'loading' });
    try {
      const state = (await browser.runtime.sendMessage({ type: 'audit-tab', tabId })) as PageState | undefined;
      if (state?.status === 'report') {
        await load();
      } else {
        setPhase(noneOf(state));
        // A report before 2019 or the blank template was found, and the popup says so; otherwise nothing to audit.
        if (!state?.olderFormatYear && !state?.blankTemplate) setNotice({ text: t('noTables'), ok: false });
      }
    } catch {
      setPhase({ kind: 'blocked' });
    }
  }

  const state = phase.kind === 'ready' ? phase.state : null;
  const ex = state?.export ?? null;

  async function copy(format: FormatId) {
    if (!ex) return;
    const f = FORMATS.find((x) => x.id === format)!;
    try {
      await writeClipboard(f.render(ex));
      setNotice({ text: t('copied', format === 'markdown' ? 'Markdown' : format.toUpperCase()), ok: true });
    } catch (err) {
      setNotice({ text: t('copyFailed', err instanceof Error ? err.message : String(err)), ok: false });
    }
  }

  function download() {
    if (!ex) return;
    // ASCII only: some systems turn a non-ASCII download name into "download" with no extension.
    const host = (() => {
      try {
        return new URL(ex.source.url ?? '').hostname || 'page';
      } catch {
        return 'page';
      }
    })();
    const name = `disclosure-lens-${host}-${ex.report.year ?? 'unknown'}.json`;
    const url = URL.createObjectURL(new Blob([toJson(ex)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNotice({ text: t('downloaded', name), ok: true });
  }

  async function reveal(path: string) {
    if (tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: 'reveal', path }, { frameId }).catch(() => undefined);
  }

  // A text finding leads to its words in the page; the cells it names are marked there too.
  async function revealQuote(quote: string) {
    if (tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: 'reveal-quote', quote }, { frameId }).catch(() => undefined);
  }

  async function selectReport(index: number) {
    if (tabId === undefined) return;
    const next = (await browser.tabs.sendMessage(tabId, { type: 'select-report', index }, { frameId }).catch(() => null)) as PageState | null;
    if (next?.status === 'report') setPhase({ kind: 'ready', state: next });
  }

  async function toggleMarks() {
    if (tabId === undefined || !state) return;
    const next = (await browser.tabs.sendMessage(tabId, { type: 'set-marks', on: !state.marksOn }, { frameId }).catch(() => null)) as PageState | null;
    if (next) setPhase({ kind: 'ready', state: next });
  }

  const grouped = useMemo(() => {
    const by = new Map<RuleGroup, Finding[]>();
    for (const f of ex?.findings ?? []) {
      const g = RULE_BY_ID.get(f.rule)?.group ?? 'structure';
      by.set(g, [...(by.get(g) ?? []), f]);
    }
    return GROUPS.filter(([g]) => by.has(g)).map(([g, key]) => ({ key, findings: by.get(g)! }));
  }, [ex]);

  return (
    <main>
      <header>
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      {phase.kind === 'loading' && <p class="muted" aria-busy="true">{t('loading')}</p>}
      {phase.kind === 'blocked' && <p class="muted">{t('cannotAccess')}</p>}
      {phase.kind === 'none' && phase.olderYear !== undefined && (
        <section class="empty older">
          <p>{t('olderFormat', String(phase.olderYear))}</p>
        </section>
      )}
      {phase.kind === 'none' && phase.template && (
        <section class="empty older">
          <p>{t('blankTemplate')}</p>
        </section>
      )}
      {phase.kind === 'none' && phase.olderYear === undefined && !phase.template && (
        <section class="empty">
          <p>{t('notReport')}</p>
          {phase.attachments?.length ? (
            <p class="attachments">{t('attachedFiles', phase.attachments.map((a) => `“${a}”`).join('、'))}</p>
          ) : null}
          <p class="muted">{t('notReportHint')}</p>
          <button class="primary" onClick={auditAnyway}>
            {t('auditAnyway')}
          </button>
        </section>
      )}
      {ex && state && (
        <>
          <section class="report" aria-label={ex.source.title ?? ''}>
            <h2>{ex.source.title ?? '—'}</h2>
            <dl>
              <dt>{t('agency')}</dt>
              <dd>{ex.report.agency ?? '—'}</dd>
              <dt>{t('year')}</dt>
              <dd>{ex.report.year ?? '—'}</dd>
              <dt>{t('format')}</dt>
              <dd>{t('formatValue', ex.report.format)}</dd>
            </dl>
          </section>
          <section class="counts" aria-label="counts">
            <Count n={state.counts.error} sev="error" label={t('errors')} />
            <Count n={state.counts.warning} sev="warning" label={t('warnings')} />
            <Count n={state.counts.review} sev="review" label={t('reviews')} />
            <Count n={state.counts.info} sev="info" label={t('infos')} />
            <button class="ghost" onClick={toggleMarks} aria-pressed={state.marksOn}>
              {state.marksOn ? t('marksOff') : t('marksOn')}
            </button>
          </section>
          {state.partial && <p class="warn">{t('partial')}</p>}
          {state.moreReports > 0 && state.report === 0 && <p class="warn">{t('moreReports', String(state.moreReports))}</p>}
          {state.moreReports > 0 && (
            <nav class="reports" aria-label={t('reportOf', String(state.report + 1), String(state.moreReports + 1))}>
              <button class="ghost" disabled={state.report === 0} onClick={() => selectReport(state.report - 1)}>
                ‹ {t('previousReport')}
              </button>
              <span>{t('reportOf', String(state.report + 1), String(state.moreReports + 1))}</span>
              <button class="ghost" disabled={state.report >= state.moreReports} onClick={() => selectReport(state.report + 1)}>
                {t('nextReport')} ›
              </button>
            </nav>
          )}
          <section class="findings">
            {!ex.findings.length && <p class="ok">{t('noFindings')}</p>}
            {grouped.map((g) => (
              <div key={g.key} class="group">
                <h3>{t(g.key)}</h3>
                <ul>
                  {g.findings.map((f, i) => (
                    <li key={`${f.rule}-${i}`}>
                      <button
                        class={`finding ${f.severity}`}
                        onClick={() => (f.quote !== null ? revealQuote(f.quote) : f.cells[0] && reveal(f.cells[0]))}
                        title={f.quote !== null ? t('goToText') : f.cells[0] ? t('goToCell') : undefined}
                        disabled={f.quote === null && !f.cells.length}
                      >
                        <span class={`sev ${f.severity}`}>{f.severity}</span>
                        <span class="rule" title={ruleHelp(f.rule)}>
                          {f.rule}
                        </span>
                        <span class="zh">{f.message.zh}</span>
                        <span class="en">{f.message.en}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <section class="actions">
            {FORMATS.map((f) => (
              <button key={f.id} class={f.id === 'json' ? 'primary' : ''} onClick={() => copy(f.id)}>
                {t(COPY_KEYS[f.id])}
              </button>
            ))}
            <button onClick={download}>{t('downloadJson')}</button>
          </section>
        </>
      )}
      <p class={`notice ${notice?.ok ? 'ok' : 'bad'}`} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>
      <footer class="muted">{t('privacy')}</footer>
    </main>
  );
}

function Count({ n, sev, label }: { n: number; sev: Severity; label: string }) {
  return (
    <span class={`count ${sev}`} data-count={sev}>
      <strong>{n}</strong> {label}
    </span>
  );
}
