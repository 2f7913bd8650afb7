import { rowLabel } from '../model/labels';
import { perFormat, rowPaths } from '../model/paths';
import { NUMERAL, numeralValue } from '../text/numerals';
import { formatNumber } from './identity';
import { aboutOtherScope, asPrinted, clauses, clauseSpan, NARROWING, opensParagraph, respectiveClaims, sectionUpTo, sentenceStart, sentenceUpTo, wordsBefore } from './text-util';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';

// An outcome and its count, adjacent in one clause: "予以公开1件", "部分公开2件", "不掌握相关政府信息…3件"; the
// outcome may be quoted or called an answer ("“同意公开”的7件", "予以公开答复966件"). The two kinds of disclosure
// are often counted together ("予以公开及部分公开8件", "全部或部分公开8件"): that claim is about their sum, and
// 部分公开 right after a conjunction is never a claim about 部分公开 alone. The template's outcomes with several
// rows (不予公开, 无法提供, 不予处理, 其他处理) are claimed as a whole, the sum of their rows, only where the
// outcome opens its clause: "不掌握相关政府信息不予公开3件" (a real 2024 report) names another outcome in the
// group's words, and "涉及第三方的不予公开1件" is about one row.
// The count may be written in Chinese numerals ("予以公开两件").
const COUNT = `"?(?:答复)?(?:的)?(?:数量|数|量)?(?:为)?(${NUMERAL})(?:件|宗)`;
// Carried forward: to the next year, in words or by its number (checked against the report's year).
const FORWARD = '结转(?:至|到)?(?:下一?年度?|\\d{4}年度?)';
// The count first, opening its clause: "其中5件予以公开", "2件部分公开", "3件本机关不掌握相关政府信息". Only at the
// clause's opening, so that "收到申请14件予以公开6件" is never read as 14 granted.
// "对5件予以公开" (a real 2024 county report) opens its clause with the count too, and so do "经审查7件予以公开" and
// "对其中7件予以公开": what stands before the count there says how it was handled, not which requests.
// The words of handling that may open such a clause, shared with LISTING.
const HANDLING = '(?:经(?:审查|审核|研究))?对?';
const COUNT_LEAD = `${HANDLING}(?:其中|另有|有)?对?`;
const COUNT_FIRST = `^${COUNT_LEAD}(${NUMERAL})(?:件|宗)(?:申请)?(?:已|均|依法|决定|作出)?`;
// `word`: words every match holds. A clause without them is passed over without running the pattern (a test holds
// each pattern to its words). `countFirst`: the outcome's words when the count comes first.
const claim = (rows: string[], word: string, outcome: string, countFirst?: string) => ({
  rows,
  word,
  re: new RegExp(outcome + COUNT + (countFirst ? `|${COUNT_FIRST}${countFirst}` : '')),
});
// The count first, a group is claimed only where its outcome ends the clause: "1件不予公开", not "1件不予公开的申请…".
const groupClaim = (group: string, outcome: string, word = outcome) => claim([group], word, `^(?:其中|依法|决定|另有|作出)?"?${outcome}`, `${outcome}(?:处理|答复)?$`);
// One row of a group by the template's words, the count after them or first: "属于行政执法案卷1件", "1件属于行政执法案卷".
// `lead`: what may stand between a count that comes first and the words (by default a few words, "1件申请人…").
// The group's words may follow the row's: "涉及国家秘密不予公开1件", "本机关不掌握相关政府信息无法提供3件".
const rowClaim = (row: string, word: string, outcome: string, lead = '(?:属于|涉及)?[^0-9,;。]{0,6}?') =>
  claim([row], word, `(?:属于|涉及|因)?${outcome}(?:的)?(?:申请)?(?:依法)?(?:(?:不予|不同意)公开|无法提供|不予处理)?`, `(?:因)?${lead}${outcome}`);
