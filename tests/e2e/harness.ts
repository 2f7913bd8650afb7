// Real Chromium with the built extension, fixture pages served from 127.0.0.1 under a gov.cn name.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { run } from '../../src/cli/main';
import { toTraditional } from '../support/traditional';
import { rowByRow } from '../support/report-html';

export const DIST = resolve('.output/chrome-mv3');
export const HOST = 'fixtures.example.gov.cn';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ROOTS: Record<string, string> = {
  '/reports/': 'tests/fixtures/reports/',
  '/real/': '../shared/reports/html/',
  '/pages/': 'tests/fixtures/pages/',
  '/rules/': 'tests/fixtures/rules/',
};

export interface Served {
  server: Server;
  port: number;
  /** Every request the server saw, in order. */
  log: string[];
  url(path: string, host?: string): string;
}

/**
 * Serves the fixtures. `?csp=strict` adds a strict Content-Security-Policy header; `?traditional` serves the page in
 * Traditional characters, as a site's 繁體 button shows it; `?then=/reports/x.html` appends another fixture's body
 * (a page holding two reports, as some sites publish several agencies' reports in one article); `?hiddenCopy` puts a
 * copy of the page's body before it, hidden by a class the page's stylesheet hides (a print version);
 * `?articlePage=1` and `?articlePage=2` serve the page as an article paged in two before part 三, each page with the
 * pager CMSs print ("共2页 上一页 1 2 下一页").
 */
export async function serve(): Promise<Served> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    log.push(u.pathname);
    const root = Object.keys(ROOTS).find((r) => u.pathname.startsWith(r));
    const file = root ? normalize(join(ROOTS[root], decodeURIComponent(u.pathname.slice(root.length)))) : '';
    if (!root || file.includes('..' + '/..') || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream' };
    const then = u.searchParams.get('then');
    const thenRoot = then ? Object.keys(ROOTS).find((r) => then.startsWith(r)) : undefined;
    if (then && thenRoot) {
      const second = readFileSync(normalize(join(ROOTS[thenRoot], then.slice(thenRoot.length))), 'utf8');
      const body = second.slice(second.indexOf('<body>') + 6, second.indexOf('</body>'));
      res.writeHead(200, headers).end(readFileSync(file, 'utf8').replace('</body>', `<hr>\n${body}</body>`));
      return;
    }
    if (u.searchParams.has('hiddenCopy')) {
      const page = readFileSync(file, 'utf8');
      const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
      const copy = `<style>.print-version { display: none }</style><div class="print-version">${body}</div>`;
      res.writeHead(200, headers).end(page.replace('<body>', `<body>${copy}`));
      return;
    }
    const articlePage = u.searchParams.get('articlePage');
    if (articlePage) {
      const page = readFileSync(file, 'utf8');
      const at = page.indexOf('三、收到和处理政府信息公开申请情况');
      const cut = Math.max(...['<p', '<h', '<div'].map((tag) => page.lastIndexOf(tag, at)));
      const link = (n: number, text: string) => `<a href="${u.pathname}?articlePage=${n}">${text}</a>`;
      const pager =
        articlePage === '1'
          ? `<div class="pagination">共2页 <span>1</span> ${link(2, '2')} ${link(2, '下一页')}</div>`
          : `<div class="pagination">共2页 ${link(1, '上一页')} ${link(1, '1')} <span>2</span></div>`;
      const html = articlePage === '1' ? `${page.slice(0, cut)}${pager}</body></html>` : `${page.slice(0, page.indexOf('<body>') + 6)}${page.slice(cut).replace('</body>', `${pager}</body>`)}`;
      res.writeHead(200, headers).end(html);
      return;
    }
    if (u.searchParams.get('csp') === 'strict') headers['content-security-policy'] = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";
    if (u.searchParams.has('rowTables')) {
      res.writeHead(200, headers).end(rowByRow(readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, headers).end(u.searchParams.has('traditional') ? toTraditional(readFileSync(file, 'utf8')) : readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { server, port, log, url: (path, host = HOST) => `http://${host}:${port}${path}` };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request the browser made, with whether a page or the extension made it. */
  requests: { url: string; fromExtension: boolean }[];
  close(): Promise<void>;
}

/** `dist`: the unpacked extension to load (the build's by default; a benchmark may load a changed copy). */
export async function launch(opts: { extension?: boolean; lang?: string; dist?: string } = {}): Promise<Browser> {
  const withExtension = opts.extension ?? true;
  const dist = opts.dist ?? DIST;
  if (withExtension && !existsSync(join(dist, 'manifest.json'))) throw new Error(`build the extension first (npm run build): ${dist} is missing`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'dl-profile-'));
  const args = [
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--lang=${opts.lang ?? 'zh-CN'}`,
    `--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: opts.lang ?? 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's i18n) from LANGUAGE.
    env: { ...process.env, LANGUAGE: (opts.lang ?? 'zh-CN').replace('-', '_'), LANG: `${(opts.lang ?? 'zh-CN').replace('-', '_')}.UTF-8`, LC_ALL: `${(opts.lang ?? 'zh-CN').replace('-', '_')}.UTF-8` },
    viewport: { width: 1280, height: 900 },
  });
  const requests: Browser['requests'] = [];
  context.on('request', (req) => {
    const frame = (() => {
      try {
        return req.frame();
      } catch {
        return null;
      }
    })();
    const fromExtension = !frame || req.url().startsWith('chrome-extension://') || (frame?.url() ?? '').startsWith('chrome-extension://');
    requests.push({ url: req.url(), fromExtension });
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return { context, worker: worker!, extensionId, requests, close: () => context.close() };
}

/** The tab id of a page, asked from the extension's service worker. */
export async function tabIdOf(b: Browser, url: string): Promise<number> {
  return b.worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}

/** What the CLI exports for a saved page: the extension's copy and download must equal it. */
export function cliJson(file: string) {
  let out = '';
  run(['--json', file], { out: (s) => (out += s), err: () => undefined, isTTY: false });
  return JSON.parse(out);
}

/** An export without what differs between captures of the same page (its address and the time). */
export const comparable = (ex: { source: object }) => ({ ...ex, source: { ...ex.source, url: null, capturedAt: null } });
