// One generic runner over one failing and one passing page per rule (tests/fixtures/rules/<ID>/), and a
// catalogue check that fails when a rule lacks fixtures, messages, registration, or the spec lists a rule we lack.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules';
import { auditFile } from './support/audit';

const DIR = 'tests/fixtures/rules';

interface Expected {
  rule: string;
  fail: { severity: string; cells?: string[] }[];
}

function audit(dir: string, which: 'fail' | 'pass') {
  const prevPath = `${dir}/${which}.previous.html`;
  const previous = existsSync(prevPath) ? auditFile(prevPath).asPrevious : null;
  return auditFile(`${dir}/${which}.html`, { previous });
}

describe.each(RULES.map((r) => r.id))('rule %s', (id) => {
  const dir = `${DIR}/${id}`;
  it('reports the failing page', () => {
    const expected: Expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
    const got = audit(dir, 'fail').export.findings.filter((f) => f.rule === id);
    expect(got.length).toBeGreaterThanOrEqual(expected.fail.length);
    for (const e of expected.fail) {
      const hit = got.find((f) => f.severity === e.severity && (e.cells ?? []).every((c) => f.cells.includes(c)));
      expect(hit, `${id}: expected a ${e.severity} finding naming ${e.cells?.join(', ') ?? '(no cell)'}; got ${JSON.stringify(got)}`).toBeDefined();
      expect(hit!.message.zh.length).toBeGreaterThan(4);
      expect(hit!.message.en.length).toBeGreaterThan(4);
    }
  });
  it('is silent on the passing page', () => {
    const got = audit(dir, 'pass').export.findings.filter((f) => f.rule === id);
    expect(got).toEqual([]);
  });
});

describe('the rule catalogue', () => {
  it('implements every rule of shared/spec/rules.md, and no other', () => {
    const spec = readFileSync('../shared/spec/rules.md', 'utf8');
    const ids = [...spec.matchAll(/^\| ([A-Z0-9]+(?:-[A-Z0-9]+)+) \|/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(RULES.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('gives each rule one file, unique id, bilingual title and description, and fixtures', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(existsSync(`src/rules/${rule.id.toLowerCase()}.ts`), `src/rules/${rule.id.toLowerCase()}.ts`).toBe(true);
      for (const text of [rule.title, rule.description]) {
        expect(text.zh, rule.id).toMatch(/[\u4e00-\u9fff]/);
        // English, though it may quote the Chinese it is about.
        const ascii = [...text.en].filter((c) => c.charCodeAt(0) < 128).length / [...text.en].length;
        expect(ascii, `${rule.id}: ${text.en}`).toBeGreaterThan(0.75);
      }
      for (const f of ['fail.html', 'pass.html', 'expected.json']) expect(existsSync(`${DIR}/${rule.id}/${f}`), `${rule.id}/${f}`).toBe(true);
    }
    const dirs = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs.sort()).toEqual([...ids].sort());
  });

  it('keeps the severity the spec gives each rule', () => {
    const spec = readFileSync('../shared/spec/rules.md', 'utf8');
    for (const m of spec.matchAll(/^\| ([A-Z0-9]+(?:-[A-Z0-9]+)+) \| (error|warning|info|review) \|/gm)) {
      expect(RULES.find((r) => r.id === m[1])?.severity, m[1]).toBe(m[2]);
    }
  });
});