// `about`: what the sentence up to the claim must name, for a claim whose words could be about other business.
// Words of handling as a clause of their own ("经审查，全部予以公开").
const HANDLING_ALONE = /^(?:经(?:依法)?(?:审查|审核|研究)|依法)$/;
// Brackets after a count that open with 其中: that count's breakdown.
const SUB_BREAKDOWN = new RegExp(`(?<=[件宗])\\(其中([^()]*)(?:\\)|$)`, 'g');
// 其中 opening a clause, perhaps after the words of a count that comes first ("对其中7件…").
const LISTING = new RegExp(`^${HANDLING}其中`);
export const CLAIMS: { rows: string[]; word: string; re: RegExp; about?: RegExp; after?: RegExp; all?: string }[] = [
  // Also "予以公开（含部分公开）8件".
  claim(['requests.granted', 'requests.partiallyGranted'], '部分公开', '(?:(?:予以公开|公开|全部)(?:和|及|或|与|、)部分公开(?:共|共计|合计)?|(?:予以)?公开\\((?:含|包括)部分公开\\))', '(?:予以公开|公开|全部)(?:和|及|或|与|、)部分公开'),
  // 同意公开 and 全部公开 are other reports' words for 予以公开; 不同意公开 is not. The count first, not 全部公开:
  // "14件全部公开" may say that all were answered in some way.
  // 公开 alone opening its clause is granted too, in a list of outcomes ("答复结果为：公开6件，部分公开2件，不公开1件"),
  // but not with 部分 after it ("公开8件（含部分公开2件）"), nor after 其中 ("其中公开8件" may count both).
  claim(['requests.granted'], '公开', '(?:(?<![不分])(?:予以|同意|全部)|^(?!.*部分))公开', '(?:予以|同意)公开(?![和及或与、]部分)'),
  claim(['requests.partiallyGranted'], '部分公开', '(?<![和及或与、])部分公开', '部分公开'),
  // Every request granted, a clause of its own after the requests: "共收到申请3件，均予以公开" says as many were
  // granted as were answered, the outcomes' total (`all`). Not "均予以公开或部分公开", nor without the requests named,
  // nor after words that limit it, in the clause right before (`after`: "除涉及国家秘密的外，均予以公开", "依法应当
  // 公开的，均予以公开"): that clause must end with the requests' count.
  {
    rows: ['requests.granted'],
    word: '予以公开',
    about: /申请/,
    after: new RegExp(`(?:${NUMERAL})件\\)?$`),
    all: 'requests.outcomesTotal',
    re: /^(?:且|并|经审查|经审核)?(?:均|全部|都)(?:已经?)?(?:依法)?予以公开(?:答复)?$/,
  },
  {
    rows: ['requests.unavailable.notHeld'],
    word: '不掌握',
    re: new RegExp(`不掌握[^0-9]{0,14}?(${NUMERAL})(?:件|宗)|${COUNT_FIRST}(?:为|属于?|系|因)?[^0-9]{0,8}?不掌握`),
  },
  // The older wording of the same row: "信息不存在3件", "政府信息不存在的3件", "因信息不存在无法提供3件".
  claim(['requests.unavailable.notHeld'], '不存在', '信息不存在(?:而)?(?:无法提供)?'),
  claim(['requests.notProcessed.duplicate'], '重复申请', '重复申请'),
  // One row of a group, named in the template's own words: "逾期未补正1件", "1件因申请人逾期未补正", "需要另行制作2件",
  // "属于国家秘密1件" (real 2024–2025 reports list their outcomes so). "补正3件" alone (a request to complete the
  // application) is no outcome.
  rowClaim('requests.otherHandling.noCorrection', '补正', '逾期[不未]补正(?:视为放弃(?:申请)?)?', '(?:申请人)?(?:无正当理由)?'),
  // The row's whole name is cut at its 、: its second half, "行政机关不再处理其政府信息公开申请1件", holds the count.
  rowClaim('requests.otherHandling.noCorrection', '不再处理', '(?:行政机关)?不再处理其?(?:政府信息公开)?', ''),
  rowClaim('requests.unavailable.needsCreation', '另行制作', '(?:没有现成信息)?需要?另行制作', ''),
  rowClaim('requests.denied.stateSecret', '国家秘密', '(?:属于|涉及)国家秘密', ''),
  rowClaim('requests.denied.lawProhibited', '禁止公开', '(?:其他)?(?:法律)?(?:行政)?(?:法规)?禁止公开'),
  // Not "第三方" alone: "征求第三方意见2件" is a step of handling, not an outcome.
  // The third party's objection is the reason the template's row names ("第三方不同意公开1件").
  rowClaim('requests.denied.thirdParty', '第三方', '(?:保护)?第三方(?:合法权益|不同意公开)'),
  rowClaim('requests.denied.internalAffairs', '内部事务', '(?:三类)?内部事务(?:信息)?'),
  rowClaim('requests.denied.processInformation', '过程性', '(?:四类)?过程性信息'),
  rowClaim('requests.denied.enforcementFile', '执法案卷', '(?:行政)?执法案卷(?:信息)?'),
  rowClaim('requests.denied.administrativeQuery', '查询事项', '行政查询事项'),
  rowClaim('requests.unavailable.unclear', '不明确', '(?:申请)?内容(?:仍)?不明确'),
  rowClaim('requests.notProcessed.publication', '出版物', '(?:要求)?提供公开出版物'),
  rowClaim('requests.notProcessed.excessive', '大量', '(?:无正当理由)?大量[、,]?反[复覆](?:申请)?'),
  rowClaim('requests.notProcessed.confirmation', '重新出具', '(?:要求行政机关)?确认或重新出具(?:已获取信息)?'),
  rowClaim('requests.otherHandling.feeUnpaid', '收费通知', '(?:逾期)?未按收费通知(?:要求)?缴纳(?:费用)?'),
  // Not processed as a complaint: "信访举报投诉类申请2件" (the only claim a clause naming 信访 may make, see evaluate).
  rowClaim('requests.notProcessed.complaint', '举报投诉', '信访举报投诉类?'),
  // 不同意公开 is other reports' word for it, as 同意公开 is for 予以公开.
  groupClaim('requests.denied', '(?:不予|不同意|不)公开', '公开'),
  groupClaim('requests.unavailable', '无法提供'),
  groupClaim('requests.notProcessed', '不予处理'),
  groupClaim('requests.otherHandling', '其他处理'),
  // Concluded: the outcomes' total, "共办结14件", "办结依申请公开事项14件", "12件已全部办结", the count after 办结 or
  // opening the clause, and only where the clause names no carried-over requests ("上年结转的2件已办结": theirs alone)
  // and its sentence names the requests: "受理审批事项1200件，办结1200件" is about other business. Not "当年办结12件",
  // which may count this year's new requests only (the rest carried forward), nor "当场办结".
  {
    rows: ['requests.outcomesTotal'],
    word: '办结',
    about: /信息公开|依申请/,
    re: new RegExp(
      `^(?:(?!结转)[^0-9]){0,10}?(?<!当[年天日场])办结(?:了)?(?:(?:政府)?信息公开|依申请公开)?(?:申请|事项)?(?:共|共计|合计)?${COUNT}|^(${NUMERAL})件(?:申请)?(?:已|均已)?(?:全部)?(?:按时|按期|依法)?办结$`,
    ),
  },
  // Answered, a clause after the requests' count: the outcomes' total too ("共收到申请14件，已答复12件，2件正在办理").
  // Only with words that answer all of them: "按时答复12件", "延期答复2件", "当场答复3件" count some, and "办理
  // 人大代表建议…，答复12件" is other business (the clause before must name the requests or what was concluded).
  {
    rows: ['requests.outcomesTotal'],
    word: '答复',
    about: /信息公开|依申请/,
    after: /申请|办结/,
    re: new RegExp(
      `^(?:已经?|共|共计|累计|均已|全部|依法|作出|予以)*答复(?:了)?(?:(?:政府)?信息公开|依申请公开)?(?:申请|事项)?(?:共|共计|合计)?${COUNT}|^(${NUMERAL})件(?:申请)?(?:已经?|均已)?(?:全部)?(?:依法)?(?:作出)?答复$`,
    ),
  },
  // The balance's other two rows: "上年结转3件", "含上年度结转申请18件", "上年度结转办理件1件", "上年结转信息公开申请30件",
  // "结转上年度办理3件" (real 2022, 2024 and 2025 reports); "结转下年度继续办理2件", and the count first, the next
  // year by its number: "31件结转到2025年度继续办理", "1件结转下年" (real 2024 and 2025 reports; another year than the
  // next is no claim about this table). Money carried over ("上年结转资金") is counted in 元, never in 件.
  // The count first: "其中2件为上年结转", "2件系上年度结转申请". The last year by its number: "2023年结转的2件",
  // "上年度（2023年）结转2件", "2023年度结转至2024年度办理的申请2件" (checked against the report's year).
  claim(['requests.carriedOver'], '结转', '(?:上一?年度?(?:\\(\\d{4}年度?\\))?结转|\\d{4}年度?结转(?:(?:至|到)\\d{4}年度?)?|结转上一?年度?)(?:办理)?(?:的|下来的)?(?:(?:政府)?信息公开|依申请公开)?(?:申请|件)?', '(?:为|系|属于?|是)上一?年度?结转'),
  // None carried over: "无上年结转申请" (a real 2025 township report), "上年无结转", ending the clause (not "无上年结转
  // 资金"). No count: 0.
  {
    rows: ['requests.carriedOver'],
    word: '结转',
    re: /(?:(?:无|没有)上一?年度?结转|上一?年度?(?:无|没有)结转)(?:的)?(?:(?:政府)?信息公开|依申请公开)?(?:申请|件)?$/,
  },
  {
    rows: ['requests.carriedForward'],
    word: '结转',
    re: new RegExp(`${FORWARD}(?:继续)?(?:办理|答复|处理)?(?:的)?(?:申请)?${COUNT}|(${NUMERAL})件(?:申请)?${FORWARD}`),
  },
  // None carried forward, ending the clause: "无结转下年度办理的申请", "没有结转到下一年度的申请", "下年度无结转"
  // (not "无结转" alone, which may be either year's). No count: 0.
  {
    rows: ['requests.carriedForward'],
    word: '结转',
    re: new RegExp(
      `(?:(?:无|没有)(?:需要?)?${FORWARD}|下一?年度?(?:无|没有)结转)(?:继续)?(?:办理|答复|处理)?(?:的)?(?:(?:政府)?信息公开|依申请公开)?(?:申请|件)?$`,
    ),
  },
];

