// Title, agency and reporting year, read from the page: the title element, the first lines, the text.
import { enclosing, type PageItem, type TextItem } from '../page/items';
import { compactLines, normalizeText, printedText, squeeze } from '../text/normalize';

// The template's name, and the other names reports go by ("2023年度政府信息公开工作报告", "关于2022年度政府信息公开
// 情况的报告", "2023年政府信息公开年报", "2023年信息公开年报", "政府信息公开年报（2023年度）", the agency after the year
// "2024年度示例市交通运输局政府信息公开年报"). Those are taken only as a whole title, ending there:
// a sentence such as "现将2022年度政府信息公开情况报告如下" is no title, nor a breadcrumb's "政府信息公开 >
// 政府信息公开年报".
const TITLE =
  /(?:政府|政务)信息公开.{0,8}年度?(?:工作)?报告|政务公开.{0,6}年度报告|20\d\d年度?(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:情况)?(?:的)?(?:报告|年报)$|(?:信息公开|政务公开)(?:工作)?年报\(20\d\d年度?\)$|20\d\d年度?.{1,30}(?:政府信息公开|政务公开)(?:工作)?年报$/;
const YEAR = /(20\d\d)\s*年/;
// The report's name in a title, where the agency before it ends ("…局政府信息公开工作年度报告"), and that name closing
// what precedes the year ("…局政府信息公开工作2023年度报告").
const REPORT_NAME = '(?:(?:政府|政务)信息公开|政务公开)';
const NAME_STARTS = new RegExp(REPORT_NAME);
const NAME_BEFORE_YEAR = new RegExp(`${REPORT_NAME}(?:工作)?(?:年度报告|年报)?[(（]?$`);
const AGENCY_END = /(?:局|委员会|委|办公室|办|政府|中心|院|厅|部|署|会|所|馆|队|站|处|区|县|市|镇|乡|街道|公司|管委会|海关|气象台|电视台|社|校)$/;

export interface ReportMeta {
  title: string | null;
  agency: string | null;
  /** The reporting year: from the title, else the statistics period, else the text. */
  year: number | null;
  titleYear: number | null;
  /** The year most of the statistics period lies in (a tie goes to the later year). */
  periodYear: number | null;
  /** The statistics period as the text words it, when it runs across a year's end ("2023年12月1日至2024年11月30日"). */
  periodSpan: string | null;
  /** The title is printed in Traditional characters (a site's 繁體 view): the text is read otherwise than printed. */
  traditional: boolean;
}

/** Whether a line of text (normalised) is a report's title: the template's name or another a report goes by. */
export function isReportTitle(text: string): boolean {
  return text.length <= 80 && TITLE.test(squeeze(text));
}

// Site names trail or lead page titles: "…年度报告_沭阳县人民政府", "…年度报告 - 某某网", "某某市人民政府-…年度报告";
// a breadcrumb ends in the page's title ("首页 > 政府信息公开年报 > …年度报告"). A hyphen between digits ("2019-2020")
// is no separator.
const SITE_SEPARATOR = /\s*[_|>»›→]\s*|\s*(?:(?<!\d)-|-(?!\d))\s*/;
// A CMS may print the title after a label ("标题：…", "信息名称：…").
const TITLE_LABEL = /^(?:文章)?(?:标题|题目|信息名称|名称) ?: ?/;
/** `s`: normalised text. */
function cleanTitle(s: string): string {
  const parts = s.replace(TITLE_LABEL, '').split(SITE_SEPARATOR);
  // The part that is a report's title; else the first, where page titles put it.
  return (parts.length > 1 ? parts.find((p) => TITLE.test(arabicYears(squeeze(p)))) : undefined) ?? parts[0];
}

// Text that names another page: a link ("往年年报" lists, "上一篇：…"), or the words that introduce one.
const OTHER_PAGE = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关文章|相关链接|相关阅读)/;
// A link goes somewhere: Word's bookmarks (<a name="_Toc…">) wrap headings and titles too, and name no page.
const inLink = (el: Element) => enclosing(el, 'a')?.hasAttribute('href') === true;

/** A title candidate as read (normalised, Traditional folded), and how to get it as the page prints it. */
interface Candidate {
  text: string;
  printed: () => string;
}

/** The text blocks that are not links, at most `max`, from `from` on (step 1) or back from it (step -1), with their places. */
function blocksFrom(items: PageItem[], from: number, step: 1 | -1, max: number): (Candidate & { at: number })[] {
  const out: (Candidate & { at: number })[] = [];
  for (let i = from; i >= 0 && i < items.length && out.length < max; i += step) {
    const it = items[i];
    if (it.kind === 'text' && !inLink(it.el)) out.push({ text: it.text, printed: () => printedText(it.raw), at: i });
  }
  return step === 1 ? out : out.reverse();
}

