// Rewrites src/model/template.ts, the template's rows and columns as plain data, from the zod schemas of
// src/model/schema.ts (the single source of truth). The auditor walks this instead of the schemas, so the content
// script carries no zod. Run: npm run template (tests/export.test.ts fails when the file is out of date).
import { writeFileSync, readFileSync } from 'node:fs';
import { TABLE_PARTS } from '../src/model/schema';

type Tree = string[] | { [key: string]: Tree };

function tree(schema: unknown): Tree {
  const shape = (schema as { shape: Record<string, { shape?: unknown }> }).shape;
  const children = Object.entries(shape);
  // A row: its columns are leaves.
  if (children.every(([, c]) => !c.shape)) return children.map(([k]) => k);
  return Object.fromEntries(children.map(([k, c]) => [k, tree(c)]));
}

function print(t: Tree, indent: string): string {
  if (Array.isArray(t)) return `[${t.map((k) => `'${k}'`).join(', ')}]`;
  const inner = Object.entries(t).map(([k, v]) => `${indent}  ${k}: ${print(v, `${indent}  `)},`);
  return `{\n${inner.join('\n')}\n${indent}}`;
}

export function templateSource(): string {
  const formats = Object.entries(TABLE_PARTS).map(([format, parts]) => {
    const byPart = Object.fromEntries(Object.entries(parts).map(([part, schema]) => [part, tree(schema)]));
    return `  '${format}': ${print(byPart, '  ')},`;
  });
  return [
    '// Written by `npm run template` from the zod schemas of schema.ts; do not edit (tests/export.test.ts holds it to them).',
    '// Every numeric cell of the template: part → row (or group of rows) → the row\'s columns.',
    'export const TEMPLATE = {',
    ...formats,
    '} as const;',
    '',
  ].join('\n');
}

const file = 'src/model/template.ts';
if (process.argv[1]?.endsWith('write-template.mjs')) {
  const next = templateSource();
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // not written yet
  }
  if (current === next) console.log(`${file}: up to date`);
  else {
    writeFileSync(file, next);
    console.log(`${file}: rewritten`);
  }
}
