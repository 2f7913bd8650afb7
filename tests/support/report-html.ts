// Builds report pages in the shapes government sites publish (Word-pasted cells, merged labels, broken tables,
// layout tables, one big table). Used to make the committed fixtures, the fuzz cases and the benchmark pages.
import { cellPaths } from '../../src/model/paths';
import type { Format } from '../../src/model/schema';
import { toTraditional } from './traditional';

export type PartKey = 'overview' | 'activeDisclosure' | 'requests' | 'reviewLitigation' | 'problems' | 'otherMatters';
export type CellStyle = 'word' | 'plain' | 'bare';

export interface Layout {
  /** Wrap the article in a layout table (as many CMSs do). */
  wrap?: 'layoutTable' | 'div';
  /** Part 二 as one table or as four. */
  part2?: 'one' | 'four';
  /**
   * Part 二's three-column blocks merged as Word leaves them (a real 2019 page's shape): the header's second name
   * spans two columns, each row's first count spans the two before it.
   */
  part2Merged?: boolean;
  /** Part 二's one-count blocks (2021: 行政许可, 行政处罚, 收费) without their "信息内容" header row. */
  part2Bare?: boolean;
  /** Break the part 三 table before this row key (as a page break in Word does). */
  split3At?: string;
  /** The second half of a broken part 三 table has an extra empty leading column. */
  splitExtraColumn?: boolean;
  /** Parts 二, 三, 四 in one single table, with the headings as full-width rows. */
  oneTable?: boolean;
  cellStyle?: CellStyle;
  /** Break labels with spaces, <br> and span splits ("自然 人"). */
  brokenLabels?: boolean;
  /** Pad numbers with &nbsp; on either side. */
  nbspPadding?: boolean;
  headingTag?: 'p' | 'strong' | 'h3';
  border?: '0' | '1';
  /** An empty first cell on every row of the report's tables (a narrow spacer column Word keeps). */
  leadingEmptyColumn?: boolean;
  /**
   * Part 三's "三、本年度办理结果" cell spans this many rows too many (or, negative, too few): Word's miscounted
   * rowspans, which push the rows after it right or pull the last outcome rows left.
   */
  outcomesRowspanOff?: number;
  /**
   * The second half of a broken part 三 table repeats none of the merged labels cut at the break: its first rows
   * carry their own label alone (as when a table is cut in two by hand).
   */
  splitBare?: boolean;
  /** The whole page as a site's 繁體 button shows it: every character converted to Traditional by OpenCC (cn → tw). */
  traditional?: boolean;
  /**
   * Part 三's header with "自然人" and "总计" not spanning down: empty cells stand under them in the next header row
   * (as CMS editors leave them), and part 四's review results likewise.
   */
  flatHeaders?: boolean;
  /**
   * Part 三 as a plain list, as some editors retype it: one header row naming the seven columns under "项目", 总计
   * first, and one label cell per row with the group's name inside it ("（三）不予公开 1.属于国家秘密").
   */
  listedRequests?: boolean;
  /** Part 四 as a matrix: a row per group (行政复议, and 行政诉讼 spanning its two kinds), a column per result. */
  reviewMatrix?: boolean;
  /** Every row of the report's tables a table of its own, as a site that converts a Word table row by row gives it. */
  rowTables?: boolean;
  /** Every rowspan and colspan dropped, as some CMS editors do: the cells stay, the rows go ragged. */
  stripSpans?: boolean;
}

/** Each leaf table's rows, each in a table of its own (spans left as they were: they now reach past their table). */
export function rowByRow(html: string): string {
  return html.replace(/<table\b(?:(?!<table\b)[\s\S])*?<\/table>/gi, (t) => {
    const open = /^<table\b[^>]*>/i.exec(t)![0];
    return (t.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? []).map((row) => `${open}<tbody>${row}</tbody></table>`).join('\n');
  });
}

