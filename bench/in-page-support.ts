// What the in-page benchmarks share: the fixture pages, the floor they are measured against, running code in the
// extension's isolated world of a page, copies of the build with a script changed, and the median.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser } from '../tests/e2e/harness';

export const PAGES = [
  '/reports/nankai-2024.html',
  '/reports/nankai-2019.html',
  '/reports/sanmenxia-2024.html',
  '/reports/fengquan-2024.html',
  '/reports/taiping-2023.html',
  '/real/shuyang-fgj-2023.html',
  '/real/pingtan-2019.html',
];

/** The floor, as page-side source: a bare walk that reads every cell's text of the page's leaf tables once. */
export const WALK_SOURCE = `() => {
  let n = 0;
  for (const t of document.querySelectorAll('table')) {
    if (t.querySelector('table')) continue; // layout tables hold the report; they are not its tables
    for (const c of t.querySelectorAll('td, th')) n += (c.textContent ?? '').length;
  }
  return n;
}`;

/** Bundles TypeScript (imports resolved from `resolveDir`, the project's root by default) into one script a page can run. */
export async function bundleForPage(contents: string, resolveDir = '.'): Promise<string> {
  const out = await build({ stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, format: 'iife', write: false, minify: true, target: 'chrome120' });
  return out.outputFiles[0].text;
}

/** Runs `source` as a function body in the extension's isolated world of the tab's top frame, with `args` as its parameters. */
export function inIsolatedWorld<T>(b: Browser, tabId: number, source: string, args: Record<string, unknown> = {}): Promise<T> {
  type Scripting = { chrome: { scripting: { executeScript(o: object): Promise<{ result: T }[]> } } };
  return b.worker.evaluate(
    async ([id, src, names, values]) => {
      const { chrome } = globalThis as unknown as Scripting;
      const [r] = await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, world: 'ISOLATED', args: values, func: new Function(...names, src) });
      return r.result;
    },
    [tabId, source, Object.keys(args), Object.values(args)] as const,
  ) as Promise<T>;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A fresh copy of the build `from` at `to`, with one of its files (`file`, within the build) rewritten by `edit`:
 * a benchmark's variant of the extension (timing marks added, a compile hint). Returns `to`.
 */
export function patchedBuild(from: string, to: string, file: string, edit: (source: string) => string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  writeFileSync(`${to}/${file}`, edit(readFileSync(`${to}/${file}`, 'utf8')));
  return to;
}
