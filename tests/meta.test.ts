// The title, agency and year as real reports print them: agency before the year, year first, "关于…", 政务公开.
import { describe, expect, it } from 'vitest';
import { baseSpec } from './fixtures/rules/cases';
import { auditHtml } from './support/audit';
import { buildReportHtml } from './support/report-html';
import { toTraditional } from './support/traditional';

function reportOf(title: string, signedBy?: string) {
  const signature = signedBy ? [signedBy, '2025年1月20日'] : undefined;
  const res = auditHtml(buildReportHtml({ ...baseSpec(), pageTitle: title, titleLines: [title], signature }));
  return { agency: res.export.report.agency, year: res.export.report.year, title: res.export.source.title };
}

describe('on a page in Traditional characters, the agency as the page prints it', () => {
  // Found in the text read as Simplified, given as the same stretch of the printed text.
  const agencyOf = (spec: ReturnType<typeof baseSpec>) => auditHtml(toTraditional(buildReportHtml(spec))).export.report.agency;
  const untitled = '2024年政府信息公开工作年度报告';
  it.each([
    ['from the title', { pageTitle: '南开区教育局2024年政府信息公开工作年度报告', titleLines: ['南开区教育局2024年政府信息公开工作年度报告'] }],
    ['from a title on two lines', { pageTitle: untitled, titleLines: ['南开区教育局', untitled] }],
    ['from the signature', { pageTitle: untitled, titleLines: [untitled], signature: ['南开区教育局', '2025年1月20日'] }],
  ])('%s', (_name, over) => {
    expect(agencyOf({ ...baseSpec(), ...over })).toBe('南開區教育局');
  });
  it('from the publisher in the metadata', () => {
    const html = buildReportHtml({ ...baseSpec(), pageTitle: untitled, titleLines: [untitled] }).replace('<div class="article-content">', '<p>来源：南开区教育局 发布时间：2025-01-20</p><div class="article-content">');
    expect(auditHtml(toTraditional(html)).export.report.agency).toBe('南開區教育局');
  });
});

describe('the year from the statistics period, when the title has none', () => {
  it.each([
    ['本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。', 2023],
    ['本报告中所列数据的统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止。', 2023],
    ['本报告所列数据统计期限为二○二三年一月一日至十二月三十一日。', 2023],
    // A period across a year's end goes to the year holding more of its months.
    ['本报告所列数据的统计期限为2023年12月1日至2024年11月30日。', 2024],
    ['本报告中所列数据的统计期限自二〇二三年十二月一日起至二〇二四年十一月三十日止。', 2024],
    ['本报告所列数据的统计期限为2024年1月1日至2025年1月20日。', 2024],
    ['本报告所列数据的统计期限为2023年7月-2024年6月。', 2024],
  ])('%s', (period, year) => {
    expect(withPeriod(period, '南开区教育局政府信息公开工作年度报告').export.report.year).toBe(year);
  });
});

describe('DOC-YEAR on a statistics period across a year end', () => {
  const docYear = (period: string, title: string) =>
    withPeriod(period, title).export.findings.filter((f) => f.rule === 'DOC-YEAR').map((f) => f.message.zh);
  it('agrees with the title of the year holding most of it', () => {
    expect(docYear('本报告所列数据的统计期限为2023年12月1日至2024年11月30日。', '南开区教育局2024年政府信息公开工作年度报告')).toEqual([]);
  });
  it('names the period as written when the title gives the other year', () => {
    expect(docYear('本报告所列数据的统计期限为2023年12月1日至2024年11月30日。', '南开区教育局2023年政府信息公开工作年度报告')).toEqual([
      '标题为 2023 年度报告，正文的统计期限却是2023年12月1日至2024年11月30日，大部分在 2024 年',
    ]);
  });
  it('a period within one year is named by its year', () => {
    expect(docYear('本报告所列数据的统计期限为2023年1月1日至2023年12月31日。', '南开区教育局2024年政府信息公开工作年度报告')).toEqual([
      '标题为 2024 年度报告，正文的统计期限却是 2023 年',
    ]);
  });
});

function withPeriod(period: string, title: string) {
  const spec = baseSpec();
  return auditHtml(buildReportHtml({ ...spec, pageTitle: title, titleLines: [title], prose: { ...spec.prose, overview: [period, '本年度工作平稳有序推进。'] } }));
}

