// The same extension, built for Firefox (`wxt build -b firefox --mv3`), in a real Firefox (Debian's firefox-esr):
// content script, marks, hover, badge, cross-year memory, strict CSP, re-audit, the popup and its one-click JSON
// copy, the context menu and the shortcut outside gov.cn, untouched non-report pages, no request from the
// extension, and the Chinese UI (Debian's zh-CN language pack, the profile asking for zh-CN).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDON_UUID, FIREFOX_DIST, launchFirefox, type Firefox } from './firefox';
import { HOST, cliJson, comparable, serve, type Served } from './harness';

let srv: Served;
let ff: Firefox;
/** not-a-report.html as Firefox renders it before the extension is installed. */
let pristine = '';

const NOT_A_REPORT = '/pages/not-a-report.html';
const outerHtml = 'return document.documentElement.outerHTML';
/** Page-side snippet: `row` is the part 三 （七）总计 row; its last seven cells are the values. */
const TOTAL_ROW = `const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent.replace(/\\s/g, '').includes('（七）总计'));`;

beforeAll(async () => {
  srv = await serve();
  ff = await launchFirefox();
  // Every HTTP request of the run, with the add-on (if any) whose principal made it.
  await inChrome(`
    const log = (Services.wm.getMostRecentWindow('navigator:browser').__requests = []);
    Services.obs.addObserver({ observe(subject) {
      const ch = subject.QueryInterface(Ci.nsIHttpChannel);
      const li = ch.loadInfo;
      log.push([ch.URI.spec, (li && (li.triggeringPrincipal?.addonId || li.loadingPrincipal?.addonId)) || '']);
    } }, 'http-on-modify-request');`);
  await ff.send('WebDriver:Navigate', { url: srv.url(NOT_A_REPORT) });
  pristine = await ff.run<string>(outerHtml);
  await ff.send('Addon:Install', { path: FIREFOX_DIST, temporary: true });
});
afterAll(async () => {
  await ff?.close();
  srv?.server.close();
});

/** Polls a script in the current tab until it returns something truthy. */
async function until<T>(body: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await ff.run<T>(body);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for: ${body}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function openAudited(path: string): Promise<void> {
  await ff.send('WebDriver:Navigate', { url: srv.url(path) });
  await until(`return !!document.querySelector('disclosure-lens-ui')`);
}

const errorCount = () => ff.run<number>(`return document.querySelectorAll('[data-disclosure-lens="error"]').length`);
const totalRowMarks = () =>
  ff.run<(string | null)[]>(`
    ${TOTAL_ROW}
    return [...row.children].slice(-7).map((c) => c.getAttribute('data-disclosure-lens'));`);

/** Rests the pointer on the element a page-side snippet returns; gives the explanation popover's text. */
async function hover(findElement: string): Promise<string> {
  const el = await ff.run<Record<string, string>>(`const el = (() => { ${findElement} })(); el.scrollIntoView({ block: 'center' }); return el;`);
  await ff.send('WebDriver:PerformActions', {
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin: el, x: 0, y: 0 }] }],
  });
  try {
    return await until<string>(`
      const pop = document.querySelector('disclosure-lens-ui').shadowRoot.querySelector('#disclosure-lens-popover');
      return pop && pop.checkVisibility() && pop.textContent`);
  } finally {
    await ff.send('WebDriver:ReleaseActions');
  }
}

/**
 * Opens the popup in a background tab of the report's window (its "active tab" is then the report) and switches to
 * it; gives the report tab's handle, to come back to.
 */
async function openPopup(): Promise<string> {
  const report = await ff.send<string>('WebDriver:GetWindowHandle');
  const before = await ff.send<string[]>('WebDriver:GetWindowHandles');
  await inChrome(
    `Services.wm.getMostRecentWindow('navigator:browser').gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
    [`moz-extension://${ADDON_UUID}/popup.html`],
  );
  let popup: string | undefined;
  for (let i = 0; i < 50 && !popup; i++) {
    popup = (await ff.send<string[]>('WebDriver:GetWindowHandles')).find((h) => !before.includes(h));
    if (!popup) await new Promise((r) => setTimeout(r, 100));
  }
  await ff.send('WebDriver:SwitchToWindow', { handle: popup, focus: false });
  return report;
}

