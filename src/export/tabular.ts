// The report as rows for spreadsheets and notes: one row per cell, with its part, row and column labels, the
// number, and what was printed. Formats are listed as data so the popup offers exactly these.
import { cellColumnLabel, cellLabel } from '../model/labels';
import { allCellPaths } from '../model/paths';
import type { Export } from '../model/schema';

const PART_ZH: Record<string, string> = { activeDisclosure: '二、主动公开', requests: '三、依申请公开', reviewLitigation: '四、复议诉讼' };

export interface CellRow {
  path: string;
  part: string;
  row: string;
  column: string;
  value: number | null;
  printed: string;
  state: string;
}

/** Every template cell of the format, then the cells of rows the template does not have (with an empty path). */
export function cellRows(ex: Export): CellRow[] {
  const rows = allCellPaths(ex.report.format).map((path) => {
    const [row, column] = cellLabel(path).zh.split('·');
    const value = path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | null)?.[k] ?? null, ex.report) as number | null;
    const c = ex.cells[path];
    return { path, part: PART_ZH[path.split('.')[0]], row, column, value, printed: c?.raw ?? '', state: c?.state ?? 'missing' };
  });
  // Exports saved before extraRows existed have none.
  for (const x of ex.extraRows ?? []) {
    // A column is named as in its part ("other" is part 四's 其他结果).
    for (const [col, c] of Object.entries(x.cells)) rows.push({ path: '', part: PART_ZH[x.part], row: x.label, column: cellColumnLabel(`${x.part}.${col}`).zh, value: c.value, printed: c.raw ?? '', state: c.state });
  }
  return rows;
}

const HEADER = ['path', '部分 part', '行 row', '列 column', '数值 value', '原文 printed', '状态 state'];

/** A spreadsheet would run text starting with = + - @ (or a tab/CR) as a formula: prefix it with '. Numbers stay numbers. */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function fields(r: CellRow): (string | number)[] {
  return [r.path, r.part, r.row, r.column, r.value ?? '', guardFormula(r.printed), r.state];
}

/** RFC 4180 CSV: text guarded against formulas, numbers left numbers. */
const quote = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (r: (string | number)[]) => r.map((v) => quote(typeof v === 'string' ? guardFormula(v) : v)).join(',');
// The BOM makes Excel read the Chinese labels as UTF-8.
const csvHeader = (header: string[]) => `\ufeff${header.map(quote).join(',')}`;

export function toCsv(ex: Export): string {
  return `${[csvHeader(HEADER), ...cellRows(ex).map((r) => csvLine(fields(r)))].join('\r\n')}\r\n`;
}

/**
 * Several reports as one table, for a batch (the CLI's --csv): every cell of every report, each row led by its
 * report's file, agency, year and template. Given as the header line and each report's lines, so that a batch is
 * written a report at a time rather than held whole. Lines are joined with CRLF.
 */
export const batchCsvHeader = () => csvHeader(['file', '机关 agency', '年度 year', '模板 format', ...HEADER]);

export function batchCsvLines(file: string, ex: Export): string[] {
  const { agency, year, format } = ex.report;
  return cellRows(ex).map((r) => csvLine([file, agency ?? '', year ?? '', format, ...fields(r)]));
}

export function toTsv(ex: Export): string {
  const clean = (v: string | number) => (typeof v === 'number' ? String(v) : guardFormula(v.replace(/[\t\r\n]+/g, ' ')));
  return [HEADER.join('\t'), ...cellRows(ex).map((r) => fields(r).map(clean).join('\t'))].join('\n') + '\n';
}

export function toMarkdown(ex: Export): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const r = ex.report;
  const lines = [
    `# ${esc(ex.source.title ?? '政府信息公开工作年度报告')}`,
    '',
    `- 机关 agency: ${esc(r.agency ?? '—')}`,
    `- 年度 year: ${r.year ?? '—'} · 模板 format: ${r.format}`,
    ex.source.url ? `- 来源 source: ${ex.source.url}` : '',
    '',
    '## 发现 Findings',
    '',
  ];
  if (!ex.findings.length) lines.push('未发现问题 / No findings.');
  for (const f of ex.findings) lines.push(`- **${f.severity}** \`${f.rule}\` ${esc(f.message.zh)} / ${esc(f.message.en)}`);
  lines.push('', '## 数据 Data', '', '| 部分 | 行 | 列 | 数值 | 原文 |', '|---|---|---|---:|---|');
  for (const c of cellRows(ex)) lines.push(`| ${c.part} | ${esc(c.row)} | ${esc(c.column)} | ${c.value ?? ''} | ${esc(c.printed)} |`);
  return lines.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n') + '\n';
}

export function toJson(ex: Export): string {
  return `${JSON.stringify(ex, null, 2)}\n`;
}

export const FORMATS = [
  { id: 'json', label: { zh: '复制 JSON', en: 'Copy JSON' }, mime: 'application/json', render: toJson },
  { id: 'csv', label: { zh: '复制 CSV', en: 'Copy CSV' }, mime: 'text/csv', render: toCsv },
  { id: 'tsv', label: { zh: '复制 TSV', en: 'Copy TSV' }, mime: 'text/tab-separated-values', render: toTsv },
  { id: 'markdown', label: { zh: '复制 Markdown', en: 'Copy Markdown' }, mime: 'text/markdown', render: toMarkdown },
] as const;
export type FormatId = (typeof FORMATS)[number]['id'];
