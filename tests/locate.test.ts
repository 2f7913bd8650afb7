// Finding the parts by content in every layout sites use: the base report rendered in many shapes must read
// the same numbers and raise no finding at all.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../src/cells/parse';
import { normalizeText } from '../src/text/normalize';
import { parsePage } from '../src/cli/main';
import { buildGrid, hasTableApi, ownRows } from '../src/grid/grid';
import { treeShortcuts } from '../src/cli/tree';
import { parseDom } from './support/dom';
import { countIn, leafOpening, readItems, type TableRead } from '../src/page/items';
import { matchHeading as matchItem, pickHeadings } from '../src/locate/sections';
import { allCellPaths } from '../src/model/paths';
import { Export } from '../src/model/schema';
import { toCsv } from '../src/export/tabular';
import { baseSpec } from './fixtures/rules/cases';
import { auditHtml } from './support/audit';
import { buildReportHtml, requestsTableOf, type Layout } from './support/report-html';
import { toTraditional } from './support/traditional';

// matchHeading reads a page item's text, which the page walk has normalised.
const matchHeading = (text: string) => matchItem(normalizeText(text));

describe('headings', () => {
  it.each([
    ['二、主动公开政府信息情况', 'activeDisclosure'],
    ['2、 主动公开政府信息情况', 'activeDisclosure'],
    ['（二）主动公开政府信息情况', 'activeDisclosure'],
    ['第二部分 主动公开政府信息情况', 'activeDisclosure'],
    ['二、主动公开政府信息统计表', 'activeDisclosure'],
    ['二、主动公开政府信息的情况', 'activeDisclosure'],
    ['四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', 'reviewLitigation'],
    ['四、因政府信息公开申请行政复议、提起行政诉讼的情况', 'reviewLitigation'],
    ['五、政府信息公开工作存在的主要问题及改进情况', 'problems'],
    ['5、 存在的主要问题及整改措施', 'problems'],
    ['六、其他需要报告的事项', 'otherMatters'],
    ['1、   总体情况', 'overview'],
    // Wordings that depart from the template, on the parts found by their heading alone.
    ['一、总体工作情况', 'overview'],
    ['1、工作概况', 'overview'],
    ['五、存在问题及改进措施', 'problems'],
    ['五、主要问题及改进情况', 'problems'],
    ['五、工作中存在的主要问题及改进情况', 'problems'],
    ['六、其他事项', 'otherMatters'],
    ['六、其他需要说明的事项', 'otherMatters'],
    ['六、其他', 'otherMatters'],
    ['一、年度工作概况', 'overview'],
    ['二、主动公开情况', 'activeDisclosure'],
    ['二、主动公开政府信息', 'activeDisclosure'],
    ['三、依申请公开情况', 'requests'],
    ['三、依申请公开政府信息情况', 'requests'],
    ['三、政府信息公开申请办理情况', 'requests'],
    // A real 2025 report's part 五 (大冶市), and wordings near the template's.
    ['五、现存问题与改进举措', 'problems'],
    ['五、存在的不足及改进措施', 'problems'],
    ['六、需要报告的其他事项', 'otherMatters'],
    ['一、年度总体情况', 'overview'],
  ])('%s', (text, part) => {
    expect(matchHeading(text)?.part).toBe(part);
  });
  it('prefers a heading in the template\'s wording to one worded otherwise, numbered to unnumbered', () => {
    const el = {} as Element;
    const at = (index: number, text: string) => ({ ...matchHeading(text)!, index, text, el });
    const picked = pickHeadings([at(1, '其他事项'), at(2, '六、其他事项'), at(3, '六、其他需要报告的事项'), at(4, '五、存在问题及改进措施')]);
    expect(picked.map((h) => [h.part, h.index])).toEqual([
      ['otherMatters', 3],
      ['problems', 4],
    ]);
    expect(pickHeadings([at(1, '其他事项'), at(2, '六、其他事项')]).map((h) => h.index)).toEqual([2]);
  });
  it('finds every part of a report whose parts 五 and 六 are worded otherwise', () => {
    const headings = { problems: '五、存在问题及改进措施', otherMatters: '六、其他事项' };
    const res = auditHtml(buildReportHtml({ ...baseSpec(), headings }));
    expect(res.export.findings.filter((f) => f.rule === 'DOC-SECTIONS')).toEqual([]);
    expect(res.export.text.otherMatters).toContain('信息处理费');
  });
  it('does not take a sentence that merely starts with 其他 for part 六', () => {
    expect(matchHeading('其他情况良好，未发现问题。')).toBeNull();
    expect(matchHeading('主动公开情况良好。')).toBeNull();
    expect(matchHeading('依申请公开办理及时。')).toBeNull();
    // A site's menu items, not the report's parts.
    expect(matchHeading('主动公开')).toBeNull();
    expect(matchHeading('依申请公开')).toBeNull();
    expect(matchHeading('政府信息公开申请')).toBeNull();
  });
  it('does not take a sub-heading or a sentence for a part heading', () => {
    expect(matchHeading('（一）主动公开政府信息情况')).toBeNull();
    expect(matchHeading('（二）依申请公开情况')).toBeNull();
    expect(matchHeading('（一）主动公开情况')).toBeNull();
    expect(matchHeading('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议行政诉讼情况等六个部分。')).toBeNull();
    expect(matchHeading('三门峡市文化广电和旅游局')).toBeNull();
  });
});

const LAYOUTS: Layout[] = [
  { cellStyle: 'word' },
  { cellStyle: 'plain', brokenLabels: true },
  { cellStyle: 'bare', nbspPadding: true, border: '0' },
  { cellStyle: 'word', wrap: 'layoutTable' },
  { cellStyle: 'word', part2: 'four', brokenLabels: true },
  { cellStyle: 'plain', oneTable: true },
  { cellStyle: 'word', oneTable: true, brokenLabels: true, nbspPadding: true },
  { cellStyle: 'word', split3At: 'notProcessed.complaint', splitExtraColumn: true },
  { cellStyle: 'bare', split3At: 'denied.thirdParty' },
  { cellStyle: 'plain', split3At: 'outcomesTotal', splitExtraColumn: true, wrap: 'layoutTable' },
  { cellStyle: 'word', headingTag: 'strong', part2: 'four', split3At: 'unavailable.notHeld' },
  { cellStyle: 'word', headingTag: 'h3', brokenLabels: true, wrap: 'layoutTable', nbspPadding: true },
  { cellStyle: 'word', leadingEmptyColumn: true },
  { cellStyle: 'plain', leadingEmptyColumn: true, part2: 'four', split3At: 'denied.thirdParty' },
  // Word's miscounted rowspans: rows after the outcomes pushed right, or the last outcome rows pulled left.
  { cellStyle: 'word', outcomesRowspanOff: 1 },
  { cellStyle: 'word', outcomesRowspanOff: -2, brokenLabels: true },
  { cellStyle: 'plain', outcomesRowspanOff: -1, split3At: 'unavailable.notHeld' },
  // A table cut in two by hand: the second half repeats none of the merged labels cut at the break.
  { cellStyle: 'word', split3At: 'denied.internalAffairs', splitBare: true },
  { cellStyle: 'plain', split3At: 'notProcessed.duplicate', splitBare: true, outcomesRowspanOff: 1 },
  // …and with an empty column in front: a label lands where the first value column is.
  { cellStyle: 'word', split3At: 'notProcessed.complaint', splitBare: true, splitExtraColumn: true },
  // Headers whose names do not span down, with empty cells under them (a real 2025 page's shape).
  { cellStyle: 'plain', flatHeaders: true },
  { cellStyle: 'word', flatHeaders: true, split3At: 'denied.thirdParty', oneTable: true },
  // The whole page in Traditional characters (a site's 繁體 view).
  { cellStyle: 'word', traditional: true },
  { cellStyle: 'plain', traditional: true, oneTable: true, brokenLabels: true },
  { cellStyle: 'word', traditional: true, part2: 'four', split3At: 'notProcessed.complaint', wrap: 'layoutTable' },
  // Part 三 retyped as a plain list: one header row naming the columns (总计 first), each label naming its group.
  { cellStyle: 'plain', listedRequests: true },
  { cellStyle: 'word', listedRequests: true, brokenLabels: true, split3At: 'denied.thirdParty' },
  { cellStyle: 'bare', listedRequests: true, oneTable: true, nbspPadding: true },
  // …cut in two, its second half without the header and with an extra empty column: it keeps the first half's order.
  { cellStyle: 'word', listedRequests: true, split3At: 'outcomesTotal', splitExtraColumn: true },
  // Part 四 as a matrix: a group per row, a result per column.
  { cellStyle: 'word', reviewMatrix: true, brokenLabels: true, leadingEmptyColumn: true },
  { cellStyle: 'plain', reviewMatrix: true, oneTable: true, listedRequests: true },
  // Part 二 merged otherwise in the rows than in the header (a real 2019 page), and without the header row of its
  // one-count blocks.
  { cellStyle: 'word', part2Merged: true },
  { cellStyle: 'plain', part2Merged: true, part2: 'four', brokenLabels: true },
  { cellStyle: 'word', part2Bare: true },
  { cellStyle: 'bare', part2Bare: true, part2: 'four', nbspPadding: true },
];
const HEADING_STYLES: Record<string, Record<string, string>> = {
  chinese: {},
  arabic: { activeDisclosure: '2、 主动公开政府信息情况', requests: '3、收到和处理政府信息公开申请情况', reviewLitigation: '4、政府信息公开行政复议、行政诉讼情况' },
  bracketed: { activeDisclosure: '（二）主动公开政府信息情况', requests: '（三）收到和处理政府信息公开申请情况', reviewLitigation: '（四）因政府信息公开工作被申请行政复议和提起行政诉讼情况' },
};

describe.each(['2021', '2019'] as const)('the %s template in every layout', (format) => {
  const spec = baseSpec(format, format === '2021' ? 2024 : 2020);
  it.each(LAYOUTS.flatMap((layout, i) => Object.keys(HEADING_STYLES).map((h) => [i, h, layout] as const)))(
    'layout %i, %s headings',
    (_i, headingStyle, layout) => {
      const res = auditHtml(buildReportHtml({ ...spec, headings: HEADING_STYLES[headingStyle], layout }));
      expect(res.isReport).toBe(true);
      expect(res.export.report.format).toBe(format);
      const report = res.export.report as unknown as Record<string, unknown>;
      const valueAt = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], report);
      for (const path of allCellPaths(format)) {
        const want = parseCell(spec.values![path]);
        expect([path, res.export.cells[path].state, valueAt(path)], path).toEqual([path, want.state, want.value]);
      }
      expect(res.export.findings.filter((f) => f.rule !== 'CELL-UNIT')).toEqual([]);
    },
  );
});

