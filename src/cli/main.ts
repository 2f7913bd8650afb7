// disclosure-lens FILE|DIR ... — audits saved report pages with the same core the extension runs.
// Exit status: 0 no error found, 1 errors found, 2 bad input (reported per file; the batch goes on).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkReading, detachedReading, previousOf, readDocument, type AuditOptions, type AuditResult, type Reading } from '../audit/audit';
import type { PreviousReport } from '../audit/context';
import type { Finding } from '../model/schema';
import { batchCsvHeader, batchCsvLines } from '../export/tabular';
import { TOOL_VERSION } from '../version';
import { decodeHtml, notHtmlReason } from './decode';
import { isSavedPage, savedPages } from './mhtml';
import { shownByMarkup } from '../page/copies';
import { parseTree, treeShortcuts } from './tree';
import { useClassTable } from '../text/normalize';
import { summary, tally, type Lang } from './format';

// Pages saved as HTML, and as one file (.mhtml from Chrome and Edge, .mht from IE and Word).
const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.mhtml', '.mht']);

const HELP = `disclosure-lens ${TOOL_VERSION} — 政府信息公开工作年度报告审读 / audits disclosure annual reports

用法 Usage: disclosure-lens [options] FILE|DIR ...

  --json        输出 JSON 导出（多个文件时为数组） print the JSON export (an array for several inputs)
  --ndjson      每行一个 JSON 对象 one JSON object per line, for big batches
  --csv         所有报告的全部单元格，一张表 every cell of every report in one CSV table
  --all-reports 一页有多份报告时逐份审读（记为 文件#2 …） check every report of a page that holds several (file#2 …)
  --lang zh|en  摘要只用一种语言 summary in one language (default: both)
  --no-color    不使用颜色 plain output
  -h, --help    帮助 this help
  -v, --version 版本 version

退出码 Exit status: 0 未发现错误 no error · 1 发现错误 errors found · 2 输入有误 bad input
目录中的网页文件（.html/.htm/.shtml，及“单个文件”网页 .mhtml/.mht）会被逐个审读；同一机关相邻年度的报告会互相核对。
Directories are searched for saved pages (.html/.htm/.shtml, and single-file .mhtml/.mht); reports of one agency in
consecutive years are checked against each other.`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

interface Loaded {
  file: string;
  html: string;
  /** Where the page was saved from, when the file says (a single-file page does); else the file's own URL. */
  url: string;
}

function expand(arg: string, bad: string[]): string[] {
  let st;
  try {
    st = statSync(arg);
  } catch {
    bad.push(`${arg}: 无法读取 cannot read (no such file or directory)`);
    return [];
  }
  if (st.isFile()) return [arg];
  if (!st.isDirectory()) {
    bad.push(`${arg}: 不是文件或目录 not a file or directory`);
    return [];
  }
  const found: string[] = [];
  for (const name of readdirSync(arg).sort()) {
    const p = join(arg, name);
    const s = statSync(p);
    if (s.isDirectory()) found.push(...expand(p, bad));
    else if (HTML_EXT.has(extname(name).toLowerCase())) found.push(p);
  }
  return found;
}

/**
 * The pages a file holds, to be tried in turn for the report: one for an HTML file; for a single-file page, the
 * page itself and then its frames (a report shown in a frame is saved as a frame's part). A string says why none.
 */
