// The loader, on every page of a government site: a cheap look for a report's tables, now and when the page
// changes. It writes nothing to the page; only when a report is there does it ask for the auditor to be injected.
import { browser } from '@/src/platform/browser';
import { mightHoldReport, watchTables } from '@/src/page/detect';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let requested = false;
    let stopWatching: (() => void) | undefined;
    const request = () => {
      if (requested) return;
      requested = true;
      stopWatching?.();
      browser.runtime.sendMessage({ type: 'need-auditor' }).catch(() => (requested = false));
    };
    try {
      if (mightHoldReport(document)) return request();
      if (document.body) stopWatching = watchTables(document.body, () => mightHoldReport(document) && request(), 300);
      ctx.onInvalidated(() => stopWatching?.());
    } catch {
      // Never into the page.
    }
  },
});
