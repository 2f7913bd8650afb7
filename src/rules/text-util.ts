// Reading numbers out of the report's prose. Precision over recall: a clause about one kind of applicant or about
// a sub-item is not a claim about the total, so such clauses are skipped.
import type { Reading } from '../audit/context';
import { squeeze } from '../text/normalize';
import { NUMERAL } from '../text/numerals';

// "1,415件": a count with thousands separators (a full-width "，" too, which normalising made ","). Read whole, not
// as "1" ending one clause and "415件" opening the next: the separator goes where a digit is followed by exactly three.
const THOUSANDS = /(?<=\d),(?=\d{3}(?!\d))/g;
// Whether the text holds one at all: a scan about thirty times faster than the replacement's lookbehind, which
// otherwise runs over every report's whole text for the commas of its prose.
const MAY_HOLD_THOUSANDS = /\d,\d{3}/;

/** Text as the text rules read it: compacted, counts joined across their thousands separators. */
const compacted = (text: string) => {
  const c = squeeze(text);
  return MAY_HOLD_THOUSANDS.test(c) ? c.replace(THOUSANDS, '') : c;
};

const END_OF_TEXT = 0x0a; // the text's end cuts a clause and a sentence, as a line's end and 。 do

/**
 * How many clauses of a sentence a claim looks back over, for the period, the scope or the words naming the requests
 * before it. The longest sentence of the real reports in the fixtures has 19 clauses; without a bound, a page of one
 * endless sentence of claims (0.4 MB, 16,000 clauses) kept the rules busy for 17 s, every claim reading back to the
 * sentence's start.
 */
export const LOOK_BACK = 64;

/** The words that open a change on an earlier year ("较上年增加200条", "同比下降12.5%"): neither a total nor a part. */
export const CHANGE_WORDS = '(?:较|比|同比|环比)';

/**
 * Whether the 、 at i is the one in "公民、法人或者其他组织" (or "自然人、法人…"), the Regulations' name for every
 * applicant: "共收到公民、法人或者其他组织提出的政府信息公开申请15件" is one claim, not two clauses.
 */
// By character code (法 人, then 民 or 人 before): the check runs at every 、 of the text, and 法 follows few of them.
const namesEveryApplicant = (c: string, i: number) =>
  c.charCodeAt(i + 1) === 0x6cd5 && c.charCodeAt(i + 2) === 0x4eba && (c.charCodeAt(i - 1) === 0x6c11 || c.charCodeAt(i - 1) === 0x4eba);

/**
 * Whether a clause ends at `i` inside a sentence: at a comma, a colon, or a 、 other than the one in "公民、法人". Every
 * text rule cuts clauses so (`ch` is the character code at `i`, when the caller has it).
 */
export const cutsClause = (c: string, i: number, ch = c.charCodeAt(i)) =>
  ch === 0x2c || ch === 0x3a || (ch === 0x3001 && !namesEveryApplicant(c, i));

/**
 * The report's text is its items' texts, normalised, a line each. One scan gives both its clauses (cut at 。;!?,:、
 * and line ends, but not at the 、 of "公民、法人") and its sentences (cut at 。;!? and line ends); empty pieces are left out. The whole text is
 * compacted at once: neither removing spaces nor joining a count's thousands reaches across a line's end, so that
 * is each line compacted, without cutting the text into lines first.
 */
export function splitText(text: string): { clauses: string[]; sentences: string[]; sentenceStarts: number[]; clauseAt: number[]; compact: string } {
  const clauses: string[] = [];
  const sentences: string[] = [];
  // Per clause, the index of its sentence's first clause: where a claim's period is looked for (clausePeriod).
  const sentenceStarts: number[] = [];
  // Per clause, where it starts in the compacted text: a stretch of clauses is quoted from it (clauseSpan).
  const clauseAt: number[] = [];
  const c = compacted(text);
  let clause = 0;
  let sentence = 0;
  let first = 0;
  for (let i = 0; i <= c.length; i++) {
    const ch = i < c.length ? c.charCodeAt(i) : END_OF_TEXT;
    const endsSentence = ch === 0x3002 || ch === 0x3b || ch === 0x21 || ch === 0x3f || ch === 0x0a;
    if (!endsSentence && !cutsClause(c, i, ch)) continue;
    if (i > clause) {
      // A sentence longer than LOOK_BACK clauses is looked back over as if it started again.
      if (clauses.length - first >= LOOK_BACK) first = clauses.length;
      clauses.push(c.slice(clause, i));
      sentenceStarts.push(first);
      clauseAt.push(clause);
    }
    clause = i + 1;
    if (endsSentence) {
      if (i > sentence) sentences.push(c.slice(sentence, i));
      sentence = i + 1;
      first = clauses.length;
    }
  }
  return { clauses, sentences, sentenceStarts, clauseAt, compact: c };
}