describe('the agency and year from the title', () => {
  it.each([
    ['南开区教育局2024年度政府信息公开工作年度报告', '南开区教育局', 2024],
    ['南开区教育局2024年政务公开工作年度报告', '南开区教育局', 2024],
    ['南开区教育局关于2024年政府信息公开工作年度报告的公告', '南开区教育局', 2024],
    ['关于南开区教育局2024年政府信息公开工作年度报告', '南开区教育局', 2024],
    ['2022年上海市政府信息公开工作年度报告', '上海市', 2022],
    ['2024年度南开区教育局政府信息公开工作年度报告', '南开区教育局', 2024],
    ['2024年南开区人民政府办公室政府信息公开工作年度报告', '南开区人民政府办公室', 2024],
    ['南开区教育局二〇二四年度政府信息公开工作年度报告', '南开区教育局', 2024],
    ['中华人民共和国天津海关2024年政府信息公开工作年度报告', '中华人民共和国天津海关', 2024],
    ['天津市气象台2024年政府信息公开工作年度报告', '天津市气象台', 2024],
    ['示例县供销合作社联合社2024年政府信息公开工作年度报告', '示例县供销合作社联合社', 2024],
    ['中共示例县委党校2024年政府信息公开工作年度报告', '中共示例县委党校', 2024],
    ['二〇二三年南开区教育局政府信息公开工作年度报告', '南开区教育局', 2023],
    // The zero as documents type it: a circle (○, ◯), the letter O, the digit 0.
    ['南开区教育局二○二四年度政府信息公开工作年度报告', '南开区教育局', 2024],
    ['南开区教育局二◯二三年政府信息公开工作年度报告', '南开区教育局', 2023],
    ['南开区教育局二O二四年政府信息公开工作年度报告', '南开区教育局', 2024],
    ['二0二二年南开区教育局政府信息公开工作年度报告', '南开区教育局', 2022],
    // Other names reports go by (real 2022–2024 titles).
    ['二道区房屋征收工作管理办公室关于2022年度政府信息公开情况的报告', '二道区房屋征收工作管理办公室', 2022],
    ['南开区教育局2023年度政府信息公开工作报告', '南开区教育局', 2023],
    ['南开区教育局2023年政府信息公开年报', '南开区教育局', 2023],
    ['南开区教育局2023年信息公开年报', '南开区教育局', 2023],
    ['南开区教育局政府信息公开工作2023年度报告', '南开区教育局', 2023],
    // Since stop 43: 年度工作报告, 政务信息公开, and a notice that publishes the report after the agency's name.
    ['南开区教育局2024年政府信息公开年度工作报告', '南开区教育局', 2024],
    ['南开区教育局2024年度政务信息公开工作年度报告', '南开区教育局', 2024],
    ['2024年度南开区教育局政务信息公开工作年度报告', '南开区教育局', 2024],
    ['南开区教育局关于公布2024年政府信息公开工作年度报告的公告', '南开区教育局', 2024],
    ['南开区教育局关于印发《2024年政府信息公开工作年度报告》的通知', '南开区教育局', 2024],
    // A CMS's tag before the title.
    ['【年度报告】南开区教育局2023年政府信息公开工作年度报告', '南开区教育局', 2023],
    ['[政府信息公开]南开区教育局2023年政府信息公开工作年度报告', '南开区教育局', 2023],
    // A bare year before it, as a real 2025 report's title reads ("2025湖口县大垅乡2025年度…").
    ['2025湖口县大垅乡2025年度政府信息公开工作年度报告', '湖口县大垅乡', 2025],
    // The year after the report's name, in brackets; a notice that publishes the report.
    ['南开区教育局政府信息公开工作年度报告（2024年）', '南开区教育局', 2024],
    ['南开区教育局政府信息公开年报(2024年度)', '南开区教育局', 2024],
    ['关于印发《南开区教育局2024年政府信息公开工作年度报告》的通知', '南开区教育局', 2024],
    ['关于公布《南开区教育局2024年政府信息公开工作年度报告》的公告', '南开区教育局', 2024],
    // Since stop 42: the notice without brackets; 年报 with the agency after the year.
    ['关于印发南开区教育局2024年政府信息公开工作年度报告的通知', '南开区教育局', 2024],
    ['2024年度南开区教育局政府信息公开年报', '南开区教育局', 2024],
  ])('%s', (title, agency, year) => {
    // The title as exported: full-width brackets as their plain forms (NFKC), Traditional characters kept.
    expect(reportOf(title)).toEqual({ agency, year, title: title.normalize('NFKC') });
  });

  it.each([
    ['南开区教育局2024年政府信息公开工作年度报告_南开区人民政府'],
    ['南开区教育局2024年政府信息公开工作年度报告 - 南开区人民政府'],
    ['南开区人民政府-南开区教育局2024年政府信息公开工作年度报告'],
    ['南开区人民政府 | 南开区教育局2024年政府信息公开工作年度报告'],
  ])('reads the title past the site\'s name in the page title only (%s)', (pageTitle) => {
    const res = auditHtml(buildReportHtml({ ...baseSpec(), pageTitle, titleLines: [] }));
    expect([res.export.source.title, res.export.report.agency, res.export.report.year]).toEqual(['南开区教育局2024年政府信息公开工作年度报告', '南开区教育局', 2024]);
  });

  // What stands before the article on real pages: other years' reports in a side list, a breadcrumb that ends in
  // the title, a link to the previous article.
  const SIDE_LIST = '<div class="side"><h3 class="title">往年年报</h3><ul><li><a href="/a.html">南开区教育局2023年政府信息公开工作年度报告</a></li><li><a href="/b.html">南开区教育局2022年政府信息公开工作年度报告</a></li></ul></div>';
  it.each([
    ['a list of other years\' reports', SIDE_LIST, true],
    ['a list of other years\' reports, the title in the page title only', SIDE_LIST, false],
    ['a breadcrumb ending in the title', '<div class="crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 南开区教育局2024年政府信息公开工作年度报告</div>', false],
    ['a link to the previous article', '<div class="pn">上一篇：<a href="/a.html">南开区教育局2023年政府信息公开工作年度报告</a></div>', true],
  ])('reads this page\'s title, not %s', (_, before, printed) => {
    const title = '南开区教育局2024年政府信息公开工作年度报告';
    const html = buildReportHtml({ ...baseSpec(), pageTitle: `${title}_南开区人民政府`, titleLines: printed ? [title] : [] }).replace(
      '<div class="article-content">',
      `${before}<div class="article-content">`,
    );
    const res = auditHtml(html);
    expect([res.export.source.title, res.export.report.agency, res.export.report.year]).toEqual([title, '南开区教育局', 2024]);
  });

  it('reads a title Word wrapped in a bookmark (<a name>), which is no link, when the page has no <title>', () => {
    const title = '南开区教育局2024年政府信息公开工作年度报告';
    const html = buildReportHtml({ ...baseSpec(), pageTitle: '', titleLines: [title] }).replace(title, `<a name="_Toc1234">${title}</a>`);
    expect(html).toContain('_Toc1234');
    const res = auditHtml(html);
    expect([res.export.source.title, res.export.report.agency, res.export.report.year]).toEqual([title, '南开区教育局', 2024]);
  });

  it.each([['标题：'], ['信息名称：'], ['文章标题: ']])('reads a title printed after its label (%s)', (label) => {
    const title = '南开区教育局2024年政府信息公开工作年度报告';
    const html = buildReportHtml({ ...baseSpec(), pageTitle: '南开区人民政府', titleLines: [] }).replace('<div class="article-content">', `<div class="meta">${label}${title}</div><div class="article-content">`);
    const res = auditHtml(html);
    expect([res.export.source.title, res.export.report.agency]).toEqual([title, '南开区教育局']);
  });

  // A CMS prints the article's title in an element named for it, and may surround it with more blocks than the
  // eight looked at before the body and at the page's top: the element's name is then what finds it.
  it.each([['class', '<div class="news-title">'], ['id', '<div id="articleTitle">']])('reads a title in an element whose %s names it, far from the body', (_by, open) => {
    const title = '南开区教育局2024年政府信息公开工作年度报告';
    const filler = (word: string) => Array.from({ length: 10 }, (_, i) => `<p>${word}第${i + 1}项</p>`).join('');
    const html = buildReportHtml({ ...baseSpec(), pageTitle: '南开区人民政府', titleLines: [] }).replace(
      '<div class="article-content">',
      `${filler('栏目导航')}${open}${title}</div>${filler('附注说明')}<div class="article-content">`,
    );
    const res = auditHtml(html);
    expect([res.export.source.title, res.export.report.agency, res.export.report.year]).toEqual([title, '南开区教育局', 2024]);
  });

  it('does not take a sentence announcing the report for its title', () => {
    const sentence = '根据《条例》规定，现将我局2024年度政府信息公开情况报告如下：';
    const res = auditHtml(buildReportHtml({ ...baseSpec(), pageTitle: '', titleLines: [sentence] }));
    expect(res.export.source.title).toBeNull();
  });

  // The metadata disclosure platforms print above the article: label and value in cells of their own, or one line.
  it.each([
    ['a metadata table (发布机构)', '<table class="xxgk"><tr><td>索引号：</td><td>11120104MB1234567X/2024-00012</td><td>发布机构：</td><td>南开区教育局</td></tr><tr><td>发文日期：</td><td>2025-01-20</td></tr></table>'],
    ['a metadata table (信息来源)', '<table><tr><td>信息来源</td><td>南开区教育局</td><td>发布日期</td><td>2025-01-20</td></tr></table>'],
    ['one line', '<div class="info"><span>来源：南开区教育局</span>&nbsp;&nbsp;<span>发布时间：2025-01-20</span></div>'],
    ['one line without spaces', '<div class="info">来源：南开区教育局发布时间：2025-01-20 浏览次数：12</div>'],
  ])('takes the agency from the page\'s metadata when the title names none: %s', (_, metadata) => {
    const title = '2024年政府信息公开工作年度报告';
    const html = buildReportHtml({ ...baseSpec(), pageTitle: title, titleLines: [title] }).replace('<div class="article-content">', `${metadata}<div class="article-content">`);
    expect(auditHtml(html).export.report.agency).toBe('南开区教育局');
  });

  it('takes the signature before its date, not the site footer after it', () => {
    const title = '2024年政府信息公开工作年度报告';
    const footer = '<div class="footer"><p>关于我们</p><p>网站地图</p><p>示例县人民政府</p><p>地址：示例县人民路1号</p></div>';
    const signed = (signature: string[]) => auditHtml(buildReportHtml({ ...baseSpec(), pageTitle: title, titleLines: [title], signature, tail: footer })).export.report.agency;
    expect(signed(['示例市交通运输局', '2025年1月20日'])).toBe('示例市交通运输局');
    expect(signed(['示例市交通运输局', '二〇二五年一月二十日'])).toBe('示例市交通运输局');
    expect(signed(['示例市交通运输局', '二○二五年一月二十日'])).toBe('示例市交通运输局');
    expect(signed(['示例市交通运输局 2025年1月20日'])).toBe('示例市交通运输局');
  });

  it('does not take a footer\'s credits for a signature', () => {
    const title = '2024年政府信息公开工作年度报告';
    const tail = '<div class="footer"><p>示例县人民政府办公室主办</p><p>示例县大数据中心承办</p></div>';
    expect(auditHtml(buildReportHtml({ ...baseSpec(), pageTitle: title, titleLines: [title], tail })).export.report.agency).toBeNull();
  });

  it.each([
    ['a source that is no agency', '<div class="info">来源：本网 发布时间：2025-01-20</div>'],
    ['where figures come from', '<p>数据来源：示例市统计局</p>'],
  ])('does not take %s for the publisher', (_, line) => {
    const title = '2024年政府信息公开工作年度报告';
    const html = buildReportHtml({ ...baseSpec(), pageTitle: title, titleLines: [title] }).replace('<div class="article-content">', `${line}<div class="article-content">`);
    expect(auditHtml(html).export.report.agency).toBeNull();
  });

  it('does not take where figures come from, in the report\'s first part, for the publisher', () => {
    const title = '2024年政府信息公开工作年度报告';
    const spec = baseSpec();
    const overview = [spec.prose.overview![0], '数据来源：示例市统计局', ...spec.prose.overview!.slice(1)];
    expect(auditHtml(buildReportHtml({ ...spec, pageTitle: title, titleLines: [title], prose: { ...spec.prose, overview } })).export.report.agency).toBeNull();
  });

  it('takes the agency from the signature when the title names none', () => {
    expect(reportOf('关于2022年度政府信息公开情况的报告', '示例市交通运输局')).toEqual({ agency: '示例市交通运输局', year: 2022, title: '关于2022年度政府信息公开情况的报告' });
    expect(reportOf('2024年政府信息公开工作年度报告', '示例市交通运输局')).toEqual({ agency: '示例市交通运输局', year: 2024, title: '2024年政府信息公开工作年度报告' });
    expect(reportOf('2024年政府信息公开工作年度报告').agency).toBeNull();
    // The site's footer is no signature.
    const footer = '<div class="footer"><p>主办：示例县人民政府办公室</p><p>网站标识码：1234000001</p></div>';
    const res = auditHtml(buildReportHtml({ ...baseSpec(), pageTitle: '2024年政府信息公开工作年度报告', titleLines: ['2024年政府信息公开工作年度报告'], tail: footer }));
    expect(res.export.report.agency).toBeNull();
  });
});
