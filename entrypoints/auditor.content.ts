// The auditor: injected by the background only into a frame that holds a report (the small loader found one),
// or into any page the user asks to audit. All the work is in src/agent; this file connects it to the browser.
import { browser } from '@/src/platform/browser';
import { PageAgent } from '@/src/agent/agent';
import { browserT } from '@/src/i18n/translate';
import type { BackgroundRequest, ContentRequest, PageSummary } from '@/src/messaging/protocol';
import type { PreviousReport } from '@/src/model/schema';

const send = (msg: BackgroundRequest) => browser.runtime.sendMessage(msg);

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  registration: 'runtime',
  main(ctx) {
    // Injected again on demand into a page that already has us: keep the first instance.
    const w = window as unknown as { __disclosureLens?: boolean };
    if (w.__disclosureLens) return;
    w.__disclosureLens = true;
    ctx.onInvalidated(() => (w.__disclosureLens = false));

    const agent = new PageAgent(document, {
      t: browserT((k, subs) => browser.i18n.getMessage(k, subs)),
      // Last year's report is kept by the background, which checks its shape on the way in and out.
      async loadPrevious(agency, year) {
        return ((await send({ type: 'load-previous', agency, year }).catch(() => null)) as PreviousReport | null) ?? null;
      },
      async savePrevious(report, joinPages) {
        await send({ type: 'save-previous', report, joinPages }).catch(() => undefined);
      },
      notify(summary: PageSummary) {
        send({ type: 'page-state', ...summary }).catch(() => undefined);
      },
      signal: ctx.signal,
      log: (...a) => console.debug(...a),
    });

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const msg = raw as ContentRequest;
      switch (msg?.type) {
        case 'get-state':
          return Promise.resolve(agent.state());
        case 'audit':
          return agent.audit(msg.force).then(() => agent.state());
        case 'reveal':
          return Promise.resolve(agent.reveal(msg.path));
        case 'reveal-quote':
          return Promise.resolve(agent.revealQuote(msg.quote));
        case 'set-marks':
          return Promise.resolve(agent.setMarks(msg.on));
        case 'select-report':
          return agent.selectReport(msg.index);
        default:
          return undefined;
      }
    });

    // Injected because a report is here, or because the reader asked: watch the tables, and audit now. Watching
    // starts first: the page is marked before the audit ends (it may still await last year's report), and a table
    // changed in that time must not go unseen.
    agent.watchForChanges();
    void agent.audit(false);
  },
});