// A time that opens a clause: another year, several or a part of one ("2023年收到…", "上年度予以公开8件", "去年，…",
// "近三年来…"), or this year's words, which set the period back ("本年度…", "今年…", "全年…"). Not "上年结转" (nor
// "上年无结转", "上年度（2023年）结转", "2023年结转"), the template's carried-over row.
// Several years together: "近三年来共收到申请35件", "五年来", "历年".
const SEVERAL_YEARS = '近[两二三四五六七八九十\\d]+年来?|[两二三四五六七八九十]年(?:来|间)|历年';
const TIME_OPENING = new RegExp(`^(?:(?:19|20)\\d\\d年(?!度?结转)度?|去年|前年|上一?年度?(?!度?(?:\\(\\d{4}年度?\\))?(?:无|没有)?结转)|[上下]半年|第?[一二三四1-4]季度|${SEVERAL_YEARS}|本年度?|今年|全年)`);
const THIS_YEAR = /^(?:本年|今年|全年)/;

/** The period a clause opens with ('' for this year's words), or null when it opens with none. */
function periodOpening(clause: string): string | null {
  const t = TIME_OPENING.exec(clause);
  return t ? (THIS_YEAR.test(t[0]) ? '' : t[0]) : null;
}

/**
 * The period in force after a clause, in its sentence: the time the clause opens with, else the one before it. A time
 * opening a clause sets the period of the rest of its sentence: "上年度予以公开8件，部分公开3件" is about last year in
 * both clauses, and so is "2023年，我局未收到申请" after the year alone.
 */
export function carryPeriod(period: string, clause: string): string {
  return periodOpening(clause) ?? period;
}

// Several text rules read the same report text: it is split once per audit. Kept with the audit's context, not by
// the text's value: an audit never finds the work of an earlier one, which a benchmark auditing one page again would.
const splits = new WeakMap<Reading, ReturnType<typeof splitText>>();
function split(ctx: Reading) {
  let s = splits.get(ctx);
  if (!s) splits.set(ctx, (s = splitText(ctx.fullText)));
  return s;
}

/** Clauses of the report's text, compacted: split at sentence and clause punctuation. */
export function clauses(ctx: Reading): string[] {
  return split(ctx).clauses;
}

/**
 * The period in force in clause `i` of clauses(ctx) (see carryPeriod): the time it opens with, else the latest that
 * opened an earlier clause of its sentence; '' for this year's words, or none.
 */
function clausePeriod(all: string[], first: number, i: number): string {
  for (let j = i; j >= first; j--) {
    const p = periodOpening(all[j]);
    if (p !== null) return p;
  }
  return '';
}

/**
 * The words that tie a claim in clause `i` of clauses(ctx) to a period or a scope, for aboutOtherScope: the period in
 * force in the clause (clausePeriod), the whole area an earlier clause of its sentence counts for, which the claim
 * shares ("全区共收到申请1200件，予以公开800件": the district's 800; see scopeBefore), and `inClause`, the clause's words
 * before the claim. Looked for only where a rule found a claim, not for every clause.
 */
export function wordsBefore(ctx: Reading, i: number, inClause: string): string {
  const { clauses: all, sentenceStarts } = split(ctx);
  const first = sentenceStarts[i];
  return clausePeriod(all, first, i) + scopeBefore(all.slice(first, i), inClause) + inClause;
}

