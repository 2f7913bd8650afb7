import { describe, expect, it } from 'vitest';
import { buildGrid, rowCells } from '../src/grid/grid';
import { readFileSync } from 'node:fs';
import { auditDocument } from '../src/audit/audit';
import { parseDom } from './support/dom';

const gridOf = (html: string) => buildGrid(parseDom(`<table>${html}</table>`).querySelector('table')!);
const texts = (g: ReturnType<typeof gridOf>) => g.rows.map((r) => r.map((c) => c?.text ?? null));

describe('grid: rowspan and colspan resolved into a rectangle', () => {
  it('spreads merged cells over every position they cover', () => {
    const g = gridOf('<tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>c</td><td>d</td></tr>');
    expect(texts(g)).toEqual([
      ['A', 'B', 'B'],
      ['A', 'c', 'd'],
    ]);
    expect(g.rows[1][0]).toBe(g.rows[0][0]);
  });

  it('clamps a rowspan that overruns the table, and rowspan=0', () => {
    const g = gridOf('<tr><td rowspan="40">A</td><td>1</td></tr><tr><td>2</td></tr><tr><td rowspan="0">Z</td></tr>');
    expect(g.rowCount).toBe(3);
    expect(texts(g)).toEqual([
      ['A', '1'],
      ['A', '2'],
      ['A', 'Z'],
    ]);
  });

  it('fills holes of short rows with null', () => {
    const g = gridOf('<tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr>');
    expect(texts(g)).toEqual([
      ['a', 'b', 'c'],
      ['d', null, null],
    ]);
  });

  it('reads only its own rows, not those of a nested table', () => {
    const g = gridOf('<tbody><tr><td><table><tr><td>x</td></tr><tr><td>y</td></tr></table></td><td>b</td></tr></tbody>');
    expect(g.rowCount).toBe(1);
    expect(g.rows[0][1]!.text).toBe('b');
  });

  it('joins a cell\'s split text with nothing between, and lists a row\'s distinct cells once', () => {
    const g = gridOf('<tr><td><p><span>自然</span><span>人</span></p></td><td colspan="3"><p>0</p></td></tr>');
    expect(g.rows[0][0]!.text).toBe('自然人');
    expect(rowCells(g, 0).map((c) => c.text)).toEqual(['自然人', '0']);
  });

  it('keeps the element each position came from', () => {
    const g = gridOf('<tr><td id="x">1</td></tr>');
    expect(g.rows[0][0]!.el.getAttribute('id')).toBe('x');
  });
});

describe('grid: a cell budget bounds the work on a pathological table', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, r) => `<tr><td>${r}</td><td>1</td><td>2</td></tr>`).join('');
  it('stops at the end of the row where the budget is reached, and says so', () => {
    const g = buildGrid(parseDom(`<table>${rows(100)}</table>`).querySelector('table')!, 10);
    expect(g.truncated).toBe(true);
    expect(g.rowCount).toBe(4);
    expect(g.rows.length).toBe(4);
    expect(g.cellCount).toBe(12);
    expect(buildGrid(parseDom(`<table>${rows(3)}</table>`).querySelector('table')!, 10).truncated).toBe(false);
  });
  it('counts every position a span covers, so a huge colspan cannot blow the grid up', () => {
    const g = buildGrid(parseDom(`<table><tr><td colspan="1000">x</td></tr>${rows(50)}</table>`).querySelector('table')!, 1000);
    expect(g.truncated).toBe(true);
    expect(g.rowCount).toBe(1);
  });
  it('an audit past the budget still reads the report before it and says the result is partial', () => {
    const html = readFileSync('tests/fixtures/reports/sanmenxia-2024.html', 'utf8');
    const whole = auditDocument(parseDom(html));
    expect(whole.partial).toBe(false);
    const cut = auditDocument(parseDom(html.replace('</body>', `<table><tr><td>申请人情况</td><td>自然人</td><td>总计</td></tr>${rows(4000)}</table></body>`)));
    expect(cut.partial).toBe(true);
    // The export says so too, for a reader of the JSON alone.
    expect([whole.export.reading.partial, cut.export.reading.partial]).toEqual([false, true]);
    expect(cut.export.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(
      whole.export.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
    );
  });
});
