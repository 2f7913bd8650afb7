// Badge, context menu, keyboard shortcut, and which frame of a tab holds the report. No network, ever.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '@/src/platform/browser';
import { makeT } from '@/src/i18n/messages';
import { joinPages } from '@/src/audit/previous';
import type { BackgroundRequest, Counts, TabInfo } from '@/src/messaging/protocol';
import { PreviousReport } from '@/src/model/schema';
import { z } from '@/src/model/zod';

const t = makeT((k, subs) => browser.i18n.getMessage(k, subs));
const MENU_ID = 'disclosure-lens-audit';
const tabKey = (tabId: number) => `tab:${tabId}`;
const previousKey = (agency: string, year: number) => `dl:v1:prev:${agency}|${year}`;

/** Last year's report of an agency, if one was kept and still has the shape the checks expect. */
async function loadPrevious(agency: string, year: number): Promise<PreviousReport | null> {
  try {
    const got = await browser.storage.local.get(previousKey(agency, year));
    const parsed = z.safeParse(PreviousReport, got[previousKey(agency, year)]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function savePrevious(raw: unknown, onePageOfSeveral: boolean): Promise<void> {
  const parsed = z.safeParse(PreviousReport, raw);
  if (!parsed.success) return;
  const report = onePageOfSeveral ? joinPages(await loadPrevious(parsed.data.agency ?? '', parsed.data.year), parsed.data) : parsed.data;
  try {
    await browser.storage.local.set({ [previousKey(report.agency ?? '', report.year)]: { ...report, text: report.text.slice(0, 20_000) } });
  } catch {
    // Storage full or unavailable: the cross-year checks simply do not run next time.
  }
}

async function getTab(tabId: number): Promise<TabInfo | null> {
  const got = await browser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as TabInfo | undefined) ?? null;
}

async function setBadge(tabId: number, info: TabInfo | null): Promise<void> {
  const counts: Counts | undefined = info?.status === 'report' ? info.counts : undefined;
  if (!counts) {
    await browser.action.setBadgeText({ tabId, text: '' });
    return;
  }
  const [text, color] = counts.error
    ? [String(counts.error), '#d92d20']
    : counts.warning
      ? [String(counts.warning), '#dc6803']
      : ['✓', '#079455'];
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title: `${t('extName')} — ${info?.title ?? ''}` });
}

const AUDITOR = '/content-scripts/auditor.js';

/** Injects the auditor where it is not (activeTab grants it), then asks the report's frame (or the top) to audit. */
async function auditTab(tabId: number): Promise<unknown> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [AUDITOR] });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [AUDITOR] });
  }
  const info = await getTab(tabId);
  const frameId = info?.status === 'report' ? info.frameId : 0;
  return browser.tabs.sendMessage(tabId, { type: 'audit', force: true }, { frameId });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_ID, title: t('menuAudit'), contexts: ['page', 'frame', 'selection'] }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void auditTab(tab.id).catch(() => undefined);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'audit-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await auditTab(tab.id).catch(() => undefined);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.storage.session.remove(tabKey(tabId)).then(() => setBadge(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));

  browser.runtime.onMessage.addListener(async (raw: unknown, sender: Runtime.MessageSender) => {
    const msg = raw as BackgroundRequest;
    if (msg?.type === 'page-state') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const prev = await getTab(tabId);
      // A frame with a report wins over frames without one.
      if (msg.status !== 'report' && prev?.status === 'report' && prev.frameId !== (sender.frameId ?? 0)) return undefined;
      const info: TabInfo = { frameId: sender.frameId ?? 0, status: msg.status, counts: msg.counts, title: msg.title };
      await browser.storage.session.set({ [tabKey(tabId)]: info });
      await setBadge(tabId, info);
      return undefined;
    }
    if (msg?.type === 'need-auditor') {
      // The loader found a report in this frame: bring in the auditor there, and only there.
      if (sender.tab?.id === undefined) return undefined;
      await browser.scripting.executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [AUDITOR] });
      return undefined;
    }
    if (msg?.type === 'load-previous') return loadPrevious(msg.agency, msg.year);
    if (msg?.type === 'save-previous') return savePrevious(msg.report, msg.joinPages === true);
    if (msg?.type === 'get-tab') return getTab(msg.tabId);
    if (msg?.type === 'audit-tab') return auditTab(msg.tabId);
    return undefined;
  });
});
