// Rewrites the table of src/text/traditional.ts from OpenCC and the characters src/ uses. Run: npm run traditional
import { readFileSync, writeFileSync } from 'node:fs';
import { traditionalPairs } from './traditional-table';

const file = 'src/text/traditional.ts';
const source = readFileSync(file, 'utf8');
const next = source.replace(/(export const TRADITIONAL_PAIRS =\n  ')[^']*(';)/, `$1${traditionalPairs()}$2`);
if (next === source) console.log(`${file}: the table is up to date`);
else {
  writeFileSync(file, next);
  console.log(`${file}: table rewritten`);
}
