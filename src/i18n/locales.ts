import { MESSAGES } from './messages';

/** The browser's _locales files, made from the one table of strings. */
export function localeFiles(): Record<string, string> {
  const file = (lang: 'zh' | 'en') =>
    `${JSON.stringify(Object.fromEntries(Object.entries(MESSAGES).map(([k, v]) => [k, { message: v[lang] }])), null, 2)}\n`;
  return { zh_CN: file('zh'), en: file('en') };
}
