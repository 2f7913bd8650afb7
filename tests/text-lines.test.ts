// Report tables laid out as lines of text (pages converted from a PDF, tables pasted as plain text): read as grids
// (src/grid/text-lines.ts) for the parts the page has no table for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gridsFromLines, type TextLine } from '../src/grid/text-lines';
import { rowCells } from '../src/grid/grid';
import { mightHoldReport } from '../src/page/detect';
import { parsePage } from '../src/cli/main';
import { baseSpec } from './fixtures/rules/cases';
import { auditHtml } from './support/audit';
import { parseDom } from './support/dom';
import { auditDocument } from '../src/audit/audit';
import { buildReportHtml } from './support/report-html';
import { tableLines, tablesAsLines, type LinesShape } from './support/text-lines';
import { toTraditional } from './support/traditional';

const SHAPES: LinesShape[] = ['rows', 'centered', 'wrapped', 'br', 'cells'];
const TEMPLATES = [['2021', 2024], ['2019', 2020]] as const;
const asText = (findings: { rule: string; severity: string }[]) => findings.filter((f) => f.rule === 'DOC-TABLE-MISSING');

describe('a report whose tables are laid out as lines of text', () => {
  describe.each(TEMPLATES)('in the %s template', (format, year) => {
    const page = buildReportHtml(baseSpec(format, year));
    const table = auditHtml(page);

    it.each(SHAPES)('%s: reads every count the tables hold, and says it read them from lines', (shape) => {
      const html = tablesAsLines(page, shape);
      expect(html).not.toContain('<table');
      const res = auditHtml(html);
      expect(res.isReport).toBe(true);
      expect(res.export.report).toEqual(table.export.report);
      expect(res.export.cells).toEqual(table.export.cells);
      expect(asText(res.export.findings).map((f) => f.severity)).toEqual(['info', 'info', 'info']);
      expect(res.export.findings.filter((f) => f.rule !== 'DOC-TABLE-MISSING')).toEqual(table.export.findings);
      // The export says which parts were read from lines, as the findings do.
      expect([table.export.reading.fromText, res.export.reading.fromText]).toEqual([[], ['activeDisclosure', 'requests', 'reviewLitigation']]);
    });
  });

  it('a table copied from a spreadsheet into <pre>, its cells apart by tabs: read as the table', () => {
    const page = buildReportHtml(baseSpec());
    const pre = page.replace(/<table\b[\s\S]*?<\/table>/gi, (t) => `<pre>${tableLines(t, 'rows').map((l) => l.replace(/ /g, '\t')).join('\n')}</pre>`);
    expect(pre).not.toContain('<table');
    const res = auditHtml(pre);
    expect(res.export.report).toEqual(auditHtml(page).export.report);
    expect(asText(res.export.findings).map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });

  it('finds an error in the lines as in the table, and marks the line that holds the count', () => {
    const spec = baseSpec();
    const page = buildReportHtml({ ...spec, values: { ...spec.values, 'requests.outcomesTotal.total': '15' } });
    const table = auditHtml(page);
    const sums = (r: typeof table) => r.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM').map((f) => [f.severity, f.cells, f.message.zh]);
    expect(sums(table)).toHaveLength(1);
    for (const shape of SHAPES) {
      const doc = parseDom(tablesAsLines(page, shape));
      const res = auditDocument(doc);
      expect(sums(res), shape).toEqual(sums(table));
      const el = res.elements.get('requests.outcomesTotal.total')!;
      // The line, or where each cell is a block of its own, the count's block.
      if (shape === 'cells') expect(el.outerHTML, shape).toMatch(/^<div class="cell"[^>]*>15<\/div>$/);
      else expect(el.textContent, shape).toContain('（七）总计 10 2 0 1 0 1 15');
      expect(el.localName, shape).toBe(shape === 'br' ? 'p' : 'div');
    }
  });

  it('marks a count in its own element where the line wraps each word in one (a table pasted with its cells\' spans)', () => {
    const spec = baseSpec();
    const page = buildReportHtml({ ...spec, values: { ...spec.values, 'requests.outcomesTotal.total': '15' } });
    const spans = tablesAsLines(page, 'rows').replace(/(<div class="line"[^>]*>)([^<]*)(<\/div>)/g, (_, open, line: string, close) => `${open}${line.split(' ').map((w) => `<span>${w}</span>`).join(' ')}${close}`);
    const res = auditDocument(parseDom(spans));
    expect(res.export.findings.filter((f) => f.rule === 'T3-OUTCOMES-SUM').map((f) => f.cells)).toEqual([['requests.outcomesTotal.total']]);
    expect(res.elements.get('requests.outcomesTotal.total')!.outerHTML).toBe('<span>15</span>');
    expect(res.elements.get('requests.newReceived.natural')!.outerHTML).toMatch(/^<span>\d+<\/span>$/);
  });

  it('leaves a line with a count left blank unread, rather than shift its counts into the wrong columns', () => {
    // A blank cell leaves no word on its line: "（一）予以公开 5 1 0 0 0 6" could be any of the seven with one missing.
    const spec = baseSpec();
    const page = buildReportHtml({ ...spec, values: { ...spec.values, 'requests.granted.research': '' } });
    const res = auditHtml(tablesAsLines(page, 'centered'));
    expect(Object.values(res.export.report.requests.granted)).toEqual([null, null, null, null, null, null, null]);
    const errors = res.export.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['DOC-ROWS']);
    expect(errors[0].cells).toHaveLength(7);
    expect(errors[0].message.zh).toContain('无法确定空缺的是哪一格，该行未读取');
  });

  it('in Traditional characters too', () => {
    const page = buildReportHtml(baseSpec());
    const res = auditHtml(tablesAsLines(toTraditional(page), 'centered'));
    expect(res.export.report).toEqual(auditHtml(toTraditional(page)).export.report);
  });

  it('is read only where the page has no table for the part: a table and its lines both printed, the table is read', () => {
    const spec = baseSpec();
    const page = buildReportHtml(spec);
    const changed = tablesAsLines(buildReportHtml({ ...spec, values: { ...spec.values, 'requests.newReceived.total': '99' } }), 'rows');
    const lines = changed.slice(changed.indexOf('<div class="page"'), changed.lastIndexOf('</div></div>') + 12);
    const res = auditHtml(page.replace('</body>', `${lines}</body>`));
    expect(res.export.report.requests.newReceived.total).toBe(14);
    expect(asText(res.export.findings)).toEqual([]);
  });

  it('is found by the loader under a report\'s title, without any table in the page', () => {
    const page = tablesAsLines(buildReportHtml(baseSpec()), 'centered');
    expect(mightHoldReport(parsePage(page))).toBe(true);
    expect(mightHoldReport(parsePage(toTraditional(page)))).toBe(true);
    // A title worded "年度工作报告" (since stop 43).
    expect(mightHoldReport(parsePage(page.replace(/<title>[^<]*<\/title>/, '<title>南开区教育局2024年政府信息公开年度工作报告</title>')))).toBe(true);
    // The same lines under another title, and a report's title over prose alone, are left alone.
    expect(mightHoldReport(parsePage(page.replace(/<title>[^<]*<\/title>/, '<title>通知公告</title>')))).toBe(false);
    expect(mightHoldReport(parsePage('<title>2024年政府信息公开工作年度报告</title><p>本年新收政府信息公开申请数量为14件。</p>'))).toBe(false);
  });
});