function load(file: string): Loaded[] | string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return `${file}: 无法读取 cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
  const fileUrl = pathToFileURL(resolve(file)).href;
  if (isSavedPage(bytes)) {
    const pages = savedPages(bytes);
    if (!pages.length) return `${file}: 单个文件网页中没有 HTML 页面 no HTML page in this single-file page`;
    return pages.map((p) => ({ file, html: decodeHtml(p.bytes, p.charset).text, url: p.url && /^https?:/i.test(p.url) ? p.url : fileUrl }));
  }
  const { text } = decodeHtml(bytes);
  const why = notHtmlReason(bytes, text);
  return why ? `${file}: ${why}` : [{ file, html: text, url: fileUrl }];
}

/** A saved page as the CLI's page tree (tree.ts); an article fragment (no <html>/<body>) as a page's body. */
export function parsePage(html: string): Document {
  return parseTree(asWholePage(html));
}

/** A saved article fragment (no <html>/<body>) as the body of a page, as a browser would take it. */
export const asWholePage = (html: string) =>
  /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;

/**
 * How the CLI reads a parsed page: hidden copies of the report told by the markup (there is no rendering), tables and
 * cells along the page tree (tree.ts), cells without their page elements (the CLI marks no page), and
 * characters classified from a table (useClassTable).
 */
export function cliReadOptions(doc: Document): Pick<AuditOptions, 'isShown' | 'shortcuts' | 'withElements'> {
  useClassTable();
  return { isShown: shownByMarkup(doc.body ?? doc.documentElement), shortcuts: treeShortcuts, withElements: false };
}

/** A saved page read as the CLI reads it (cliReadOptions). */
export function readPage(html: string, report = 0): Reading {
  return pageReader(parsePage(html))(report);
}

/** Reads one of a parsed page's reports; the page's other reports are read from the same parse and style scan. */
function pageReader(doc: Document): (report: number) => Reading {
  const opts = cliReadOptions(doc);
  return (report) => readDocument(doc, { ...opts, report });
}

/** A reading as a batch keeps it between its two passes: let go of its page (detachedReading). */
export function keptReading(page: Reading): Reading {
  return detachedReading(page);
}

const agencyKey = (a: string) => a.replace(/[()（）\s]/g, '');
const yearKey = ({ meta }: Reading, year: number) => `${agencyKey(meta.agency!)}|${year}`;

/**
 * Last year's records that the batch's reports compare against, by agency and year: made between the two passes,
 * and only for a report whose agency has the next year's report in the batch too (most batches hold one year of each
 * agency, and the record is two hundred values).
 */
export function previousRecords(readings: readonly Reading[]): Map<string, PreviousReport> {
  const wanted = new Set<string>();
  for (const r of readings) if (r.meta.agency && r.meta.year !== null) wanted.add(yearKey(r, r.meta.year - 1));
  const records = new Map<string, PreviousReport>();
  for (const r of readings) {
    if (!r.meta.agency || r.meta.year === null || !wanted.has(yearKey(r, r.meta.year))) continue;
    const me = previousOf(r);
    if (me) records.set(yearKey(r, r.meta.year), me);
  }
  return records;
}

/** Last year's record for a report, when the batch holds it. */
function previousFor(reading: Reading, records: Map<string, PreviousReport>): PreviousReport | null {
  const { agency, year } = reading.meta;
  return reading.isReport && agency && year !== null ? (records.get(yearKey(reading, year - 1)) ?? null) : null;
}

export function run(argv: string[], io: CliIO): number {
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const langAt = argv.indexOf('--lang');
  const lang: Lang = langAt >= 0 && (argv[langAt + 1] === 'zh' || argv[langAt + 1] === 'en') ? (argv[langAt + 1] as Lang) : 'both';
  const args = argv.filter((a, i) => !a.startsWith('-') && !(i === langAt + 1 && langAt >= 0));
  if (flags.has('-h') || flags.has('--help')) {
    io.out(HELP);
    return 0;
  }
  if (flags.has('-v') || flags.has('--version')) {
    io.out(TOOL_VERSION);
    return 0;
  }
  const unknown = [...flags].filter((f) => !['--json', '--ndjson', '--csv', '--no-color', '--lang', '--all-reports'].includes(f));
  const allReports = flags.has('--all-reports');
  if (unknown.length || !args.length) {
    io.err(unknown.length ? `未知选项 unknown option: ${unknown.join(' ')}\n\n${HELP}` : HELP);
    return 2;
  }
  const bad: string[] = [];
  const files = args.flatMap((a) => expand(a, bad));
  if (!files.length && !bad.length) bad.push(`${args.join(' ')}: 没有找到 HTML 文件 no HTML files found`);

  // First pass: read each page. Second: check it, with last year's report when the batch holds it. Between the
  // two a page is kept as its reading alone, without its DOM or its HTML: memory must not grow with the batch.
  const loaded: { file: string; url: string; reading: Reading }[] = [];
  const keep = (l: Loaded, page: Reading, file = l.file) => loaded.push({ file, url: l.url, reading: keptReading(page) });
  for (const f of files) {
    const pages = load(f);
    if (typeof pages === 'string') {
      bad.push(pages);
      continue;
    }
    try {
      let found: { l: Loaded; reading: Reading; read: (report: number) => Reading } | null = null;
      let older: number | null = null;
      let template = false;
      for (const l of pages) {
        const read = pageReader(parsePage(l.html));
        const reading = read(0);
        older ??= reading.olderFormatYear;
        template ||= reading.blankTemplate;
        if (reading.isReport && reading.olderFormatYear === null) {
          found = { l, reading, read };
          break;
        }
      }
      if (found) {
        keep(found.l, found.reading);
        // A page holding several reports: each of the others as an input of its own, "file#2", "file#3"…
        for (let k = 1; allReports && k <= found.reading.moreReports; k++) {
          const reading = found.read(k);
          if (reading.report !== k || !reading.isReport) break;
          keep(found.l, reading, `${found.l.file}#${k + 1}`);
        }
      }
      else if (template) bad.push(`${f}: 页面是年度报告格式的空白样表，不是机关的报告，不核对 the page shows the report template's blank tables, not an agency's report: not checked`);
      else if (older !== null) bad.push(`${f}: ${older} 年度报告按 2019 年以前的旧格式编制，不核对 the report for ${older} uses the format before 2019 and is not checked`);
      else bad.push(`${f}: 页面中没有找到政府信息公开年度报告 no disclosure annual report found in this page`);
    } catch (e) {
      bad.push(`${f}: 无法解析 could not be read (${String(e)})`);
    }
  }
  const records = previousRecords(loaded.map((l) => l.reading));

  // Every output is written as each report is checked, so that a batch's exports are never held together.
  const mode = flags.has('--ndjson') ? 'ndjson' : flags.has('--csv') ? 'csv' : flags.has('--json') ? 'json' : 'summary';
  const color = io.isTTY && !flags.has('--no-color');
  // One input holding one report prints its export alone; anything else, an array.
  const single = mode === 'json' && files.length === 1 && loaded.length === 1;
  const jsonItems = oneBehind(io.out, ',');
  const csvParts = oneBehind(io.out, '\r'); // io.out ends each part with \n: the table's lines end in CRLF
  if (mode === 'csv') csvParts.add(batchCsvHeader());
  const outcomes: { findings: Finding[] }[] = [];
  const audited = new Set<string>();
  // Each reading is let go once checked: memory falls as the second pass goes.
  for (let next = loaded.shift(); next; next = loaded.shift()) {
    const { file, url, reading } = next;
    const previous = previousFor(reading, records);
    let result: AuditResult;
    try {
      result = checkReading(reading, { url, previous });
    } catch (e) {
      bad.push(`${file}: 无法核对 could not be checked (${String(e)})`);
      continue;
    }
    outcomes.push({ findings: result.findings });
    audited.add(file);
    if (mode === 'summary') {
      if (outcomes.length > 1) io.out('');
      // Made from the result: the summary needs no export (two hundred cell records and the nested report).
      const { title, agency, year, format, findings } = result;
      const summarised = { source: { title }, report: { agency, year, format }, findings };
      // With --all-reports, the other reports of a page are summarised too: no note that only one was checked.
      io.out(summary(file, summarised, { color, lang }, { partial: result.partial, moreReports: allReports ? 0 : result.moreReports }));
      continue;
    }
    const ex = result.export;
    if (mode === 'ndjson') io.out(JSON.stringify(ex));
    else if (mode === 'csv') csvParts.add(batchCsvLines(file, ex).join('\r\n'));
    else if (single) io.out(JSON.stringify(ex, null, 2));
    else if (mode === 'json') {
      if (outcomes.length === 1) io.out('[');
      // An item of JSON.stringify(array, null, 2): indented by two (a string in JSON holds no raw newline).
      jsonItems.add(`  ${JSON.stringify(ex, null, 2).replace(/\n/g, '\n  ')}`);
    }
  }
  if (mode === 'csv') csvParts.end();
  else if (mode === 'json' && !(single && outcomes.length)) io.out(jsonItems.end() ? ']' : '[]');
  for (const b of bad) io.err(`disclosure-lens: ${b}`);
  // A batch's summary ends with its tally, after the files it could not audit: what someone checking many sites
  // reads first.
  if (mode === 'summary' && files.length > 1) io.out(`\n${tally(outcomes, files.filter((f) => !audited.has(f)).length, lang, files.length)}`);
  if (bad.length) return 2;
  return outcomes.some((o) => o.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * Writes parts that are separated by `separator`, appended to a part once the next one comes: so each part is
 * written one behind, and nothing more is held. `end` writes the last part and says whether there was any.
 */
function oneBehind(out: (s: string) => void, separator: string) {
  let held: string | null = null;
  return {
    add(part: string) {
      if (held !== null) out(held + separator);
      held = part;
    },
    end(): boolean {
      if (held === null) return false;
      out(held);
      return true;
    },
  };
}
