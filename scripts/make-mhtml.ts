// Makes the single-file page fixtures of tests/cli.test.ts the way Chromium saves them ("Save as… Webpage, Single
// File", the DevTools protocol's Page.captureSnapshot): a GBK page saved whole, and a page showing its report in a
// frame. The pages are served under government-like addresses by request interception; nothing leaves the machine.
// Run: node scripts/run-ts.mjs scripts/make-mhtml.ts (needs /usr/bin/chromium).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

const OUT = 'tests/fixtures/cli';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

async function save(pages: Record<string, { body: Buffer | string; type: string }>, url: string, out: string) {
  const page: Page = await browser.newPage();
  await page.route('**/*', (route) => {
    const hit = pages[route.request().url()];
    return hit ? route.fulfill({ body: hit.body, contentType: hit.type }) : route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
  // The snapshot's date changes on every run; pin it so the fixture only changes when the page does.
  writeFileSync(`${OUT}/${out}`, data.replace(/^Date: .*$/m, 'Date: Mon, 20 Jan 2025 08:00:00 GMT'));
  await page.close();
  console.log(`${OUT}/${out}`, data.length);
}

const smx = 'http://www.smx.gov.cn/zwgk/2025/01/20/art_1234.html';
await save({ [smx]: { body: readFileSync(`${OUT}/sanmenxia-2024.gbk.html`), type: 'text/html; charset=gbk' } }, smx, 'sanmenxia-2024.gbk.mhtml');

const shell = 'http://www.tjnk.gov.cn/zwgk/xxgknb/2025/art_88.html';
const framed = 'http://www.tjnk.gov.cn/zwgk/xxgknb/2025/content_88.html';
const shellHtml = `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报_天津市南开区人民政府</title></head>
<body><div class="nav">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<iframe src="${framed}" width="100%" height="3000" frameborder="0"></iframe>
<div class="footer">主办：天津市南开区人民政府办公室</div></body></html>`;
await save(
  {
    [shell]: { body: shellHtml, type: 'text/html; charset=utf-8' },
    [framed]: { body: readFileSync('tests/fixtures/reports/nankai-2024.html'), type: 'text/html; charset=utf-8' },
  },
  shell,
  'nankai-2024.framed.mhtml',
);
await browser.close();