// The agency's documents and what it published of its own accord, which reports count in the same words as the
// requests' outcomes: "全年审查公文200件，予以公开120件", "确定主动公开文件150件，不予公开10件" (公文公开属性源头认定).
// A claim after them, with no request named in between, is none about part 三. So are the messages and letters it
// answers, and the proposals it handles ("全年处理网民留言20件，予以公开答复20件").
const DOCUMENTS = /公文|文件|公开属性|主动公开|发文|信息\d+条|留言|来信|信箱|建议|提案/;
const NAMES_REQUESTS = /申请/;
// 申请 alone naming the requests: after a verb of receiving or handling, or a count ("共收到申请14件", "共办结申请14件",
// "14件申请"). Not "受理各类审批申请5600件", "被申请行政复议2件": other business.
const REQUESTS_ALONE = /(?:收到|受理|接到|接收|登记|新收|办理|办结|答复|共有|件)(?:了|的)?申请(?!人)/;
// A count of something, before a claim in its sentence.
const COUNTED = new RegExp(`(?:${NUMERAL})(?:件|宗|条|项|个|次)`);
// What a claim's section must name before it ("依申请公开请求" for the requests too).
const REQUESTS_NEAR = /申请|请求/;
// Documents to be disclosed on request, a class of them beside those published ("其中主动公开98件，依申请公开8件").
const DOCUMENTS_ON_REQUEST = /依申请公开(?=\d)/g;

