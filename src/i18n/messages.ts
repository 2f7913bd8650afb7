// UI strings. The extension's _locales files are generated from this table (scripts/write-locales.ts), so the
// browser's i18n and the fallback below never disagree. Chinese first; English second.
import { lookup, type GetMessage, type Translate } from './translate';

export const MESSAGES = {
  extName: { zh: '信息公开年报审读', en: 'Disclosure Lens' },
  extDescription: {
    zh: '核对政府信息公开工作年度报告中的统计表：找出加总不符、漏行、空白和前后矛盾，并可一键复制结构化数据。不联网，不上传任何数据。',
    en: 'Checks the tables of government information-disclosure annual reports: totals that do not add up, missing rows, blanks and contradictions; copies the data as JSON in one click. No network, no upload.',
  },
  commandAudit: { zh: '审读此页', en: 'Audit this page' },
  menuAudit: { zh: '审读此页（信息公开年报）', en: 'Audit this page (disclosure report)' },
  auditThisPage: { zh: '审读此页', en: 'Audit this page' },
  auditAnyway: { zh: '仍然审读', en: 'Audit anyway' },
  notReport: { zh: '此页不是政府信息公开工作年度报告。', en: 'This page is not a government information-disclosure annual report.' },
  notReportHint: {
    zh: '如果报告在本页中但未被识别，可点击“仍然审读”。',
    en: 'If the report is on this page but was not recognised, choose "Audit anyway".',
  },
  olderFormat: {
    zh: '这是 $1 年度的报告。2019 年以前的年报按旧条例编制，统计表与现行模板不同，本工具不核对。',
    en: 'This is the report for $1. Reports before 2019 follow the old Regulations and print a different statistics table, which this tool does not check.',
  },
  blankTemplate: {
    zh: '此页刊载的是年度报告格式的空白样表（表中没有填写数字），不是某个机关的年度报告，无需核对。',
    en: 'This page shows the blank tables of the report template (no number is filled in), not an agency\'s report: there is nothing to check.',
  },
  attachedFiles: {
    zh: '本页附有文件 $1。年报若只以附件发布，请打开附件查看；本工具只审读以网页发布的年报。',
    en: 'This page links to $1. A report published only as an attached file has to be opened there; this tool audits reports published as web pages.',
  },
  noTables: { zh: '审读完成，但页面中没有找到年报统计表。', en: 'Audited, but no report tables were found on this page.' },
  cannotAccess: { zh: '无法在此页运行（浏览器内部页面或受保护的页面）。', en: 'Cannot run on this page (a browser page or a protected page).' },
  loading: { zh: '正在读取…', en: 'Reading…' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  format: { zh: '模板', en: 'Template' },
  formatValue: { zh: '$1 版', en: '$1 format' },
  errors: { zh: '错误', en: 'errors' },
  warnings: { zh: '警告', en: 'warnings' },
  reviews: { zh: '待核', en: 'to review' },
  infos: { zh: '提示', en: 'notes' },
  noFindings: { zh: '未发现问题：各项勾稽关系均成立。', en: 'No findings: every identity holds.' },
  partial: { zh: '页面过大，只审读了一部分。', en: 'The page is very large; only part of it was read.' },
  moreReports: {
    zh: '本页还有 $1 份报告的统计表，只核对了第一份。',
    en: 'This page holds the tables of $1 more report(s); only the first report was checked.',
  },
  reportOf: { zh: '第 $1 份，共 $2 份', en: 'Report $1 of $2' },
  previousReport: { zh: '上一份', en: 'Previous' },
  nextReport: { zh: '下一份', en: 'Next' },
  copyJson: { zh: '复制 JSON', en: 'Copy JSON' },
  copyCsv: { zh: '复制 CSV', en: 'Copy CSV' },
  copyTsv: { zh: '复制 TSV', en: 'Copy TSV' },
  copyMarkdown: { zh: '复制 Markdown', en: 'Copy Markdown' },
  downloadJson: { zh: '下载 .json', en: 'Download .json' },
  copied: { zh: '已复制 $1', en: 'Copied $1' },
  copyFailed: { zh: '复制失败：$1', en: 'Copy failed: $1' },
  downloaded: { zh: '已下载 $1', en: 'Downloaded $1' },
  marksOn: { zh: '显示标记', en: 'Show marks' },
  marksOff: { zh: '隐藏标记', en: 'Hide marks' },
  expected: { zh: '应为', en: 'Expected' },
  printed: { zh: '表中为', en: 'Printed' },
  relatedCells: { zh: '相关单元格', en: 'Related cells' },
  groupStructure: { zh: '结构', en: 'Structure' },
  groupCell: { zh: '单元格', en: 'Cells' },
  groupActiveDisclosure: { zh: '二、主动公开', en: '2. Active disclosure' },
  groupRequests: { zh: '三、依申请公开', en: '3. Requests' },
  groupReviewLitigation: { zh: '四、复议诉讼', en: '4. Review and litigation' },
  groupText: { zh: '正文与表格', en: 'Text against tables' },
  groupYears: { zh: '跨年度', en: 'Across years' },
  goToCell: { zh: '定位到单元格', en: 'Show the cell' },
  goToText: { zh: '定位到正文中的这句话', en: 'Show these words in the text' },
  privacy: { zh: '全部在本机完成，不联网。', en: 'Runs entirely on this device; no network.' },
  chipLabel: { zh: '信息公开年报审读结果', en: 'Disclosure Lens results' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** Looks a string up through the browser's i18n when given, else in the table (zh unless asked for en). */
export function makeT(getMessage?: GetMessage, lang: 'zh' | 'en' = 'zh'): Translate {
  return (key, ...subs) => lookup(getMessage, key, subs) || subs.reduce((acc, sub, i) => acc.replace(`$${i + 1}`, sub), MESSAGES[key][lang] as string);
}