describe('part 三 rows out of line with the header still have their errors found', () => {
  // The rows a miscounted rowspan moves are read by position: a wrong number in them is still a wrong number.
  it.each<[string, Layout, string]>([
    ['pulled left (rowspan two short)', { cellStyle: 'word', outcomesRowspanOff: -2 }, 'requests.otherHandling.other'],
    ['pushed right (rowspan one long)', { cellStyle: 'word', outcomesRowspanOff: 1 }, 'requests.carriedForward'],
    ['cut in two by hand', { cellStyle: 'plain', split3At: 'denied.internalAffairs', splitBare: true }, 'requests.denied.processInformation'],
  ])('%s', (_name, layout, row) => {
    const spec = baseSpec();
    const res = auditHtml(buildReportHtml({ ...spec, layout, values: { ...spec.values, [`${row}.total`]: '9' } }));
    expect(res.export.cells[`${row}.total`].raw).toBe('9');
    expect(res.export.findings.filter((f) => f.rule === 'T3-ROW-TOTAL').map((f) => [f.severity, f.cells])).toEqual([['error', [`${row}.total`]]]);
  });
});

// The base report's part 四 as read, whatever its layout.
const BASE_PART4 = {
  review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
  litigationDirect: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
};
const errors = (res: ReturnType<typeof auditHtml>) => res.export.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cells]);

describe('part 四 laid out vertically', () => {
  // As Word pastes it: a group label spanning its rows, one count per row, <p>/<span> inside cells, &nbsp; padding.
  const cell = (text: string, attrs = '') => `<td ${attrs} valign="center"><p align="center"><span style="font-family:宋体">${text}</span></p></td>`;
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  function verticalPart4(values: Record<string, string[]>): string {
    const rows: string[] = [`<tr>${cell('行政复议', 'rowspan="5" colspan="2"')}${cell(RESULTS[0])}${cell(`&nbsp;${values.review[0]}&nbsp;`)}</tr>`];
    RESULTS.slice(1).forEach((r, i) => rows.push(`<tr>${cell(r)}${cell(values.review[i + 1])}</tr>`));
    (['litigationDirect', 'litigationAfterReview'] as const).forEach((g, gi) => {
      const label = g === 'litigationDirect' ? '未经复议直接起诉' : '复议后起诉';
      RESULTS.forEach((r, i) => {
        const group = gi === 0 && i === 0 ? cell('行政诉讼', 'rowspan="10"') : '';
        rows.push(`<tr>${group}${i === 0 ? cell(label, 'rowspan="5"') : ''}${cell(r)}${cell(values[g][i])}</tr>`);
      });
    });
    return `<table border="1" cellspacing="0" style="border-collapse:collapse"><tbody>${rows.join('\n')}</tbody></table>`;
  }
  // The base report's part 四: 行政复议 1 upheld + 1 pending = 2; 未经复议 1 upheld = 1; 复议后起诉 none.
  const BASE: Record<string, string[]> = { review: ['1', '0', '0', '1', '2'], litigationDirect: ['1', '0', '0', '0', '1'], litigationAfterReview: ['0', '0', '0', '0', '0'] };
  const audit = (values: Record<string, string[]>) =>
    auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: verticalPart4(values) } }));

  it('reads all fifteen counts, and the report raises nothing', () => {
    const res = audit(BASE);
    expect(res.export.report.reviewLitigation).toEqual(BASE_PART4);
    expect(res.export.findings).toEqual([]);
  });

  it('checks its totals like the horizontal table', () => {
    const res = audit({ ...BASE, review: ['1', '0', '0', '1', '3'] });
    expect(errors(res)).toEqual([['T4-SUM', ['reviewLitigation.review.total']]]);
  });

  // Before stop 41 a second printing was passed over, whatever its numbers.
  it('printed twice with other numbers: the first printing is read, DOC-ROWS warns with the cells that differ', () => {
    const plain = audit(BASE);
    const twice = (again: Record<string, string[]>) =>
      auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: verticalPart4(BASE) + verticalPart4(again) } }));
    const res = twice({ ...BASE, litigationDirect: ['1', '0', '0', '0', '2'] });
    expect(res.export.findings.filter((f) => f.rule === 'DOC-ROWS').map((f) => [f.severity, f.cells, f.message.zh])).toEqual([
      [
        'warning',
        ['reviewLitigation.litigationDirect.total'],
        '“四、政府信息公开行政复议、行政诉讼情况”表中“行政诉讼·未经复议直接起诉”一行印了两次，数字不同：总计 1 与 2；核对和导出用的是第一次的数字',
      ],
    ]);
    expect(res.export.report).toEqual(plain.export.report);
    expect(twice(BASE).export.findings).toEqual([]);
  });

  it('lists the rows of a group the template does not have ("合计") as printed', () => {
    const sums = ['2', '0', '0', '1', '3'];
    const added = RESULTS.map((r, i) => `<tr>${i === 0 ? cell('合计', 'rowspan="5" colspan="2"') : ''}${cell(r)}${cell(sums[i])}</tr>`).join('');
    const res = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: verticalPart4(BASE).replace('</tbody>', `${added}</tbody>`) } }));
    expectPart4ExtraRow(res, audit(BASE), '合计', sums.map(Number));
  });
});

describe('part 四 with a label column before its counts', () => {
  // Some agencies print a first column ("类别" over "件数") before the fifteen counts.
  const td = (text: string, attrs = '') => `<td ${attrs}><p align="center"><span>${text}</span></p></td>`;
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  function part4(lead: string, counts: string[]): string {
    return `<table border="1" cellspacing="0"><tbody>
<tr>${td('类别', 'rowspan="3"')}${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>
<tr>${RESULTS.map((r) => td(r, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>
<tr>${[...RESULTS, ...RESULTS].map((r) => td(r)).join('')}</tr>
<tr>${td(lead)}${counts.map((n) => td(`&nbsp;${n}&nbsp;`)).join('')}</tr></tbody></table>`;
  }
  // The base report's part 四: 行政复议 1 upheld + 1 pending = 2; 未经复议 1 upheld = 1.
  const BASE = ['1', '0', '0', '1', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'];
  const audit = (counts: string[]) => auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: part4('件数', counts) } }));

  it('reads the fifteen counts past the label, and the report raises nothing', () => {
    const res = audit(BASE);
    expect(res.export.report.reviewLitigation).toEqual(BASE_PART4);
    expect(res.export.findings).toEqual([]);
  });

  it('checks its totals', () => {
    const res = audit(BASE.map((n, i) => (i === 9 ? '2' : n)));
    expect(errors(res)).toEqual([['T4-SUM', ['reviewLitigation.litigationDirect.total']]]);
  });
});

describe('part 四 with a defective header', () => {
  // Headers as real pages break them; the fifteen counts below are whole and in the template's order.
  const td = (text: string, attrs = '') => `<td ${attrs}><p>${text}</p></td>`;
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const BASE = ['1', '0', '0', '1', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'];
  const countsRow = (counts: string[]) => `<tr>${counts.map((n) => td(n)).join('')}</tr>`;
  const HEADERS: Record<string, string[]> = {
    // "未经复议直接起诉" spanning four columns: its 总计 fell under 复议后起诉.
    'a group colspan miscounted': [
      `<tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>`,
      `<tr>${RESULTS.map((r) => td(r, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="4"')}${td('复议后起诉', 'colspan="5"')}</tr>`,
      `<tr>${[...RESULTS, ...RESULTS].map((r) => td(r)).join('')}</tr>`,
    ],
    // The review's results without rowspan and without the empty cells under them: the last header row's ten
    // results start at the first column.
    'a header row without its placeholder cells': [
      `<tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>`,
      `<tr>${RESULTS.map((r) => td(r)).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>`,
      `<tr>${[...RESULTS, ...RESULTS].map((r) => td(r)).join('')}</tr>`,
    ],
  };
  const audit = (header: string[], counts: string[]) =>
    auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: `<table border="1"><tbody>${[...header, countsRow(counts)].join('\n')}</tbody></table>` } }));

  it.each(Object.keys(HEADERS))('%s: the counts are read in the template\'s order, and the report raises nothing', (name) => {
    const res = audit(HEADERS[name], BASE);
    expect(res.export.report.reviewLitigation).toEqual(BASE_PART4);
    expect(res.export.findings).toEqual([]);
  });

  it.each(Object.keys(HEADERS))('%s: its totals are checked', (name) => {
    const res = audit(HEADERS[name], BASE.map((n, i) => (i === 9 ? '2' : n)));
    expect(errors(res)).toEqual([['T4-SUM', ['reviewLitigation.litigationDirect.total']]]);
  });
});

describe('part 四 stacked: the review\'s band above the lawsuits\'', () => {
  // A page too narrow for fifteen columns: the review's five counts under their header, then the lawsuits' header
  // and their ten counts, in one table (or in two).
  const td = (text: string, attrs = '') => `<td ${attrs}><p align="center"><span>${text}</span></p></td>`;
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const BASE = ['1', '0', '0', '1', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'];
  const lawsuits = (counts: string[]) => [
    `<tr>${td('行政诉讼', 'colspan="10"')}</tr>`,
    `<tr>${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>`,
    `<tr>${[...RESULTS, ...RESULTS].map((r) => td(r)).join('')}</tr>`,
    `<tr>${counts.slice(5).map((n) => td(n)).join('')}</tr>`,
  ];
  const SHAPES: Record<string, (counts: string[]) => string> = {
    // The review's cells twice as wide, so both bands fill the table's ten columns.
    'one table, the review\'s cells two columns wide': (counts) =>
      `<table border="1"><tbody>${[
        `<tr>${td('行政复议', 'colspan="10"')}</tr>`,
        `<tr>${RESULTS.map((r) => td(r, 'colspan="2"')).join('')}</tr>`,
        `<tr>${counts.slice(0, 5).map((n) => td(n, 'colspan="2"')).join('')}</tr>`,
        ...lawsuits(counts),
      ].join('\n')}</tbody></table>`,
    // The review's band five cells long, the rest of its rows empty.
    'one table, the review\'s band padded with empty cells': (counts) =>
      `<table border="1"><tbody>${[
        `<tr>${td('行政复议', 'colspan="5"')}${td('', 'colspan="5"')}</tr>`,
        `<tr>${RESULTS.map((r) => td(r)).join('')}${td('').repeat(5)}</tr>`,
        `<tr>${counts.slice(0, 5).map((n) => td(n)).join('')}${td('').repeat(5)}</tr>`,
        ...lawsuits(counts),
      ].join('\n')}</tbody></table>`,
    // Rows as long as their band: five cells, then ten.
    'one table, rows as long as their band': (counts) =>
      `<table border="1"><tbody>${[
        `<tr>${td('行政复议', 'colspan="5"')}</tr>`,
        `<tr>${RESULTS.map((r) => td(r)).join('')}</tr>`,
        `<tr>${counts.slice(0, 5).map((n) => td(n)).join('')}</tr>`,
        ...lawsuits(counts),
      ].join('\n')}</tbody></table>`,
    'two tables': (counts) =>
      `<table border="1"><tbody><tr>${td('行政复议', 'colspan="5"')}</tr><tr>${RESULTS.map((r) => td(r)).join('')}</tr>` +
      `<tr>${counts.slice(0, 5).map((n) => td(n)).join('')}</tr></tbody></table><p>&nbsp;</p><table border="1"><tbody>${lawsuits(counts).join('\n')}</tbody></table>`,
  };
  const audit = (shape: string, counts: string[]) => auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: SHAPES[shape](counts) } }));

  it.each(Object.keys(SHAPES))('%s: all fifteen counts are read, and the report raises nothing', (shape) => {
    const res = audit(shape, BASE);
    expect(res.export.report.reviewLitigation).toEqual(BASE_PART4);
    expect(res.export.findings).toEqual([]);
  });

  it.each(Object.keys(SHAPES))('%s: the totals of both bands are checked', (shape) => {
    const res = audit(shape, BASE.map((n, i) => (i === 4 || i === 9 ? '3' : n)));
    expect(errors(res)).toEqual([
      ['T4-SUM', ['reviewLitigation.review.total']],
      ['T4-SUM', ['reviewLitigation.litigationDirect.total']],
    ]);
  });
});

