// Looking strings up through the browser's i18n, without the table of strings: the auditor's bundle goes into
// every report page, and its strings are in the extension's _locales already (generated from MESSAGES, which
// tests/locales.test.ts holds equal).
import type { MessageKey } from './messages';

export type GetMessage = (key: string, subs?: string[]) => string;
export type Translate = (key: MessageKey, ...subs: string[]) => string;

/** The browser's string for `key`, or '' when the key or the API is missing (never throws). */
export function lookup(getMessage: GetMessage | undefined, key: string, subs: string[]): string {
  try {
    return getMessage?.(key, subs) ?? '';
  } catch {
    return '';
  }
}

/** The browser's i18n alone; a key it lacks shows as itself rather than as nothing. */
export function browserT(getMessage: GetMessage): Translate {
  return (key, ...subs) => lookup(getMessage, key, subs) || key;
}
