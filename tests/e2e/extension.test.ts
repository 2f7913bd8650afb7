// The user story in real Chromium with the built extension: marks, popover, popup, copy, late reports, frames,
// hostile labels, strict CSP, untouched non-report pages, and no request from the extension.
import { mkdirSync } from 'node:fs';
import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cliJson, comparable, launch, tabIdOf, type Browser, type Served } from './harness';
import { browserSuite } from './browser-suite';

let srv: Served;
let b: Browser;
const SHOTS = 'docs/screenshots';

browserSuite({}, async (s, br) => {
  [srv, b] = [s, br];
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  mkdirSync(SHOTS, { recursive: true });
});

async function open(path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(srv.url(path));
  return page;
}

/** Waits until the audit has run: the chip's shadow host is in the page. */
async function audited(frame: Page | Frame): Promise<void> {
  await frame.waitForSelector('disclosure-lens-ui', { state: 'attached', timeout: 15_000 });
}

/** Rests the pointer on a marked cell; gives the explanation popover, once it shows. */
async function hover(page: Page, cell: Locator): Promise<Locator> {
  await cell.scrollIntoViewIfNeeded();
  await cell.hover();
  const pop = page.locator('disclosure-lens-ui').locator('#disclosure-lens-popover');
  await expect.poll(() => pop.isVisible()).toBe(true);
  return pop;
}

/** The mark on each of the seven value cells of the part 三 row whose label contains `label`. */
async function rowMarks(frame: Page | Frame, label: string): Promise<(string | null)[]> {
  return frame.evaluate((label) => {
    const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent!.replace(/\s/g, '').includes(label))!;
    const cells = [...row.children].slice(-7);
    return cells.map((c) => c.getAttribute('data-disclosure-lens'));
  }, label);
}