// What every claim holds, in one scan of a clause: three includes() (件, 宗, 结转) took 16 µs a check on pingtan's
// 376 clauses, this 11 (the two includes before 结转 was added, 12).
const MAY_CLAIM = /[件宗]|结转|分别|予以公开(?:答复)?$/;

/** The row paths a claim sums, in a format: a row, or every row of an outcome group. */
const claimRows = perFormat((format) => {
  const rows = rowPaths(format, 'requests');
  return new Map(CLAIMS.map((c) => [c, c.rows.flatMap((r) => (rows.includes(r) ? [r] : rows.filter((x) => x.startsWith(`${r}.`))))]));
});

/** What TEXT-OUTCOMES checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const textOutcomesDescription: Bilingual = {
  zh: '正文给出的某项办理结果件数（如“予以公开1件”“不予公开3件”，或“予以公开及部分公开8件”这样的合计），件数在前亦可（“其中5件予以公开”），或按所列次序分别给出（“予以公开、部分公开分别为5件、2件”），或紧接申请数称“均予以公开”（予以公开应等于（七）总计），或上年结转、结转下年度的件数（“上年结转2件”“结转下年度继续办理1件”“无结转下年度办理的申请”即 0 件），或办结、答复的件数（“共办结政府信息公开申请14件”“已答复12件”，句中（连同以分号接续的前句）提及信息公开申请（或句中提及申请、所在部分提及信息公开或依申请；或同段前一句如此提及、本句在其前未给出其他件数）时与（七）总计比较；“按时答复”“延期答复”等只计部分的不比较），与第三部分相应行的总计不一致（不予公开、无法提供、不予处理、其他处理与其各行总计之和比较；不予公开、无法提供、不予处理、其他处理的某一行按模板用语单独给出时（如“属于行政执法案卷1件”“逾期未补正1件”“信访举报投诉类申请1件”）与该行比较；件数后以“（其中…）”给出的细分不影响该件数；“不同意公开”即不予公开）；正文别处给出的件数与表格一致时不报。其他年度或年内一段时间的件数（如“2023年…”“去年…”“上半年…”）不作比较；部门的报告中，全市、全区等整个地区的件数也不作比较；句中先讲公文、主动公开文件、网民留言等其后未再提及申请的件数（“审查公文200件，予以公开120件”），以及所在部分（自“三、”“（二）”“2.”“（2）”等开头的段落起，其上各级标题亦算）在其前未提及申请的件数（“财政预决算予以公开23件”），亦不比较。',
  en: 'An outcome count stated in the text ("予以公开1件", "不予公开3件", or a combined "予以公开及部分公开8件"; the count may come first, "其中5件予以公开", or several be given in the order named, "予以公开、部分公开分别为5件、2件"; or every request granted, "均予以公开" right after their count, when granted should equal (7) outcomes total), or the count carried over or carried forward ("上年结转2件", "结转下年度继续办理1件", "无结转下年度办理的申请" for none), or the count concluded or answered ("共办结政府信息公开申请14件", "已答复12件", against (7) outcomes total, where its sentence (with those before it joined by semicolons) names the requests, or names 申请 under a section that names disclosure, or the sentence before it in the paragraph does and this one counts nothing else before the claim; not counts of some, "按时答复", "延期答复"), differs from the matching row total(s) in part 3 (denied, unavailable, not processed and other handling are compared with the sum of their rows; one row of those groups stated alone in the template\'s words, "属于行政执法案卷1件", "逾期未补正1件", "信访举报投诉类申请1件", with that row; a breakdown in brackets after a count, "（其中…）", leaves that count a claim; "不同意公开" is 不予公开), and the text states the table\'s figure nowhere else. Figures for other years or part of the year ("2023年…", "去年…", "上半年…") are not compared, nor, in a department\'s report, figures for a whole city or district ("全区…"), nor a count after the agency\'s documents or messages are named with no request named in between ("审查公文200件，予以公开120件"), nor one whose section (from the paragraph that opens it, "三、…", "（二）…", "2.…" or "（2）…", with the headings of the higher levels it opens in) names no request before it ("财政预决算予以公开23件").',
};

export const textOutcomes: Rule = {
  id: 'TEXT-OUTCOMES',
  severity: 'warning',
  group: 'text',
  title: { zh: '正文所述办理情况与表格不符', en: 'Handling of requests in the text ≠ table' },
  evaluate(ctx) {
    // Per claim: the first that disagrees with the table, unless another claim about the same rows agrees with it.
    const rowsOf = claimRows(ctx.format);
    const verdicts = new Map<(typeof CLAIMS)[number], { said: number; claim: string; value: number } | 'agrees'>();
    let previous = '';
    const all = clauses(ctx);
    for (let i = 0; i < all.length; i++) {
      let clause = all[i];
      // "予以公开、部分公开8件": the list was split at 、, and its count belongs to both.
      const joined = clause.startsWith('部分公开') && /(?:予以公开|全部|公开)$/.test(previous);
      if (joined) clause = `${previous}、${clause}`;
      previous = clause;
      // Every claim ends in 件 or 宗, or says none was carried over: most clauses are passed over without running the
      // patterns.
      if (!MAY_CLAIM.test(clause)) continue;
      // "办结14件，其中予以公开6件": 其中 opening the clause lists the outcomes of all requests; anywhere else it narrows.
      // 信访 narrows ("通过信访渠道收到2件"), but not in the name of 不予处理's first row. Nor does 其中 opening brackets
      // after a count, which break that count down ("不予公开1件（其中属于国家秘密1件）", "予以公开7件（其中自然人5件）":
      // by applicant or channel too, which divides the count and narrows nothing before it); a comma in the brackets
      // may have cut the clause before they close.
      const listed = clause.replace(LISTING, '').replace(SUB_BREAKDOWN, '');
      if (NARROWING.test(listed) && NARROWING.test(listed.replace('信访举报投诉', ''))) continue;
      // Each pair of a respective list is a claim of its own, quoted as the whole list.
      const pairs = clause.includes('分别') ? respectiveClaims(all, sentenceStart(ctx, i), i, clause) : null;
      if (pairs) for (const said of pairs.claims) check(said, i, clauseSpan(ctx, joined ? Math.min(pairs.from, i - 1) : pairs.from, pairs.to));
      else check(clause, i, null);
    }
    /**
     * Whether the clauses up to clause `i` last named the agency's documents rather than requests: in its sentence, or
     * in the one before where it opens with 其中, which breaks that one down ("全年共制发公文156件。其中主动公开98件，
     * 不予公开50件。").
     */
    function aboutDocuments(i: number): boolean {
      const first = sentenceStart(ctx, i);
      const floor = first > 0 && all[first].startsWith('其中') ? sentenceStart(ctx, first - 1) : first;
      for (let j = i; j >= floor; j--) {
        if (NAMES_REQUESTS.test(all[j].replace(DOCUMENTS_ON_REQUEST, ''))) return false;
        if (DOCUMENTS.test(all[j])) return true;
      }
      return false;
    }
    /** The clause before clause `i` in its sentence, past words of handling ("…14件，经审查，全部予以公开"); '' if none. */
    function clauseBefore(i: number): string {
      let j = i - 1;
      const first = sentenceStart(ctx, i);
      while (j > first && HANDLING_ALONE.test(all[j])) j--;
      return j >= first ? all[j] : '';
    }
    function check(clause: string, i: number, quoted: string | null) {
      let documents: boolean | undefined;
      // The clause's section, read back once for all the claims in the clause.
      let section: string | undefined;
      for (const c of CLAIMS) {
        const m = clause.includes(c.word) ? c.re.exec(clause) : null;
        if (!m || verdicts.get(c) === 'agrees') continue;
        if ((documents ??= aboutDocuments(i))) return;
        if (c.after && !c.after.test(clauseBefore(i))) continue;
        // The requests named in the claim's section; for a claim with words of its own to find, in its sentence, or
        // there 申请 alone under a section that names them ("（二）依申请公开情况。共收到申请14件，办结14件"). A
        // sentence after a semicolon goes on with the one before ("…申请14件，其中网上受理11件；办结14件").
        if (c.about) {
          const names = (text: string) => c.about!.test(text) || (REQUESTS_ALONE.test(text) && c.about!.test((section ??= sectionUpTo(ctx, i))));
          // Or the sentence before it in the paragraph names them, and this one counts nothing before the claim:
          // "本年度共收到政府信息公开申请14件。截至12月31日，共办结14件" (not "…。同时受理热线诉求120件，办结120件").
          const first = sentenceStart(ctx, i);
          const goesOn = () => !opensParagraph(ctx, first) && !COUNTED.test((first < i ? clauseSpan(ctx, first, i - 1) : '') + clause.slice(0, m.index)) && names(sentenceUpTo(ctx, first - 1, true));
          if (!names(sentenceUpTo(ctx, i, true)) && !goesOn()) continue;
        } else if (!REQUESTS_NEAR.test((section ??= sectionUpTo(ctx, i)))) continue;
        // Another period or a wider scope than the report's, in force in the clause or before the claim in it.
        if (aboutOtherScope(wordsBefore(ctx, i, quoted ? '' : clause.slice(0, m.index)), ctx.meta)) continue;
        // A year in the claim: the next for what is carried forward, the last for what was carried over.
        const named = /\d{4}(?=年)/.exec(m[0]);
        if (named && Number(named[0]) !== (ctx.meta.year ?? NaN) + (c.rows[0] === 'requests.carriedOver' ? -1 : 1)) continue;
        const cells = rowsOf.get(c)!.map((row) => ctx.cell(`${row}.total`));
        // A row the report's format lacks (the 2019 template has no "逾期未补正" row) is no claim about its table.
        if (cells.length === 0 || cells.some((cell) => cell.state !== 'number')) continue;
        const value = cells.reduce((sum, cell) => sum + cell.value!, 0);
        const count = m[1] ?? m[2];
        const said = c.all ? ctx.value(`${c.all}.total`) : count === undefined ? 0 : numeralValue(count);
        if (said === null) continue;
        if (said === value) verdicts.set(c, 'agrees');
        // Quoted as the words it says, without the quote marks around the outcome's name.
        else if (!verdicts.has(c)) verdicts.set(c, { said, claim: asPrinted(ctx, quoted ?? m[0]).replace(/"/g, ''), value });
      }
    }
    const out = [];
    for (const [c, v] of verdicts) {
      if (v === 'agrees') continue;
      // A group's rows are summed; the table prints no total for the group itself.
      const isGroup = (row: string) => !rowsOf.get(c)!.includes(row) && rowsOf.get(c)!.length > 1;
      const zh = c.rows.map((row) => (isGroup(row) ? `“${rowLabel(row).zh}”各行总计` : `“${rowLabel(row).zh}·总计”`)).join('与');
      const en = c.rows.map((row) => (isGroup(row) ? `"${rowLabel(row).en}" row totals` : `"${rowLabel(row).en} · total"`)).join(' + ');
      const sum = c.rows.length > 1 || isGroup(c.rows[0]);
      // A claim about every request says how many it means only through the table's total of outcomes.
      const every = c.all && { zh: `表中“${rowLabel(c.all).zh}·总计”为 ${formatNumber(v.said)}，而`, en: `the table's "${rowLabel(c.all).en} · total" is ${formatNumber(v.said)}, but its ` };
      out.push(
        finding(textOutcomes, {
          cells: rowsOf.get(c)!.map((row) => `${row}.total`),
          related: c.all ? [`${c.all}.total`] : [],
          expected: v.said,
          actual: v.value,
          quote: v.claim,
          zh: `正文称“${v.claim}”，${every ? every.zh : '表中'}${zh}${sum ? '之和' : ''}为 ${formatNumber(v.value)}`,
          en: every
            ? `The text says "${v.claim}" (every request); ${every.en}${en} is ${formatNumber(v.value)}`
            : `The text says "${v.claim}" (${v.said}); the table's ${en} ${sum ? 'come to' : 'is'} ${formatNumber(v.value)}`,
        }),
      );
    }
    return out;
  },
};