export interface ReportSpec {
  pageTitle?: string;
  /** Title lines at the top of the article (one or two lines). */
  titleLines?: string[];
  format: Format;
  headings: Partial<Record<PartKey, string | null>>;
  prose: Partial<Record<PartKey, string[]>>;
  /** Printed text per cell path; paths not given print "0". */
  values?: Record<string, string>;
  /** Row paths left out of the tables. */
  omitRows?: string[];
  /** Label overrides by row key ("granted") or group ("denied") or column key ("nonprofit"). */
  labels?: Record<string, string>;
  layout?: Layout;
  signature?: string[];
  /** Part 三 with the five kinds of 法人或其他组织 merged into one column, as some agencies print it. */
  mergedApplicants?: boolean;
  /** Part 三 with the 总计 column only (a count per row), as some small agencies print it. */
  totalsOnly?: boolean;
  /** Part 三's header with "商业企业" and "科研机构" broken over two header rows ("商业" above "企业"), as Word leaves it. */
  brokenApplicantNames?: boolean;
  /** HTML printed instead of a part's table (an image, or nothing). */
  replaceTables?: Partial<Record<'activeDisclosure' | 'requests' | 'reviewLitigation', string>>;
  /** Extra HTML placed at the end of the body (scripts, payloads, unrelated tables). */
  tail?: string;
  head?: string;
  /** The site's banner above the article. */
  siteHeader?: string;
}

