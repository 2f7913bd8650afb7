// Writes the committed HTML fixtures: the five real reports (tests/fixtures/reports/) and one failing and one
// passing page per rule (tests/fixtures/rules/<RULE-ID>/). Run: npm run fixtures
import { mkdirSync, writeFileSync } from 'node:fs';
import { REPORT_SPECS } from '../tests/fixtures/reports/specs';
import { baseSpec, RULE_CASES } from '../tests/fixtures/rules/cases';
import { blankValues, buildReportHtml } from '../tests/support/report-html';
import { tablesAsLines } from '../tests/support/text-lines';

for (const { file, spec } of Object.values(REPORT_SPECS)) {
  writeFileSync(`tests/fixtures/reports/${file}`, buildReportHtml(spec));
}
for (const [id, c] of Object.entries(RULE_CASES)) {
  const dir = `tests/fixtures/rules/${id}`;
  mkdirSync(dir, { recursive: true });
  const base = baseSpec(c.format ?? '2021');
  writeFileSync(`${dir}/fail.html`, buildReportHtml(c.fail(base)));
  writeFileSync(`${dir}/pass.html`, buildReportHtml((c.pass ?? ((s) => s))(base)));
  if (c.previous) {
    writeFileSync(`${dir}/fail.previous.html`, buildReportHtml(c.previous.fail));
    writeFileSync(`${dir}/pass.previous.html`, buildReportHtml(c.previous.pass));
  }
  writeFileSync(`${dir}/expected.json`, `${JSON.stringify({ rule: id, fail: c.expect }, null, 2)}\n`);
}
// Pages for the browser tests: a report that arrives late, one in a frame, hostile labels, a non-report page.
const sanmenxia = buildReportHtml(REPORT_SPECS['002'].spec);
const body = sanmenxia.slice(sanmenxia.indexOf('<body>') + 6, sanmenxia.indexOf('</body>'));
const page = (title: string, content: string) =>
  `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${content}\n</body></html>\n`;