describe('part 四 cut after its header: the fifteen counts in a table of their own', () => {
  // A page break right under the header: the counts land in a second table that names nothing, often with an empty
  // paragraph between the two.
  const td = (text: string, attrs = '') => `<td ${attrs}><p align="center"><span>${text}</span></p></td>`;
  const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const BASE = ['1', '0', '0', '1', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'];
  const header = `<table border="1"><tbody><tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>
<tr>${RESULTS.map((r) => td(r, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>
<tr>${[...RESULTS, ...RESULTS].map((r) => td(r)).join('')}</tr></tbody></table>`;
  const counts = (values: string[]) => `<table border="1"><tbody><tr>${values.map((n) => td(n)).join('')}</tr></tbody></table>`;
  const BETWEEN: Record<string, string> = { 'nothing between': '', 'an empty paragraph between': '<p>&nbsp;</p>\n<p><br></p>' };
  const audit = (between: string, values: string[]) =>
    auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: `${header}${BETWEEN[between]}${counts(values)}` } }));

  it.each(Object.keys(BETWEEN))('%s: the counts are read in the template\'s order, and the report raises nothing', (between) => {
    const res = audit(between, BASE);
    expect(res.export.report.reviewLitigation).toEqual(BASE_PART4);
    expect(res.export.findings).toEqual([]);
  });

  it.each(Object.keys(BETWEEN))('%s: its totals are checked', (between) => {
    const res = audit(between, BASE.map((n, i) => (i === 14 ? '1' : n)));
    expect(errors(res)).toEqual([['T4-SUM', ['reviewLitigation.litigationAfterReview.total']]]);
  });
});

describe('a 2021 report that keeps the 2019 template\'s single （六）其他处理 row', () => {
  // Last year's part 三 kept and updated: the 2021 report's other tables, the 2019 table's one （六） row.
  const olderPart3 = (values: Record<string, string> = {}) => {
    const spec = baseSpec('2019', 2024);
    const page = buildReportHtml({ ...spec, values: { ...spec.values, ...values } });
    return requestsTableOf(page);
  };
  const audit = (values?: Record<string, string>) => auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { requests: olderPart3(values) } }));
  const OTHER_ROWS = ['noCorrection', 'feeUnpaid', 'other'];

  it('is read as a 2021 report; DOC-ROWS names the three rows and says why, DOC-FORMAT names part 三, and the sums hold', () => {
    const res = audit();
    expect(res.export.report.format).toBe('2021');
    const rows = res.export.findings.filter((f) => f.rule === 'DOC-ROWS');
    expect(rows.map((f) => f.severity)).toEqual(['error']);
    expect(new Set(rows[0].cells.map((c) => c.split('.').slice(0, 3).join('.')))).toEqual(new Set(OTHER_ROWS.map((r) => `requests.otherHandling.${r}`)));
    expect(rows[0].message.zh).toContain('仅一行，为 2019 版写法');
    const formats = res.export.findings.filter((f) => f.rule === 'DOC-FORMAT');
    expect(formats.map((f) => [f.severity, f.expected, f.actual, f.message.zh])).toEqual([
      ['warning', '2021', '2019', '2024 年度报告应使用 2021 版统计表，“三、收到和处理政府信息公开申请情况”的表使用的是 2019 版'],
    ]);
    expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS' && f.rule !== 'DOC-FORMAT')).toEqual([]);
  });

  it('checks （七）总计 with the one row in place of the three', () => {
    const res = audit({ 'requests.otherHandling.all.commercial': '2', 'requests.otherHandling.all.total': '2' });
    const sums = res.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM');
    expect(sums.map((f) => [f.severity, f.cells, f.expected, f.actual])).toEqual([
      ['error', ['requests.outcomesTotal.commercial'], 3, 2],
      ['error', ['requests.outcomesTotal.total'], 15, 14],
    ]);
    expect(sums[0].related).toContain('requests.otherHandling.all.commercial');
  });
});

describe('a 2020 report in the 2019 tables whose part 三 prints the 2021 template\'s three （六） rows', () => {
  // The mirror of the case above: the parts disagree, the year decides (2019 format), and part 三's three rows are
  // summed in place of the one.
  const newerPart3 = (values: Record<string, string> = {}) => {
    const spec = baseSpec('2021', 2020);
    return requestsTableOf(buildReportHtml({ ...spec, values: { ...spec.values, ...values } }));
  };
  const audit = (values?: Record<string, string>) => auditHtml(buildReportHtml({ ...baseSpec('2019', 2020), replaceTables: { requests: newerPart3(values) } }));

  it('is read as a 2019 report; DOC-ROWS and DOC-FORMAT say why （六） is three rows, and the sums hold', () => {
    const res = audit();
    expect(res.export.report.format).toBe('2019');
    // (The 2019 base report's procurement amount is printed with its unit: an info finding of its own.)
    expect(res.export.findings.filter((f) => f.rule !== 'CELL-UNIT').map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['DOC-ROWS', 'error', '“三、收到和处理政府信息公开申请情况”表中缺少 1 行：（六）其他处理（“（六）其他处理”分为三行，为 2021 版写法）'],
      ['DOC-FORMAT', 'warning', '2020 年度报告应使用 2019 版统计表，“三、收到和处理政府信息公开申请情况”的表使用的是 2021 版'],
    ]);
  });

  it('checks （七）总计 with the three rows in place of the one', () => {
    const res = audit({ 'requests.otherHandling.other.natural': '2', 'requests.otherHandling.other.total': '2' });
    const sums = res.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM');
    expect(sums.map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [['requests.outcomesTotal.natural'], 12, 10],
      [['requests.outcomesTotal.total'], 16, 14],
    ]);
    expect(sums[0].related).toContain('requests.otherHandling.other.natural');
  });
});

describe('a 2021 report that keeps the 2019 template\'s part 二 (real 2023 reports print 本年新制作数量…)', () => {
  // Last year's part 二 kept, with the 2021 template's part 三: the 2019 table's columns outnumber part 三's three
  // （六） rows, and the report used to be read as a 2019 one, its part 三 said to lack （六）其他处理.
  const olderPart2 = () => {
    const spec = baseSpec('2019', 2024);
    const page = buildReportHtml({ ...spec, values: { ...spec.values, 'activeDisclosure.licensing.decisions': '7', 'activeDisclosure.normativeDocuments.newlyMade': '3' } });
    return /<div align=""><table(?:(?!<\/table>)[\s\S])*?第二十条[\s\S]*?<\/table><\/div>/.exec(page)![0];
  };
  const audit = (values: Record<string, string> = {}) => {
    const spec = baseSpec();
    return auditHtml(buildReportHtml({ ...spec, values: { ...spec.values, ...values }, replaceTables: { activeDisclosure: olderPart2() } }));
  };

  it('is read as a 2021 report: part 三 whole, part 二 named by DOC-FORMAT, its 2021 columns by DOC-ROWS', () => {
    const res = audit();
    expect(res.export.report.format).toBe('2021');
    expect(res.export.findings.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['DOC-ROWS', 'error', '“二、主动公开政府信息情况”表中缺少列：本年制发件数、本年废止件数、现行有效件数、本年收费金额（万元）（该表为 2019 版写法）'],
      ['DOC-FORMAT', 'warning', '2024 年度报告应使用 2021 版统计表，“二、主动公开政府信息情况”的表使用的是 2019 版'],
    ]);
    // The count both templates print (处理决定数量) is kept.
    expect(res.export.report.activeDisclosure.licensing).toEqual({ decisions: 7 });
    expect(res.export.report.requests.otherHandling).toHaveProperty('other.total', 0);
  });

  it('checks （七）总计 against part 三\'s three （六） rows', () => {
    const res = audit({ 'requests.otherHandling.other.natural': '2', 'requests.otherHandling.other.total': '2' });
    const sums = res.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM');
    expect(sums.map((f) => f.cells)).toEqual([['requests.outcomesTotal.natural'], ['requests.outcomesTotal.total']]);
    expect(sums[0].related).toContain('requests.otherHandling.other.natural');
  });
});

describe('a row the markup hides', () => {
  // A CMS's template row or an old copy of one left in the table, hidden: a duplicate of 一、本年新收 with other numbers.
  const page = buildReportHtml(baseSpec());
  const row = /<tr>(?:(?!<\/tr>)[\s\S])*?本年新收[\s\S]*?<\/tr>/.exec(page)![0];
  const copy = row.replace(/>(\d+)</g, '>9<');
  const HIDINGS: Record<string, string> = {
    'display: none': '<tr style="height:0; display: none">',
    'the hidden attribute': '<tr hidden>',
    'visibility: hidden': '<tr style="visibility:hidden">',
  };
  const clean = auditHtml(page);
  it.each(Object.keys(HIDINGS))('%s: its numbers are not read, as the chain and the interface read tables', (hiding) => {
    const html = page.replace(row, copy.replace('<tr>', HIDINGS[hiding]) + row);
    for (const res of [auditHtml(html), auditHtml(html, { shortcuts: undefined })]) {
      expect(res.export.report).toEqual(clean.export.report);
      expect(res.export.findings).toEqual([]);
      expect(res.moreReports).toBe(0);
    }
  });
  it('shown, the same row is read (the first reading of a row wins)', () => {
    const res = auditHtml(page.replace(row, copy + row));
    expect(res.export.report.requests.newReceived.natural).toBe(9);
  });
});

describe('what the page holds besides its prose', () => {
  it('a form\'s textarea (its text is what the form would send) is not read as the report\'s text', () => {
    const tail = '<form class="feedback"><p>意见建议</p><textarea name="content">主动公开信息  条，收到申请XX件</textarea><button>提交</button></form>';
    const res = auditHtml(buildReportHtml({ ...baseSpec(), tail }));
    expect(res.export.findings).toEqual([]);
  });
});

describe('part 二 rows labelled otherwise', () => {
  it.each<Record<string, string>>([
    { regulations: '政府规章' },
    { regulations: '部门规章' },
    { regulations: '地方政府规章' },
    { regulations: '1.规章' },
    { regulations: '（一）规章' },
    { adminFees: '行政事业收费' },
    { normativeDocuments: '规范性文件' },
  ])('%o', (labels) => {
    expect(auditHtml(buildReportHtml({ ...baseSpec(), labels })).export.findings).toEqual([]);
  });
  it('the in-force column headed "有效件数"', () => {
    const html = buildReportHtml(baseSpec());
    expect(html).toContain('现行有效件数');
    expect(auditHtml(html.replace('现行有效件数', '有效件数')).export.findings).toEqual([]);
  });
});