/** The popup, opened as a page on the given tab (as the toolbar button would, for that tab). */
async function popupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(b, page.url());
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** No UI of ours in the page, and the page byte-for-byte as Chromium renders it without the extension. */
async function expectUntouched(page: Page, original: string): Promise<void> {
  expect(await page.locator('disclosure-lens-ui').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
}

/** The page as Chromium renders it without the extension: what "unchanged" is measured against. */
async function pristineHtml(path: string): Promise<string> {
  const plain = await launch({ extension: false });
  try {
    const ref = await plain.context.newPage();
    await ref.goto(srv.url(path));
    return await ref.evaluate(() => document.documentElement.outerHTML);
  } finally {
    await plain.close();
  }
}

describe('on a report page', () => {
  it('marks the （七）总计 cells of 自然人 and 总计 as errors, and only the broken identities', async () => {
    const page = await open('/reports/sanmenxia-2024.html');
    await audited(page);
    expect(await rowMarks(page, '（七）总计')).toEqual(['error', null, null, null, null, null, 'error']);
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await page.locator('[data-disclosure-lens="error"]').nth(4).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/marked-page.png` });
    await page.close();
  });

  it('marks the same cells on the page shown in Traditional characters (a site\'s 繁體 view)', async () => {
    // The loader finds the report by its Traditional words too, and the audit reads them folded.
    const page = await open('/reports/sanmenxia-2024.html?traditional');
    await audited(page);
    expect(await rowMarks(page, '（七）總計')).toEqual(['error', null, null, null, null, null, 'error']);
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await page.close();
  });

  it('marks the same cells on the page converted row by row, each row a table of its own', async () => {
    // Read through the browser's table interface (rows, cells, spans reaching past their table), not linkedom's.
    const page = await open('/reports/sanmenxia-2024.html?rowTables');
    await audited(page);
    expect(await page.locator('table').count()).toBeGreaterThan(40);
    expect(await rowMarks(page, '（七）总计')).toEqual(['error', null, null, null, null, null, 'error']);
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await page.close();
  });

  it('explains a marked cell on hover, emphasising the cells involved, in a shadow root', async () => {
    const page = await open('/reports/sanmenxia-2024.html');
    await audited(page);
    const cells = page.locator('tr').filter({ hasText: /（七.{0,3}总计/ }).last().locator('td');
    const cell = cells.nth((await cells.count()) - 7);
    const pop = await hover(page, cell);
    expect(await pop.textContent()).toContain('（七）总计·自然人 应为 4（予以公开 1 + 本机关不掌握 3），表中为 0');
    // The rule by its name, not only its id.
    expect(await pop.textContent()).toContain('T3-OUTCOMES-SUM（七）总计不等于各办理结果之和 · Outcomes total ≠ sum of outcomes');
    expect(await page.locator('[data-disclosure-lens-related]').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/popover.png` });
    // Keyboard: the marked cell takes focus and shows the same explanation.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await cell.focus();
    await expect.poll(() => pop.isVisible()).toBe(true);
    await page.close();
  });

  it('highlights the words of a sentence that disagrees with the table, explains them on hover, and the popup leads to them', async () => {
    const page = await open('/rules/TEXT-REQUESTS/fail.html');
    await audited(page);
    const claim = page.locator('p').filter({ hasText: '收到政府信息公开申请15件' }).first();
    // Looked for once the cells are marked and the page is idle.
    await expect.poll(() => claim.getAttribute('data-disclosure-lens')).toBe('warning');
    // The words themselves, highlighted where they stand (CSS Custom Highlight API: set from the extension's
    // isolated world, in the page's one registry), with no node added or split.
    const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('disclosure-lens-warning') ?? [])].map((r) => r.toString()));
    expect(await highlighted()).toContain('收到政府信息公开申请15件');
    expect(await claim.evaluate((p) => p.querySelectorAll('*').length)).toBe(1);
    // Their style applies inside the element that holds them only (a page-wide highlight style is slow on big pages).
    expect(await page.locator('[data-disclosure-lens-words]').evaluateAll((els) => els.map((e) => e.textContent))).toEqual([await claim.textContent()]);
    const pop = await hover(page, claim);
    expect(await pop.textContent()).toContain('正文称收到申请 15 件（“收到政府信息公开申请15件”），表中“一、本年新收·总计”为 14');
    // The table's cell it disagrees with is emphasised while the sentence is explained.
    expect(await page.locator('td[data-disclosure-lens-related]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/text-finding.png` });
    await page.mouse.move(0, 0);

    const popup = await popupFor(page);
    const finding = popup.locator('.finding.warning').filter({ hasText: 'TEXT-REQUESTS' });
    expect(await finding.getAttribute('title')).toBe('定位到正文中的这句话');
    await finding.click();
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('disclosure-lens-flash') ?? [])].map((r) => r.toString()))).toEqual(['收到政府信息公开申请15件']);
    await popup.close();

    // Marks off: the highlights go with the attributes.
    await page.locator('disclosure-lens-ui').getByRole('button').click();
    expect(await page.evaluate(() => CSS.highlights.has('disclosure-lens-warning'))).toBe(false);
    expect(await page.locator('[data-disclosure-lens-words]').count()).toBe(0);
    expect(await claim.getAttribute('data-disclosure-lens')).toBeNull();
    await page.close();

    // With a hidden print copy of the page before it, the words shown are the ones highlighted and marked.
    const copied = await open('/rules/TEXT-REQUESTS/fail.html?hiddenCopy');
    await audited(copied);
    await expect.poll(() => copied.locator('p[data-disclosure-lens="warning"]').count()).toBe(1);
    expect(
      await copied.evaluate(() => [...(CSS.highlights.get('disclosure-lens-warning') ?? [])].map((r) => [r.toString(), (r as Range).getClientRects().length > 0])),
    ).toEqual([['收到政府信息公开申请15件', true]]);
    expect(await copied.locator('p[data-disclosure-lens="warning"]').evaluate((p) => p.getClientRects().length > 0)).toBe(true);
    await copied.close();
  });

  it('puts no error mark on the consistent reports', async () => {
    for (const path of ['/reports/nankai-2024.html', '/reports/fengquan-2024.html', '/reports/taiping-2023.html', '/real/shuyang-fgj-2023.html', '/real/pingtan-2019.html']) {
      const page = await open(path);
      await audited(page);
      expect(await page.locator('[data-disclosure-lens="error"]').count(), path).toBe(0);
      await page.close();
    }
  });

  it('switches highlights off and restores the page exactly, then on again', async () => {
    const original = await pristineHtml('/reports/sanmenxia-2024.html');

    const page = await open('/reports/sanmenxia-2024.html');
    await audited(page);
    const toggle = page.locator('disclosure-lens-ui').getByRole('button');
    await toggle.click();
    expect(await page.locator('[data-disclosure-lens]').count()).toBe(0);
    const after = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelector('disclosure-lens-ui')?.remove();
      return clone.outerHTML;
    });
    expect(after).toBe(original);
    await toggle.click();
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await page.close();
  });

  it('keeps its chip off a printed page (it stood on every sheet), and the marks on it', async () => {
    const page = await open('/reports/sanmenxia-2024.html');
    await audited(page);
    const shown = () => page.evaluate(() => getComputedStyle(document.querySelector('disclosure-lens-ui')!).display !== 'none');
    expect(await shown()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toBe(false);
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await page.emulateMedia({ media: 'screen' });
    expect(await shown()).toBe(true);
    await page.close();
  });
});

