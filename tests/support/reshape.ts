// The same report in the shapes other sites give it: markup changes that leave what a reader sees unchanged (or
// change only how it is laid out), applied to a fixture page's HTML. The table shapes work on leaf tables and leaf
// cells only (holding no table), the prose shapes on what lies outside leaf tables, so the page stays well formed:
// the markup of a layout table around the report is left alone.

// A leaf cell: its opening tag, its content (no table, no end of cell inside), its end tag.
const LEAF_CELL = /(<t[dh]\b[^>]*>)((?:(?!<table|<\/t[dh]>)[\s\S])*?)(<\/t[dh]>)/gi;
// A leaf table: one that holds no table (a layout table's own markup is left alone).
const TABLE = /<table\b(?:(?!<table\b)[\s\S])*?<\/table>/gi;
// A text of digits alone between tags, with the padding around it (U+3000 too).
const DIGITS_TEXT = />([\s\u3000]*)(\d+)([\s\u3000]*)</g;
// A label's text alone between tags: four or more ideographs.
const LABEL_TEXT = />([\u4e00-\u9fff]{4,12})</g;

/** Applies `f` to the page outside its tables (the prose). */
const outsideTables = (html: string, f: (prose: string) => string) =>
  html.split(new RegExp(`(${TABLE.source})`, 'i')).map((part, i) => (i % 2 ? part : f(part))).join('');
// A part's heading alone in its paragraph: "一、总体情况" (perhaps in a span).
const HEADING_PARAGRAPH = /<p\b[^>]*>((?:<span[^>]*>)?[一二三四五六七八九十]、[^<]{2,20}(?:<\/span>)?)<\/p>\s*<p\b[^>]*>/g;
const inTables = (html: string, f: (table: string) => string) => html.replace(TABLE, f);
/** Part 三's three header rows as one, each column named by `name` (from the template's own names). */
function flatRequestHeader(html: string, name: (column: string) => string): string {
  const text = (row: string) => row.replace(/<[^>]+>/g, '').replace(/\s|&nbsp;/g, '');
  return inTables(html, (t) => {
    const rows = t.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? [];
    const first = rows.findIndex((row) => text(row).includes('申请人情况'));
    if (first < 0) return t;
    const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    const one = `<tr><td colspan="3">&nbsp;</td>${columns.map((c) => `<td>${name(c)}</td>`).join('')}</tr>`;
    return t.replace(rows[first], one).replace(rows[first + 1], '').replace(rows[first + 2], '');
  });
}
/** `from` replaced by `to` in the tables' text. */
const words = (html: string, from: string, to: string) => inTables(html, (t) => t.split(from).join(to));
/** Each row label's item number ("1.属于国家秘密") in the tables rewritten by `f`. */
const itemNumbers = (html: string, f: (n: string) => string) => inTables(html, (t) => t.replace(/>(\s*)(\d)\.(?=[\u4e00-\u9fff])/g, (_, space: string, n: string) => `>${space}${f(n)}`));
const digitsInTables = (html: string, f: (digits: string) => string) =>
  inTables(html, (t) => t.replace(DIGITS_TEXT, (_, before: string, d: string, after: string) => `>${before}${f(d)}${after}<`));
const labelsInTables = (html: string, f: (label: string) => string) => inTables(html, (t) => t.replace(LABEL_TEXT, (_, w: string) => `>${f(w)}<`));

/**
 * A leaf table with its labels' merges undone, as a table rebuilt from a spreadsheet or retyped in a CMS editor has
 * them: a cell that spans rows keeps the first row, and each row below gets an empty cell (as wide) in its place.
 * Only cells without digits are unmerged: a number spanning rows stays one cell.
 */