describe('part 二 as a province annotated the 2019 template (real 2020 reports in Hubei)', () => {
  // The added row after 规范性文件's, as the reports print it, or before it: its note names 规范性文件, which must not
  // make it that row.
  it.each(['after', 'before'] as const)('reads labels and headers carrying their notes, and notes the added "其他主动公开文件" row (%s 规范性文件)', (where) => {
    const spec = baseSpec('2019', 2020);
    const plain = auditHtml(buildReportHtml(spec));
    let html = buildReportHtml({
      ...spec,
      labels: {
        regulations: '规章（设区的市、自治州人民政府应提供相关数据）',
        normativeDocuments: '规范性文件（行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”“细则”等字样的公文）',
        otherServices: '其他对外管理服务事项（指行政许可以外的政务服务事项，含行政确认、行政奖励、行政处罚、行政强制、行政检查等）',
      },
    });
    html = html
      .replace(/上一年项目数量/g, '上一年项目数量（指2019年事项数）')
      .replace(/本年增\/减/g, '本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）')
      .replace(/处理决定数量/g, '处理决定数量（指2020年办件量）');
    const row = html.match(/<tr>(?:(?!<tr>)[\s\S])*?规范性文件（[\s\S]*?<\/tr>/)![0];
    const added = '<tr><td>其他主动公开文件（含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件）</td><td>186</td><td>86</td><td>255</td></tr>';
    html = html.replace(row, where === 'after' ? `${row}${added}` : `${added}${row}`);
    expect(html.match(/其他主动公开文件/g)).toHaveLength(1);
    const res = auditHtml(html);
    // The base 2019 report prints one count with its unit (CELL-UNIT, info); the added row is noted, nothing else.
    expect(plain.export.findings.map((f) => f.rule)).toEqual(['CELL-UNIT']);
    const extra = res.export.findings.filter((f) => f.rule === 'DOC-ROWS');
    expect(extra.map((f) => [f.severity, f.message.zh])).toEqual([
      ['info', '“二、主动公开政府信息情况”表中有 1 行不属于模板：“其他主动公开文件（…）”；这些行未核对，按原文列在导出数据的 extraRows 中'],
    ]);
    expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS')).toEqual(plain.export.findings);
    expect(res.export.report.activeDisclosure).toEqual(plain.export.report.activeDisclosure);
    // Exported as printed, by the 2019 header's columns.
    const n = (raw: string) => ({ value: Number(raw), raw, state: 'number' });
    expect(res.export.extraRows).toEqual([
      { part: 'activeDisclosure', label: expect.stringMatching(/^其他主动公开文件（含/), cells: { newlyMade: n('186'), newlyPublished: n('86'), publishedTotal: n('255') } },
    ]);
    expect(plain.export.extraRows).toEqual([]);
  });
});

// A site that converts a Word table row by row (each row a table of its own) leaves header rows without the
// template's anchors in tables of their own: part 三's one-row header as editors retype it, part 四's matrix header.
describe('every row a table of its own, with headers that name only the columns', () => {
  it.each([
    ['part 三 listed under one header row', { listedRequests: true }],
    ['part 四 as a matrix', { reviewMatrix: true }],
    ['both, in the 2019 template', { listedRequests: true, reviewMatrix: true }],
  ] as const)('%s reads as the same tables whole', (_, shape) => {
    const spec = 'reviewMatrix' in shape && 'listedRequests' in shape ? baseSpec('2019', 2020) : baseSpec();
    const whole = auditHtml(buildReportHtml({ ...spec, layout: { ...spec.layout, ...shape } }));
    const rows = auditHtml(buildReportHtml({ ...spec, layout: { ...spec.layout, ...shape, rowTables: true } }));
    expect(whole.export.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(rows.export.findings).toEqual(whole.export.findings);
    expect(rows.export.report).toEqual(whole.export.report);
    expect(Object.values(rows.export.cells).filter((c) => c.state === 'missing')).toEqual([]);
  });
});

// A 2021 table of part 二 that keeps a row of the 2019 template, or adds one of the locality's own, with a count.
describe('part 二 of a 2021 report with a row the template does not have', () => {
  it.each([
    ['其他对外管理服务事项', '其他对外管理服务事项'],
    ['行政确认（件）', '行政确认（件）'],
  ])('notes the added "%s" row, and reads the rest as before', (label, named) => {
    const spec = baseSpec('2021', 2024);
    const page = buildReportHtml(spec);
    const licensing = page.match(/<tr>(?:(?!<tr>)[\s\S])*?行政许可[\s\S]*?<\/tr>/)![0];
    const res = auditHtml(page.replace(licensing, `${licensing}<tr><td>${label}</td><td>5</td></tr>`));
    const plain = auditHtml(page);
    expect(res.export.findings.filter((f) => f.rule === 'DOC-ROWS').map((f) => [f.severity, f.message.zh])).toEqual([
      ['info', `“二、主动公开政府信息情况”表中有 1 行不属于模板：“${named}”；这些行未核对，按原文列在导出数据的 extraRows 中`],
    ]);
    expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS')).toEqual(plain.export.findings);
    expect(res.export.report.activeDisclosure).toEqual(plain.export.report.activeDisclosure);
    // Exported as printed, by its count's column (the 2021 header's one column of decisions): the 2019 row under its
    // template's label, the locality's own under the label printed.
    expect(res.export.extraRows).toEqual([{ part: 'activeDisclosure', label: named, cells: { decisions: { value: 5, raw: '5', state: 'number' } } }]);
  });
});

// Some reports add a "小计" row under a group of part 三 (the sum of its items): no template row, so it is not read,
// and DOC-ROWS notes it (info) so the reader knows the export leaves it out.
describe('part 三 with a row the template does not have', () => {
  it('notes a "小计" row under （三）不予公开 and reads every other row as before', () => {
    const spec = baseSpec();
    const page = buildReportHtml(spec);
    const table = requestsTableOf(page);
    let t = table.replace(/(<tr>(?:(?!<tr>)[\s\S])*?8\.属于行政查询事项[\s\S]*?<\/tr>)/, '$1<tr><td>小计</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>');
    // The rows' labels spanning down over it: the group's and the outcomes'.
    t = t.replace(/rowspan="(\d+)"([^>]*>(?:<[^>]*>)*(?:（三）不予公开|三、本年度办理结果))/g, (_, n: string, rest: string) => `rowspan="${Number(n) + 1}"${rest}`);
    expect(t).toContain('小计');
    const plain = auditHtml(page);
    const res = auditHtml(page.replace(table, t));
    expect(res.export.findings.filter((f) => f.rule === 'DOC-ROWS').map((f) => [f.severity, f.message.zh])).toEqual([
      ['info', '“三、收到和处理政府信息公开申请情况”表中有 1 行不属于模板：“（三）不予公开·小计”；这些行未核对，按原文列在导出数据的 extraRows 中'],
    ]);
    expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS')).toEqual(plain.export.findings);
    expect(res.export.report.requests).toEqual(plain.export.report.requests);
    // Exported as printed, by part 三's columns, and in the CSV after the template's cells with an empty path.
    const cell = (value: number) => ({ value, raw: String(value), state: 'number' });
    expect(res.export.extraRows).toEqual([
      { part: 'requests', label: '（三）不予公开·小计', cells: { natural: cell(1), commercial: cell(0), research: cell(0), nonprofit: cell(0), legal: cell(0), other: cell(0), total: cell(1) } },
    ]);
    expect(Export.parse(res.export).extraRows).toEqual(res.export.extraRows);
    const csv = toCsv(res.export).trimEnd().split('\r\n');
    expect(csv).toHaveLength(toCsv(plain.export).trimEnd().split('\r\n').length + 7);
    expect(csv.slice(-7, -5)).toEqual([',三、依申请公开,（三）不予公开·小计,自然人,1,1,number', ',三、依申请公开,（三）不予公开·小计,商业企业,0,0,number']);
  });
});

/** Part 四 read as on the plain page, and one row the template does not have listed as printed (`counts` by result). */
function expectPart4ExtraRow(res: ReturnType<typeof auditHtml>, plain: ReturnType<typeof auditHtml>, label: string, counts: number[]) {
  expect(res.export.report.reviewLitigation).toEqual(plain.export.report.reviewLitigation);
  expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS')).toEqual(plain.export.findings);
  expect(res.export.findings.filter((f) => f.rule === 'DOC-ROWS').map((f) => [f.severity, f.message.zh])).toEqual([
    ['info', `“四、政府信息公开行政复议、行政诉讼情况”表中有 1 行不属于模板：“${label}”；这些行未核对，按原文列在导出数据的 extraRows 中`],
  ]);
  const [upheld, corrected, other, pending, total] = counts.map((value) => ({ value, raw: String(value), state: 'number' }));
  expect(res.export.extraRows).toEqual([{ part: 'reviewLitigation', label, cells: { upheld, corrected, other, pending, total } }]);
}

// Part 四 as a matrix with a row some agencies add under the groups: a "合计" of all cases, a "行政诉讼小计". Before, the
// rows above it were taken for a header over it, and the whole of part 四 was lost (DOC-ROWS: three rows missing).
describe('part 四 as a matrix with a row the template does not have', () => {
  const page = buildReportHtml({ ...baseSpec(), layout: { reviewMatrix: true } });
  const plain = auditHtml(page);
  const last = page.match(/<tr>(?:(?!<tr>)[\s\S])*?复议后起诉[\s\S]*?<\/tr>/)![0];

  it.each([
    ['合计', [2, 0, 0, 1, 3]],
    ['行政诉讼小计', [1, 0, 0, 0, 1]],
  ])('reads every cell as before and lists a "%s" row as printed', (label, counts) => {
    const res = auditHtml(page.replace(last, `${last}<tr><td colspan="2">${label}</td>${counts.map((n) => `<td>${n}</td>`).join('')}</tr>`));
    expectPart4ExtraRow(res, plain, label, counts);
    expect(Export.parse(res.export).extraRows).toEqual(res.export.extraRows);
    // In the CSV under part 四's own column names (其他结果, not part 三's 其他).
    expect(toCsv(res.export).trimEnd().split('\r\n').slice(-3, -2)).toEqual([`,四、复议诉讼,${label},其他结果,0,0,number`]);
  });
});

// Part 四 as the template's band with a group the template does not have: "行政诉讼 | 合计", five more columns. The
// template's fifteen were always read by their headers; the added group is now listed too.
describe('part 四 as a band with a group the template does not have', () => {
  const page = buildReportHtml(baseSpec());
  const plain = auditHtml(page);
  const td = (t: string | number, attrs = '') => `<td${attrs ? ` ${attrs}` : ''}><p><span>${t}</span></p></td>`;
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

  it.each([
    ['合计', '行政诉讼·合计'],
    ['行政诉讼小计', '行政诉讼·行政诉讼小计'],
  ])('reads every cell as before and lists the "%s" columns as a row', (group, label) => {
    const values = plain.export.report.reviewLitigation as Record<string, Record<string, number>>;
    const counts = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => values[g][k]));
    const sums = [0, 1, 2, 3, 4].map((k) => counts[5 + k] + counts[10 + k]);
    const table = [
      `<tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="15"')}</tr>`,
      `<tr>${results.map((r) => td(r, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}${td(group, 'colspan="5"')}</tr>`,
      `<tr>${[...results, ...results, ...results].map((r) => td(r)).join('')}</tr>`,
      `<tr>${[...counts, ...sums].map((n) => td(n)).join('')}</tr>`,
    ];
    const res = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: `<table border="1"><tbody>${table.join('')}</tbody></table>` } }));
    expectPart4ExtraRow(res, plain, label, sums);
  });
});

