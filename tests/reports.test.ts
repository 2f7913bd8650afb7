// The five real reports of shared/reports (as HTML fixtures in the shapes sites publish) and the two real pages:
// every number read exactly, and the known errors and clean results of shared/reports/README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../src/cells/parse';
import { parsePage } from '../src/cli/main';
import { allCellPaths } from '../src/model/paths';
import { Export } from '../src/model/schema';
import { z } from '../src/model/zod';
import { mightHoldReport } from '../src/page/detect';
import { foldTraditional } from '../src/text/traditional';
import { REPORT_SPECS } from './fixtures/reports/specs';
import { auditFile, auditHtml, brief, rulesOf } from './support/audit';
import { toTraditional } from './support/traditional';

const fixture = (id: string) => `tests/fixtures/reports/${REPORT_SPECS[id].file}`;
const REAL = '../shared/reports/html';

describe('every number of parts 二, 三 and 四 is read exactly', () => {
  for (const [id, { file, spec }] of Object.entries(REPORT_SPECS)) {
    it(`${id} ${file}`, () => {
      const res = auditFile(fixture(id));
      expect(res.export.report.format).toBe(spec.format);
      const omitted = spec.omitRows ?? [];
      for (const path of allCellPaths(spec.format)) {
        const cell = res.export.cells[path];
        if (omitted.some((r) => path.startsWith(`${r}.`))) {
          expect(cell.state, path).toBe('missing');
          continue;
        }
        const printed = parseCell(spec.values?.[path] ?? '0');
        expect({ path, state: cell.state, value: res.export.cells[path].state === 'number' ? valueAt(res.export, path) : null }).toEqual({
          path,
          state: printed.state,
          value: printed.value,
        });
      }
    });
  }
});

function valueAt(ex: z.infer<typeof Export>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], ex.report);
}

