// fast-check generators of report pages: consistent by construction (every identity holds), in random layouts,
// with blanks, none-marks, units and thousands separators; and hostile variants for the never-throw property.
import fc from 'fast-check';
import { cellPaths, rowPaths } from '../../src/model/paths';
import { CASE_COLUMNS, REQUEST_COLUMNS, type Format } from '../../src/model/schema';
import { baseSpec } from '../fixtures/rules/cases';
import { buildReportHtml, type Layout, type ReportSpec } from '../support/report-html';
import type { LinesShape } from '../support/text-lines';

const OUTCOME_EXCLUDED = new Set(['requests.newReceived', 'requests.carriedOver', 'requests.outcomesTotal', 'requests.carriedForward']);

export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  wrap: fc.constantFrom(undefined, 'layoutTable' as const, 'div' as const),
  part2: fc.constantFrom('one' as const, 'four' as const),
  part2Merged: fc.constantFrom(false, false, false, true),
  part2Bare: fc.constantFrom(false, false, false, true),
  split3At: fc.constantFrom(undefined, 'notProcessed.complaint', 'denied.thirdParty', 'outcomesTotal', 'unavailable.notHeld'),
  splitExtraColumn: fc.boolean(),
  oneTable: fc.boolean(),
  cellStyle: fc.constantFrom('word' as const, 'plain' as const, 'bare' as const),
  brokenLabels: fc.boolean(),
  nbspPadding: fc.boolean(),
  headingTag: fc.constantFrom('p' as const, 'strong' as const, 'h3' as const),
  border: fc.constantFrom('0' as const, '1' as const),
  leadingEmptyColumn: fc.boolean(),
  outcomesRowspanOff: fc.constantFrom(undefined, undefined, -2, -1, 1, 2),
  splitBare: fc.boolean(),
  traditional: fc.constantFrom(false, false, false, true),
  flatHeaders: fc.boolean(),
  listedRequests: fc.constantFrom(false, false, false, true),
  reviewMatrix: fc.constantFrom(false, false, false, true),
  rowTables: fc.constantFrom(false, false, false, true),
  stripSpans: fc.constantFrom(false, false, false, true),
});

/** How a number is printed: plain, with a unit, with thousands separators, full-width digits; 0 sometimes "—". */
const printArb = fc.constantFrom('plain', 'unit', 'sep', 'fullwidth', 'dash');
function print(n: number, how: string): string {
  if (how === 'dash' && n === 0) return '—';
  if (how === 'unit') return `${n}件`;
  if (how === 'sep') return n.toLocaleString('en-US');
  if (how === 'fullwidth') return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return String(n);
}

export interface Generated {
  format: Format;
  values: Record<string, number>;
  spec: ReportSpec;
  /** The tables laid out as lines of text in this shape (tests/support/text-lines.ts), or left as tables. */
  lines?: LinesShape;
}