// A Word table edited by hand can keep a row twice: the template has each row once, so one printing is wrong. The first
// is read (checked, exported, marked) and DOC-ROWS warns with the cells the other contradicts; a copy that agrees is
// harmless and not noted.
describe('a template row printed twice', () => {
  const spec = baseSpec();
  const page = buildReportHtml(spec);
  const plain = auditHtml(page);
  const table = requestsTableOf(page);
  const partly = table.match(/<tr>(?:(?!<tr>)[\s\S])*?部分公开[\s\S]*?<\/tr>/)![0];
  // The copy below the row, under the outcomes' label spanning down over it.
  const withCopy = (copy: string) =>
    page.replace(table, table.replace(partly, partly + copy).replace(/rowspan="(\d+)"([^>]*>(?:<[^>]*>)*三、本年度办理结果)/, (_, n: string, rest: string) => `rowspan="${Number(n) + 1}"${rest}`));
  const rowsFindings = (res: ReturnType<typeof auditHtml>) => res.export.findings.filter((f) => f.rule === 'DOC-ROWS');

  it('in part 三 with other numbers: the first printing is read, DOC-ROWS warns with the cells that differ', () => {
    // 自然人 2 → 3 and 总计 2 → 3 in the copy; the five other columns agree (0).
    const copy = partly.replace(/<span>2<\/span>/g, '<span>3</span>');
    expect(copy).not.toEqual(partly);
    const res = auditHtml(withCopy(copy));
    expect(rowsFindings(res).map((f) => [f.severity, f.cells, f.message.zh])).toEqual([
      [
        'warning',
        ['requests.partiallyGranted.natural', 'requests.partiallyGranted.total'],
        '“三、收到和处理政府信息公开申请情况”表中“（二）部分公开”一行印了两次，数字不同：自然人 2 与 3，总计 2 与 3；核对和导出用的是第一次的数字',
      ],
    ]);
    expect(rowsFindings(res)[0].message.en).toBe(
      'The table of "3. Requests received and handled" prints the row "(2) Partially granted" twice, with different numbers: natural persons 2 and 3; total 2 and 3; the first printing is the one checked and exported',
    );
    expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS')).toEqual(plain.export.findings);
    expect(res.export.report).toEqual(plain.export.report);
    expect(res.moreReports).toBe(0);
  });

  it('in part 三 with the same numbers: read as before, nothing noted', () => {
    const res = auditHtml(withCopy(partly));
    expect(res.export.findings).toEqual(plain.export.findings);
    expect(res.export.report).toEqual(plain.export.report);
  });

  it('in part 二 with another count: warned of the same way', () => {
    const licensing = page.match(/<tr>(?:(?!<tr>)[\s\S])*?行政许可[\s\S]*?<\/tr>/)![0];
    const res = auditHtml(page.replace(licensing, licensing + licensing.replace(/<span>\d+<\/span>/, '<span>121</span>')));
    const decisions = plain.export.report.activeDisclosure.licensing.decisions;
    expect(decisions).not.toBe(121);
    expect(rowsFindings(res).map((f) => [f.severity, f.cells, f.message.zh])).toEqual([
      ['warning', ['activeDisclosure.licensing.decisions'], `“二、主动公开政府信息情况”表中“行政许可”一行印了两次，数字不同：处理决定数量 ${decisions} 与 121；核对和导出用的是第一次的数字`],
    ]);
    expect(res.export.report).toEqual(plain.export.report);
  });

  // Part 四's table printed again (pasted twice, or once more after a page break), or a matrix row kept twice.
  const part4Of = (html: string) => /<div align=""><table(?:(?!<\/table>)[\s\S])*?行政复议[\s\S]*?<\/table><\/div>/.exec(html)![0];

  it('in part 四 with other numbers: the first printing is read, DOC-ROWS warns with the cells that differ', () => {
    const p4 = part4Of(page);
    // The copy's last band: 复议后起诉's five counts, 其他结果 changed to 5.
    const cells = [...p4.matchAll(/<span>(\d+)<\/span>/g)];
    const other = cells[cells.length - 3];
    expect(other[1]).not.toBe('5');
    const copy = p4.slice(0, other.index) + '<span>5</span>' + p4.slice(other.index! + other[0].length);
    const res = auditHtml(page.replace(p4, p4 + copy));
    expect(rowsFindings(res).map((f) => [f.severity, f.cells, f.message.zh])).toEqual([
      [
        'warning',
        ['reviewLitigation.litigationAfterReview.other'],
        `“四、政府信息公开行政复议、行政诉讼情况”表中“行政诉讼·复议后起诉”一行印了两次，数字不同：其他结果 ${other[1]} 与 5；核对和导出用的是第一次的数字`,
      ],
    ]);
    expect(rowsFindings(res)[0].message.en).toContain(`"Lawsuits after review" twice, with different numbers: other result ${other[1]} and 5;`);
    expect(res.export.report).toEqual(plain.export.report);
    expect(res.export.findings.filter((f) => f.rule !== 'DOC-ROWS')).toEqual(plain.export.findings);
  });

  it('in part 四 as a matrix, a group\'s row kept twice with other numbers: warned of', () => {
    const matrix = buildReportHtml({ ...spec, layout: { ...spec.layout, reviewMatrix: true } });
    const p4 = part4Of(matrix);
    const review = p4.match(/<tr>(?:(?!<tr>)[\s\S])*?行政复议[\s\S]*?<\/tr>/g)!.find((r) => /<span>\d+<\/span>/.test(r))!;
    const copy = review.replace(/<span>\d+<\/span>/, '<span>9</span>');
    const res = auditHtml(matrix.replace(review, review + copy));
    const first = auditHtml(matrix);
    expect(first.export.findings).toEqual(plain.export.findings);
    expect(rowsFindings(res).map((f) => [f.severity, f.cells])).toEqual([['warning', ['reviewLitigation.review.upheld']]]);
    expect(rowsFindings(res)[0].message.zh).toMatch(/“行政复议”一行印了两次，数字不同：结果维持 \d+ 与 9；/);
    expect(res.export.report).toEqual(first.export.report);
  });

  it('in part 四 with the same numbers: read as before, nothing noted', () => {
    const p4 = part4Of(page);
    const res = auditHtml(page.replace(p4, p4 + p4));
    expect(res.export.findings).toEqual(plain.export.findings);
    expect(res.export.report).toEqual(plain.export.report);
  });

  it('not on a page whose part 三 starts over (another report\'s rows, not repeats)', () => {
    const other = table.replace(/<span>2<\/span>/g, '<span>3</span>');
    const res = auditHtml(page.replace(table, table + other));
    expect(res.moreReports).toBe(1);
    expect(rowsFindings(res)).toEqual([]);
  });
});

describe('part 三 rows labelled otherwise', () => {
  it.each<Record<string, string>>([
    { carriedOver: '二、上年度结转政府信息公开申请数量' },
    { 'unavailable.unclear': '3.申请内容不明确' },
    { 'denied.securityStability': '3.危及国家安全、公共安全、经济安全和社会稳定' },
    { 'notProcessed.complaint': '1.信访、举报、投诉类申请' },
    { outcomesTotal: '（七）合计' },
    { 'denied.administrativeQuery': '8.属于行政查询类事项' },
    { 'notProcessed.excessive': '4.无正当理由大量、反复申请' },
    { 'otherHandling.noCorrection': '1.申请人逾期未补正' },
    { 'otherHandling.feeUnpaid': '2.申请人逾期未缴费' },
    { 'otherHandling.feeUnpaid': '2.逾期未缴纳信息处理费' },
    { newReceived: '一、本年度新收政府信息公开申请数量' },
    { 'otherHandling.other': '3、其它' },
    { 'notProcessed.duplicate': '2.重复提出申请' },
    { 'otherHandling.all': '（六）其它处理', 'otherHandling.other': '3.其它' },
  ])('%o', (labels) => {
    expect(auditHtml(buildReportHtml({ ...baseSpec(), labels })).export.findings).toEqual([]);
  });
});

describe('part 三 columns labelled otherwise', () => {
  it.each<Record<string, string>>([{ other: '其他组织' }, { other: '其它' }, { natural: '公民' }, { natural: '个人' }, { commercial: '企业' }, { nonprofit: '公益组织' }, { research: '科研院所' }, { total: '合计' }])('%o', (labels) => {
    const res = auditHtml(buildReportHtml({ ...baseSpec(), labels }));
    expect(res.export.findings).toEqual([]);
    expect(res.export.report.requests.newReceived).toMatchObject({ natural: 10, commercial: 2, total: 14 });
  });
});

describe('part 四 with "其它" for "其他"', () => {
  it('reads "其它结果" as the template\'s 其他结果, and the report raises nothing', () => {
    const html = buildReportHtml(baseSpec());
    expect(html).toContain('其他结果');
    const res = auditHtml(html.replace(/其他结果/g, '其它结果'));
    expect(res.export.findings).toEqual([]);
    expect(Object.values(res.export.cells).filter((c) => c.state === 'missing')).toEqual([]);
  });
});

describe('part 三 with the names of its columns broken over two header rows', () => {
  it('reads "科研" above "机构" as 科研机构, and the report raises nothing', () => {
    const res = auditHtml(buildReportHtml({ ...baseSpec(), brokenApplicantNames: true }));
    expect(res.export.findings).toEqual([]);
    expect(res.export.report.requests.newReceived).toMatchObject({ natural: 10, commercial: 2, research: 0, total: 14 });
    expect(Object.values(res.export.cells).filter((c) => c.state === 'missing')).toEqual([]);
  });
});

describe('part 三 with the 总计 column only', () => {
  const spec = { ...baseSpec(), totalsOnly: true };

  it('reads the totals, and says which columns the table lacks instead of calling every row missing', () => {
    const res = auditHtml(buildReportHtml(spec));
    expect(res.export.report.requests.newReceived).toMatchObject({ total: 14, natural: null });
    expect(res.export.report.requests.outcomesTotal.total).toBe(14);
    expect(res.export.findings.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['DOC-ROWS', 'error', '“三、收到和处理政府信息公开申请情况”表中缺少列：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他'],
    ]);
  });

  it('checks the totals', () => {
    const res = auditHtml(buildReportHtml({ ...spec, values: { ...spec.values, 'requests.outcomesTotal.total': '15' } }));
    expect(res.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM').map((f) => f.cells)).toEqual([['requests.outcomesTotal.total']]);
  });
});