describe('known findings of the real reports', () => {
  it('000 南开区 2024: all zero and consistent — no finding at all', () => {
    const res = auditFile(fixture('000'));
    expect(res.export.report).toMatchObject({ agency: '天津市南开区文化和旅游局', year: 2024, format: '2021' });
    expect(brief(res)).toEqual([]);
  });

  it('001 南开区 2019: missing rows, missing part 六, blanks flagged not read as 0, text claim only "review"', () => {
    const res = auditFile(fixture('001'));
    expect(res.export.report).toMatchObject({ agency: '南开区文化和旅游局', year: 2019, format: '2019' });
    expect(rulesOf(res)).toEqual(
      ['CELL-BLANK:warning', 'CELL-BLANK:warning', 'CELL-BLANK:warning', 'DOC-ROWS:error', 'DOC-SECTIONS:warning', 'T3-ROW-TOTAL:review', 'TEXT-REQUESTS:review'].sort(),
    );
    const rows = res.export.findings.find((f) => f.rule === 'DOC-ROWS')!;
    expect(rows.cells).toContain('requests.outcomesTotal.total');
    expect(rows.cells).toContain('requests.carriedForward.natural');
    expect(rows.cells).toContain('requests.otherHandling.all.total');
    expect(res.export.findings.find((f) => f.rule === 'DOC-SECTIONS')!.message.zh).toContain('六、其他需要报告的事项');
    const r = res.export.report;
    expect(r.requests.newReceived.total).toBeNull();
    expect(res.export.cells['requests.newReceived.total'].state).toBe('blank');
    expect(r.requests.carriedOver).toMatchObject({ natural: 1, total: 1, commercial: null });
    expect(r.activeDisclosure).toMatchObject({ penalty: { previousItems: 0, change: 10, decisions: 10 } });
    expect(res.export.findings.find((f) => f.rule === 'TEXT-REQUESTS')!.cells).toEqual(['requests.newReceived.total']);
    expect(res.export.findings.some((f) => f.severity === 'error' && f.rule !== 'DOC-ROWS')).toBe(false);
  });

  it('002 三门峡 2024: （七）总计 0 while the rows hold 4 — outcomes-sum and balance errors in 自然人 and 总计 only', () => {
    const res = auditFile(fixture('002'));
    expect(res.export.report).toMatchObject({ agency: '三门峡市文化广电和旅游局', year: 2024, format: '2021' });
    expect(brief(res)).toEqual([
      { rule: 'T3-OUTCOMES-SUM', severity: 'error', cells: ['requests.outcomesTotal.natural'] },
      { rule: 'T3-OUTCOMES-SUM', severity: 'error', cells: ['requests.outcomesTotal.total'] },
      {
        rule: 'T3-BALANCE',
        severity: 'error',
        cells: ['requests.newReceived.natural', 'requests.carriedOver.natural', 'requests.outcomesTotal.natural', 'requests.carriedForward.natural'],
      },
      {
        rule: 'T3-BALANCE',
        severity: 'error',
        cells: ['requests.newReceived.total', 'requests.carriedOver.total', 'requests.outcomesTotal.total', 'requests.carriedForward.total'],
      },
    ]);
    const sum = res.export.findings[0];
    expect(sum.message.zh).toBe('（七）总计·自然人 应为 4（予以公开 1 + 本机关不掌握 3），表中为 0');
    expect(sum.message.en).toContain('should be 4');
    expect(sum).toMatchObject({ expected: 4, actual: 0 });
    expect(sum.related).toContain('requests.granted.natural');
  });

  it('003 凤泉区 2024: label variants, one big table — no finding', () => {
    const res = auditFile(fixture('003'));
    expect(res.export.report).toMatchObject({ agency: '凤泉区教育体育和文化旅游局', year: 2024, format: '2021' });
    expect(brief(res)).toEqual([]);
  });

  it('004 太平区 2023: part 三 broken in two with an extra column, "社会组织" — no finding', () => {
    const res = auditFile(fixture('004'));
    expect(res.export.report).toMatchObject({ agency: '阜新市太平区文化旅游和广播电视局', year: 2023, format: '2021' });
    expect(brief(res)).toEqual([]);
    expect(res.export.report.activeDisclosure).toMatchObject({ licensing: { decisions: 71 } });
  });

  it('沭阳县发改局 2023 (real page): blank legal-person columns are blank, not 0; no error', () => {
    const res = auditFile(`${REAL}/shuyang-fgj-2023.html`);
    const r = res.export.report;
    expect(r).toMatchObject({ agency: '沭阳县发展和改革局', year: 2023, format: '2021' });
    expect(r.requests.newReceived).toEqual({ natural: 26, commercial: null, research: null, nonprofit: null, legal: null, other: null, total: 26 });
    expect(r.requests.granted.total).toBe(26);
    expect(r.requests.outcomesTotal.total).toBe(26);
    expect(r.activeDisclosure).toMatchObject({ normativeDocuments: { issued: 8, repealed: 0, inForce: 18 } });
    expect(r.reviewLitigation.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(rulesOf(res)).toEqual(['CELL-BLANK:warning', 'T3-ROW-TOTAL:review']);
    expect(res.export.findings[0].cells).toHaveLength(125);
  });

  it('平潭 2019 (real page): 2019 template, duplicated merged label, nbsp-padded zeros, "元" in a cell; no error', () => {
    const res = auditFile(`${REAL}/pingtan-2019.html`);
    const r = res.export.report;
    expect(r).toMatchObject({ agency: '平潭综合实验区', year: 2019, format: '2019' });
    expect(r.activeDisclosure).toMatchObject({
      normativeDocuments: { newlyMade: 89, newlyPublished: 89, publishedTotal: 89 },
      licensing: { previousItems: 396, change: 0, decisions: 181 },
      adminFees: { previousItems: 35, change: 0 },
      procurement: { projects: 135, amount: 75394432.52 },
    });
    expect(r.requests.newReceived.total).toBe(23);
    expect(r.requests.unavailable).toMatchObject({ notHeld: { total: 7 }, unclear: { natural: 5, total: 5 } });
    expect(r.requests.notProcessed.duplicate.total).toBe(3);
    expect(r.requests.outcomesTotal.total).toBe(23);
    expect(res.export.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    // The text's own breakdown really does not add up (25+68+…+856 = 2533, not 2599): shown as a note.
    expect(rulesOf(res)).toEqual(['CELL-UNIT:info', 'TEXT-SUM:info']);
    expect(res.export.findings.find((f) => f.rule === 'TEXT-SUM')).toMatchObject({ expected: 2599, actual: 2533 });
  });
});

describe('上海市人民政府办公厅 2019 (built in the structure of the real page)', () => {
  const PAGE = 'tests/fixtures/pages/shanghai-office-2019.html';
  // Part 二 as the page merges it: "本年增/减" spans two columns in the header, but each row's first count spans
  // the two before it.
  const LICENSING_ROW = /(<p>行政许可<\/p><\/td><td colspan="2"[^>]*><p align="center">)0(<\/p><\/td><td[^>]*><p align="center">)0(<\/p><\/td><td[^>]*><p align="center">)0/;

  it('reads part 二 whose rows merge their cells otherwise than the header', () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(html).toMatch(LICENSING_ROW);
    const r = auditHtml(html.replace(LICENSING_ROW, (_, a, b, c) => `${a}5${b}2${c}7`)).export.report;
    expect(r.activeDisclosure).toMatchObject({
      licensing: { previousItems: 5, change: 2, decisions: 7 },
      regulations: { newlyMade: 13, newlyPublished: 13, publishedTotal: 524 },
      adminFees: { previousItems: 0, change: 0 },
      procurement: { projects: 6, amount: 251000 },
    });
  });

  it('reads the report as published: totals left blank are blanks to review, not errors', () => {
    const res = auditFile(PAGE);
    const r = res.export.report;
    expect(r).toMatchObject({ agency: '上海市人民政府办公厅', year: 2019, format: '2019' });
    expect(r.requests.newReceived).toEqual({ natural: 821, commercial: 35, research: null, nonprofit: null, legal: 2, other: 1, total: 859 });
    expect(r.requests.outcomesTotal.total).toBe(805);
    expect(r.requests.granted.total).toBeNull();
    expect(r.requests.carriedForward.total).toBe(72);
    expect(r.reviewLitigation.review).toEqual({ upheld: 5, corrected: null, other: null, pending: 2, total: 7 });
    expect(rulesOf(res).filter((x) => /error/.test(x))).toEqual([]);
    expect(rulesOf(res)).toContain('T3-ROW-TOTAL:review');
    // Read as 0, its blanks leave the totals it printed right, and name the totals it left blank beside counts.
    const review = (rule: string) => res.export.findings.filter((f) => f.rule === rule && f.severity === 'review').map((f) => f.message.zh);
    expect(review('T3-ROW-TOTAL')[0]).toMatch(/；空白按 0 计时 4 处相符，11 处不符（（一）予以公开·总计、（二）部分公开·总计、（三）1\.属于国家秘密·总计 等）$/);
    expect(review('T3-OUTCOMES-SUM')[0]).toMatch(/；空白按 0 计时 4 处相符，1 处不符（（七）总计·总计）$/);
    expect(review('T3-BALANCE')).toHaveLength(3);
    for (const m of review('T3-BALANCE')) expect(m).toMatch(/；空白按 0 计则平衡$/);
    expect(review('T4-SUM')[0]).toMatch(/；空白按 0 计时均相符$/);
    // "信息公开类行政复议7件，诉讼9件，均获维持", where its table has 2 of the 7 reviews pending.
    expect(res.export.findings.filter((f) => f.rule === 'TEXT-REVIEW-LITIGATION').map((f) => [f.severity, f.expected, f.actual, f.cells])).toEqual([
      ['warning', 7, 5, ['reviewLitigation.review.upheld']],
    ]);
  });
});

describe('the export', () => {
  const files = [...Object.keys(REPORT_SPECS).map(fixture), `${REAL}/shuyang-fgj-2023.html`, `${REAL}/pingtan-2019.html`, 'tests/fixtures/pages/shanghai-office-2019.html'];
  it('validates against the zod schema, with every key of its format present', () => {
    for (const f of files) {
      const ex = auditFile(f).export;
      expect(() => z.parse(Export, ex), f).not.toThrow();
      expect(Object.keys(ex.cells)).toEqual([...allCellPaths(ex.report.format)]);
    }
  });
  it('has the same shape for every report of one format', () => {
    const shape = (o: unknown): unknown =>
      o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)])) : 'leaf';
    const of2021 = files.map((f) => auditFile(f).export.report).filter((r) => r.format === '2021');
    expect(of2021.length).toBeGreaterThan(3);
    for (const r of of2021) expect(shape({ ...r, agency: 0, year: 0 })).toEqual(shape({ ...of2021[0], agency: 0, year: 0 }));
  });
});