function unmergedRows(table: string): string {
  const rowRe = /(<tr\b[^>]*>)([\s\S]*?)(<\/tr>)/gi;
  const rows = [...table.matchAll(rowRe)];
  // Per row, the empty cells owed to it by a label above, at the grid column they stand in.
  const owed: { col: number; colspan: number }[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  const rebuilt = rows.map((row, r) => {
    const out: { col: number; html: string }[] = owed[r].map(({ col, colspan }) => ({ col, html: `<td${colspan > 1 ? ` colspan="${colspan}"` : ''}></td>` }));
    let col = 0;
    for (const [, open, content, close] of row[2].matchAll(LEAF_CELL)) {
      while (taken[r][col]) col++;
      const colspan = Number(/colspan\s*=\s*["']?(\d+)/i.exec(open)?.[1] ?? 1);
      const rowspan = Number(/rowspan\s*=\s*["']?(\d+)/i.exec(open)?.[1] ?? 1);
      const label = !/\d/.test(content.replace(/<[^>]*>/g, ''));
      const span = label ? 1 : rowspan;
      for (let k = 0; k < span && r + k < rows.length; k++) for (let c = 0; c < colspan; c++) taken[r + k][col + c] = true;
      if (label) for (let k = 1; k < rowspan && r + k < rows.length; k++) {
        owed[r + k].push({ col, colspan });
        for (let c = 0; c < colspan; c++) taken[r + k][col + c] = true;
      }
      out.push({ col, html: (label ? open.replace(/\s*rowspan\s*=\s*["']?\d+["']?/i, '') : open) + content + close });
      col += colspan;
    }
    out.sort((a, b) => a.col - b.col);
    return row[1] + out.map((c) => c.html).join('') + row[3];
  });
  let i = 0;
  return table.replace(rowRe, () => rebuilt[i++]);
}

// A header name spanning columns (法人或其他组织, 行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉, 申请人情况).
const SPANNING_NAME = /<td\b([^>]*?)\s*colspan="?(\d+)"?([^>]*)>((?:(?!<\/td>)[\s\S])*?(?:法人或其他组织|行政复议|行政诉讼|未经复议直接起诉|复议后起诉|申请人情况)(?:(?!<\/td>)[\s\S])*?)<\/td>/g;
/** Header names that span columns unmerged, as a table rebuilt from a spreadsheet has them: empty cells after each. */
export const unmergedHeaderNames = (html: string) =>
  html.replace(SPANNING_NAME, (_, before: string, span: string, after: string, inner: string) => `<td${before}${after}>${inner}</td>${'<td></td>'.repeat(Number(span) - 1)}`);

/** The row index nearest the middle that no rowspan crosses, where a page break can cut the table; or -1. */
function cutPoint(rows: string[]): number {
  const coveredUntil: number[] = [];
  let reach = 0;
  rows.forEach((row, r) => {
    coveredUntil[r] = reach;
    for (const m of row.matchAll(/rowspan\s*=\s*["']?(\d+)/gi)) reach = Math.max(reach, r + Number(m[1]));
  });
  const mid = Math.floor(rows.length / 2);
  for (let d = 0; d < mid - 2; d++) for (const r of [mid - d, mid + d]) if (coveredUntil[r] <= r) return r;
  return -1;
}

// A cell holding a count alone (the first such in a row, when not global).
const NUMBER_CELL = /<td\b[^>]*>(?:\s|<[^>]*>|&nbsp;)*[0-9０-９]+(?:\s|<[^>]*>|&nbsp;)*<\/td>/i;

export const RESHAPES: Record<string, (html: string) => string> = {
  // Word: every cell's text in a paragraph and a span, with Office's empty <o:p>.
  'cells pasted from Word (<p><span>…<o:p>)': (h) =>
    h.replace(LEAF_CELL, (_, open: string, body: string, close: string) => `${open}<p class=MsoNormal align=center style="text-align:center"><span lang=EN-US style="font-size:10.5pt">${body}<o:p></o:p></span></p>${close}`),
  'upper-case tags (<TABLE>, <TD>)': (h) => h.replace(/<(\/?)(table|tbody|tr|td|th|p|span)\b/gi, (_, slash: string, tag: string) => `<${slash}${tag.toUpperCase()}`),
  'tables cut in two at a page break': (h) =>
    inTables(h, (t) => {
      const rows = t.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? [];
      const at = rows.length >= 12 ? cutPoint(rows) : -1;
      if (at < 0) return t;
      const open = /^<table\b[^>]*>/i.exec(t)![0];
      return `${open}<tbody>${rows.slice(0, at).join('')}</tbody></table><p>&nbsp;</p>${open}<tbody>${rows.slice(at).join('')}</tbody></table>`;
    }),
  'merged label cells undone: an empty cell under each row it spanned': (h) => inTables(h, unmergedRows),
  // Some CMS editors drop rowspan and colspan, and some converters never write them: each cell stays, the rows go
  // ragged, and a header's names no longer stand over their columns.
  'rowspan and colspan stripped, the rows left ragged': (h) => inTables(h, (t) => t.replace(/\s(?:rowspan|colspan)\s*=\s*["']?\d+["']?/gi, '')),
  // A cell split in Word leaves an empty cell after a row's label: the row's counts stand a column right of the header's.
  'an empty cell before the counts of every row that holds one, the counts pushed right of their columns': (h) =>
    inTables(h, (t) => t.replace(/<tr\b[\s\S]*?<\/tr>/gi, (tr) => (NUMBER_CELL.test(tr) ? tr.replace(NUMBER_CELL, (m) => `<td></td>${m}`) : tr))),
  'header names spanning columns undone: empty cells after each': unmergedHeaderNames,
  "Word's spacer row of empty cells at a table's end (<![if !supportMisalignedColumns]>)": (h) =>
    inTables(h, (t) => {
      const first = /<tr\b[\s\S]*?<\/tr>/i.exec(t)?.[0] ?? '';
      const columns = [...first.matchAll(/<t[dh]\b([^>]*)>/gi)].reduce((n, m) => n + Number(/colspan\s*=\s*["']?(\d+)/i.exec(m[1])?.[1] ?? 1), 0);
      const spacer = `<![if !supportMisalignedColumns]><tr height="0">${'<td width="60" style="border:none"></td>'.repeat(columns)}</tr><![endif]>`;
      return t.replace(/(<\/tbody>)?\s*<\/table>$/i, `${spacer}$&`);
    }),
  'header rows in <thead>, their cells <th>': (h) =>
    inTables(h, (t) => {
      const rows = t.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? [];
      // The rows before the first that holds a number in a cell of its own.
      const body = rows.findIndex((r) => /<t[dh]\b[^>]*>(?:\s|<[^>]*>|&nbsp;)*\d+(?:\s|<[^>]*>|&nbsp;)*<\/t[dh]>/i.test(r));
      if (body <= 0) return t;
      const head = rows.slice(0, body).map((r) => r.replace(/<(\/?)td\b/gi, '<$1th')).join('');
      const open = /^<table\b[^>]*>/i.exec(t)![0];
      return `${open}<thead>${head}</thead><tbody>${rows.slice(body).join('')}</tbody></table>`;
    }),
  'each row in a <tbody> of its own': (h) =>
    inTables(h, (t) => t.replace(/<\/?tbody\b[^>]*>/gi, '').replace(/<tr\b[\s\S]*?<\/tr>/gi, '<tbody>$&</tbody>')),
  'a <caption> above each table': (h) => h.replace(/(<table\b[^>]*>)(?=(?:(?!<table\b)[\s\S])*?<\/table>)/gi, '$1<caption>统计表</caption>'),
  'full-width digits (１２)': (h) => digitsInTables(h, (d) => d.replace(/\d/g, (x) => String.fromCharCode(x.charCodeAt(0) + 0xfee0))),
  'numbers after a zero-width space (U+200B)': (h) => digitsInTables(h, (d) => `\u200b${d}`),
  'digits broken by spaces ("1 2")': (h) => digitsInTables(h, (d) => (d.length > 1 ? [...d].join(' ') : d)),
  'a span per digit': (h) => digitsInTables(h, (d) => [...d].map((x) => `<span>${x}</span>`).join('')),
  'numbers in <font><b>': (h) => digitsInTables(h, (d) => `<font face="宋体"><b>${d}</b></font>`),
  'numbers padded with &nbsp;': (h) => digitsInTables(h, (d) => `&nbsp;${d}&nbsp;&nbsp;`),
  'labels broken by a space ("申请 人")': (h) => labelsInTables(h, (w) => `${w.slice(0, 2)} ${w.slice(2)}`),
  'labels split across spans': (h) => labelsInTables(h, (w) => `<span>${w.slice(0, 3)}</span><span style="font-family:宋体">${w.slice(3)}</span>`),
  'labels with a zero-width space inside (U+200B, as some editors leave)': (h) => labelsInTables(h, (w) => `${w.slice(0, 2)}\u200b${w.slice(2)}`),
  'labels with a soft hyphen or a direction mark inside (&shy;, U+200E)': (h) => labelsInTables(h, (w) => `${w.slice(0, 1)}&shy;${w.slice(1, 3)}\u200e${w.slice(3)}`),
  'labels broken by <br> after each character': (h) => labelsInTables(h, (w) => [...w].join('<br>')),
  'the first column in <th>': (h) => h.replace(/<tr\b([^>]*)>(\s*)<td\b([^>]*)>((?:(?!<table|<\/td>)[\s\S])*?)<\/td>/gi, '<tr$1>$2<th$3>$4</th>'),
  'column widths and Word cell styles': (h) =>
    h.replace(/(<table\b[^>]*>)/gi, '$1<colgroup><col width=120><col width=40></colgroup>').replace(/<td\b/gi, '<td valign="middle" style="border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt"'),
  'paragraphs as <div>': (h) => outsideTables(h, (t) => t.replace(/<(\/?)p\b/gi, '<$1div')),
  'the prose one paragraph, its lines broken by <br>': (h) => outsideTables(h, (t) => t.replace(/<\/p>\s*<p\b[^>]*>/gi, '<br>')),
  'headings in <strong>': (h) => outsideTables(h, (t) => t.replace(/>([一二三四五六七八九十]、[^<]{2,20})</g, '><strong>$1</strong><')),
  'a heading run into its paragraph (<p><b>一、总体情况</b>2023年…)': (h) => outsideTables(h, (t) => t.replace(HEADING_PARAGRAPH, '<p><b>$1</b>')),
  'paragraphs indented with &emsp;': (h) => outsideTables(h, (t) => t.replace(/(<p\b[^>]*>)/gi, '$1&emsp;&emsp;')),
  'paragraphs indented with U+3000 inside their span': (h) => outsideTables(h, (t) => t.replace(/(<p\b[^>]*>(?:<span[^>]*>)?)/gi, '$1\u3000\u3000')),
  'paragraphs opening with a zero-width space (as UEditor leaves them)': (h) => outsideTables(h, (t) => t.replace(/(<p\b[^>]*>)/gi, '$1\u200b')),
  'paragraphs in <font>': (h) => outsideTables(h, (t) => t.replace(/(<p\b[^>]*>)([\s\S]*?)(<\/p>)/gi, '$1<font size="3">$2</font>$3')),
  'tables in a scrolling <div>': (h) => h.replace(TABLE, '<div style="overflow-x:auto">$&</div>'),
  'the article inside a layout table': (h) => h.replace(/<body([^>]*)>([\s\S]*)<\/body>/i, '<body$1><table width="100%"><tr><td class="main">$2</td></tr></table></body>'),
  // Row labels numbered otherwise than the template, or not at all.
  'items numbered "1、"': (h) => itemNumbers(h, (n) => `${n}、`),
  'items numbered "（1）"': (h) => itemNumbers(h, (n) => `（${n}）`),
  'items numbered "⒈" (one character, U+2488…)': (h) => itemNumbers(h, (n) => String.fromCharCode(0x2487 + Number(n))),
  'items not numbered': (h) => itemNumbers(h, () => ''),
  'rows not numbered ("本年新收政府信息公开申请数量")': (h) => inTables(h, (t) => t.replace(/>(\s*)[一二三四]、(?=[\u4e00-\u9fff])/g, '>$1')),
  'the 总计 column named 合计': (h) => inTables(h, (t) => t.replace(/>(\s*)总计(\s*)</g, '>$1合计$2<')),
  // Labels worded otherwise, as reports do.
  'new requests worded "新收…" (no 本年)': (h) => words(h, '本年新收', '新收'),
  'new requests worded "本年收到…"': (h) => words(h, '本年新收', '本年收到'),
  'the legal-services column named 律师事务所': (h) => words(h, '法律服务机构', '律师事务所'),
  'applicant columns shortened ("企业", "公益组织")': (h) => words(words(h, '商业企业', '企业'), '社会公益组织', '公益组织'),
  'part 二\'s column names shortened ("本年制发数", "现行有效", "处理决定数量", "采购金额")': (h) =>
    [['本年制发件数', '本年制发数'], ['本年废止件数', '本年废止数'], ['现行有效件数', '现行有效'], ['本年处理决定数量', '处理决定数量'], ['采购总金额', '采购金额']].reduce((page, [from, to]) => words(page, from, to), h),
  'part 三\'s header in one row': (h) => flatRequestHeader(h, (name) => name),
  'part 三\'s header in one row, the group named in its columns ("法人或其他组织（其他）")': (h) =>
    flatRequestHeader(h, (name) => (name === '自然人' || name === '总计' ? name : `法人或其他组织（${name}）`)),
  'part 四\'s columns without 结果 ("维持", "纠正", "其他")': (h) => words(words(words(h, '结果维持', '维持'), '结果纠正', '纠正'), '其他结果', '其他'),
};