describe('a row printed one cell short (a real 2024 district report\'s "7.属于行政执法案卷" has six counts)', () => {
  const shortRow = (html: string, label: string) =>
    html.replace(new RegExp(`(<tr>(?:(?!</tr>)[\\s\\S])*?${label}(?:(?!</tr>)[\\s\\S])*?)<td[^>]*>(?:(?!</td>)[\\s\\S])*</td></tr>`), '$1</tr>');

  it('names the cell the row lacks, not the whole column', () => {
    const res = auditHtml(shortRow(buildReportHtml(baseSpec()), '7.属于行政执法案卷'));
    expect(res.export.findings.map((f) => [f.rule, f.severity, f.cells, f.message.zh])).toEqual([
      ['DOC-ROWS', 'error', ['requests.denied.enforcementFile.total'], '“三、收到和处理政府信息公开申请情况”表中缺少 1 个单元格：（三）7.属于行政执法案卷·总计'],
    ]);
  });

  it('names three of the cells of several short rows, and marks them all', () => {
    let html = buildReportHtml(baseSpec());
    for (const label of ['1.属于国家秘密', '7.属于行政执法案卷', '8.属于行政查询事项', '2.重复申请']) html = shortRow(html, label);
    const rows = auditHtml(html).export.findings.filter((f) => f.rule === 'DOC-ROWS');
    expect(rows.map((f) => f.cells.length)).toEqual([4]);
    expect(rows[0].message.zh).toMatch(/缺少 4 个单元格：（三）1\.属于国家秘密·总计、.*、.* 等$/);
  });
});

describe('part 三 with the kinds of 法人或其他组织 merged into one column', () => {
  const spec = { ...baseSpec(), mergedApplicants: true };

  it('reads 自然人 and 总计, and says which columns the table lacks instead of calling every row missing', () => {
    const res = auditHtml(buildReportHtml(spec));
    expect(res.export.report.requests.newReceived).toMatchObject({ natural: 10, total: 14, commercial: null });
    expect(res.export.findings.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['DOC-ROWS', 'error', '“三、收到和处理政府信息公开申请情况”表中缺少列：商业企业、科研机构、社会公益组织、法律服务机构、其他'],
    ]);
  });

  it('still checks the columns it has', () => {
    const res = auditHtml(buildReportHtml({ ...spec, values: { ...spec.values, 'requests.outcomesTotal.total': '15' } }));
    expect(res.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM').map((f) => f.cells)).toEqual([['requests.outcomesTotal.total']]);
  });
});

describe('tables left to an attachment', () => {
  const attached = '<p>统计表详见附件：<a href="/files/2024%E5%B9%B4%E6%8A%A5.pdf">2024年政府信息公开工作年度报告统计表.pdf</a></p>';

  it('says where the missing table may be, naming the attached document', () => {
    const res = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: attached } }));
    expect(res.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => [f.severity, f.message.zh])).toEqual([
      ['warning', '页面中找不到“四、政府信息公开行政复议、行政诉讼情况”的统计表；页面附有文件 “2024年政府信息公开工作年度报告统计表.pdf”，统计表可能在其中（本工具不读取附件）'],
    ]);
  });

  it('names the files that look like the report before others the page links to', () => {
    const links = '<p><a href="/guide.pdf">政府信息公开指南.pdf</a> <a href="/t.xls">2024年年报附表.xls</a></p>';
    const res = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: links } }));
    expect(res.export.findings.find((f) => f.rule === 'DOC-TABLE-MISSING')!.message.zh).toContain('页面附有文件 “2024年年报附表.xls”，');
  });

  it('names the files as a page in Traditional characters prints them', () => {
    const links = '<p><a href="/guide.pdf">政府信息公开指南.pdf</a> <a href="/t.xls">2024年年报附表.xls</a></p>';
    const res = auditHtml(toTraditional(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: links } })));
    expect(res.export.findings.find((f) => f.rule === 'DOC-TABLE-MISSING')!.message.zh).toContain('页面附有文件 “2024年年報附表.xls”，');
  });

  it('names a link without text by its file name, and says nothing of attachments when there are none', () => {
    const bare = '<p><a href="/files/%E5%B9%B4%E6%8A%A5%E9%99%84%E8%A1%A8.xlsx?v=2"></a></p>';
    const named = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: bare } }));
    expect(named.export.findings.find((f) => f.rule === 'DOC-TABLE-MISSING')!.message.zh).toContain('“年报附表.xlsx”');
    const none = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { reviewLitigation: '<p>（无）</p>' } }));
    expect(none.export.findings.find((f) => f.rule === 'DOC-TABLE-MISSING')!.message.zh).toBe('页面中找不到“四、政府信息公开行政复议、行政诉讼情况”的统计表');
  });
});

// A page converted from a PDF (a flipbook's "basic-html" pages, real 2020 and 2022 reports) prints each line of a
// table as a positioned block of text: the table is there, but not as one.
describe('tables laid out as lines of text', () => {
  const lines = (...ls: string[]) => ls.map((l, i) => `<div style="position:absolute;top:${i * 22}px">${l}</div>`).join('');
  const requestsAsText = lines(
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
    '自然人 法人或其他组织 总计',
    '一、本年新收政府信息公开申请数量 10 2 0 1 0 1 14',
    '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
  );
  const reviewAsText = lines('行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果 结果 其他 尚未 总', '维持 纠正 结果 审结 计', '1 0 0 1 2 1 0 0 0 1 0 0 0 0 0');

  it('reads the lines it can read as the table, and asks for a check by hand where they give too little', () => {
    const res = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { requests: requestsAsText, reviewLitigation: reviewAsText } }));
    // Part 三's two lines are not half its rows: not read, and not called missing. Part 四's fifteen counts are its row.
    expect(res.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => [f.severity, f.message.zh])).toEqual([
      ['review', '“三、收到和处理政府信息公开申请情况”的统计表以文字排版（不是表格），无法读取，请人工核对'],
      ['info', '“四、政府信息公开行政复议、行政诉讼情况”的统计表以文字排版（不是表格），已按文字逐行读取；读数请对照页面核对（标记落在读出该数的文字上）'],
    ]);
    expect(res.export.cells['requests.newReceived.total'].state).toBe('missing');
    expect(res.export.report.reviewLitigation.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 });
    expect(res.export.report.reviewLitigation.litigationDirect).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });

  it('still calls a table missing when the part only cites the article or names the outcomes in prose', () => {
    const prose = '<p>按照《条例》第二十条第（一）项的规定公开规章。</p><p>全年未发生行政复议，也未发生复议后起诉的行政诉讼。</p>';
    const res = auditHtml(buildReportHtml({ ...baseSpec(), replaceTables: { activeDisclosure: prose, reviewLitigation: prose } }));
    expect(res.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });
});

describe('a site\'s menu naming the kinds of disclosure', () => {
  it('is not taken for the report\'s parts, even when the report does not head parts 二 and 三', () => {
    const menu = '<ul class="nav"><li><a href="/a">政府信息公开指南</a></li><li><a href="/b">主动公开</a></li><li><a href="/c">依申请公开</a></li></ul>';
    const html = buildReportHtml({ ...baseSpec(), headings: { activeDisclosure: null, requests: null } }).replace('<body>', `<body>${menu}`);
    expect(auditHtml(html).export.findings).toEqual([]);
  });
});

describe('a page holding more than one report', () => {
  // Some sites publish several agencies' reports in one article: only the first is read, and the reader is told.
  const spec = baseSpec();
  const second = buildReportHtml({ ...spec, pageTitle: '示例市民政局2024年政府信息公开工作年度报告', titleLines: ['示例市民政局2024年政府信息公开工作年度报告'], values: { ...spec.values, 'requests.outcomesTotal.total': '99' } });
  const body = (h: string) => h.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
  const first = buildReportHtml(spec);

  it('checks the first report and says how many more the page holds', () => {
    const res = auditHtml(first.replace('</body>', `${body(second)}</body>`));
    expect(res.moreReports).toBe(1);
    expect(res.export.findings).toEqual([]);
    expect(res.export.reading).toEqual({ partial: false, moreReports: 1, fromText: [] });
    const flipped = auditHtml(second.replace('</body>', `${body(first)}</body>`));
    expect(flipped.moreReports).toBe(1);
    expect(flipped.export.findings.map((f) => f.rule)).toContain('T3-OUTCOMES-SUM');
  });

  it('reads the first report\'s text alone, not the next one\'s prose against its tables', () => {
    const sanmenxia = readFileSync('tests/fixtures/reports/sanmenxia-2024.html', 'utf8');
    const res = auditHtml(sanmenxia.replace('</body>', `<hr>${body(first)}</body>`));
    expect(res.moreReports).toBe(1);
    expect(res.export.findings.map((f) => f.rule)).toEqual(['T3-OUTCOMES-SUM', 'T3-OUTCOMES-SUM', 'T3-BALANCE', 'T3-BALANCE']);
    // The text ends before the next report's title (a site's header line before it may stay).
    const alone = auditHtml(sanmenxia).export.text;
    expect({ ...res.export.text, otherMatters: undefined }).toEqual({ ...alone, otherMatters: undefined });
    expect(res.export.text.otherMatters!.startsWith(alone.otherMatters!)).toBe(true);
    expect(res.export.text.otherMatters).not.toContain('示例市');
  });

  it('checks another of the page\'s reports when asked, with its own title, agency, tables and text', () => {
    const page = first.replace('</body>', `${body(second)}</body>`);
    const res = auditHtml(page, { report: 1 });
    expect([res.report, res.moreReports]).toEqual([1, 1]);
    expect(res.export.report.agency).toBe('示例市民政局');
    expect(res.export.findings.map((f) => f.rule)).toContain('T3-OUTCOMES-SUM');
    expect(res.export.report.requests.outcomesTotal.total).toBe(99);
    expect(res.export.text).toEqual(auditHtml(second).export.text);
    // Asked for a report the page does not hold: its last.
    expect(auditHtml(page, { report: 7 }).report).toBe(1);
    const third = buildReportHtml({ ...spec, pageTitle: '示例市财政局2024年政府信息公开工作年度报告', titleLines: ['示例市财政局2024年政府信息公开工作年度报告'] });
    const three = auditHtml(page.replace('</body>', `${body(third)}</body>`), { report: 2 });
    expect([three.report, three.moreReports, three.export.report.agency, three.export.findings]).toEqual([2, 2, '示例市财政局', []]);
    expect(auditHtml(first, { report: 1 })).toMatchObject({ report: 0, moreReports: 0 });
  });

  it('says nothing of the kind for one report, whole or cut in two', () => {
    expect(auditHtml(first).moreReports).toBe(0);
    expect(auditHtml(buildReportHtml({ ...spec, layout: { split3At: 'denied.thirdParty' } })).moreReports).toBe(0);
  });
});