/**
 * `bodyStart`: the item where the report's body starts (its first part heading or table). The title is looked for in
 * the page's title elements, in the blocks just before the body, in the page's first blocks and in the page's title.
 */
function* titleCandidates(doc: Document, items: PageItem[], titles: Element[], bodyStart: number): Generator<Candidate> {
  // Elements' and the page's titles are normalised here (a title is short: longer text is not read); the items'
  // texts already are. Candidates are made one by one, in order of preference: the reader stops at the first title
  // that names an agency, on most pages one of the first few (the audit made all thirty or so at stop 21: about a
  // twentieth of its time).
  const fromRaw = (raw: string): Candidate => (raw.length <= 200 ? { text: normalizeText(raw), printed: () => printedText(raw) } : { text: '', printed: () => '' });
  const titled = (t: Candidate): Candidate | null => {
    if (t.text.length > 200) return null;
    // cleanTitle keeps a stretch of the text: the same stretch of the printed text is the title as printed.
    const title = cleanTitle(t.text);
    if (title.length > 80 || OTHER_PAGE.test(title)) return null;
    const at = t.text.indexOf(title);
    return { text: title, printed: () => t.printed().substr(at, title.length) };
  };
  let c: Candidate | null;
  for (const el of titles) if (!inLink(el) && (c = titled(fromRaw(el.textContent ?? '')))) yield c;
  // The eight blocks before the body: on a CMS page the article's title stands there, after menus, lists of dated
  // links and a breadcrumb that fill the page's first blocks. On a page holding the article alone, these are the
  // page's first blocks too.
  const beforeBody = blocksFrom(items, bodyStart - 1, -1, 8);
  for (const b of beforeBody) if ((c = titled(b))) yield c;
  // The first eight blocks that are not links, with their places: a two-line title is two adjacent blocks. On a page
  // holding the article alone they are mostly the blocks before the body, already taken.
  const taken = new Set(beforeBody.map((b) => b.at));
  const first = blocksFrom(items, 0, 1, 8).filter((b) => !taken.has(b.at));
  for (const b of first) if ((c = titled(b))) yield c;
  if ((c = titled(fromRaw(doc.title ?? '')))) yield c;
  // A title printed on two lines ("平潭综合实验区2019年" / "政府信息公开工作年度报告") comes last; a labelled line
  // ("数据来源：…") does not open one.
  for (const blocks of [beforeBody, first]) {
    for (let i = 0; i + 1 < blocks.length; i++) {
      const [a, b] = [blocks[i], blocks[i + 1]];
      if (b.at === a.at + 1 && !a.text.includes(':') && (c = titled({ text: a.text + b.text, printed: () => a.printed() + b.printed() }))) yield c;
    }
  }
}

// The zero of a year in Chinese numerals: 〇 as the standard writes it, and what documents type for it instead (the
// circles ○ and ◯, the letter O, the digit 0, 零).
const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', '◯': '0', O: '0', '0': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_YEAR = /二[〇零○◯O0][一二三四五六七八九〇零○◯O0]{2}(?=年)/g;
// "本报告中所列数据的统计期限自2024年1月1日起" (or "自二〇二四年一月一日起").
const STATS_PERIOD = /统计(?:期限|时限|期间|时间|周期|区间)[^。]{0,12}?(20\d\d|二[〇零○◯O0][一二三四五六七八九〇零○◯O0]{2})年/;
// The period's end, after its opening year: "1月1日起至2024年12月31日", "一月一日至十二月三十一日", "1月-12月".
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])月';
const PERIOD_END = new RegExp(`^(?:${MONTH})?[^。；]{0,8}?(?:至|到|—|－|–|-|~|～)(?:(20\\d\\d)年)?${MONTH}(?:[\\d一二三十]{1,3}日)?`);
// 十一 is 10 + 一.
const monthOf = (m: string | undefined, missing: number) =>
  m === undefined ? missing : /\d/.test(m) ? Number(m) : '一二三四五六七八九十'.indexOf(m.slice(-1)) + 1 + (m.length > 1 ? 10 : 0);
/** "二〇二四年" → "2024年": some titles print the year in Chinese numerals. */
const arabicYears = (c: string) => (/[〇零○◯O0]/.test(c) ? c.replace(CN_YEAR, (y) => [...y].map((d) => CN_DIGIT[d]).join('')) : c);

