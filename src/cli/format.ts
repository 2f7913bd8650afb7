// The readable summary: what a person auditing a batch scans first.
import { makeT } from '../i18n/messages';
import type { Export, Finding } from '../model/schema';

const ZH = makeT(undefined, 'zh');
const EN = makeT(undefined, 'en');

const MARK = { error: '✖', warning: '▲', review: '?', info: 'i' } as const;
const COLOR = { error: 31, warning: 33, review: 36, info: 34 } as const;

export type Lang = 'zh' | 'en' | 'both';

// Control characters from the page (an escape sequence in a title, a link's text) would drive the reader's terminal:
// each is shown as U+FFFD instead. The summary's own colours are added after.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const printable = (s: string) => s.replace(CONTROL, '\ufffd');

/**
 * What a summary prints of an audit: the title, agency, year and format, and the findings. An export has all of it,
 * but the CLI's summary is made from the audit's result, without building the export's two hundred cells.
 */
export interface Summarised {
  source: Pick<Export['source'], 'title'>;
  report: Pick<Export['report'], 'agency' | 'year' | 'format'>;
  findings: Finding[];
}

/** What the audit says about the page beside its findings. */
export interface PageNotes {
  partial: boolean;
  moreReports: number;
}

export function summary(file: string, ex: Summarised, opts: { color: boolean; lang: Lang }, notes: PageNotes = { partial: false, moreReports: 0 }): string {
  const paint = (code: number, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[0m` : s);
  const r = ex.report;
  const counts = { error: 0, warning: 0, review: 0, info: 0 };
  for (const f of ex.findings) counts[f.severity]++;
  const lines = [
    paint(1, printable(ex.source.title ?? '(无标题 / no title)')),
    dim(`  ${printable(file)}`),
    `  机关 agency: ${printable(r.agency ?? '—')} · 年度 year: ${r.year ?? '—'} · 模板 format: ${r.format}`,
    `  ${paint(COLOR.error, `${MARK.error} ${counts.error} 错误 error`)}  ${paint(COLOR.warning, `${MARK.warning} ${counts.warning} 警告 warning`)}  ${paint(COLOR.review, `${MARK.review} ${counts.review} 待核 review`)}  ${paint(COLOR.info, `${MARK.info} ${counts.info} 提示 info`)}`,
  ];
  // The popup's own sentences (src/i18n/messages.ts), in the summary's languages.
  const note = (key: 'partial' | 'moreReports', ...subs: string[]) => {
    const [zh, en] = [ZH(key, ...subs), EN(key, ...subs)];
    lines.push(paint(COLOR.warning, `  ! ${opts.lang === 'en' ? en : opts.lang === 'zh' ? zh : `${zh} ${en}`}`));
  };
  if (notes.partial) note('partial');
  if (notes.moreReports) note('moreReports', String(notes.moreReports));
  if (!ex.findings.length) lines.push(`  ${paint(32, '✔ 未发现问题 no findings')}`);
  for (const f of ex.findings) lines.push(...findingLines(f, opts.lang, paint, dim));
  return lines.join('\n');
}

/** One line for a batch: how many reports had errors, warnings or nothing, and how many files were not audited. */
export function tally(reports: { findings: Finding[] }[], notAudited: number, lang: Lang, files = reports.length + notAudited): string {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    if (r.findings.some((f) => f.severity === 'error')) errors++;
    else if (r.findings.some((f) => f.severity === 'warning' || f.severity === 'review')) warnings++;
  }
  const clean = reports.length - errors - warnings;
  const zh = `共 ${files} 个文件：审读 ${reports.length} 份报告，${errors} 份有错误，${warnings} 份有警告或待核，${clean} 份无错误和警告${notAudited ? `；${notAudited} 个文件未审读（见上方说明）` : ''}`;
  const en = `${files} files: ${reports.length} reports audited, ${errors} with errors, ${warnings} with warnings or items to review, ${clean} with neither${notAudited ? `; ${notAudited} not audited (see the messages above)` : ''}`;
  return lang === 'zh' ? zh : lang === 'en' ? en : `${zh}\n${en}`;
}

function findingLines(f: Finding, lang: Lang, paint: (c: number, s: string) => string, dim: (s: string) => string): string[] {
  const cells = f.cells.length ? ` ${dim(f.cells.length > 3 ? `${f.cells.slice(0, 3).join(', ')} …(+${f.cells.length - 3})` : f.cells.join(', '))}` : '';
  const out = [`  ${paint(COLOR[f.severity], `${MARK[f.severity]} ${f.rule}`)}${cells}`];
  const zh = printable(f.message.zh);
  const en = printable(f.message.en);
  if (lang !== 'en') out.push(`      ${zh}`);
  if (lang !== 'zh') out.push(lang === 'both' ? dim(`      ${en}`) : `      ${en}`);
  return out;
}