describe('the 三门峡 report in Traditional characters (as a site\'s 繁體 button shows it)', () => {
  const html = readFileSync('tests/fixtures/reports/sanmenxia-2024.html', 'utf8');
  const simplified = auditHtml(html);
  const traditional = auditHtml(toTraditional(html));

  it('is found by the loader\'s first look', () => {
    expect(toTraditional(html)).toContain('申請人情況');
    expect(mightHoldReport(parsePage(toTraditional(html)))).toBe(true);
  });

  it('reads every number and raises the same findings on the same cells', () => {
    expect(traditional.isReport).toBe(true);
    expect(traditional.export.report).toEqual({ ...simplified.export.report, agency: traditional.export.report.agency });
    expect(brief(traditional)).toEqual(brief(simplified));
    expect(traditional.export.report.year).toBe(2024);
  });

  it('gives the title and the agency as the page prints them', () => {
    expect(simplified.export.report.agency).toBe('三门峡市文化广电和旅游局');
    expect(traditional.export.report.agency).toBe('三門峽市文化廣電和旅遊局');
    expect(traditional.export.source.title).toBe('三門峽市文化廣電和旅遊局2024年政府信息公開工作年度報告');
  });

  it('exports the report\'s text as the page prints it', () => {
    for (const part of ['overview', 'problems', 'otherMatters'] as const) {
      const printed = traditional.export.text[part]!;
      expect(printed, part).toBe(toTraditional(simplified.export.text[part]!));
    }
    expect(traditional.export.text.overview).toContain('公開');
    // The rules read the same text folded (the template's words in Simplified characters).
    expect(foldTraditional(traditional.export.text.overview!)).toContain('公开');
  });
});