/** A report whose tables are consistent by construction. */
export const consistentReportArb: fc.Arbitrary<Generated> = fc
  .record({
    format: fc.constantFrom('2021' as const, '2019' as const),
    seed: fc.array(fc.nat({ max: 400 }), { minLength: 400, maxLength: 400 }),
    big: fc.boolean(),
    layout: layoutArb,
    how: printArb,
    blanks: fc.array(fc.nat({ max: 10_000 }), { maxLength: 6 }),
    lines: fc.constantFrom<LinesShape | undefined>(undefined, undefined, undefined, undefined, undefined, undefined, 'rows', 'centered', 'wrapped', 'br', 'cells'),
  })
  .map(({ format, seed, big, layout, how, blanks, lines }) => {
    let i = 0;
    const next = (max: number) => (seed[i++ % seed.length] * (big ? 7919 : 1)) % (max + 1);
    const v: Record<string, number> = {};
    // Part 三: outcomes per column, then totals, then the balance.
    const rows = rowPaths(format, 'requests');
    const outcomeRows = rows.filter((r) => !OUTCOME_EXCLUDED.has(r));
    const parts = REQUEST_COLUMNS.filter((c) => c !== 'total');
    for (const r of outcomeRows) for (const c of parts) v[`${r}.${c}`] = next(big ? 2_000_000 : 3) === 0 ? next(big ? 2_000_000 : 9) : 0;
    for (const c of parts) {
      v[`requests.outcomesTotal.${c}`] = outcomeRows.reduce((a, r) => a + v[`${r}.${c}`], 0);
      v[`requests.carriedForward.${c}`] = next(2);
      v[`requests.carriedOver.${c}`] = Math.min(next(2), v[`requests.outcomesTotal.${c}`] + v[`requests.carriedForward.${c}`]);
      v[`requests.newReceived.${c}`] = v[`requests.outcomesTotal.${c}`] + v[`requests.carriedForward.${c}`] - v[`requests.carriedOver.${c}`];
    }
    for (const r of rows) v[`${r}.total`] = parts.reduce((a, c) => a + v[`${r}.${c}`], 0);
    // Part 四.
    for (const g of ['review', 'litigationDirect', 'litigationAfterReview']) {
      const ps = CASE_COLUMNS.filter((c) => c !== 'total').map((c) => (v[`reviewLitigation.${g}.${c}`] = next(3)));
      v[`reviewLitigation.${g}.total`] = ps.reduce((a, b) => a + b, 0);
    }
    // Part 二: in force never below issued − repealed; 2019 changes keep items non-negative.
    for (const p of cellPaths(format, 'activeDisclosure')) v[p] = next(50);
    for (const row of ['regulations', 'normativeDocuments']) {
      const r = `activeDisclosure.${row}`;
      if (format === '2021') v[`${r}.inForce`] = Math.max(v[`${r}.inForce`], v[`${r}.issued`]);
      else v[`${r}.publishedTotal`] = Math.max(v[`${r}.publishedTotal`], v[`${r}.newlyPublished`]);
    }
    if (format === '2019') for (const p of Object.keys(v)) if (p.endsWith('.change')) v[p] = -Math.min(v[p], v[p.replace('change', 'previousItems')]);
    const printed: Record<string, string> = {};
    for (const [p, n] of Object.entries(v)) printed[p] = p.endsWith('.change') && n > 0 ? `+${n}` : print(n, how);
    const paths = Object.keys(printed);
    // A blank cell leaves no word on a line of text, and nothing says which count is missing: laid out as lines, no
    // cell is left blank. A layout table is no table laid out as lines (its cells hold the report's prose).
    if (!lines) for (const b of blanks) printed[paths[b % paths.length]] = '';
    if (lines && layout.wrap === 'layoutTable') layout = { ...layout, wrap: 'div' };
    const spec = baseSpec(format, format === '2021' ? 2024 : 2020);
    return { format, values: v, lines, spec: { ...spec, values: printed, layout, prose: { overview: ['本年度工作平稳有序推进。'], problems: ['队伍建设仍需加强。'], otherMatters: ['本年度未收取信息处理费。'] } } };
  });

/** Unicode junk of every kind, including what breaks naive parsers. */
export const junkArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '&nbsp;&#12288;', '\u202e\u200b\ufeff', '１，０３６件', '-0', '1e999', '9'.repeat(40), '（七）总计', '申请人情况', '第二十条第（一）项'),
);