describe('a page holding a hidden copy of its report (a print version)', () => {
  // The CLI has no rendering: it reads the markup's hiding (an inline style, the hidden attribute); the extension
  // asks the page's rendering (tests/e2e/extension.test.ts).
  const spec = baseSpec();
  const body = (h: string) => h.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
  const clean = buildReportHtml(spec);
  const broken = buildReportHtml({ ...spec, values: { ...spec.values, 'requests.outcomesTotal.total': '99' } });
  const hidden = (h: string, how = 'style="display: none"') => `<div class="print-version" ${how}>${body(h)}</div>`;

  it('checks the copy shown when the hidden one comes first, and does not count the copy as another report', () => {
    const res = auditHtml(broken.replace('<body>', `<body>${hidden(clean)}`));
    expect(res.moreReports).toBe(0);
    expect(res.export.findings.map((f) => f.rule)).toContain('T3-OUTCOMES-SUM');
    expect(res.export.text).toEqual(auditHtml(broken).export.text);
  });

  it('leaves out a hidden copy after the report, hidden by any ancestor', () => {
    const res = auditHtml(clean.replace('</body>', `<div style="color: red;visibility:hidden">${hidden(broken, 'id="print"')}</div></body>`));
    expect(res.moreReports).toBe(0);
    expect(res.export.findings).toEqual([]);
    expect(res.export.text).toEqual(auditHtml(clean).export.text);
    expect(auditHtml(clean.replace('</body>', `${hidden(broken, 'hidden')}</body>`)).moreReports).toBe(0);
  });

  it('reads the page\'s style sheet for the classes and ids it hides on screen (not those it hides in print)', () => {
    const sheet = '<style>/* print */ @media print { .screen-only { display: none } } .print-version, #mobile { color: red; display:none; }</style>';
    const page = (attrs: string) => broken.replace('<body>', `<body>${sheet}<div ${attrs}>${body(clean)}</div>`);
    expect(auditHtml(page('class="box print-version"')).moreReports).toBe(0);
    expect(auditHtml(page('id="mobile"')).export.findings.map((f) => f.rule)).toContain('T3-OUTCOMES-SUM');
    // Hidden in print only: shown on screen, so a second report the page holds.
    expect(auditHtml(page('class="screen-only"')).moreReports).toBe(1);
  });

  it('reads the rest of a report hidden behind a "展开全文" button: it holds no second part 三', () => {
    const full = buildReportHtml(spec);
    const cut = full.indexOf('<p><span>四、');
    expect(cut).toBeGreaterThan(0);
    const folded = `${full.slice(0, cut)}<div class="rest" style="display:none">${full.slice(cut).replace('</body>', '</div></body>')}`;
    const res = auditHtml(folded);
    expect(res.export.findings).toEqual([]);
    expect(res.export.report.reviewLitigation).toEqual(auditHtml(full).export.report.reviewLitigation);
    expect(res.export.text).toEqual(auditHtml(full).export.text);
  });

  it('reads a report whose every table is hidden (a collapsed tab) as it reads a shown one', () => {
    const res = auditHtml(`<html><body>${hidden(broken)}</body></html>`);
    expect(res.isReport).toBe(true);
    expect(res.export.report.requests.outcomesTotal.total).toBe(99);
  });
});

describe('a report split over several pages of an article ("下一页")', () => {
  // CMSs page long articles: t20240125_123_1.html after t20240125_123.html, with a pager under the text.
  const full = buildReportHtml(baseSpec());
  const cut = full.indexOf('<p><span>三、');
  const pager = (href: string) => `<div class="page"><a href="${href}">上一页</a> <span>1</span> <a href="t20250120_1234_1.html">2</a> <a href="${href}">下一页 &gt;</a></div>`;
  const first = full.slice(0, cut) + pager('t20250120_1234_1.html') + '</body></html>';
  const second = full.slice(0, full.indexOf('<body>') + 6) + full.slice(cut).replace('</body>', `${pager('t20250120_1234.html')}</body>`);

  it('flags what a page lacks for review, saying it may be on another page', () => {
    // …and on a page shown in Traditional characters ("下一頁").
    for (const page of [first, second, toTraditional(first)]) {
      const res = auditHtml(page);
      expect(res.isReport).toBe(true);
      const found = res.export.findings;
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe('review');
        expect(f.message.zh).toContain('本文分页发布');
      }
    }
    expect(auditHtml(first).export.findings.map((f) => f.rule).sort()).toEqual(['DOC-SECTIONS', 'DOC-TABLE-MISSING', 'DOC-TABLE-MISSING', 'TEXT-FEES']);
    expect(auditHtml(second).export.findings.map((f) => f.rule).sort()).toEqual(['DOC-SECTIONS', 'DOC-TABLE-MISSING']);
    // The second page's numbers are read as on the whole page.
    expect(auditHtml(second).export.report.requests).toEqual(auditHtml(full).export.report.requests);
  });

  it('reads a part 三 table that the page break cuts in two, each half on its page, and raises nothing but notes', () => {
    const split = buildReportHtml({ ...baseSpec(), layout: { split3At: 'notProcessed.complaint' } });
    const at = split.lastIndexOf('<div', split.lastIndexOf('<table', split.indexOf('信访')));
    const pages = [
      split.slice(0, at) + pager('t20250120_1234_1.html') + '</body></html>',
      split.slice(0, split.indexOf('<body>') + 6) + split.slice(at).replace('</body>', `${pager('t20250120_1234.html')}</body>`),
    ].map((page) => auditHtml(page));
    for (const res of pages) {
      expect(res.export.findings.filter((f) => f.rule === 'DOC-ROWS').map((f) => f.severity)).toEqual(['review']);
      expect(res.export.findings.filter((f) => f.severity !== 'review')).toEqual([]);
    }
    const whole = auditHtml(split).export.report.requests;
    expect(pages[0].export.report.requests.granted).toEqual(whole.granted);
    expect(pages[1].export.report.requests.notProcessed).toEqual(whole.notProcessed);
    expect(pages[1].export.report.requests.outcomesTotal).toEqual(whole.outcomesTotal);
  });

  it('still warns when the page has no pager: a link to the next article is no page of this one', () => {
    const alone = full.slice(0, full.indexOf('<body>') + 6) + full.slice(cut).replace('</body>', '<a href="t20250121_99.html">下一篇：关于…的通知</a></body>');
    const res = auditHtml(alone);
    expect(res.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => f.severity)).toEqual(['warning']);
    const placeholder = auditHtml(full.slice(0, cut) + '<div class="page"><a href="#">下一页</a></div></body></html>');
    expect(placeholder.isReport).toBe(false);
  });

  it("still warns when the pager is a list's: one before the report, or one after a run of links", () => {
    // A column of other articles with a pager of its own, before the report in the page's order (a left column) or
    // after it (a right column, a "相关信息" list under the text).
    const list = (n: number) =>
      `<div class="side"><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/xxgk/t20250110_${i}.html">关于做好第${i + 1}批重点工作的通知</a></li>`).join('')}</ul>` +
      '<div class="page"><a href="index_1.html">上一页</a> <a href="index_1.html">下一页</a></div></div>';
    const body = full.indexOf('<body>') + 6;
    const withoutOpening = full.slice(0, body) + full.slice(cut);
    const severities = (page: string) => auditHtml(page).export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => f.severity);
    expect(severities(withoutOpening.replace('</body>', `${list(6)}</body>`))).toEqual(['warning']);
    expect(severities(withoutOpening.slice(0, body) + list(2) + withoutOpening.slice(body))).toEqual(['warning']);
    // The article's own pager after its attachments (links to documents, however many) is still the article's.
    const attachments = [1, 2, 3, 4, 5].map((n) => `<p><a href="/u/${n}.pdf">附件${n}：说明${n}.pdf</a></p>`).join('');
    expect(severities(withoutOpening.replace('</body>', `${attachments}${pager('t20250120_1234.html')}</body>`))).toEqual(['review']);
    // …and so is it after paragraphs Word wrapped in bookmarks (<a name>), which go nowhere.
    const bookmarked = [1, 2, 3, 4, 5].map((n) => `<p><a name="_Toc${n}">（${n}）说明事项${n}。</a></p>`).join('');
    expect(severities(withoutOpening.replace('</body>', `${bookmarked}${pager('t20250120_1234.html')}</body>`))).toEqual(['review']);
  });
});

describe('a report pasted as plain text (<pre>)', () => {
  // Its lines are broken by newlines, not elements: each line is read as a block, so the headings are found.
  const html = buildReportHtml({ ...baseSpec(), layout: { cellStyle: 'bare' } });
  const asPlainText = (open: string, close: string) =>
    html.replace(/(?:<p[^>]*>[\s\S]*?<\/p>\s*)+/g, (run) => `${open}${run.replace(/<p[^>]*>/g, '').replace(/<\/p>\s*/g, '\n')}${close}`);
  it('reads each line as a block', () => {
    const res = auditHtml(asPlainText('<pre>', '</pre>'));
    expect(res.export.findings).toEqual([]);
    expect(res.export.text.otherMatters).toContain('信息处理费');
    expect(res.export.text.overview).not.toContain('其他需要报告的事项');
  });
  it('does not call a part missing whose heading stands inside a paragraph (newlines a browser collapses)', () => {
    const res = auditHtml(asPlainText('<div>', '</div>'));
    expect(res.export.findings).toEqual([]);
  });
});

describe('a register pasted after the report (a table longer than any report has)', () => {
  // Six hundred rows of documents; one title deep in it holds a word of the template ("行政复议").
  const register = (deepTitle: string) =>
    '<table><tbody><tr><td>序号</td><td>文件名称</td><td>发布日期</td></tr>' +
    Array.from({ length: 600 }, (_, i) => `<tr><td>${i + 1}</td><td>${i === 500 ? deepTitle : `第${i + 1}号文件`}</td><td>2024-01-01</td></tr>`).join('') +
    '</tbody></table>';
  const report = buildReportHtml(baseSpec());
  const tablesOf = (html: string) => readItems(parsePage(html).body).items.filter((it) => it.kind === 'table').length;

  it('is read by its opening rows: a template word deep in it does not make it a report table', () => {
    const page = report.replace('</body>', `${register('关于行政复议工作的通知')}</body>`);
    expect(tablesOf(page)).toBe(tablesOf(report));
    const opening = readItems(parsePage(page).body).items.find((it) => it.kind === 'text' && it.text.startsWith('序号'));
    expect(opening?.kind === 'text' && opening.text).toContain('第1号文件');
    expect(auditHtml(page).export.findings).toEqual(auditHtml(report).export.findings);
  });

  it('is still a report table when the template words open it', () => {
    const page = report.replace('</body>', `${register('第501号文件').replace('序号', '本年新收')}</body>`);
    expect(tablesOf(page)).toBe(tablesOf(report) + 1);
  });
});

describe('a page of many small tables not the report\'s (a directory)', () => {
  // 25 cells each: the first 80 tables (2,000 cells) are read cell by cell, the rest as one block each.
  const directory = (n: number) =>
    Array.from({ length: n }, (_, t) => `<table>${Array.from({ length: 5 }, (_, r) => `<tr>${Array.from({ length: 5 }, (_, c) => `<td>单位${t}-${r}-${c}</td>`).join('')}</tr>`).join('')}</table>`).join('');
  const report = buildReportHtml(baseSpec());
  const textsOf = (html: string) => readItems(parsePage(html).body).items.flatMap((it) => (it.kind === 'text' ? [it.text] : []));

  it('reads the first two thousand cells one by one, then each table as one block of its words', () => {
    const texts = textsOf(report.replace('</body>', `${directory(200)}</body>`));
    const before = textsOf(report).length;
    expect(texts.length).toBe(before + 80 * 25 + 120);
    expect(texts[before + 80 * 25 - 1]).toBe('单位79-4-4');
    const block = texts[before + 80 * 25];
    expect(block.startsWith('单位80-0-0单位80-0-1')).toBe(true);
    expect(block).toContain('单位80-4-4');
  });

  it('still reads a small frame and a table of prose after them cell by cell, and the report reads the same', () => {
    const frame = '<table><tr><td><p>第一段</p><p>第二段</p></td></tr></table>';
    // Ten cells of prose, a paragraph each (a two-column layout): long cells, not a directory's.
    const paragraph = (i: number) => `第${i}段：本机关严格落实政府信息公开各项制度要求，依法依规办理各类申请，做到应公开尽公开。`;
    const prose = `<table>${Array.from({ length: 5 }, (_, r) => `<tr><td>${paragraph(2 * r)}</td><td>${paragraph(2 * r + 1)}</td></tr>`).join('')}</table>`;
    const texts = textsOf(report.replace('</body>', `${directory(200)}${frame}${prose}</body>`));
    expect(texts.slice(-12)).toEqual(['第一段', '第二段', ...Array.from({ length: 10 }, (_, i) => normalizeText(paragraph(i)))]);
    expect(auditHtml(report.replace('</body>', `${directory(200)}</body>`)).export.findings).toEqual(auditHtml(report).export.findings);
  });
});

describe('counting what a table holds (countIn: the CLI\'s DOM walks, browsers count natively)', () => {
  // Random nests of tables, rows, cells and inline elements, with text (and comments, which are not text) between.
  type Tree = { tag: string; kids: Tree[] } | string;
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((t) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('x', '本年新收', ' ', '<!--本年新收-->', '&nbsp;&lt;'),
      fc.record({ tag: fc.constantFrom('table', 'tbody', 'tr', 'td', 'th', 'div', 'span', 'p'), kids: fc.array(t('node'), { maxLength: 4 }) }),
    ),
  })).node;
  const html = (n: Tree): string => (typeof n === 'string' ? n : `<${n.tag}>${n.kids.map(html).join('')}</${n.tag}>`);

  // The CLI's page tree (src/cli/tree.ts) and linkedom's DOM of the same page, which the CLI read until stop 36:
  // the same parser under both, so the same shape, element for element. Each test's table is the page's first.
  const both = (page: string) => {
    const [tree, dom] = [parsePage(page), parseDom(page)];
    return { tree, dom, treeTable: tree.getElementsByTagName('table')[0], domTable: dom.getElementsByTagName('table')[0] };
  };

  it('counts like getElementsByTagName, up to one past the bound', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.constantFrom('table', 'td'), fc.nat(6), (kids, name, atMost) => {
        // A table and a cell after it: the count stays inside the table.
        const { treeTable, domTable } = both(`<div><table id="t">${kids.map(html).join('')}</table><table><tr><td>1</td></tr></table></div>`);
        expect(hasTableApi(treeTable)).toBe(false); // the walk is what is tested here
        const all = domTable.getElementsByTagName(name).length;
        expect(treeTable.getElementsByTagName(name).length).toBe(all);
        expect(countIn(treeTable, name, atMost)).toBe(all > atMost ? atMost + 1 : all);
      }),
      { numRuns: 2000 },
    );
  });

  // What leafOpening gives, read through the DOM's interface: null for a table holding a table; else its text, or
  // of a table longer than 200 rows the first 200 rows' text.
  const byInterface = (table: Element) => {
    if (table.getElementsByTagName('table').length) return null;
    const rows = ownRows(table, 201);
    return rows.length <= 200 ? table.textContent : rows.slice(0, 200).map((r) => r.textContent).join('');
  };

  it('reads a table\'s text, and any element\'s, along the CLI\'s page tree as through linkedom\'s DOM', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (kids) => {
        const { tree: page, dom, treeTable, domTable } = both(`<div><table id="t">${kids.map(html).join('')}</table><p>after</p><table><tr><td>1</td></tr></table></div>`);
        expect(leafOpening(treeTable, treeShortcuts)).toBe(byInterface(domTable));
        const [treeEls, domEls] = [[...page.getElementsByTagName('*')], [...dom.querySelectorAll('*')]];
        expect(treeEls.map((e) => e.localName)).toEqual(domEls.map((e) => e.localName));
        treeEls.forEach((el, i) => {
          expect(treeShortcuts.text(el)).toBe(domEls[i].textContent);
          expect(el.textContent).toBe(domEls[i].textContent);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('builds the same grid from the cells read along the tree as through the interface', () => {
    // The grid's cells, without the element (compared by identity below) and the grid's own memos.
    const shape = (g: ReturnType<typeof buildGrid>) => g.rows.map((row) => row.map((c) => c && [c.el, c.rawText, c.text, c.row, c.col, c.rowspan, c.colspan]));
    // Tables as Word and CMS editors make them, and broken ones: rows in sections or not, cells with spans (and a
    // span written twice, or in capitals), text and stray elements between, cells inside cells.
    const spans = fc.constantFrom('', ' rowspan="2"', ' colspan="2"', ' rowspan="0"', ' colspan="3" rowspan="2"', ' ROWSPAN="2"', ' rowspan="2" rowspan="3"', ' style="x" colspan="2"');
    const cell = fc.record({ tag: fc.constantFrom('td', 'th', 'td', 'p'), span: spans, kids: fc.array(fc.oneof(tree, fc.record({ tag: fc.constantFrom('td', 'span', 'p'), span: spans, kids: fc.array(tree, { maxLength: 1 }) })), { maxLength: 3 }) });
    const row = fc.record({ tag: fc.constantFrom('tr', 'tr', 'div'), span: spans, kids: fc.array(fc.oneof(cell, tree), { maxLength: 4 }) });
    const part = fc.oneof(row, fc.record({ tag: fc.constantFrom('tbody', 'thead', 'tfoot', 'caption'), span: fc.constant(''), kids: fc.array(fc.oneof(row, tree), { maxLength: 3 }) }), tree);
    type Spanned = { tag: string; span: string; kids: (Tree | Spanned)[] };
    const cellHtml = (n: Tree | Spanned): string => (typeof n === 'string' || !('span' in n) ? html(n as Tree) : `<${n.tag}${n.span}>${n.kids.map(cellHtml).join('')}</${n.tag}>`);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), (kids) => {
        const table = parsePage(`<div><table id="t">${kids.map(cellHtml).join('')}</table><table><tr><td>1</td></tr></table></div>`).getElementsByTagName('table')[0];
        const read: TableRead = {};
        const text = treeShortcuts.tableText(table, 200, read);
        // Read whole (a leaf table), its cells are there; a layout table gives none.
        expect(read.cells === undefined).toBe(text === null);
        if (!read.cells) return;
        expect(shape(buildGrid(table, Infinity, treeShortcuts.text, read.cells))).toEqual(shape(buildGrid(table, Infinity, treeShortcuts.text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads spans written in capitals, as browsers do (linkedom did not find ROWSPAN under "rowspan")', () => {
    const page = '<table><TR><TD ROWSPAN="2" Colspan=2>甲</TD><td>1</td></TR><tr><td>2</td></tr></table>';
    const grid = buildGrid(parsePage(page).getElementsByTagName('table')[0], Infinity, treeShortcuts.text);
    expect(grid.rows.map((r) => r.map((c) => c?.text))).toEqual([['甲', '甲', '1'], ['甲', '甲', '2']]);
  });

  it('reads a long table\'s opening rows only, and still finds a table nested past them', () => {
    const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<tr><td>第${from + i}行</td></tr>`).join('');
    const { treeTable: long, domTable } = both(`<table id="t"><caption>本年新收</caption>${rows(250)}</table>`);
    const read: TableRead = {};
    const opening = leafOpening(long, treeShortcuts, read);
    expect(opening).toBe(byInterface(domTable));
    // Its cells are not all read: its grid is built through the interface.
    expect(read.cells).toBeUndefined();
    expect(opening).not.toContain('本年新收');
    expect(opening).toContain('第199行');
    expect(opening).not.toContain('第200行');
    const nested = parsePage(`<table id="t">${rows(220)}<tr><td><table><tr><td>x</td></tr></table></td></tr></table>`).getElementsByTagName('table')[0];
    expect(leafOpening(nested, treeShortcuts)).toBeNull();
    const after = parsePage(`<table id="t">${rows(220)}<tbody><tr><td>y</td></tr><tr><td><table><tr><td>x</td></tr></table></td></tr></tbody></table>`).getElementsByTagName('table')[0];
    expect(leafOpening(after, treeShortcuts)).toBeNull();
  });

  it('reads through the interface another DOM than the tree', () => {
    const w = new Window();
    w.document.write('<div><table id="t"><tr><td>本年<b>新收</b></td></tr></table><table id="l"><tr><td><table></table></td></tr></table></div>');
    const doc = w.document as unknown as Document;
    const [leaf, layout] = [doc.getElementById('t')!, doc.getElementById('l')!];
    expect(treeShortcuts.tableText(leaf, 200)).toBeUndefined();
    expect(treeShortcuts.text(leaf)).toBe('本年新收');
    expect(leafOpening(leaf, treeShortcuts)).toBe('本年新收');
    expect(leafOpening(layout, treeShortcuts)).toBeNull();
    void w.happyDOM.close();
  });
});