/** Runs a script in the browser's own (chrome) context, where its menus, key sets and services are. */
async function inChrome<T>(body: string, args: unknown[] = []): Promise<T> {
  await ff.send('Marionette:SetContext', { value: 'chrome' });
  try {
    return await ff.run<T>(body, args);
  } finally {
    await ff.send('Marionette:SetContext', { value: 'content' });
  }
}
const BROWSER_DOCUMENT = `const doc = Services.wm.getMostRecentWindow('navigator:browser').document;`;

/** What the clipboard holds, read through Firefox's own clipboard service. */
function clipboardText(): Promise<string> {
  return inChrome<string>(`
      const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      t.init(null);
      t.addDataFlavor('text/plain');
      Services.clipboard.getData(t, Services.clipboard.kGlobalClipboard, null);
      const out = {};
      t.getTransferData('text/plain', out);
      return out.value.QueryInterface(Ci.nsISupportsString).data;`);
}

/** A report served outside gov.cn: the content script is not there; only activeTab lets the extension in. */
async function openOutsideGovCn(): Promise<void> {
  await ff.send('WebDriver:Navigate', { url: srv.url('/reports/sanmenxia-2024.html', '127.0.0.1') });
  await new Promise((r) => setTimeout(r, 800));
  expect(await ff.run(`return document.querySelectorAll('[data-disclosure-lens]').length + document.querySelectorAll('disclosure-lens-ui').length`)).toBe(0);
}