function yearOf(compacted: string | null): number | null {
  const m = compacted ? YEAR.exec(compacted) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The agency, from the (compacted) title: what precedes the year ("南开区文化和旅游局2024年度…"), or, when the
 * title opens with the year, what stands between it and the report's name ("2022年上海市政府信息公开工作年度报告").
 */
function agencyFromTitle(c: string): string | null {
  const year = /20\d\d年度?/.exec(c);
  if (!year) return null;
  // A CMS's tag before the title ("【年度报告】…", "[政府信息公开]…") is no part of the agency, nor is a bare year a
  // site's list prints before it ("2025湖口县大垅乡2025年度…", a real 2025 report's title).
  let head = c
    .slice(0, year.index)
    .replace(/^(?:【[^】]*】|\[[^\]]*\]|20\d\d(?=\D))/, '')
    .replace(/^关[于於]/, '')
    // A notice that publishes the report: "关于印发《示例市交通运输局2024年…》的通知", or without the brackets.
    .replace(/^(?:(?:印发|公布|发布|转发)《?|《)/, '');
  if (!head) {
    const after = c.slice(year.index + year[0].length);
    const name = after.search(NAME_STARTS);
    head = name > 0 ? after.slice(0, name) : '';
  }
  // "示例市交通运输局政府信息公开工作2023年度报告", "…政府信息公开工作年度报告（2024年）": the report's name before the
  // year is not the agency's.
  head = head.replace(NAME_BEFORE_YEAR, '').replace(/(?:[,:;、]|关[于於](?:印发|公布|发布|转发)?《?)+$/, '');
  return head && AGENCY_END.test(head) ? head : null;
}

// Disclosure platforms print the publisher beside the index number: "发布机构：南开区教育局" in a metadata table
// (label and value in cells of their own, so items of their own) or in one line ("来源：南开区教育局 发布时间：…").
const PUBLISHER_LABEL = '(?:发布机构|发文机关|发布单位|公开主体|信息来源|来源)';
const PUBLISHER_ALONE = new RegExp(`^${PUBLISHER_LABEL}:?$`);
// The label opens its line or follows a space: "数据来源：示例市统计局" names where figures come from, not the publisher.
const PUBLISHER_INLINE = new RegExp(`(?:^|\\s)${PUBLISHER_LABEL}:([^\\s:]{2,40})`);
// Where a line runs on into the next label without a space.
const NEXT_LABEL = /(?:发布|时间|日期|浏览|点击|字号|作者|编辑|阅读|索引号|分类|文号).*$/;
/** A line of the text (an index into the texts) and what was read in it. */
interface Found {
  value: string;
  line: number;
}

/** The publisher named in the page's metadata near its top, when it is an agency. */
function publisherOf(texts: string[]): Found | null {
  const top = Math.min(texts.length, 40);
  for (let i = 0; i < top; i++) {
    if (texts[i].length > 80) continue;
    const c = squeeze(texts[i]);
    const inline = PUBLISHER_INLINE.exec(texts[i]);
    const line = inline ? i : i + 1;
    const value = inline ? squeeze(inline[1]).replace(NEXT_LABEL, '') : PUBLISHER_ALONE.test(c) && line < texts.length ? squeeze(texts[line]) : '';
    if (value && value.length <= 30 && AGENCY_END.test(value)) return { value, line };
  }
  return null;
}

// A signature's date: "2025年1月20日", or in Chinese numerals ("二〇二五年一月二十日", "二○二五年…").
const DATE = /(?:20\d\d|二[〇零○◯O0][一二三四五六七八九〇零○◯O0]{2})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,4}日$/;
/** A line that can sign the report: short, naming an agency, not a footer's label ("主办：…") or credit ("…承办"). */
const signs = (t: string) => t.length <= 30 && AGENCY_END.test(t) && !/[\d:]/.test(t) && !/(?:主办|承办|协办|维护|版权所有)$/.test(t);
/**
 * The signature at the report's end, among its last 20 lines: the agency (the line before the date, or the date's own
 * line) and the date's line. A site's footer may follow it.
 */
function signedDate(texts: string[]): { agency: Found; dateLine: number } | null {
  const from = Math.max(0, texts.length - 20);
  for (let i = texts.length - 1; i >= from; i--) {
    const line = squeeze(texts[i]);
    const date = DATE.exec(line);
    if (!date) continue;
    const before = line.slice(0, date.index);
    if (before && signs(before)) return { agency: { value: before, line: i }, dateLine: i };
    if (!before && i > 0 && signs(squeeze(texts[i - 1]))) return { agency: { value: squeeze(texts[i - 1]), line: i - 1 }, dateLine: i };
  }
  return null;
}