export const DEFAULT_HEADINGS: Record<PartKey, string> = {
  overview: '一、总体情况',
  activeDisclosure: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cell(text: string, style: CellStyle, attrs = ''): string {
  const a = attrs ? ` ${attrs}` : '';
  if (style === 'bare') return `<td${a}>${text}</td>`;
  if (style === 'plain') return `<td${a}><p>${text}</p></td>`;
  return `<td${a}><p align=""><span>${text}</span><span><o:p></o:p></span></p></td>`;
}

/** "自然人" → "自然 人" / "自然<br>人" / "自然</span><span>人": the ways Word breaks a label. */
function breakLabel(label: string, i: number): string {
  if (label.length < 3) return esc(label);
  const at = Math.max(1, Math.floor(label.length / 2));
  const [a, b] = [esc(label.slice(0, at)), esc(label.slice(at))];
  return [`${a} ${b}`, `${a}<br>${b}`, `${a}</span><span>${b}`, `${a}&nbsp;${b}`][i % 4];
}

class Writer {
  n = 0;
  constructor(readonly layout: Layout) {}
  label(s: string): string {
    return this.layout.brokenLabels ? breakLabel(s, this.n++) : esc(s);
  }
  value(s: string): string {
    const v = esc(s);
    return this.layout.nbspPadding && s !== '' ? `&nbsp;${v}&nbsp;&nbsp;` : v;
  }
  td(text: string, attrs = ''): string {
    return cell(text, this.layout.cellStyle ?? 'word', attrs);
  }
}

// ---- Part 二
const AD_BLOCKS: Record<Format, { caption: string; columns: [string, string][]; rows: [string, string][] }[]> = {
  '2021': [
    { caption: '第二十条第（一）项', columns: [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['inForce', '现行有效件数']], rows: [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] },
    { caption: '第二十条第（五）项', columns: [['decisions', '本年处理决定数量']], rows: [['licensing', '行政许可']] },
    { caption: '第二十条第（六）项', columns: [['decisions', '本年处理决定数量']], rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
    { caption: '第二十条第（八）项', columns: [['amountWanYuan', '本年收费金额（单位：万元）']], rows: [['adminFees', '行政事业性收费']] },
  ],
  '2019': [
    { caption: '第二十条第（一）项', columns: [['newlyMade', '本年新制作数量'], ['newlyPublished', '本年新公开数量'], ['publishedTotal', '对外公开总数量']], rows: [['regulations', '规章'], ['normativeDocuments', '规范性文件']] },
    { caption: '第二十条第（五）项', columns: [['previousItems', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']], rows: [['licensing', '行政许可'], ['otherServices', '其他对外管理服务事项']] },
    { caption: '第二十条第（六）项', columns: [['previousItems', '上一年项目数量'], ['change', '本年增/减'], ['decisions', '处理决定数量']], rows: [['penalty', '行政处罚'], ['coercion', '行政强制']] },
    { caption: '第二十条第（八）项', columns: [['previousItems', '上一年项目数量'], ['change', '本年增/减']], rows: [['adminFees', '行政事业性收费']] },
    { caption: '第二十条第（九）项', columns: [['projects', '采购项目数量'], ['amount', '采购总金额']], rows: [['procurement', '政府集中采购']] },
  ],
};

function part2Rows(spec: ReportSpec, w: Writer, v: (p: string) => string): string[][] {
  const omit = new Set(spec.omitRows ?? []);
  const { part2Merged, part2Bare } = spec.layout ?? {};
  const width = part2Merged ? 5 : 4;
  // How many columns the i-th of n counts spans, in the header and in the rows.
  const spanOf = (n: number, i: number, header: boolean): string => {
    if (n === 1) return `colspan="${width - 1}"`;
    if (n === 2) return i === 1 ? `colspan="${width - 2}"` : '';
    if (!part2Merged) return '';
    return (header ? i === 1 : i === 0) ? 'colspan="2"' : '';
  };
  return AD_BLOCKS[spec.format].map((b) => {
    const n = b.columns.length;
    const rows = [`<tr>${w.td(esc(b.caption), `colspan="${width}"`)}</tr>`];
    const hdr = b.columns.map(([, l], i) => w.td(w.label(l), spanOf(n, i, true))).join('');
    if (!(part2Bare && n === 1)) rows.push(`<tr>${w.td('信息内容')}${hdr}</tr>`);
    for (const [key, label] of b.rows) {
      const path = `activeDisclosure.${key}`;
      if (omit.has(path)) continue;
      const vals = b.columns.map(([c], i) => w.td(w.value(v(`${path}.${c}`)), spanOf(n, i, false))).join('');
      rows.push(`<tr>${w.td(w.label(spec.labels?.[key] ?? label))}${vals}</tr>`);
    }
    return rows;
  });
}

// ---- Part 三
interface RowDef {
  key: string;
  label: string;
  group?: string;
}
const GROUP_LABELS: Record<string, string> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
};
const ROW_LABELS: Record<string, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'denied.stateSecret': '1.属于国家秘密',
  'denied.lawProhibited': '2.其他法律行政法规禁止公开',
  'denied.securityStability': '3.危及“三安全一稳定”',
  'denied.thirdParty': '4.保护第三方合法权益',
  'denied.internalAffairs': '5.属于三类内部事务信息',
  'denied.processInformation': '6.属于四类过程性信息',
  'denied.enforcementFile': '7.属于行政执法案卷',
  'denied.administrativeQuery': '8.属于行政查询事项',
  'unavailable.notHeld': '1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '2.没有现成信息需要另行制作',
  'unavailable.unclear': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '1.信访举报投诉类申请',
  'notProcessed.duplicate': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.excessive': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'otherHandling.noCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
  'otherHandling.all': '（六）其他处理',
  outcomesTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};
const COL_LABELS: [string, string][] = [
  ['natural', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['nonprofit', '社会公益组织'],
  ['legal', '法律服务机构'],
  ['other', '其他'],
  ['total', '总计'],
];

function requestRowDefs(spec: ReportSpec): RowDef[] {
  const omit = new Set(spec.omitRows ?? []);
  const keys: string[] = [];
  for (const p of cellPaths(spec.format, 'requests')) {
    const row = p.slice('requests.'.length, p.lastIndexOf('.'));
    if (keys[keys.length - 1] !== row) keys.push(row);
  }
  return keys
    .filter((k) => !omit.has(`requests.${k}`))
    .map((key) => {
      const group = key.includes('.') && key !== 'otherHandling.all' ? key.split('.')[0] : undefined;
      return { key, group, label: spec.labels?.[key] ?? ROW_LABELS[key] };
    });
}

const OUTCOME = (k: string) => !['newReceived', 'carriedOver', 'carriedForward'].includes(k);

/** The rows of a part 三 table from defs[from..to): labels spanned as in the template. */
function part3Body(spec: ReportSpec, w: Writer, v: (p: string) => string, defs: RowDef[], lead: string, continued = false, miscount = true): string[] {
  const rows: string[] = [];
  const layout = spec.layout ?? {};
  const rowspanOff = miscount ? (layout.outcomesRowspanOff ?? 0) : 0;
  // Labels cut at a page break: the second half's first outcome rows (and the rest of a group it broke) have none.
  const bare = continued && !!layout.splitBare;
  const brokenGroup = bare ? defs[0]?.group : undefined;
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i];
    const cell = (c: string) => w.td(w.value(v(`requests.${d.key}.${c}`)));
    // Merged: the five kinds of 法人或其他组织 printed as their sum.
    const legalPersons = () => w.td(w.value(String(LEGAL_PERSONS.reduce((sum, c) => sum + Number(v(`requests.${d.key}.${c}`)), 0))));
    const listed = layout.listedRequests && !spec.totalsOnly && !spec.mergedApplicants;
    const values = spec.totalsOnly
      ? cell('total')
      : spec.mergedApplicants
        ? cell('natural') + legalPersons() + cell('total')
        : (listed ? LISTED_ORDER : COL_LABELS).map(([c]) => cell(c)).join('');
    let labels = '';
    if (listed) {
      labels = w.td(w.label(d.group ? `${spec.labels?.[d.group] ?? GROUP_LABELS[d.group]} ${d.label}` : d.label));
    } else if (!OUTCOME(d.key) || d.key === 'outcomesTotal' && !defs.slice(0, i).some((x) => OUTCOME(x.key) && x.key !== 'outcomesTotal')) {
      labels = w.td(w.label(d.label), 'colspan="3"');
    } else {
      const firstOutcome = i === 0 || !OUTCOME(defs[i - 1].key);
      if (firstOutcome && !bare) {
        let n = 0;
        while (i + n < defs.length && OUTCOME(defs[i + n].key)) n++;
        labels += w.td(w.label(spec.labels?.outcomes ?? '三、本年度办理结果'), `rowspan="${Math.max(1, n + rowspanOff)}"`);
      }
      if (d.group) {
        if (d.group === brokenGroup) {
          // The group's label stayed above the break.
        } else if (i === 0 || defs[i - 1].group !== d.group) {
          let n = 0;
          while (i + n < defs.length && defs[i + n].group === d.group) n++;
          labels += w.td(w.label(spec.labels?.[d.group] ?? GROUP_LABELS[d.group]), `rowspan="${n}"`);
        }
        labels += w.td(w.label(d.label));
      } else labels += w.td(w.label(d.label), 'colspan="2"');
    }
    rows.push(`<tr>${lead}${labels}${values}</tr>`);
  }
  return rows;
}

const LEGAL_PERSONS = ['commercial', 'research', 'nonprofit', 'legal', 'other'];
// A listed part 三 puts 总计 first.
const LISTED_ORDER = [COL_LABELS[COL_LABELS.length - 1], ...COL_LABELS.slice(0, -1)];

function part3Header(spec: ReportSpec, w: Writer): string[] {
  const col = (k: string, l: string) => w.label(spec.labels?.[k] ?? l);
  if (spec.mergedApplicants) {
    return [
      `<tr>${w.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="2"')}${w.td('申请人情况', 'colspan="3"')}</tr>`,
      `<tr>${w.td(col('natural', '自然人'))}${w.td('法人或其他组织')}${w.td(col('total', '总计'))}</tr>`,
    ];
  }
  if (spec.totalsOnly) return [`<tr>${w.td('项目', 'colspan="3"')}${w.td(col('total', '总计'))}</tr>`];
  if (spec.layout?.listedRequests) return [`<tr>${w.td('项目')}${LISTED_ORDER.map(([k, l]) => w.td(col(k, l))).join('')}</tr>`];
  if (spec.brokenApplicantNames) {
    return [
      `<tr>${w.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="4"')}${w.td('申请人情况', 'colspan="7"')}</tr>`,
      `<tr>${w.td(col('natural', '自然人'), 'rowspan="3"')}${w.td('法人或其他组织', 'colspan="5"')}${w.td(col('total', '总计'), 'rowspan="3"')}</tr>`,
      `<tr>${w.td('商业')}${w.td('科研')}${['社会公益组织', '法律服务机构', '其他'].map((l) => w.td(l, 'rowspan="2"')).join('')}</tr>`,
      `<tr>${w.td('企业')}${w.td('机构')}</tr>`,
    ];
  }
  const flat = spec.layout?.flatHeaders;
  return [
    `<tr>${w.td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'colspan="3" rowspan="3"')}${w.td('申请人情况', 'colspan="7"')}</tr>`,
    `<tr>${w.td(col('natural', '自然人'), flat ? '' : 'rowspan="2"')}${w.td('法人或其他组织', 'colspan="5"')}${w.td(col('total', '总计'), flat ? '' : 'rowspan="2"')}</tr>`,
    `<tr>${flat ? w.td('') : ''}${COL_LABELS.slice(1, 6).map(([k, l]) => w.td(col(k, l))).join('')}${flat ? w.td('') : ''}</tr>`,
  ];
}

// ---- Part 四
function part4Rows(w: Writer, v: (p: string) => string, flat = false, matrix = false): string[] {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const keys = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const counts = (g: string) => keys.map((k) => w.td(w.value(v(`reviewLitigation.${g}.${k}`)))).join('');
  if (matrix) {
    return [
      `<tr>${w.td('类别', 'colspan="2"')}${results.map((r) => w.td(w.label(r))).join('')}</tr>`,
      `<tr>${w.td(w.label('行政复议'), 'colspan="2"')}${counts('review')}</tr>`,
      `<tr>${w.td(w.label('行政诉讼'), 'rowspan="2"')}${w.td(w.label('未经复议直接起诉'))}${counts('litigationDirect')}</tr>`,
      `<tr>${w.td(w.label('复议后起诉'))}${counts('litigationAfterReview')}</tr>`,
    ];
  }
  return [
    `<tr>${w.td('行政复议', 'colspan="5"')}${w.td('行政诉讼', 'colspan="10"')}</tr>`,
    `<tr>${results.map((r) => w.td(w.label(r), flat ? '' : 'rowspan="2"')).join('')}${w.td('未经复议直接起诉', 'colspan="5"')}${w.td('复议后起诉', 'colspan="5"')}</tr>`,
    `<tr>${flat ? results.map(() => w.td('')).join('') : ''}${[...results, ...results].map((r) => w.td(w.label(r))).join('')}</tr>`,
    `<tr>${['review', 'litigationDirect', 'litigationAfterReview']
      .flatMap((g) => keys.map((k) => w.td(w.value(v(`reviewLitigation.${g}.${k}`)))))
      .join('')}</tr>`,
  ];
}

function table(rows: string[], border: string, leadingEmpty = false): string {
  const trs = leadingEmpty ? rows.map((r) => r.replace(/^<tr>/, '<tr><td>&nbsp;</td>')) : rows;
  return `<div align=""><table cellspacing="0" cellpadding="2" border="${border}"><tbody>\n${trs.join('\n')}\n</tbody></table></div>`;
}

export function buildReportHtml(spec: ReportSpec): string {
  const layout = spec.layout ?? {};
  const w = new Writer(layout);
  const v = (p: string) => spec.values?.[p] ?? '0';
  const tableOf = (rows: string[], border: string) => table(rows, border, layout.leadingEmptyColumn);
  const border = layout.border ?? '1';
  const hTag = layout.headingTag ?? 'p';
  const heading = (part: PartKey) => {
    const h = spec.headings[part] === undefined ? DEFAULT_HEADINGS[part] : spec.headings[part];
    if (h === null) return '';
    const t = esc(h);
    return hTag === 'strong' ? `<p><strong>${t}</strong></p>` : hTag === 'h3' ? `<h3>${t}</h3>` : `<p><span>${t}</span></p>`;
  };
  const para = (s: string) => `<p><span>${esc(s)}</span></p>`;
  const prose = (part: PartKey) => (spec.prose[part] ?? []).map(para).join('\n');

  const p2 = part2Rows(spec, w, v);
  const defs = requestRowDefs(spec);
  const splitAt = layout.split3At ? defs.findIndex((d) => d.key === layout.split3At) : -1;
  const first = splitAt > 0 ? defs.slice(0, splitAt) : defs;
  // One table has one "三、本年度办理结果" cell to miscount: in one big table broken in two, the second's.
  const p3a = [...part3Header(spec, w), ...part3Body(spec, w, v, first, '', false, !(splitAt > 0 && layout.oneTable))];
  // A page break splits a table in two; the extra column only arises in the second table, never inside one table.
  const p3b = splitAt > 0 ? part3Body(spec, w, v, defs.slice(splitAt), layout.splitExtraColumn && !layout.oneTable ? w.td('') : '', !layout.oneTable) : [];
  const p4 = part4Rows(w, v, layout.flatHeaders, layout.reviewMatrix);

  const body: string[] = [];
  if (spec.titleLines) body.push(...spec.titleLines.map((t) => `<p align="center"><strong>${esc(t)}</strong></p>`));
  body.push(heading('overview'), prose('overview'));
  if (layout.oneTable) {
    const fullRow = (h: string) => (h ? `<tr>${w.td(h, 'colspan="15"')}</tr>` : '');
    body.push(
      tableOf(
        [fullRow(heading('activeDisclosure')), ...p2.flat(), fullRow(heading('requests')), ...p3a, ...p3b, fullRow(heading('reviewLitigation')), ...p4],
        border,
      ),
    );
  } else {
    const swap = spec.replaceTables ?? {};
    body.push(heading('activeDisclosure'));
    body.push(swap.activeDisclosure ?? (layout.part2 === 'four' ? p2.map((rows) => tableOf(rows, border)).join('\n<p></p>\n') : tableOf(p2.flat(), border)));
    body.push(prose('activeDisclosure'), heading('requests'), swap.requests ?? tableOf(p3a, border));
    if (p3b.length && swap.requests === undefined) body.push('<p style="page-break-before:always"></p>', tableOf(p3b, border));
    body.push(prose('requests'), heading('reviewLitigation'), swap.reviewLitigation ?? tableOf(p4, border), prose('reviewLitigation'));
  }
  body.push(heading('problems'), prose('problems'), heading('otherMatters'), prose('otherMatters'));
  if (spec.signature) body.push(...spec.signature.map((s) => `<p align="right">${esc(s)}</p>`));
  let article = body.filter(Boolean).join('\n');
  if (layout.rowTables) article = rowByRow(article);
  if (layout.stripSpans) article = article.replace(/\s(?:rowspan|colspan)="\d+"/g, '');
  if (layout.wrap === 'layoutTable') {
    article = `<table width="100%" class="layout"><tr><td class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</td></tr><tr><td class="content">\n${article}\n</td></tr></table>`;
  } else article = `<div class="article-content">\n${article}\n</div>`;
  const page = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(spec.pageTitle ?? '')}</title>${spec.head ?? ''}</head>
<body>
<div class="header">${esc(spec.siteHeader ?? '政府信息公开')}</div>
${article}
${spec.tail ?? ''}
</body></html>
`;
  return layout.traditional ? toTraditional(page) : page;
}

/** Every cell of a format left blank: the template's forms as its notice prints them. */
export function blankValues(format: Format): Record<string, string> {
  return Object.fromEntries(Object.keys(zeroValues(format)).map((p) => [p, '']));
}

/** The part 三 table of a page buildReportHtml made (its own leaf table, wrapper included). */
export function requestsTableOf(html: string): string {
  return /<div align=""><table(?:(?!<\/table>)[\s\S])*?本年新收[\s\S]*?<\/table><\/div>/.exec(html)![0];
}

/** Every cell of a format printing "0": a consistent report. */
export function zeroValues(format: Format): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of ['activeDisclosure', 'requests', 'reviewLitigation'] as const) for (const p of cellPaths(format, part)) out[p] = '0';
  return out;
}