/** A page built from a consistent report and then damaged at random: the core must still answer. */
export const hostileHtmlArb: fc.Arbitrary<string> = fc
  .record({
    base: consistentReportArb,
    junk: fc.array(junkArb, { maxLength: 12 }),
    spans: fc.array(fc.tuple(fc.nat({ max: 400 }), fc.constantFrom('rowspan', 'colspan'), fc.constantFrom('0', '-3', '999999', 'x', '2', '40')), { maxLength: 10 }),
    omit: fc.array(fc.constantFrom(...rowPaths('2021', 'requests')), { maxLength: 5 }),
    duplicate: fc.boolean(),
    depth: fc.nat({ max: 3000 }),
    negative: fc.boolean(),
  })
  .map(({ base, junk, spans, omit, duplicate, depth, negative }) => {
    const values = { ...base.spec.values! };
    const keys = Object.keys(values);
    junk.forEach((j, i) => (values[keys[(i * 37) % keys.length]] = j));
    if (negative) values[keys[3]] = '-12';
    let html = buildReportHtml({ ...base.spec, values, omitRows: omit, tail: junk.map((j) => `<p>${j}</p>`).join('') });
    let n = 0;
    html = html.replace(/<td/g, (m) => {
      const s = spans.find(([at]) => at === n);
      n++;
      return s ? `<td ${s[1]}="${s[2]}"` : m;
    });
    if (duplicate) html = html.replace(/(<tr>(?:(?!<\/tr>).)*重复申请(?:(?!<\/tr>).)*<\/tr>)/s, '$1$1');
    if (depth) html = html.replace('<div class="article-content">', `${'<div>'.repeat(depth)}<div class="article-content">`);
    return html;
  });