// Some CMS editors drop rowspan and colspan (and some converters never write them): every cell stays where it was in
// its row, the rows go ragged, and a header's names no longer stand over their columns. Each part reads as before.
describe('tables whose rowspan and colspan were stripped', () => {
  it.each<[string, '2021' | '2019', Layout]>([
    ['the template', '2021', {}],
    ['the 2019 template', '2019', {}],
    ['part 四 as a matrix', '2021', { reviewMatrix: true }],
    ['an empty leading column on every row', '2021', { leadingEmptyColumn: true }],
    ['one big table', '2021', { oneTable: true }],
    ['part 三 cut at a page break', '2021', { split3At: 'denied.thirdParty' }],
  ])('%s', (_, format, layout) => {
    const spec = format === '2021' ? baseSpec() : baseSpec('2019', 2020);
    const whole = buildReportHtml({ ...spec, layout: { ...spec.layout, ...layout } });
    const stripped = buildReportHtml({ ...spec, layout: { ...spec.layout, ...layout, stripSpans: true } });
    expect(stripped).not.toMatch(/rowspan|colspan/);
    const [a, b] = [auditHtml(whole), auditHtml(stripped)];
    expect(b.export.report).toEqual(a.export.report);
    expect(b.export.findings).toEqual(a.export.findings);
    expect(Object.values(b.export.cells).filter((c) => c.state === 'missing')).toEqual([]);
  });
});

// A cell split in Word leaves an empty cell after one row's label: that row's counts stand a column right of the
// header's. They are read by place, in each part, and nothing is flagged.
describe('one row pushed right of its columns by an empty cell after its label', () => {
  const spec = baseSpec();
  const page = buildReportHtml(spec);
  const plain = auditHtml(page);
  const COUNT = /<td\b[^>]*>(?:\s|<[^>]*>|&nbsp;)*\d+(?:\s|<[^>]*>|&nbsp;)*<\/td>/;
  it.each(['部分公开', '行政规范性文件', '本年新收'])('the row of "%s"', (label) => {
    const row = page.match(new RegExp(`<tr>(?:(?!<tr>)[\\s\\S])*?${label}[\\s\\S]*?</tr>`))![0];
    const pushed = row.replace(COUNT, (m) => `<td></td>${m}`);
    expect(pushed).not.toBe(row);
    const res = auditHtml(page.replace(row, pushed));
    expect(res.export.report).toEqual(plain.export.report);
    expect(res.export.findings).toEqual(plain.export.findings);
  });
});