// A line of a site's footer: who runs the site ("主办：…", "技术支持：…"), its registration numbers, its copyright. Not
// an address or a telephone number: a report gives its own office's.
const FOOTER_LINE = /^(?:主办|承办|协办|技术支持)(?:单位)?:|网站标识码|ICP备|公网安备|版权所有|copyright|©/i;

/**
 * Where the report's text ends: after its signature's date when it has one (what follows is the site's), and before
 * the footer lines that close the page ("主办：…", "网站标识码…"). An index into `texts`.
 */
export function reportTextEnd(texts: string[]): number {
  const signed = signedDate(texts);
  let end = signed ? signed.dateLine + 1 : texts.length;
  while (end > 0 && FOOTER_LINE.test(squeeze(texts[end - 1]))) end--;
  return end;
}

/** The agency that signed the report at its end; failing a dated signature, the last short line naming an agency. */
function signatureOf(texts: string[]): Found | null {
  const signed = signedDate(texts);
  if (signed) return signed.agency;
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 6); i--) {
    const line = squeeze(texts[i]);
    if (signs(line)) return { value: line, line: i };
  }
  return null;
}

/**
 * `texts`: the text items' texts, in order; `fullText`: the same, a line each. The title and agency are found in the
 * text as read (Traditional characters folded) and given as the page prints them: the same stretch of its text.
 */
export function readMeta(doc: Document, items: PageItem[], texts: string[], fullText: string, titles: Element[] = [], bodyStart = 0): ReportMeta {
  // The first title that names an agency, else the first title. Each candidate is compacted once: the title, agency
  // and year are all read from the compacted form.
  let title: (Candidate & { c: string }) | null = null;
  let titleAgency: string | null = null;
  for (const { text, printed } of titleCandidates(doc, items, titles, bodyStart)) {
    const c = arabicYears(squeeze(text));
    if (!TITLE.test(c)) continue;
    titleAgency = agencyFromTitle(c);
    if (titleAgency || !title) title = { text, printed, c };
    if (titleAgency) break;
  }
  const printedTitle = title ? title.printed() : null;
  // What was read in a line, as the line prints it (the squeezed forms keep the same places). Most agencies come
  // from the title: the text items are gathered only when one does not.
  let textItems: TextItem[] | null = null;
  const asPrinted = ({ value, line }: Found) => {
    const at = squeeze(texts[line]).indexOf(value);
    textItems ??= items.filter((it) => it.kind === 'text');
    return at < 0 ? value : squeeze(printedText(textItems[line].raw)).substr(at, value.length);
  };
  let agency: string | null = null;
  if (title && titleAgency) {
    agency = arabicYears(squeeze(printedTitle!)).substr(title.c.indexOf(titleAgency), titleAgency.length);
  } else {
    // A title printed on two lines: the agency is the short line just before "2024年政府信息公开工作年度报告".
    const at = texts.findIndex((t) => TITLE.test(squeeze(t)));
    const before = at > 0 ? squeeze(texts[at - 1]) : '';
    // A labelled line ("数据来源：…") is no part of the title.
    if (before && signs(before)) agency = asPrinted({ value: before, line: at - 1 });
  }
  if (!agency) {
    const found = publisherOf(texts) ?? signatureOf(texts);
    if (found) agency = asPrinted(found);
  }
  const titleYear = yearOf(title?.c ?? null);
  const { periodYear, periodSpan } = statsPeriod(compactLines(fullText));
  const textYear = yearOf(compactLines(fullText.slice(0, 2000)));
  const traditional = printedTitle !== null && printedTitle !== title!.text;
  return { title: printedTitle, agency, year: titleYear ?? periodYear ?? textYear, titleYear, periodYear, periodSpan, traditional };
}

/** The statistics period's year. A period that runs across a year's end is given to the year holding more of its months. */
function statsPeriod(compacted: string): { periodYear: number | null; periodSpan: string | null } {
  const period = STATS_PERIOD.exec(compacted);
  if (!period) return { periodYear: null, periodSpan: null };
  const start = period.index + period[0].length - period[1].length - 1;
  // Years in Chinese numerals are as long as in digits, so places in the converted text are places in the printed.
  const words = arabicYears(compacted.slice(start, start + 40));
  const from = Number(words.slice(0, 4));
  const end = PERIOD_END.exec(words.slice(5));
  const to = end?.[2] ? Number(end[2]) : from;
  if (to !== from + 1) return { periodYear: from, periodSpan: null };
  const monthsBefore = 13 - monthOf(end![1], 1);
  const periodYear = monthOf(end![3], 12) >= monthsBefore ? to : from;
  return { periodYear, periodSpan: compacted.slice(start, start + 5 + end!.index + end![0].length) };
}