/** A count as reports write it: digits, or Chinese numerals under a hundred ("十四", "两"). */
function spoken(n: number, chinese: boolean): string {
  if (!chinese || n >= 100) return String(n);
  const d = '零一二三四五六七八九';
  if (n === 2) return '两';
  if (n < 10) return d[n];
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${n % 10 ? d[n % 10] : ''}`;
}

const ORGANISATION_NAMES: [string, string][] = [
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['nonprofit', '社会公益组织'],
  ['legal', '法律服务机构'],
  ['other', '其他'],
];

/**
 * The report's text restating its own tables, in the wordings real reports use (the counts of requests, by
 * applicant, carried over and forward, each outcome, concluded; reviews and lawsuits; none where there were none),
 * each sentence kept or left out at random. Every count agrees with the table.
 */
export function restatingProse(format: Format, year: number, v: Record<string, number>, keep: boolean[], chinese: boolean): string[] {
  const sum = (prefix: string) => Object.entries(v).filter(([p]) => p.startsWith(prefix) && p.endsWith('.total')).reduce((a, [, n]) => a + n, 0);
  const n = (x: number) => spoken(x, chinese);
  const fresh = v['requests.newReceived.total'];
  const carried = v['requests.carriedOver.total'];
  const natural = v['requests.newReceived.natural'];
  const organisations = ORGANISATION_NAMES.reduce((a, [c]) => a + v[`requests.newReceived.${c}`], 0);
  const review = v['reviewLitigation.review.total'];
  const lawsuits = v['reviewLitigation.litigationDirect.total'] + v['reviewLitigation.litigationAfterReview.total'];
  const listed = ORGANISATION_NAMES.filter(([c]) => v[`requests.newReceived.${c}`] > 0).map(([c, name]) => `、${name}${n(v[`requests.newReceived.${c}`])}件`);
  const sentences = [
    fresh === 0 ? '本年度未收到政府信息公开申请。' : `本年度共收到政府信息公开申请${n(fresh)}件，其中自然人申请${n(natural)}件，法人或其他组织申请${n(organisations)}件。`,
    `${year}年，本机关新收政府信息公开申请${n(fresh)}件，上年结转${n(carried)}件。`,
    fresh > 0 && organisations === 0 ? `本年度共收到政府信息公开申请${n(fresh)}件，均为自然人提出。` : `共受理政府信息公开申请${n(fresh)}件，其中：自然人${n(natural)}件${listed.join('')}。`,
    `共收到政府信息公开申请${n(fresh + carried)}件（含上年结转${n(carried)}件）。`,
    `全年共办结政府信息公开申请${n(v['requests.outcomesTotal.total'])}件，结转下年度继续办理${n(v['requests.carriedForward.total'])}件。`,
    `办理结果：予以公开${n(v['requests.granted.total'])}件，部分公开${n(v['requests.partiallyGranted.total'])}件，不予公开${n(sum('requests.denied.'))}件，无法提供${n(sum('requests.unavailable.'))}件，不予处理${n(sum('requests.notProcessed.'))}件，其他处理${n(sum('requests.otherHandling.'))}件。`,
    `其中${n(v['requests.granted.total'])}件予以公开，${n(v['requests.partiallyGranted.total'])}件部分公开。`,
    `本机关不掌握相关政府信息${n(v['requests.unavailable.notHeld.total'])}件，重复申请${n(v['requests.notProcessed.duplicate.total'])}件。`,
    review + lawsuits === 0 ? '本年度未发生因政府信息公开引起的行政复议、行政诉讼。' : `因政府信息公开被申请行政复议${n(review)}件，提起行政诉讼${n(lawsuits)}件。`,
  ];
  // Counts by channel, then their whole (a real 2024 district report's wording); a total whose part is broken down
  // after a second 其中 (TEXT-SUM). The channel split and the disclosure counts need not match any table.
  const online = Math.floor(fresh / 2);
  sentences.push(
    `本年度共收到群众网上申请${n(online)}件，快递${n(fresh - online)}件，合计${n(fresh)}件。`,
    `全年共主动公开政府信息${n(fresh + carried + 5)}条，其中，门户网站发布${n(fresh + 3)}条，其中政策文件${n(1)}条；政务新媒体发布${n(carried + 2)}条。`,
  );
  // Stop 40's wordings, each agreeing with the table or claiming nothing about it: outcomes and cases given 分别, a
  // count first after the words of handling, every request granted (only where all were), a change on last year, the
  // agency's documents and its legal work at large, and a total with its change before its parts.
  const granted = v['requests.granted.total'];
  const partly = v['requests.partiallyGranted.total'];
  sentences.push(
    `经审查，予以公开、部分公开分别为${n(granted)}件、${n(partly)}件。`,
    `行政复议和行政诉讼分别为${n(review)}件和${n(lawsuits)}件。`,
    `经审查${n(granted)}件予以公开，对其中${n(partly)}件部分公开。`,
    `本年度收到政府信息公开申请较上年减少${n(2)}件，全年审查公文${n(fresh + 20)}件，予以公开${n(granted + 10)}件。`,
    `负责人出庭应诉率100%，行政诉讼案件${n(lawsuits + 30)}件。`,
    `全年主动公开政府信息${n(fresh + 40)}条，较上年增加${n(7)}条，其中网站${n(fresh + 10)}条，微博${n(30)}条。`,
  );
  // Stop 41's: requests received and their applicants given 分别, two years' counts given 分别 (not paired), reviews
  // named 政府信息公开类, all the agency's reviews with the disclosure ones a part, 均予以公开 limited before it, and
  // claims about every case limited to some, and several years' figures.
  sentences.push(
    `本年度新收、上年结转政府信息公开申请分别为${n(fresh)}件、${n(carried)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，其中自然人、法人或其他组织分别为${n(natural)}件、${n(organisations)}件。`,
    `${year - 1}年、${year}年收到政府信息公开申请分别为${n(fresh + 3)}件、${n(fresh)}件。`,
    `${year}年、${year - 1}年收到政府信息公开申请分别为${n(fresh)}件、${n(fresh + 3)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，依法应当公开的，均予以公开。`,
    `近三年来共收到政府信息公开申请${n(fresh + 20)}件，予以公开${n(granted + 10)}件。`,
    `因政府信息公开被申请行政复议${n(review)}件，已作出复议决定的均获维持，除${n(1)}件外均已审结。`,
    `全年共发生政府信息公开类行政复议案件${n(review)}件。本年度共有行政复议案件${n(review + 30)}件，其中政府信息公开类${n(review)}件。`,
  );
  // Stop 42's: the requests' count named itself, the count answered, some answered on time, cases counted first,
  // applicants and a row in brackets, and both kinds of case together (of all the agency's cases, the disclosure ones
  // a part).
  sentences.push(
    `本年度政府信息公开申请量为${n(fresh)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，已答复${n(v['requests.outcomesTotal.total'])}件，按时答复${n(Math.max(0, v['requests.outcomesTotal.total'] - 1))}件。`,
    `本年度共有${n(review)}件政府信息公开行政复议案件。`,
    `全年共办理政府信息公开申请${n(fresh + carried)}件，其中本年度新收${n(fresh)}件，上年结转${n(carried)}件。`,
    `本年度共新收政府信息公开申请${n(fresh)}件，较上年增加${n(4)}件。按申请人类型分，自然人${n(natural)}件，法人或其他组织${n(organisations)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件（自然人${n(natural)}件，法人或其他组织${n(organisations)}件），其中不予公开${n(sum('requests.denied.'))}件（其中涉及第三方合法权益${n(v['requests.denied.thirdParty.total'])}件）。`,
    `涉及政府信息公开的行政复议和行政诉讼案件共${n(review + lawsuits)}件。全年共发生行政复议和行政诉讼案件共${n(review + lawsuits + 40)}件，其中涉及政府信息公开的${n(review + lawsuits)}件。`,
  );
  // Stop 43's: two verbs joined by 、, a count broken down by applicant in brackets, the last year's carried over by
  // its number, the cases' outcomes in brackets in other words, messages answered in the outcomes' words, a list whose
  // 其他 is the kinds it does not name or 法人 beside 其他组织, applicants after channels (从申请主体看), outcomes worded
  // (含部分公开), 作出…答复 and row-then-group, both kinds of case joined and counted together, and the parts of a
  // total before it, or before it again (TEXT-SUM).
  sentences.push(
    `本年度共收到政府信息公开申请${n(fresh)}件，予以公开${n(granted)}件（其中自然人${n(v['requests.granted.natural'])}件）。`,
    `全年新增政府信息公开申请${n(fresh)}件，加上${year - 1}年结转的${n(carried)}件，共计需办理${n(fresh + carried)}件。`,
    `全年处理网民留言${n(fresh + 20)}件，予以公开答复${n(fresh + 20)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，其中予以公开（含部分公开）${n(granted + partly)}件，作出不予公开答复${n(sum('requests.denied.'))}件，涉及第三方合法权益不予公开${n(v['requests.denied.thirdParty.total'])}件。`,
    `全年共接收、办理政府信息公开申请${n(fresh)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，对其中${n(granted)}件作出予以公开答复，不公开${n(sum('requests.denied.'))}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，其中群众个人申请${n(natural)}件；企业法人申请${n(v['requests.newReceived.commercial'])}件，其他申请${n(organisations - v['requests.newReceived.commercial'])}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，其中自然人${n(natural)}件，法人${n(v['requests.newReceived.commercial'])}件，其他组织${n(organisations - v['requests.newReceived.commercial'])}件。`,
    `全年共受理政府信息公开申请${n(fresh)}件。从申请渠道看，网上申请${n(online)}件，信函申请${n(fresh - online)}件；从申请主体看，以自然人名义提出${n(natural)}件，以法人或其他组织名义提出${n(organisations)}件。`,
    `全年共发生政府信息公开行政复议、行政诉讼案件${n(review + lawsuits)}件，其中行政复议${n(review)}件，行政诉讼${n(lawsuits)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，其中公民申请${n(natural)}件，企业申请${n(v['requests.newReceived.commercial'])}件，其他组织申请${n(organisations - v['requests.newReceived.commercial'])}件。`,
    `全年通过门户网站发布信息${n(fresh + 100)}条，政务微博发布${n(carried + 30)}条，共计${n(fresh + carried + 130)}条。`,
    `全年发布信息${n(fresh + 50)}条，其中网站${n(fresh)}条、微信${n(50)}条，合计${n(fresh + 50)}条。`,
    `因政府信息公开被申请行政复议${n(review)}件（维持原行政行为${n(v['reviewLitigation.review.upheld'])}件，尚在审理中${n(v['reviewLitigation.review.pending'])}件），被提起行政诉讼${n(lawsuits)}件（维持${n(v['reviewLitigation.litigationDirect.upheld'] + v['reviewLitigation.litigationAfterReview.upheld'])}件）。`,
  );
  // Stop 44's: the count first behind 的 and counts by applicant written count first, the count named 受理量, 办结量,
  // 上年结转数量 and 予以公开数量, 新收 in brackets after a count, the requests to handle (new + carried over), 公民个人,
  // 公开 alone opening a list of outcomes, the count concluded after a semicolon, cases after 涉及 or 产生 (依申请 named
  // beside the review body), 依申请公开办件, a list by applicant after "按照申请人类别" (其他 after 自然人 alone),
  // the reviews' outcomes after "行政复议结果", and the count concluded in the sentence after the requests'.
  sentences.push(
    `全年收到的${n(fresh)}件申请中，${n(natural)}件为自然人提出，${n(organisations)}件为法人或其他组织提出。`,
    `本年度政府信息公开申请受理量为${n(fresh)}件，办结量为${n(v['requests.outcomesTotal.total'])}件，上年结转数量为${n(carried)}件，予以公开数量为${n(granted)}件。`,
    `本年度办理政府信息公开申请共计${n(fresh + carried)}件（新收${n(fresh)}件、上年结转${n(carried)}件）。`,
    `全年共收到政府信息公开申请${n(fresh)}件，上年结转${n(carried)}件，共需办理${n(fresh + carried)}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件，其中公民个人提出${n(natural)}件。答复结果为：公开${n(granted)}件，部分公开${n(partly)}件。`,
    `本年度共受理政府信息公开申请${n(fresh)}件，其中网上受理${n(online)}件、现场受理${n(fresh - online)}件；办结${n(v['requests.outcomesTotal.total'])}件。`,
    `本年度依申请公开办件${n(fresh)}件。按照申请人类别，自然人${n(natural)}件，其他${n(organisations)}件。`,
    `行政复议结果：维持${n(v['reviewLitigation.review.upheld'])}件，尚未审结${n(v['reviewLitigation.review.pending'])}件。`,
    `本年度共收到政府信息公开申请${n(fresh)}件。截至12月31日，共办结${n(v['requests.outcomesTotal.total'])}件。同时受理政务热线诉求${n(fresh + 100)}件，办结${n(fresh + 100)}件。`,
    `全年我局政府信息公开工作共涉及行政复议${n(review)}件。因依申请公开答复产生行政诉讼${n(lawsuits)}件，经复议机关和法院审理。`,
  );
  if (granted > 0 && granted === v['requests.outcomesTotal.total']) sentences.push(`本年度共收到政府信息公开申请${n(fresh)}件，均予以公开。`);
  if (format === '2021') sentences.push(`其中逾期未补正${n(v['requests.otherHandling.noCorrection.total'])}件，信访举报投诉类申请${n(v['requests.notProcessed.complaint.total'])}件。`);
  return sentences.filter((_, i) => keep[i % keep.length]);
}

/** A report consistent by construction whose text restates its tables (no cell left blank: the text would count it). */
export const restatedReportArb: fc.Arbitrary<Generated & { prose: string[] }> = fc
  .record({ g: consistentReportArb, keep: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), chinese: fc.boolean() })
  .map(({ g, keep, chinese }) => {
    const values = { ...g.spec.values };
    for (const [p, printed] of Object.entries(values)) if (printed === '') values[p] = String(g.values[p]);
    const prose = restatingProse(g.format, g.format === '2021' ? 2024 : 2020, g.values, keep, chinese);
    return { ...g, prose, spec: { ...g.spec, values, prose: { ...g.spec.prose, overview: [...prose, ...(g.spec.prose?.overview ?? [])] } } };
  });
