#!/usr/bin/env node
// The command-line auditor. The bundle is built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/disclosure-lens.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('disclosure-lens: not built yet — run `npm install` or `npm run build` in the project first.');
  process.exit(2);
}
await import(new URL('../dist/cli/disclosure-lens.mjs', import.meta.url).href);
