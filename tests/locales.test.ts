import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeFiles } from '../src/i18n/locales';
import { makeT, MESSAGES } from '../src/i18n/messages';
import { browserT } from '../src/i18n/translate';

describe('i18n', () => {
  it('the _locales files are generated from the one table (npm run locales)', () => {
    for (const [dir, json] of Object.entries(localeFiles())) expect(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')).toBe(json);
  });
  it('every string has Chinese and English', () => {
    for (const [k, v] of Object.entries(MESSAGES)) {
      expect(v.zh, k).toMatch(/[\u4e00-\u9fff]|JSON|CSV|TSV|Markdown|\.json/);
      expect(v.en.length, k).toBeGreaterThan(1);
    }
  });
  it('falls back to Chinese when the browser has no string, with substitutions', () => {
    const t = makeT(() => '');
    expect(t('copied', 'JSON')).toBe('已复制 JSON');
    expect(makeT(undefined, 'en')('copied', 'CSV')).toBe('Copied CSV');
    expect(makeT(() => {
      throw new Error('no i18n here');
    })('auditAnyway')).toBe('仍然审读');
  });
  it('the auditor reads the browser\'s strings alone (the table stays out of its bundle)', () => {
    const seen: [string, string[] | undefined][] = [];
    const t = browserT((key, subs) => (seen.push([key, subs]), key === 'copied' ? `已复制 ${subs?.[0]}` : ''));
    expect(t('copied', 'JSON')).toBe('已复制 JSON');
    expect(seen).toEqual([['copied', ['JSON']]]);
    // A key the browser lacks shows as itself, never as an empty chip or a thrown error.
    expect(t('chipLabel')).toBe('chipLabel');
    expect(browserT(() => {
      throw new Error('extension context invalidated');
    })('marksOn')).toBe('marksOn');
    expect(readFileSync('.output/chrome-mv3/content-scripts/auditor.js', 'utf8')).not.toContain(MESSAGES.privacy.en);
  });
});
