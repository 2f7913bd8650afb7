// CLI benchmark: audit time per report (the CLI's whole work from the HTML: its page tree parsed, the report read and
// checked) against parsing the same HTML into a DOM alone, as ratios measured in one run: for the summary the CLI
// prints by default, and with the export its --json, --ndjson and --csv print from. The DOM is linkedom's (patched
// as on install, scripts/patch-linkedom.mjs): the fastest of the two DOMs timed here, and the CLI's own until stop
// 36. Beside them, the CLI's tree alone and htmlparser2's tokenizing alone (no tree: the least any reading of the
// HTML costs), each against the DOM. Run: npm run bench:cli
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { Parser } from 'htmlparser2';
import { DOMParser } from 'linkedom';
import { checkReading } from '../src/audit/audit';
import { asWholePage, keptReading, parsePage, readPage } from '../src/cli/main';
import { inCmsShell } from './page-shell';

/** The floor: the page parsed into a DOM, linkedom's (as the CLI parsed it until stop 36). */
const domParse = (html: string) => new DOMParser().parseFromString(asWholePage(html), 'text/html');
/** The page's tags and texts, tokenized and dropped. */
const tokenize = (html: string) => new Parser({ onopentag() {}, ontext() {}, onclosetag() {} }).end(asWholePage(html));

const files = [
  ...readdirSync('tests/fixtures/reports').filter((f) => f.endsWith('.html')).map((f) => `tests/fixtures/reports/${f}`),
  ...['shuyang-fgj-2023.html', 'pingtan-2019.html'].map((f) => `../shared/reports/html/${f}`),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** ms per run of `fn`, over n runs. */
function batch(fn: () => void, n: number): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t0) / n;
}

/**
 * Parse-only and parse+audit batches, many and short, alternating (and which goes first alternating too), so that
 * drift hits both alike and each pays for collections in proportion to what it allocates. No collection is forced:
 * after a forced one V8 throws away the optimised code that held objects it freed ("weak objects"), linkedom's
 * parser among it, and the next fifty parses ran 2-5 times slower (stop 19): that was the method's cost, not the
 * audit's, and no run of the CLI forces collections. The summary and the export are each measured so, against
 * parse batches of their own: a third kind of batch in the same turns moved where collections fall, and with them
 * the export's ratio, by several per cent (stop 21).
 */
function against(html: string, audit: () => void, rounds = 40, n = 10): { parse: number; audit: number } {
  const parse = () => void domParse(html);
  for (let i = 0; i < 50; i++) (parse(), audit());
  const p: number[] = [];
  const a: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) (a.push(batch(audit, n)), p.push(batch(parse, n)));
    else (p.push(batch(parse, n)), a.push(batch(audit, n)));
  }
  return { parse: median(p), audit: median(a) };
}

/**
 * The export's figure and the summary's (the CLI's default output), in the order export, summary, summary, export,
 * each pair's figures the mean of its two: whichever of the two was measured first on a page read about 0.05× higher
 * than when measured second (stop 24: summary 1.44×, export 1.54× in that order; 1.48× and 1.49× the other way),
 * and the export had always gone first.
 */
function measure(html: string): { parse: number; audit: number; summaryParse: number; summary: number; tree: number; tokens: number } {
  // As the CLI does: the reading kept as a batch keeps it (detached from its page), then checked. A report alone
  // in its batch (each of these is) makes no record for next year's report (see previousRecords).
  const cliReading = () => keptReading(readPage(html));
  const withExport = () => against(html, () => void checkReading(cliReading()).export, 20);
  // The CLI's summary is made from the result; --json, --ndjson and --csv print from the export.
  const summary = () => against(html, () => void checkReading(cliReading()).findings, 20);
  const [e1, s1, s2, e2] = [withExport(), summary(), summary(), withExport()];
  const mean = (a: number, b: number) => (a + b) / 2;
  // The tree and the tokens as ratios to the DOM parse timed beside them.
  const tree = against(html, () => void parsePage(html), 10);
  const tokens = against(html, () => void tokenize(html), 10);
  return {
    parse: mean(e1.parse, e2.parse),
    audit: mean(e1.audit, e2.audit),
    summaryParse: mean(s1.parse, s2.parse),
    summary: mean(s1.audit, s2.audit),
    tree: tree.audit / tree.parse,
    tokens: tokens.audit / tokens.parse,
  };
}

function happyParse(html: string): number {
  const run = () => {
    const w = new Window();
    w.document.write(html);
    void w.document.body.childNodes.length;
    void w.happyDOM.close();
  };
  for (let i = 0; i < 3; i++) run();
  return median(Array.from({ length: 5 }, () => batch(run, 3)));
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:cli does)');

function table(title: string, pages: [string, string][]) {
  // linkedom first, every page, then happy-dom: a happy-dom window leaves much garbage behind, and the collection
  // between the two (outside any timed batch; each page's warm-up absorbs what follows it) clears it.
  const linked = pages.map(([, html]) => measure(html));
  gc!();
  const happy = pages.map(([, html]) => happyParse(html));
  gc!();
  console.log(`\n${title}`);
  console.log('report                          bytes     parse: DOM   happy-dom   tree  tokens     summary   ratio   with the export   ratio');
  let sp = 0;
  let ssp = 0;
  let ss = 0;
  let sa = 0;
  const ratios: number[] = [];
  const [trees, tokens]: number[][] = [[], []];
  pages.forEach(([name, html], i) => {
    const { parse, summaryParse, summary, audit, tree, tokens: tok } = linked[i];
    sp += parse;
    ssp += summaryParse;
    ss += summary;
    sa += audit;
    ratios.push(audit / parse);
    trees.push(tree);
    tokens.push(tok);
    console.log(
      `${name.padEnd(30)} ${String(html.length).padStart(7)} ${parse.toFixed(3).padStart(10)} ms ${happy[i].toFixed(2).padStart(8)} ms ${tree.toFixed(2).padStart(5)}× ${tok.toFixed(2).padStart(5)}× ${summary.toFixed(3).padStart(8)} ms ${(summary / summaryParse).toFixed(2).padStart(6)}× ${audit.toFixed(3).padStart(14)} ms ${(audit / parse).toFixed(2).padStart(6)}×`,
    );
  });
  console.log(
    `${'all'.padEnd(30)} ${' '.repeat(7)} ${sp.toFixed(3).padStart(10)} ms ${' '.repeat(11)} ${median(trees).toFixed(2).padStart(5)}× ${median(tokens).toFixed(2).padStart(5)}× ${ss.toFixed(3).padStart(8)} ms ${(ss / ssp).toFixed(2).padStart(6)}× ${sa.toFixed(3).padStart(14)} ms ${(sa / sp).toFixed(2).padStart(6)}×  (median per report ${median(ratios).toFixed(2)}×; target ≤ 1.5×)`,
  );
  console.log('  (tree, tokens: the CLI\'s page tree alone and htmlparser2\'s tokens alone, each ÷ the DOM parse; medians in the last line)');
}

const bodies = files.map((f) => [f.split('/').pop()!, readFileSync(f, 'utf8')] as [string, string]);
table('Article bodies as stored in the fixtures (the report alone):', bodies);
table('The same reports inside a typical government CMS page (menus, lists, scripts, footer):', bodies.map(([n, h], i) => [n, inCmsShell(h, i)]));