describe('in Firefox (firefox-esr, the Firefox MV3 build)', () => {
  it('marks the （七）总计 cells of 自然人 and 总计 as errors, as in Chromium', async () => {
    await openAudited('/reports/sanmenxia-2024.html');
    expect(await totalRowMarks()).toEqual(['error', null, null, null, null, null, 'error']);
    expect(await errorCount()).toBe(8);
    // The chip, in its shadow root, in Chinese: the extension's own strings come from Firefox's i18n.
    expect(await ff.run(`return document.querySelector('disclosure-lens-ui').shadowRoot.textContent`)).toMatch(/信息公开年报审读.*4.*隐藏标记/);
  });

  it('explains a marked cell when the pointer rests on it', async () => {
    await openAudited('/reports/sanmenxia-2024.html');
    const text = await hover(`${TOTAL_ROW} return [...row.children].slice(-7)[0];`);
    expect(text).toContain('（七）总计·自然人 应为 4（予以公开 1 + 本机关不掌握 3），表中为 0');
    expect(await ff.run(`return document.querySelectorAll('[data-disclosure-lens-related]').length`)).toBeGreaterThan(3);
  });

  it('highlights the words of a sentence that disagrees with the table and explains them, as in Chromium', async () => {
    await openAudited('/rules/TEXT-REQUESTS/fail.html');
    // Looked for once the page is idle after the cells are marked; highlighted through Firefox's own highlight
    // registry, set from the content script.
    expect(await until<string[]>(`const h = CSS.highlights.get('disclosure-lens-warning'); return h && [...h].map((r) => r.toString())`)).toEqual([
      '收到政府信息公开申请15件',
    ]);
    const claim = `return [...document.querySelectorAll('p')].find((p) => p.textContent.includes('收到政府信息公开申请15件'));`;
    expect(await ff.run(`${claim.replace('return ', 'const p = ')} return p.getAttribute('data-disclosure-lens')`)).toBe('warning');
    expect(await hover(claim)).toContain('正文称收到申请 15 件（“收到政府信息公开申请15件”），表中“一、本年新收·总计”为 14');
  });

  it('the toolbar badge shows the error count, a check mark on a clean report, nothing elsewhere', async () => {
    // The badge as Firefox's action holds it for the selected tab (its button sits in the extensions panel, out of
    // the DOM until opened): through the browser's own extension internals, as in Firefox ESR 153.
    const badge = () =>
      inChrome<string>(`
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const ext = ExtensionParent.GlobalManager.getExtension('disclosure-lens@example.org');
        const action = ExtensionParent.apiManager.global.browserActionFor(ext).action;
        return action.getProperty(Services.wm.getMostRecentWindow('navigator:browser').gBrowser.selectedTab, 'badgeText');`);
    const settles = async (want: string) => {
      for (let i = 0; i < 50 && (await badge()) !== want; i++) await new Promise((r) => setTimeout(r, 100));
      return badge();
    };
    await openAudited('/reports/sanmenxia-2024.html');
    expect(await settles('4')).toBe('4');
    await openAudited('/reports/nankai-2024.html');
    expect(await settles('✓')).toBe('✓');
    await ff.send('WebDriver:Navigate', { url: srv.url(NOT_A_REPORT) });
    await new Promise((r) => setTimeout(r, 800));
    expect(await badge()).toBe('');
  });

  it('remembers last year\'s report locally and checks this year\'s carried-over requests against it', async () => {
    await openAudited('/rules/YEAR-CARRY-OVER/fail.previous.html');
    await openAudited('/rules/YEAR-CARRY-OVER/fail.html');
    await until(`return document.querySelectorAll('[data-disclosure-lens="error"]').length === 2`);
    expect(
      await ff.run(`
        const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent.replace(/\\s/g, '').includes('二、上年结转'));
        return [...row.children].slice(-7).map((c) => c.getAttribute('data-disclosure-lens'));`),
    ).toEqual(['error', null, null, null, null, null, 'error']);
  });

  it('puts no error mark on the consistent reports', async () => {
    for (const path of ['/reports/nankai-2024.html', '/reports/taiping-2023.html', '/real/pingtan-2019.html']) {
      await openAudited(path);
      expect(await errorCount(), path).toBe(0);
    }
  });

  it('marks cells on a page with a strict Content-Security-Policy', async () => {
    await openAudited('/reports/sanmenxia-2024.html?csp=strict');
    expect(await errorCount()).toBe(8);
    expect(await ff.run(`return getComputedStyle(document.querySelector('[data-disclosure-lens="error"]')).outlineStyle`)).toBe('solid');
  });

  it('a page that overwrites built-in prototypes still gets its marks', async () => {
    await openAudited('/pages/hostile-builtins.html');
    expect(await errorCount()).toBe(8);
  });

  it('executes nothing from labels and cells that carry script payloads', async () => {
    await openAudited('/pages/hostile-labels.html');
    const text = await hover(`return document.querySelector('[data-disclosure-lens="review"]');`);
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await ff.run(`return document.querySelector('disclosure-lens-ui').shadowRoot.querySelectorAll('#disclosure-lens-popover img, #disclosure-lens-popover script').length`)).toBe(0);
    // Marionette's scripts see the page's own globals: a payload that ran would have set this.
    expect(await ff.run(`return window.__pwned`)).toBeNull();
  });

  it('re-audits when a number in the table changes', async () => {
    await openAudited('/reports/sanmenxia-2024.html');
    await ff.run(`
      ${TOTAL_ROW}
      const cells = [...row.children].slice(-7);
      cells[0].textContent = '4';
      cells[6].textContent = '4';`);
    await until(`return document.querySelectorAll('[data-disclosure-lens="error"]').length === 0`, 5000);
  });

  it('the popup lists the findings and copies, in one click, the JSON the CLI prints', async () => {
    await openAudited('/reports/sanmenxia-2024.html');
    const reportUrl = await ff.send<string>('WebDriver:GetCurrentURL');
    const report = await openPopup();
    try {
      await until(`return document.querySelectorAll('.finding.error').length === 4`);
      expect(await ff.run(`return document.querySelector('[data-count="error"] strong').textContent`)).toBe('4');
      expect(await ff.run<string>(`return document.body.textContent`)).toContain('（七）总计·自然人 应为 4（予以公开 1 + 本机关不掌握 3），表中为 0');

      // A real click (WebDriver input, so the page has user activation, as a reader's click gives it).
      const button = await ff.send<Record<string, string>>('WebDriver:FindElement', { using: 'css selector', value: 'button.primary' });
      await ff.send('WebDriver:ElementClick', { id: Object.values(button)[0] });
      await until(`return document.querySelector('.notice').textContent.includes('已复制 JSON')`);
      const copied = JSON.parse(await clipboardText());
      expect(copied.source.url).toBe(reportUrl);
      expect(comparable(copied)).toEqual(comparable(cliJson('tests/fixtures/reports/sanmenxia-2024.html')));
    } finally {
      await ff.send('WebDriver:CloseWindow');
      await ff.send('WebDriver:SwitchToWindow', { handle: report });
    }
  });

  it('the context menu item audits a report outside gov.cn (activeTab), after a real right-click', async () => {
    await openOutsideGovCn();
    const target = await ff.run<Record<string, string>>(`return document.querySelector('p')`);
    await ff.send('WebDriver:PerformActions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', duration: 0, origin: target, x: 0, y: 0 },
        { type: 'pointerDown', button: 2 },
        { type: 'pointerUp', button: 2 },
      ] }],
    });
    await ff.send('WebDriver:ReleaseActions');
    const menuState = `${BROWSER_DOCUMENT} return doc.getElementById('contentAreaContextMenu').state;`;
    for (let i = 0; i < 30 && (await inChrome(menuState)) !== 'open'; i++) await new Promise((r) => setTimeout(r, 100));
    const item = await inChrome<string>(`${BROWSER_DOCUMENT}
      const menu = doc.getElementById('contentAreaContextMenu');
      if (menu.state !== 'open') return 'menu not open: ' + menu.state;
      const item = [...menu.querySelectorAll('menuitem')].find((m) => !m.hidden && m.label === '审读此页（信息公开年报）');
      if (!item) return 'no item';
      menu.activateItem(item);
      return item.label;`);
    expect(item).toBe('审读此页（信息公开年报）');
    await until(`return document.querySelectorAll('[data-disclosure-lens="error"]').length === 8`);
    expect(await totalRowMarks()).toEqual(['error', null, null, null, null, null, 'error']);
  });

  it('Alt+Shift+A is registered in the browser and audits the active tab outside gov.cn', async () => {
    await openOutsideGovCn();
    // Marionette's synthesised keys do not reach the browser's shortcut key set in headless Firefox, so the test
    // checks the key Firefox registered for the manifest's command, then fires that key's command as a press would.
    const key = await inChrome<string[]>(`${BROWSER_DOCUMENT}
      const key = doc.querySelector('#ext-keyset-id-disclosure-lens_example_org key');
      if (!key) return [];
      key.doCommand();
      return [key.getAttribute('key'), key.getAttribute('modifiers')];`);
    expect(key).toEqual(['A', 'alt,shift']);
    await until(`return document.querySelectorAll('[data-disclosure-lens="error"]').length === 8`);
  });

  it('leaves a page that is not a report byte-for-byte unchanged', async () => {
    await ff.send('WebDriver:Navigate', { url: srv.url(NOT_A_REPORT) });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ff.run(outerHtml)).toBe(pristine);
    expect(await ff.run(`return document.adoptedStyleSheets.length`)).toBe(0);
  });

  it('no request comes from the extension: every page request of the run went to the local fixture server', async () => {
    const requests = await inChrome<[string, string][]>(`return Services.wm.getMostRecentWindow('navigator:browser').__requests;`);
    const local = new RegExp(`^http://(${HOST.replace(/\./g, '\\.')}|127\\.0\\.0\\.1):${srv.port}/`);
    expect(requests.filter(([url]) => !local.test(url))).toEqual([]);
    expect(requests.filter(([, addon]) => addon)).toEqual([]);
    expect(requests.filter(([url]) => local.test(url)).length).toBeGreaterThan(10);
  });
});