/** Clauses `from` to `to` of clauses(ctx) as the compacted text has them, with the punctuation between them. */
export function clauseSpan(ctx: Reading, from: number, to: number): string {
  const { clauses: all, clauseAt, compact } = split(ctx);
  return compact.slice(clauseAt[from], clauseAt[to] + all[to].length);
}

// How far back sectionUpTo reads: a page of one endless line of claims must not be read back to its start for each
// of them (the longest paragraph of the fixtures' real reports has a few hundred characters: 323 in nankai-2024).
const SECTION_REACH = 2000;
// What opens a paragraph of each level, highest first (the group that matched, less one): a part "三、", a section
// "（二）", an item "2." or "2、", an item of one "（2）" (not "2.5万元").
const OPENING = /\n(?:([一二三四五六七八九十]{1,2}、)|(\([一二三四五六七八九十]{1,2}\))|(\d{1,2}[.、](?!\d))|(\(\d{1,2}\)))/g;
// A heading: its words up to the first punctuation, not the text that may follow it on its line.
const HEADING = /^[^。,:;\n]{0,24}/;
// Per text, the paragraphs that open a level and their levels, in order: found by one scan, where a claim first
// needs its section (a page of one endless paragraph of claims must not be scanned again for each).
const openingsOf = new WeakMap<Reading, { at: number[]; level: number[] }>();

/**
 * The text from the opening of clause `i`'s section (the paragraph that opens with "三、", "（二）", "2." or "（2）",
 * or its own paragraph when it opens so) up to the clause's end, at most SECTION_REACH characters back, after the
 * headings of the higher levels it opens in: "二、依申请公开情况" above "（一）收到申请…（二）办理结果"; "一、总体情况" above
 * "1.主动公开…2.依申请公开…3.政府信息管理", where the third is a section of its own.
 */