describe('lines read as a grid', () => {
  const el = parseDom('<p></p>').body.firstElementChild!;
  const lines = (...raws: string[]): TextLine[] => raws.map((raw) => ({ raw, el }));
  const texts = (g: ReturnType<typeof gridsFromLines>[number]) => g.rows.map((_, r) => rowCells(g, r).map((c) => c.rawText));

  it('puts a row\'s label left and its counts right, as a table\'s columns stand; a group\'s label line joins its row', () => {
    const [g] = gridsFromLines(lines('（三）不予公开', '1.属于国家秘密 0 0 0 0 0 0 0', '（七）总计 10 2 0 1 0 1 14'));
    expect(g.colCount).toBe(8);
    expect(texts(g)).toEqual([
      ['（三）不予公开1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      ['（七）总计', '10', '2', '0', '1', '0', '1', '14'],
    ]);
    expect(g.rows[1][1]!.rawText).toBe('10');
  });

  it('gives counts alone on their line the label lines above them, a wrapped label whole, and passes over page marks', () => {
    const [g] = gridsFromLines(
      lines('1.申请人无正当理由逾期不', '补正、行政机关不再处理其政府信息公开申请 0 1 0 0 0 0 1', '（二）部分公开（区分处理的，', '- 3 -', '第 3 页 共 5 页', '3 / 5', '只计这一情形，不计其他情形）', '2 0 0 0 0 0 2', '（七）总计 10 2 0 1 0 1 14'),
    );
    expect(texts(g)[0][0]).toBe('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(texts(g)[1]).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '2', '0', '0', '0', '0', '0', '2']);
    expect(g.rowCount).toBe(3);
  });

  it('stands a header\'s names over the counts below when it has a word for each, and keeps any other header whole', () => {
    const [g] = gridsFromLines(lines('信息内容 本年制发件数 本年废止件数 现行有效件数', '规章 1 0 5', '自然人 法人或其他组织 总计', '一、本年新收政府信息公开申请数量 10 2 0 1 0 1 14'));
    expect(g.rows[0].map((c) => c?.rawText ?? null)).toEqual([null, null, null, null, '信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(g.rows[2].map((c) => c?.rawText ?? null)).toEqual(['自然人法人或其他组织总计', null, null, null, null, null, null, null]);
  });

  it('reads a thousand rows at most: a page of endless table-like lines is read no further', () => {
    const many = lines(...Array.from({ length: 100_000 }, (_, i) => `第${i}行 ${i} 0 0`));
    const grids = gridsFromLines(many);
    expect(grids.reduce((n, g) => n + g.rowCount, 0)).toBe(1000);
  });

  it('reads no grid from prose, nor from a single line of counts', () => {
    expect(gridsFromLines(lines('2024年，本机关共收到政府信息公开申请14件。', '其中予以公开6件。'))).toEqual([]);
    expect(gridsFromLines(lines('一、本年新收政府信息公开申请数量 10 2 0 1 0 1 14', '本年度共办结14件，办结率100%。', '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2'))).toEqual([]);
  });
});

describe.each([
  ['5', 'tests/fixtures/pages/pdfjs-report.html'],
  ['2.6', 'tests/fixtures/pages/pdfjs2-report.html'],
])('a report shown by PDF.js %s (a site\'s PDF viewer): its text layers read as lines', (_, PDF) => {
  // sanmenxia-2024.html printed to PDF by Chromium and shown in PDF.js (scripts/capture-pdfjs.ts). PDF.js 5 ends each
  // line of a page with a <br> and puts a space piece between a row's cells; PDF.js 2.6 places every piece in pixels
  // with nothing between them, so a line is the pieces at about one top, apart where a gap stands between them. Both
  // wrap part 二's header onto more lines, print part 四's narrow header columns a character a line, and cut the
  // tables at the PDF's page breaks.
  const HTML = 'tests/fixtures/reports/sanmenxia-2024.html';
  const withoutText = (r: ReturnType<typeof auditHtml>) => r.export.findings.filter((f) => f.rule !== 'DOC-TABLE-MISSING');

  it('reads every count of the three tables as the HTML report holds them, and finds the same errors', () => {
    const pdf = auditHtml(readFileSync(PDF, 'utf8'));
    const html = auditHtml(readFileSync(HTML, 'utf8'));
    expect(pdf.title).toBe(html.title);
    expect(pdf.agency).toBe(html.agency);
    expect(pdf.export.report).toEqual(html.export.report);
    expect(asText(pdf.export.findings).map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    // The same findings, word for word: the four errors of the report's own (（七）总计 left at 0), and none from
    // its text, read whole though the PDF ends its lines in the middle of sentences.
    expect(withoutText(pdf)).toEqual(withoutText(html));
    expect(withoutText(pdf).map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
  });

  it('marks each count in its own piece, not the line\'s first one', () => {
    const res = auditDocument(parseDom(readFileSync(PDF, 'utf8')));
    for (const path of ['requests.outcomesTotal.total', 'requests.newReceived.natural', 'reviewLitigation.review.total', 'activeDisclosure.licensing.decisions']) {
      const el = res.elements.get(path)!;
      expect(el.localName, path).toBe('span');
      expect(el.textContent, path).toMatch(/^\d+$/);
    }
    expect(res.elements.get('requests.newReceived.natural')!.textContent).toBe('4');
    expect(res.elements.get('activeDisclosure.licensing.decisions')!.textContent).toBe('94');
  });

  it('reads a claim of the text across the line the PDF ended mid-sentence ("…收到依申" above "请公开5件")', () => {
    // The PDF's own text says 4; its piece made 5, so the sentence disagrees with the table.
    const page = readFileSync(PDF, 'utf8').replace(/(>请公开<\/span><span[^>]*>)4(<\/span>)/, '$15$2');
    const claims = auditHtml(page).export.findings.filter((f) => f.rule === 'TEXT-REQUESTS');
    expect(claims.map((f) => [f.severity, f.cells, f.message.zh])).toEqual([
      ['warning', ['requests.newReceived.total'], '正文称收到申请 5 件（“收到依申请公开5件”），表中“一、本年新收·总计”为 4'],
    ]);
  });

  it('reads a cell left blank as blank, in its column, by where the counts stand (the words\' order cannot tell)', () => {
    // 二、上年结转's third count (科研机构) taken out of the page, as a PDF of a table with that cell blank prints it.
    const page = readFileSync(PDF, 'utf8');
    const row = page.indexOf('>二、上年结转政府</span>');
    let at = row;
    for (let k = 0; k < 3; k++) at = page.indexOf('>0</span>', at + 1);
    const open = page.lastIndexOf('<span', at);
    const blank = page.slice(0, open) + page.slice(at + '>0</span>'.length);
    const res = auditHtml(blank);
    const carried = res.export.report.requests.carriedOver;
    expect(carried).toEqual({ natural: 0, commercial: 0, research: null, nonprofit: 0, legal: 0, other: 0, total: 0 });
    expect(res.export.findings.filter((f) => f.rule === 'CELL-BLANK').map((f) => f.cells)).toEqual([['requests.carriedOver.research']]);
    expect(res.export.findings.filter((f) => f.rule === 'DOC-ROWS')).toEqual([]);
  });

  it('is found by the loader under the viewer\'s own title, by its text layers', () => {
    const page = readFileSync(PDF, 'utf8');
    expect(page).toContain('<title>PDF.js viewer</title>');
    expect(mightHoldReport(parsePage(page))).toBe(true);
    // The same text under the same title without PDF.js's layers is no report's title over lines.
    expect(mightHoldReport(parsePage(page.replace(/class="textLayer"/g, 'class="layer"')))).toBe(false);
  });
});
