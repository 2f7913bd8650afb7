// One generic runner over one failing and one passing page per rule (tests/fixtures/rules/<ID>/), and a
// catalogue check that fails when a rule lacks fixtures, messages, registration, or the spec lists a rule we lack.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditContext } from '../src/audit/context';
import type { MappedCell } from '../src/map/types';
import { checkIdentity, holds } from '../src/rules/identity';
import { MISSING } from '../src/cells/parse';
import { RULES, ruleDescriptions } from '../src/rules';
import type { Finding } from '../src/model/schema';
import { baseSpec } from './fixtures/rules/cases';
import { auditFile, auditHtml } from './support/audit';
import { buildReportHtml } from './support/report-html';

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
    const descriptions = ruleDescriptions();
    expect([...descriptions.keys()]).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(existsSync(`src/rules/${rule.id.toLowerCase()}.ts`), `src/rules/${rule.id.toLowerCase()}.ts`).toBe(true);
      for (const text of [rule.title, descriptions.get(rule.id)!]) {
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

describe('identities: the quick test agrees with the itemised one', () => {
  // `holds` decides most identities without building the sides a finding explains; it must say "holds" exactly
  // when checkIdentity says "pass", whatever the cells' states (a none-mark is 0, a blank or a missing cell is not).
  const state = fc.constantFrom('number', 'number', 'number', 'none', 'blank', 'invalid', 'missing') as fc.Arbitrary<MappedCell['state']>;
  const cell = fc.record({ state, value: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(0.1, 0.2, 0.3, 1e9)) });
  // Operands by place in ctx.cells(), 0–7; place 8 stands for a path the format lacks (-1, a missing cell).
  const side = fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: 5 });
  const path = (i: number) => `p${i}`;
  const place = (i: number) => (i === 8 ? -1 : i);
  it('holds(ctx, places of l, places of r) ⇔ checkIdentity(ctx, l, r).status === "pass"', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 8, maxLength: 8 }), side, side, (cells, left, right) => {
        const read = cells.map((c): MappedCell => (c.state === 'number' ? { state: c.state, value: c.value, raw: String(c.value) } : { state: c.state, value: c.state === 'none' ? 0 : null, raw: '' }));
        const ctx = { cell: (p: string) => read[Number(p.slice(1))] ?? MISSING, cells: () => read } as unknown as AuditContext;
        return holds(ctx, left.map(place), right.map(place)) === (checkIdentity(ctx, left.map(path), right.map(path)).status === 'pass');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sums left undecided by blanks say what the blanks read as 0 would give', () => {
  // Most reports leave a cell blank for none: the reader is told whether the blanks alone keep a total from being
  // checked, and which totals would still be wrong (a real 2019 provincial report left 126 of part 三's cells blank).
  const withValues = (values: Record<string, string>) => {
    const spec = baseSpec();
    return auditHtml(buildReportHtml({ ...spec, values: { ...spec.values, ...values } })).export.findings;
  };
  const message = (findings: Finding[], rule: string) => findings.find((f) => f.rule === rule && f.severity === 'review')?.message;

  it('a blank where 0 belongs: the totals add up with it read as 0, and the column balances', () => {
    const findings = withValues({ 'requests.newReceived.research': '' });
    expect(message(findings, 'T3-ROW-TOTAL')).toEqual({
      zh: '1 处合计因空白或无法读取的单元格无法核对（一、本年新收·总计）；空白按 0 计时均相符',
      en: '1 total(s) cannot be checked because cells are blank or unreadable (1. New requests this year · total); with the blanks read as 0, they all add up',
    });
    expect(message(findings, 'T3-BALANCE')?.zh).toMatch(/中有空白；空白按 0 计则平衡$/);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a total that the blanks read as 0 would not reach is named', () => {
    const findings = withValues({ 'requests.newReceived.research': '', 'requests.newReceived.total': '15', 'requests.carriedOver.commercial': '' });
    expect(message(findings, 'T3-ROW-TOTAL')).toEqual({
      zh: '2 处合计因空白或无法读取的单元格无法核对（一、本年新收·总计、二、上年结转·总计）；空白按 0 计时 1 处相符，1 处不符（一、本年新收·总计）',
      en: '2 total(s) cannot be checked because cells are blank or unreadable (1. New requests this year · total; 2. Carried over from last year · total); with the blanks read as 0, 1 add up and 1 does not (1. New requests this year · total)',
    });
  });

  it('an unreadable cell is no 0: nothing is said for it', () => {
    const findings = withValues({ 'requests.newReceived.research': '约2' });
    expect(message(findings, 'T3-ROW-TOTAL')?.zh).toBe('1 处合计因空白或无法读取的单元格无法核对（一、本年新收·总计）');
    expect(message(findings, 'T3-BALANCE')?.zh).toMatch(/中有空白$/);
  });

  it('a column that does not balance even with its blanks read as 0 says so, with both sides', () => {
    const findings = withValues({ 'requests.carriedOver.commercial': '', 'requests.carriedForward.commercial': '1' });
    expect(message(findings, 'T3-BALANCE')).toEqual({
      zh: '商业企业列的勾稽关系无法核对：本年新收 2 + 上年结转 ? 与 总计 2 + 结转下年度 1 中有空白；空白按 0 计也不平衡（2 ≠ 3）',
      en: 'The businesses column cannot be balanced: new 2 + carried over ? vs outcomes 2 + carried forward 1 has blanks; with the blanks read as 0, it still does not (2 vs 3)',
    });
  });
});