export function sectionUpTo(ctx: Reading, i: number): string {
  const { clauses: all, clauseAt, compact } = split(ctx);
  let openings = openingsOf.get(ctx);
  if (!openings) {
    openings = { at: [], level: [] };
    // After a line's end (one before the text too): a pattern opening with it is scanned for fast.
    for (const m of `\n${compact}`.matchAll(OPENING)) {
      openings.at.push(m.index!);
      openings.level.push(m.findIndex((g, k) => k > 0 && g !== undefined) - 1);
    }
    openingsOf.set(ctx, openings);
  }
  const { at, level } = openings;
  const end = clauseAt[i] + all[i].length;
  const from = Math.max(0, end - SECTION_REACH);
  // The last opening at or before the clause's start is the section's (a binary search); none within reach: the whole
  // reach, past a line's end it opens with.
  let lo = 0;
  for (let hi = at.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (at[mid] <= clauseAt[i]) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  if (k < 0 || at[k] < from) return compact.slice(compact[from] === '\n' ? from + 1 : from, end);
  let headings = '';
  for (let current = level[k], j = k - 1; current > 0 && j >= 0 && at[j] >= from; j--) {
    if (level[j] < current) [headings, current] = [`${HEADING.exec(compact.slice(at[j], at[j] + 25))![0]}\n${headings}`, level[j]];
  }
  return headings + compact.slice(at[k], end);
}

/** The character that ended clause `i` (a comma, 、, ;, 。 or a line's end), in the compacted text. */
export function cutAfter(ctx: Reading, i: number): string {
  const { clauses: all, clauseAt, compact } = split(ctx);
  return compact.charAt(clauseAt[i] + all[i].length);
}

/** Whether clause `i` opens a paragraph: a line's end since the clause before it began. */
export function opensParagraph(ctx: Reading, i: number): boolean {
  const { clauseAt, compact } = split(ctx);
  return i === 0 || compact.lastIndexOf('\n', clauseAt[i]) > clauseAt[i - 1];
}

/** The index of the first clause of clause `i`'s sentence. */
export function sentenceStart(ctx: Reading, i: number): number {
  return split(ctx).sentenceStarts[i];
}

/**
 * Clause `i` with the clauses of its sentence before it, joined: what the sentence has said up to its end. With
 * `pastSemicolons`, from the first of the sentences before it joined to it by semicolons ("…申请14件，其中网上受理11件；
 * 办结14件"), at most LOOK_BACK clauses back.
 */
export function sentenceUpTo(ctx: Reading, i: number, pastSemicolons = false): string {
  const { clauses: all, sentenceStarts } = split(ctx);
  let first = sentenceStarts[i];
  while (pastSemicolons && first > 0 && i - first < LOOK_BACK && cutAfter(ctx, first - 1) === ';') first = sentenceStarts[first - 1];
  return all.slice(first, i + 1).join('');
}

/** The report text's sentences, compacted; they never run across paragraphs (the text joins them with newlines). */
export function sentences(ctx: Reading): string[] {
  return split(ctx).sentences;
}

// "去年予以公开3件", "上一年度收到申请10件" (not "上年结转", the template's carried-over row); "上半年收到申请10件",
// "一季度…": a part of the year.
const OTHER_YEAR_WORDS = new RegExp(`去年|上一?年(?!度?(?:无|没有)?结转)|前年|[上下]半年|[一二三四1-4]季度|${SEVERAL_YEARS}`);

// "全区共收到政府信息公开申请1200件", "全市各部门…": a whole area's figure, which a department's report quotes beside
// its own table. A government's own report ("示例市人民政府", its general office) speaks for the whole area, and so
// does an area's report named by the area alone ("2022年上海市政府信息公开工作年度报告": agency 上海市).
const WIDER_SCOPE = /全(?:省|市|区|县|州|盟|旗|镇|乡)|各(?:部门|单位|级)/;
const AREA_GOVERNMENT = /(?:政府(?:办公室|办公厅)?|[省市区县州盟旗镇乡])$/;

// The agency itself, which sets the scope back: "全区共收到申请1200件，本局收到14件".
const OWN_SCOPE = /[本我](?:局|委|办|厅|单位|机关|部门|中心|院|署|所|站|馆)/;
// A count, which makes a clause's whole area the scope of the clauses after it; an area named in passing ("按照全区统一
// 部署，共收到申请14件") sets none.
const COUNTED = /(?:\d|[一二两三四五六七八九十百千万])(?:件|宗|起|次)/;
// …of what the report's tables count: "全区开展政务公开培训3次" sets no scope for "予以公开7件" after it.
const ABOUT_REQUESTS = /申请|予以公开|部分公开|复议|诉讼|办理|受理|办结|答复|结转/;

/**
 * The whole area the latest of a sentence's earlier clauses counts for, as a time sets the period of the rest of its
 * sentence: "全区共受理行政复议案件50件，行政诉讼30件" is the district's 30 lawsuits too. '' when none does, or when a
 * later clause or the claim's own words before it (`before`) name the agency itself.
 */
export function scopeBefore(earlier: string[], before: string): string {
  if (OWN_SCOPE.test(before)) return '';
  for (let j = earlier.length - 1; j >= 0; j--) {
    const c = earlier[j];
    if (OWN_SCOPE.test(c)) return '';
    const wider = WIDER_SCOPE.exec(c);
    if (wider && COUNTED.test(c) && ABOUT_REQUESTS.test(c)) return wider[0];
  }
  return '';
}

/**
 * Whether the words before a claim give it a wider scope than the agency's own: a whole district, all departments,
 * in the report of one department.
 */
function aboutWiderScope(before: string, agency: string | null): boolean {
  return WIDER_SCOPE.test(before) && !(agency && AREA_GOVERNMENT.test(agency));
}

/**
 * Whether the words before a claim tie it to another period than the report's year: "2023年收到申请10件",
 * "2022年至2024年累计收到…40件", "去年予以公开3件", "上半年…". Reports compare with earlier years and give figures
 * for parts of the year; those are no claim about the year's table.
 */
function aboutAnotherYear(before: string, year: number | null): boolean {
  if (OTHER_YEAR_WORDS.test(before)) return true;
  if (year === null || !before.includes('年')) return false;
  for (const m of before.matchAll(/((?:19|20)\d\d)年/g)) if (Number(m[1]) !== year) return true;
  return false;
}

/**
 * Whether the words before a claim (its clause's, and a time alone in the clause before) make it a claim about
 * something else than the report's tables: another period, or a whole area in a department's report.
 */
export function aboutOtherScope(before: string, meta: { year: number | null; agency: string | null }): boolean {
  return aboutAnotherYear(before, meta.year) || aboutWiderScope(before, meta.agency);
}

/**
 * Words that narrow a clause to part of the applicants or outcomes. "公民、法人或者其他组织" is the Regulations' name
 * for every applicant, not a part of them; "依申请公开来信" are the requests themselves, not the letters among them.
 */
export const NARROWING = /自然人(?!、法人)|(?<!(?:公民|自然人)、)法人|企业|其中|网络问政|信访|热线|留言|(?<!申请公开)来信|咨询|局长信箱|政务服务/;

// "予以公开、部分公开分别为7件、2件", "新收、上年结转政府信息公开申请分别为15件、2件", "自然人、法人或其他组织分别为
// 12件、2件": each name its count, in the order named.
// The text's clauses are cut at 、, so the names may stand in the clauses before the one holding 分别 and the counts
// in those after it.
const RESPECTIVELY = /^(.*?)(?:的|申请|件数|数量)*分别(?:为|是|有)?(.*)$/;
const NAMES_JOINED = /以及|[、和及与]/;
const COUNT_ALONE = new RegExp(`^(${NUMERAL})(?:件|宗)?$`);
// A year is a name, not a count: "2023年、2024年收到申请分别为11件、14件".
const YEAR = /(?:19|20)\d\d年度?/g;

/**
 * The claims of a clause holding 分别, one a name and its count ("予以公开7件"), or null when names and counts do not
 * pair up. Only clauses without a count (a year aside) are taken for names before it, and only clauses that are a
 * count after it.
 */
export function respectiveClaims(all: string[], first: number, i: number, clause: string): { claims: string[]; from: number; to: number } | null {
  const m = RESPECTIVELY.exec(clause);
  if (!m) return null;
  const counts = m[2] ? m[2].split(NAMES_JOINED) : [];
  let to = i;
  while (to + 1 < all.length && COUNT_ALONE.test(all[to + 1])) counts.push(all[++to]);
  const names = m[1] ? m[1].split(NAMES_JOINED) : [];
  let from = i;
  while (names.length < counts.length && from > first && !/\d/.test(all[from - 1].replace(YEAR, ''))) names.unshift(all[--from]);
  if (counts.length < 2 || names.length !== counts.length || names.some((n) => !n)) return null;
  const claims: string[] = [];
  for (let k = 0; k < counts.length; k++) {
    const count = COUNT_ALONE.exec(counts[k]);
    if (!count) return null;
    claims.push(`${names[k]}${count[1]}件`);
  }
  return { claims, from, to };
}

// The compacted text and the same as printed, for quoting: made once per audit, and only for a page in Traditional
// characters.
const printedTexts = new WeakMap<object, { read: string; printed: string }>();

/**
 * A stretch of the compacted text (what the text rules read and quote) as the page prints it: on a page in
 * Traditional characters the rules read the template's words folded to Simplified, but quote the page's own.
 */
export function asPrinted(reading: Pick<Reading, 'fullText' | 'fullTextAsPrinted'>, quote: string): string {
  const full = reading.fullTextAsPrinted();
  if (full === reading.fullText) return quote;
  let texts = printedTexts.get(reading);
  if (!texts) printedTexts.set(reading, (texts = { read: compacted(reading.fullText), printed: compacted(full) }));
  const { read, printed } = texts;
  const at = read.length === printed.length ? read.indexOf(quote) : -1;
  return at < 0 ? quote : printed.slice(at, at + quote.length);
}

/** A finding's quote and the message that quotes it, quoted once: `...quoting(asPrinted(ctx, m[0]), (q) => …)`. */
export function quoting(quote: string, message: (q: string) => { zh: string; en: string }): { quote: string; zh: string; en: string } {
  return { quote, ...message(quote) };
}
