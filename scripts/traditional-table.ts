// Derives the table of src/text/traditional.ts: every CJK character that OpenCC's Traditional-to-Simplified
// tables turn into a character src/ uses (outside comments, the UI strings, the rules' Chinese messages and the table
// itself), left out where the Traditional form is a GB2312 character too (Simplified text uses those: 後, 於, 著, 覆).
// tests/normalize.test.ts holds the committed table to this; `npm run traditional` rewrites it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The CJK characters the code in src/ uses (comment lines, `zh:` strings, src/i18n and the table itself left out). */
export function sourceCharacters(root = 'src'): Set<string> {
  const chars = new Set<string>();
  for (const file of sourceFiles(root)) {
    if (file.includes('/i18n/') || file.endsWith('text/traditional.ts')) continue;
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
      // A finding's message and a rule's title and description are shown, never matched against the page.
      .map((line) => line.replace(/\bzh: (?:'[^']*'|`[^`]*`)/g, ''))
      .join('\n');
    for (const ch of code.match(/[\u4e00-\u9fff]/g) ?? []) chars.add(ch);
  }
  return chars;
}

/** The characters of GB2312's two levels of hanzi: what Simplified text is written in. */
export function gb2312Hanzi(): Set<string> {
  const decoder = new TextDecoder('gb2312');
  const chars = new Set<string>();
  for (let a = 0xb0; a <= 0xf7; a++) for (let b = 0xa1; b <= 0xfe; b++) chars.add(decoder.decode(new Uint8Array([a, b])));
  return chars;
}

/** "開开與与…": Traditional, Simplified, in code order of the Traditional. */
export function traditionalPairs(used = sourceCharacters()): string {
  const simplifiedText = gb2312Hanzi();
  const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  let pairs = '';
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const t = String.fromCharCode(c);
    if (simplifiedText.has(t)) continue;
    for (const convert of converters) {
      const s = convert(t);
      if (s.length === 1 && s !== t && used.has(s)) {
        pairs += t + s;
        break;
      }
    }
  }
  return pairs;
}