mkdirSync('tests/fixtures/pages', { recursive: true });
writeFileSync(
  'tests/fixtures/pages/late-report.html',
  page('三门峡市文化广电和旅游局2024年政府信息公开工作年度报告', `<div id="app">正在加载…</div>\n<script>setTimeout(function () { document.getElementById('app').innerHTML = ${JSON.stringify(body)}; }, 800);</script>`),
);
writeFileSync(
  'tests/fixtures/pages/framed-report.html',
  page('政府信息公开年度报告', '<h1>政府信息公开年度报告</h1>\n<iframe src="/reports/sanmenxia-2024.html" width="1000" height="700" title="年度报告"></iframe>'),
);
writeFileSync(
  'tests/fixtures/pages/not-a-report.html',
  page(
    '示例市人民政府 政府信息公开 新闻动态',
    `<div class="nav">首页 &gt; 政府信息公开 &gt; 新闻动态</div>\n<h2>市政府召开常务会议</h2>\n<p>会议研究部署了近期重点工作。</p>\n<table border="1"><tr><th>单位</th><th>电话</th></tr><tr><td>办公室</td><td>0398-1234567</td></tr><tr><td>信息公开科</td><td>0398-7654321</td></tr></table>\n<p style="margin:40px">联系我们</p>`,
  ),
);
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
const hostile = baseSpec('2021');
writeFileSync(
  'tests/fixtures/pages/hostile-labels.html',
  buildReportHtml({
    ...hostile,
    pageTitle: `示例市交通运输局2024年政府信息公开工作年度报告${PAYLOAD}`,
    labels: { natural: `自然人${PAYLOAD}`, granted: `（一）予以公开<script>window.__pwned=2</script>` },
    values: { ...hostile.values, 'requests.granted.research': PAYLOAD, 'requests.newReceived.total': '15' },
  }),
);
// A report that never names 政府信息公开: found only when the reader asks ("audit anyway").
const quiet = baseSpec('2021');
writeFileSync(
  'tests/fixtures/pages/undetected-report.html',
  buildReportHtml({
    ...quiet,
    pageTitle: '示例市交通运输局2024年年度工作报告',
    siteHeader: '示例市交通运输局',
    titleLines: ['示例市交通运输局2024年年度工作报告'],
    headings: { activeDisclosure: '二、主动公开情况', requests: '三、收到和处理申请情况', reviewLitigation: '四、行政复议、行政诉讼情况' },
    labels: {
      newReceived: '一、本年新收申请数量',
      carriedOver: '二、上年结转申请数量',
      'otherHandling.noCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其申请',
      'otherHandling.feeUnpaid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其申请',
    },
    prose: { overview: ['本年度共收到申请14件，予以公开6件，部分公开2件。'], problems: ['人员力量不足。'], otherMatters: ['本年度未收取信息处理费。'] },
  }),
);
// Hostile pages: a page that overwrites built-ins, one that floods DOM mutations, one with a 50,000-cell table.
const HOSTILE_BUILTINS = `<script>
Array.prototype.map = function () { throw new Error('page broke map'); };
Array.prototype.filter = function () { return []; };
Array.from = function () { return []; };
Object.keys = function () { return ['x']; };
JSON.stringify = function () { return 'null'; };
String.prototype.normalize = function () { return 'broken'; };
String.prototype.replace = function () { return ''; };
RegExp.prototype.test = function () { return false; };
Map.prototype.get = function () { return undefined; };
Element.prototype.getAttribute = function () { return 'x'; };
Node.prototype.appendChild = function () { throw new Error('no appending'); };
window.MutationObserver = function () { throw new Error('no observers'); };
window.setTimeout = function () { return 0; };
</script>`;
writeFileSync('tests/fixtures/pages/hostile-builtins.html', sanmenxia.replace('</head>', `${HOSTILE_BUILTINS}</head>`));
writeFileSync(
  'tests/fixtures/pages/mutation-flood.html',
  sanmenxia.replace(
    '</body>',
    `<script>var n = 0; setInterval(function () { var td = document.querySelector('td'); var s = document.createElement('span'); s.textContent = String(n++ % 10); td.appendChild(s); if (td.childNodes.length > 5) td.removeChild(td.lastChild); }, 1);</script></body>`,
  ),
);
const bigRows = Array.from({ length: 5000 }, (_, r) => `<tr><td>附表第${r + 1}行</td>${Array.from({ length: 9 }, (_, c) => `<td>${(r * 9 + c) % 97}</td>`).join('')}</tr>`).join('\n');
writeFileSync(
  'tests/fixtures/pages/huge-table.html',
  sanmenxia.replace('</body>', `<h2>附表：申请人情况明细（本年新收）</h2>\n<table border="1"><tbody>\n${bigRows}\n</tbody></table>\n</body>`),
);
// The same rows in a table the reader cannot skip: its header carries the template's words, so it looks like a
// report table, and reading it whole would freeze the tab. The audit reads up to its cell budget and says partial.
writeFileSync(
  'tests/fixtures/pages/huge-report-table.html',
  sanmenxia.replace(
    '</body>',
    `<h2>附表：申请人情况明细</h2>\n<table border="1"><tbody>\n<tr><td>申请人情况</td>${['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '备注', '备注二'].map((h) => `<td>${h}</td>`).join('')}</tr>\n${bigRows}\n</tbody></table>\n</body>`,
  ),
);
// One endless sentence of claims (0.1 MB of text, 10,000 clauses) after a report whose text disagrees with its tables:
// every claim once read back to its sentence's start, which froze the tab for seconds before stop 33 bounded it.
const disagreeing = buildReportHtml(RULE_CASES['TEXT-REQUESTS'].fail(baseSpec('2021')));
const claims = '本机关收到政府信息公开申请5件，予以公开3件，未发生行政复议，其中自然人申请3件，被申请行政复议1件，'.repeat(2000);
writeFileSync('tests/fixtures/pages/endless-sentence.html', disagreeing.replace('</body>', `<p>${claims}</p>\n</body>`));
// A report converted from a PDF: every table laid out as lines of text, each a positioned block, a merged label on the
// middle line of its rows; （七）总计 says 15 where its rows sum to 14. Read from its lines, and the line marked.
const converted = baseSpec('2021');
writeFileSync(
  'tests/fixtures/pages/text-lines-report.html',
  tablesAsLines(buildReportHtml({ ...converted, values: { ...converted.values, 'requests.outcomesTotal.total': '15' } }), 'centered'),
);
// The template's blank tables, as sites republish the State Council's notice that sets it (国办公开办函〔2021〕30号):
// the notice's items stand where a report's parts do, and no count is filled in. Recognised as no report.
const notice = buildReportHtml({
  pageTitle: '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知_示例市人民政府',
  siteHeader: '示例市人民政府 政府信息公开',
  titleLines: ['国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知'],
  format: '2021',
  headings: {
    overview: '（一）总体情况。',
    activeDisclosure: '（二）主动公开政府信息情况。',
    requests: '（三）收到和处理政府信息公开申请情况。',
    reviewLitigation: '（四）政府信息公开行政复议、行政诉讼情况。',
    problems: '（五）存在的主要问题及改进情况。',
    otherMatters: '（六）其他需要报告的事项。',
  },
  prose: {
    overview: ['这一项综述本机关贯彻落实政府信息公开条例的总体情况，包括主动公开、依申请公开、政府信息管理、平台建设和监督保障。'],
    activeDisclosure: ['这一项按照上表统计本机关主动公开政府信息的情况。'],
    requests: ['这一项按照上表统计本机关收到和处理政府信息公开申请的情况，本列数据的勾稽关系见表内说明。'],
    reviewLitigation: ['这一项按照上表统计本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况。'],
    problems: ['这一项报告本机关政府信息公开工作存在的主要问题和改进情况。'],
    otherMatters: ['这一项报告本机关收取信息处理费的情况和其他需要报告的事项。', '二、报告发布', '年度报告应当于每年1月31日前向社会公布。'],
  },
  values: blankValues('2021'),
  layout: { cellStyle: 'word' },
  signature: ['国务院办公厅政府信息与政务公开办公室', '2021年9月26日'],
}).replace(
  '<p><span>（一）总体情况。</span></p>',
  '<p>国办公开办函〔2021〕30号</p>\n<p>各省、自治区、直辖市人民政府办公厅，国务院各部委、各直属机构办公厅（室）：</p>\n<p>现将修订后的《中华人民共和国政府信息公开工作年度报告格式》印发给你们，请认真贯彻执行。</p>\n<p align="center"><strong>中华人民共和国政府信息公开工作年度报告格式</strong></p>\n<p>一、报告内容</p>\n<p><span>（一）总体情况。</span></p>',
);
writeFileSync('tests/fixtures/pages/template-notice-2021.html', notice);
console.log(`fixtures written: ${Object.keys(REPORT_SPECS).length} reports, ${Object.keys(RULE_CASES).length} rule pairs`);
