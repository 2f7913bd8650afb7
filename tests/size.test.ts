// Size is deterministic, so it is a test: the script every government page gets stays small; the auditor,
// injected only into frames that hold a report, has a budget of its own so it cannot creep.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
const OUT = '.output/chrome-mv3';

describe('bundle sizes (gzip)', () => {
  it('the extension is built (npm run build)', () => {
    expect(existsSync(`${OUT}/manifest.json`), `${OUT} missing: run npm run build`).toBe(true);
  });
  it('content script on every gov.cn page ≤ 25 kB', () => {
    expect(gz(`${OUT}/content-scripts/content.js`)).toBeLessThanOrEqual(25 * 1024);
  });
  // 42 kB until the template was walked as plain data and last year's report checked by the background: the
  // auditor no longer carries zod (-5.5 kB), and the budget came down with it.
  it('auditor injected on report pages ≤ 38 kB', () => {
    expect(gz(`${OUT}/content-scripts/auditor.js`)).toBeLessThanOrEqual(38 * 1024);
  });
  it('neither content script carries the schema library (the background checks what storage holds)', () => {
    for (const f of ['content', 'auditor']) expect(readFileSync(`${OUT}/content-scripts/${f}.js`, 'utf8')).not.toMatch(/_zod|ZodError/);
  });
  it('the manifest asks only for the minimal permissions', () => {
    const m = JSON.parse(readFileSync(`${OUT}/manifest.json`, 'utf8'));
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.host_permissions).toEqual(['*://*.gov.cn/*']);
    expect(m.content_scripts.map((c: { js: string[] }) => c.js).flat()).toEqual(['content-scripts/content.js']);
  });
});