describe('the popup', () => {
  it('shows the findings, copies JSON equal to the CLI\'s, and copies TSV/CSV/Markdown', async () => {
    const page = await open('/reports/sanmenxia-2024.html');
    await audited(page);
    const tabId = await tabIdOf(b, page.url());
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('三门峡市文化广电和旅游局2024年政府信息公开工作年度报告').waitFor();
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('4');
    expect(await popup.locator('.finding.error').count()).toBe(4);
    await expect.poll(() => popup.locator('body').textContent()).toContain('（七）总计·自然人 应为 4');
    // A rule's id tells what it checks on hover.
    expect(await popup.locator('.finding.error .rule').first().getAttribute('title')).toMatch(/^（七）总计不等于各办理结果之和：.+\nOutcomes total ≠ sum of outcomes: /);
    await popup.screenshot({ path: `${SHOTS}/popup.png`, fullPage: true });

    await popup.getByRole('button', { name: '复制 JSON' }).click();
    await expect.poll(() => popup.locator('.notice').textContent()).toContain('已复制 JSON');
    const copied = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText()));
    expect(copied.source.url).toBe(page.url());
    expect(comparable(copied)).toEqual(comparable(cliJson('tests/fixtures/reports/sanmenxia-2024.html')));

    await popup.getByRole('button', { name: '复制 TSV' }).click();
    await expect.poll(() => popup.locator('.notice').textContent()).toContain('已复制 TSV');
    const tsv = await popup.evaluate(() => navigator.clipboard.readText());
    expect(tsv).toContain('requests.newReceived.natural\t三、依申请公开\t一、本年新收\t自然人\t4\t4\tnumber');

    // Download .json hands the same export to the browser's downloads.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '下载 .json' }).click()]);
    expect(download.suggestedFilename()).toBe('disclosure-lens-fixtures.example.gov.cn-2024.json');
    const saved = JSON.parse(await import('node:fs').then(async (fs) => fs.readFileSync((await download.path())!, 'utf8')));
    expect(comparable(saved)).toEqual(comparable(copied));

    // Clicking a finding scrolls the page to its cell and flashes it.
    await popup.locator('.finding.error').first().click();
    await expect.poll(() => page.locator('[data-disclosure-lens-flash]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('checks the first of two reports on one page, says the page holds another, and moves to it on request', async () => {
    const page = await open('/reports/sanmenxia-2024.html?then=/rules/CELL-BLANK/pass.html');
    await audited(page);
    const popup = await popupFor(page);
    await popup.getByText('三门峡市文化广电和旅游局2024年政府信息公开工作年度报告').waitFor();
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('4');
    await expect.poll(() => popup.locator('.warn').allTextContents()).toContain('本页还有 1 份报告的统计表，只核对了第一份。');
    // The second report's prose is not read against the first report's tables.
    expect(await popup.locator('[data-count="warning"] strong').textContent()).toBe('0');
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    // The reader moves to the second report: the popup shows it, and the marks move with it (it is consistent).
    await popup.getByText('第 1 份，共 2 份').waitFor();
    await popup.getByRole('button', { name: '下一份' }).click();
    await popup.getByText('第 2 份，共 2 份').waitFor();
    await popup.getByText('示例市交通运输局2024年政府信息公开工作年度报告').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-second-report.png` });
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('0');
    await expect.poll(() => page.locator('[data-disclosure-lens="error"]').count()).toBe(0);
    await popup.getByRole('button', { name: '上一份' }).click();
    await popup.getByText('第 1 份，共 2 份').waitFor();
    await expect.poll(() => page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await popup.close();
    await page.close();
  });

  it('checks and marks the report shown, not a hidden copy of it placed before it', async () => {
    const page = await open('/reports/sanmenxia-2024.html?hiddenCopy');
    await audited(page);
    const marked = page.locator('[data-disclosure-lens="error"]');
    await expect.poll(() => marked.count()).toBe(8);
    // Every mark is on a cell the reader sees; none is inside the hidden copy.
    expect(await page.locator('.print-version [data-disclosure-lens]').count()).toBe(0);
    for (const cell of await marked.all()) expect(await cell.isVisible()).toBe(true);
    const popup = await popupFor(page);
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('4');
    expect(await popup.locator('.warn').allTextContents()).not.toContain('本页还有 1 份报告的统计表，只核对了第一份。');
    await popup.close();
    await page.close();
  });

  it('says plainly when the page is not a report, and audits anyway on request', async () => {
    const page = await open('/pages/undetected-report.html');
    await page.waitForTimeout(800);
    expect(await page.locator('disclosure-lens-ui').count()).toBe(0);
    const popup = await popupFor(page);
    await popup.getByText('此页不是政府信息公开工作年度报告').waitFor();
    await popup.getByRole('button', { name: '仍然审读' }).click();
    await popup.locator('[data-count="error"]').waitFor();
    expect(await popup.locator('.ok').first().textContent()).toContain('未发现问题');
    await audited(page);
    await popup.close();
    await page.close();
  });
});

describe('a report converted from a PDF, its tables laid out as lines of text', () => {
  it('is found and checked without being asked, and the lines holding the wrong counts are marked in place', async () => {
    const page = await open('/pages/text-lines-report.html');
    const total = page.locator('div.line', { hasText: '（七）总计' });
    const before = await total.boundingBox();
    await audited(page);
    const marked = page.locator('[data-disclosure-lens="error"]');
    // T3-BALANCE names the total column of 一、二、（七）and 四: their four lines, the 总计 line among them.
    await expect.poll(() => marked.count()).toBe(4);
    expect(await total.getAttribute('data-disclosure-lens')).toBe('error');
    // A mark draws on the line; it does not move it.
    expect(await total.boundingBox()).toEqual(before);
    const pop = await hover(page, total);
    expect(await pop.textContent()).toContain('应为 14');
    const popup = await popupFor(page);
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('3');
    await popup.getByText('已按文字逐行读取', { exact: false }).first().waitFor();
    await popup.close();
    await page.close();
  });

  it('re-audits when a line it read changes, as when a number in a table does', async () => {
    const page = await open('/pages/text-lines-report.html');
    await audited(page);
    const marked = page.locator('[data-disclosure-lens="error"]');
    await expect.poll(() => marked.count()).toBe(4);
    // Fix the report in place: （七）总计 becomes 14, as its rows sum.
    await page.evaluate(() => {
      const line = [...document.querySelectorAll('div.line')].find((d) => d.textContent!.startsWith('（七）总计'))!;
      line.firstChild!.nodeValue = line.textContent!.replace(/ 15$/, ' 14');
    });
    await expect.poll(() => marked.count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });
});

describe('a report published only as an attached file', () => {
  it('names the attached document when audited anyway, and leaves the page alone', async () => {
    const original = await pristineHtml('/pages/attached-report.html');
    const page = await open('/pages/attached-report.html');
    await page.waitForTimeout(500);
    const popup = await popupFor(page);
    await popup.getByRole('button', { name: '仍然审读' }).click();
    await popup.locator('.attachments').waitFor();
    expect(await popup.locator('.attachments').textContent()).toBe(
      '本页附有文件 “示例县农业农村局2024年政府信息公开工作年度报告.pdf”。年报若只以附件发布，请打开附件查看；本工具只审读以网页发布的年报。',
    );
    await expectUntouched(page, original);
    await Promise.all([popup.close(), page.close()]);
  });
});

/**
 * Opens a page the extension recognises and does not check, and the popup for it once the page has its answer (the
 * auditor is injected and runs after load: the popup asks again until the text it shows says `says`). The popup
 * offers no "audit anyway" there.
 */
async function popupOfUnchecked(path: string, says: string) {
  const original = await pristineHtml(path);
  const page = await open(path);
  const tabId = await tabIdOf(b, page.url());
  const popup = await b.context.newPage();
  await expect
    .poll(async () => {
      await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.empty').waitFor();
      return popup.locator('main').textContent();
    }, { timeout: 10_000 })
    .toContain(says);
  expect(await popup.getByRole('button', { name: '仍然审读' }).count()).toBe(0);
  return { original, page, popup };
}

describe('a report from before 2019', () => {
  it('is named in the popup as out of scope, and the page is left unchanged', async () => {
    const { original, page, popup } = await popupOfUnchecked('/pages/older-format-2017.html', '这是 2017 年度的报告。2019 年以前的年报按旧条例编制，统计表与现行模板不同，本工具不核对。');
    await popup.locator('main').screenshot({ path: `${SHOTS}/popup-older-format.png` });
    await expectUntouched(page, original);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the template\'s blank tables', () => {
  it('a republished notice that sets the template is named as such in the popup, unmarked and without findings', async () => {
    const { original, page, popup } = await popupOfUnchecked('/pages/template-notice-2021.html', '此页刊载的是年度报告格式的空白样表（表中没有填写数字），不是某个机关的年度报告，无需核对。');
    expect(await page.locator('[data-disclosure-lens]').count()).toBe(0);
    await expectUntouched(page, original);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('across years', () => {
  it('remembers last year\'s report locally and checks this year\'s carried-over requests against it', async () => {
    const last = await open('/rules/YEAR-CARRY-OVER/fail.previous.html');
    await audited(last);
    await last.close();
    const page = await open('/rules/YEAR-CARRY-OVER/fail.html');
    await audited(page);
    await expect.poll(() => page.locator('[data-disclosure-lens="error"]').count()).toBe(2);
    const marked = await page.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent!.replace(/\s/g, '').includes('二、上年结转'))!;
      return [...row.children].slice(-7).map((c) => c.getAttribute('data-disclosure-lens'));
    });
    expect(marked).toEqual(['error', null, null, null, null, null, 'error']);
    const stored = await b.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null),
    );
    expect(Object.keys(stored)).toContain('dl:v1:prev:示例市交通运输局|2023');
    await page.close();
  });
});

describe('the toolbar badge', () => {
  const badge = (tabId: number) =>
    b.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
  it('reads a report paged over two pages of an article: notes for review, and one record for next year', async () => {
    type Local = { chrome: { storage: { local: { get(k: string): Promise<Record<string, { values: Record<string, number | null> }>>; remove(k: string): Promise<void> } } } };
    const key = 'dl:v1:prev:阜新市太平区文化旅游和广播电视局|2023';
    // Other tests audit the whole page: its record is taken away first, so what is kept is the two pages' alone.
    await b.worker.evaluate((k) => (globalThis as unknown as Local).chrome.storage.local.remove(k), key);
    for (const n of [1, 2]) {
      const page = await open(`/reports/taiping-2023.html?articlePage=${n}`);
      await audited(page);
      const popup = await popupFor(page);
      // Page 1 shows the title its first lines print ("… 2023 年…"), page 2 the window's title.
      await popup.getByText(/阜新市太平区文化旅游和广播电视局\s*2023\s*年政府信息公开工作年度报告/).waitFor();
      // What the page lacks may be on the other page: for review, not an error or a warning.
      expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('0');
      expect(await popup.locator('[data-count="warning"] strong').textContent()).toBe('0');
      expect(Number(await popup.locator('[data-count="review"] strong').textContent())).toBeGreaterThan(0);
      await popup.close();
      await page.close();
    }
    const kept = (await b.worker.evaluate((k) => (globalThis as unknown as Local).chrome.storage.local.get(k), key))[key];
    // Page 2, opened last, did not erase page 1's part 二.
    expect(kept.values['activeDisclosure.licensing.decisions']).toBe(71);
    expect(kept.values['requests.newReceived.total']).toBe(0);
  });

  it('shows the error count on a report with errors, a check mark on a clean one, nothing elsewhere', async () => {
    const bad = await open('/reports/sanmenxia-2024.html');
    await audited(bad);
    await expect.poll(async () => badge(await tabIdOf(b, bad.url()))).toBe('4');
    const clean = await open('/reports/nankai-2024.html');
    await audited(clean);
    await expect.poll(async () => badge(await tabIdOf(b, clean.url()))).toBe('✓');
    const other = await open('/pages/not-a-report.html');
    await other.waitForTimeout(800);
    expect(await badge(await tabIdOf(b, other.url()))).toBe('');
    await Promise.all([bad.close(), clean.close(), other.close()]);
  });
});

describe('pages in the wild', () => {
  it('leaves a page that is not a report byte-for-byte unchanged', async () => {
    const original = await pristineHtml('/pages/not-a-report.html');
    const page = await open('/pages/not-a-report.html');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });

  it('audits a report added to the page after load', async () => {
    const page = await open('/pages/late-report.html');
    await audited(page);
    expect(await rowMarks(page, '（七）总计')).toEqual(['error', null, null, null, null, null, 'error']);
    await page.close();
  });

  it('audits a report in a same-origin iframe', async () => {
    const page = await open('/pages/framed-report.html');
    const frame = page.frames().find((f) => f.url().includes('sanmenxia'))!;
    await audited(frame);
    expect(await rowMarks(frame, '（七）总计')).toEqual(['error', null, null, null, null, null, 'error']);
    await page.close();
  });

  it('re-audits when a number in the table changes', async () => {
    const page = await open('/reports/sanmenxia-2024.html');
    await audited(page);
    // Fix the report in place: （七）总计 becomes 4 and 4; the errors go away.
    await page.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent!.replace(/\s/g, '').includes('（七）总计'))!;
      const cells = [...row.children].slice(-7);
      cells[0].textContent = '4';
      cells[6].textContent = '4';
    });
    await expect.poll(() => page.locator('[data-disclosure-lens="error"]').count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });

  it('executes nothing from labels and cells that carry script payloads', async () => {
    const page = await open('/pages/hostile-labels.html');
    await audited(page);
    const cell = page.locator('[data-disclosure-lens="review"]').first();
    const pop = await hover(page, cell);
    expect(await pop.textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await pop.locator('img, script').count()).toBe(0);
    const popup = await popupFor(page);
    await popup.locator('.finding').first().waitFor();
    expect(await popup.locator('main img').count()).toBe(1); // the extension's own icon only
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('marks cells on a page with a strict Content-Security-Policy', async () => {
    const page = await open('/reports/sanmenxia-2024.html?csp=strict');
    await audited(page);
    const cell = page.locator('[data-disclosure-lens="error"]').first();
    expect(await cell.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await page.locator('[data-disclosure-lens="error"]').count()).toBe(8);
    await page.close();
  });
});

describe('privacy', () => {
  it('no request leaves the extension: every request of the run went to the fixture server from a page', () => {
    const outside = b.requests.filter((r) => !r.url.startsWith(`http://${new URL(srv.url('/')).host}/`) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
    expect(outside).toEqual([]);
    const byExtension = b.requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://'));
    expect(byExtension).toEqual([]);
    expect(b.requests.length).toBeGreaterThan(10);
  });
});

describe('in an English browser', () => {
  it('speaks English in the popup and the chip', async () => {
    const en = await launch({ lang: 'en-US' });
    try {
      const page = await en.context.newPage();
      await page.goto(srv.url('/reports/sanmenxia-2024.html'));
      await audited(page);
      expect(await page.locator('disclosure-lens-ui').getByRole('button').textContent()).toBe('Hide marks');
      const tabId = await tabIdOf(en, page.url());
      const popup = await en.context.newPage();
      await popup.goto(`chrome-extension://${en.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByRole('button', { name: 'Copy JSON' }).waitFor();
      expect(await popup.locator('h1').textContent()).toBe('Disclosure Lens');
    } finally {
      await en.close();
    }
  });
});
