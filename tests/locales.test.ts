import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeFiles } from '../src/i18n/locales';
import { makeT, MESSAGES } from '../src/i18n/messages';

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
});
