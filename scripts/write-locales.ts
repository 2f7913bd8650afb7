// Writes public/_locales/{zh_CN,en}/messages.json from src/i18n/messages.ts. Run: npm run locales
import { mkdirSync, writeFileSync } from 'node:fs';
import { localeFiles } from '../src/i18n/locales';

for (const [dir, json] of Object.entries(localeFiles())) {
  mkdirSync(`public/_locales/${dir}`, { recursive: true });
  writeFileSync(`public/_locales/${dir}/messages.json`, json);
}
