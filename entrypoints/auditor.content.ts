// The auditor: injected by the background only into a frame that holds a report (the small loader found one),
// or into any page the user asks to audit. All the work is in src/agent; this file connects it to the browser.
import browser from 'webextension-polyfill';
import { PageAgent } from '@/src/agent/agent';
import { browserT } from '@/src/i18n/translate';
import type { ContentRequest, PageSummary } from '@/src/messaging/protocol';
import { PreviousReport } from '@/src/model/schema';
import { z } from '@/src/model/zod';

const KEY = (agency: string, year: number) => `dl:v1:prev:${agency}|${year}`;

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
      async loadPrevious(agency, year) {
        try {
          const got = await browser.storage.local.get(KEY(agency, year));
          const parsed = z.safeParse(PreviousReport, got[KEY(agency, year)]);
          return parsed.success ? parsed.data : null;
        } catch {
          return null;
        }
      },
      async savePrevious(report) {
        try {
          await browser.storage.local.set({ [KEY(report.agency ?? '', report.year)]: { ...report, text: report.text.slice(0, 20_000) } });
        } catch {
          // Storage full or unavailable: the cross-year checks simply do not run next time.
        }
      },
      notify(summary: PageSummary) {
        browser.runtime.sendMessage({ type: 'page-state', ...summary }).catch(() => undefined);
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
        case 'set-marks':
          return Promise.resolve(agent.setMarks(msg.on));
        default:
          return undefined;
      }
    });

    // Injected because a report is here, or because the reader asked: audit now, then keep watching.
    void agent.audit(false).then(() => agent.watchForChanges());
  },
});
