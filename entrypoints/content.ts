// The loader, on every page of a government site: a cheap look for a report's tables, now and when the page
// changes. It writes nothing to the page; only when a report is there does it ask for the auditor to be injected.
import browser from 'webextension-polyfill';
import { mightHoldReport, touchesTables } from '@/src/page/detect';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let requested = false;
    const request = () => {
      if (requested) return;
      requested = true;
      observer?.disconnect();
      browser.runtime.sendMessage({ type: 'need-auditor' }).catch(() => (requested = false));
    };
    let observer: MutationObserver | null = null;
    try {
      if (mightHoldReport(document)) return request();
      let timer: ReturnType<typeof setTimeout> | undefined;
      observer = new MutationObserver((records) => {
        if (!touchesTables(records)) return;
        clearTimeout(timer);
        timer = setTimeout(() => mightHoldReport(document) && request(), 300);
      });
      if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => observer?.disconnect());
    } catch {
      // Never into the page.
    }
  },
});
