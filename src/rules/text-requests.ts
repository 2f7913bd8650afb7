import { columnLabel } from '../model/labels';
import { NUMERAL, numeralValue } from '../text/numerals';
import { formatNumber } from './identity';
import { aboutOtherScope, asPrinted, CHANGE_WORDS, clauses, clauseSpan, cutAfter, LOOK_BACK, NARROWING, quoting, respectiveClaims, sentenceStart, sentenceUpTo, wordsBefore } from './text-util';
import { finding, type Rule } from './types';
import type { Bilingual } from '../model/schema';
import type { AuditContext } from '../audit/context';

// "收到政府信息公开申请14件", and the count first: "共收到8份政府信息公开申请".
// Counts may be written in Chinese numerals ("收到政府信息公开申请两件").
// "新收" is the template's own word ("全年新收政府信息公开申请1541件"); "登记", "新增" (not "较上年新增…3件", a change) and
// "共有12件政府信息公开申请" (the count right after it: "共有政府信息公开申请受理点3个" is no count of requests) say the
// same. 申请人 is the applicant, not the request: "收到申请人补正材料5件" counts documents.
const RECEIVED = new RegExp(`(?:收到|受理|接到|接收|新收|登记|(?<![较比][^。]{0,10})新增|共有(?=${NUMERAL}))(?:([^0-9]{0,20}?)申请(?!人)([^0-9]{0,10}?)(${NUMERAL})(?:件|宗|个|份|条|封)|(?:了|的)?(${NUMERAL})(?:件|宗|个|份|条|封)(?:政府)?(?:信息公开|依申请公开)?(?:的)?申请)`);
// One name of a list given 分别 (respectiveClaims) that says received, and its count: "本年度新收15件".
const RECEIVED_NAMED = new RegExp(`^[^结办]*(?:收到|受理|接到|接收|新收|登记)[^结办]*?(${NUMERAL})件$`);
// No verb, the requests opening their clause, perhaps after the year: "2024年，政府信息公开申请12件". Only there: "办结
// 政府信息公开申请12件" counts something else. The year, if any, is group 1 (the claim's period), the count group 2.
// "政府信息公开申请量为13件", "…申请数量13件", "…申请总数为13件" name the count itself.
// "依申请公开请求13件", "依申请公开事项13件", "依申请公开办件13件" say the same (not "依申请公开13件" beside "主动公开…500条", nor
// "依申请公开政府信息13件": either may count what was disclosed).
const VERBLESS = new RegExp(`^((?:全年|本年度?|今年|\\d{4}年度?)?)(?:共|共计)?(?:(?:政府|政务)?信息公开申请|依申请公开(?:请求|申请|事项|办件))(?:(?:受理|收到|接收)?(?:数量|总数|总量|数|量))?(?:共|共计|合计|总计)?(?:为|是)?(${NUMERAL})(?:件|宗|个|份|条)`);
// New requests counted alone, a clause of its own after the requests were named (see evaluate), or brackets after a
// count ("共办理申请16件（新收14件、上年结转2件）"); the period is group 1.
const NEW_ALONE = new RegExp(`(?:^|(?<=件\\())(?:其中)?((?:本年度?|今年|全年|\\d{4}年度?)?)(?:新收|新受理|新接收)(?:的)?(${NUMERAL})件(?:$|(?=[、)]))`);
// The requests to handle in the year, new and carried over together: "加上上年结转2件，共需办理16件", "本年度应办理政府
// 信息公开申请16件", or handled, where both kinds follow in the sentence ("共办理申请16件，其中新收14件，上年结转2件";
// group 1 is 需 or 应). Compared with their sum alone.
const TO_HANDLE = new RegExp(`^[^0-9]{0,12}?([需应])?办理(?:的)?(?:(?:政府)?信息公开|依申请公开)?(?:申请|事项)?(?:共|共计|合计|总计)?(?:为)?(${NUMERAL})件`);
// New and carried over, both named: "其中新收14件，上年结转2件", "（新收14件、上年结转2件）".
const BOTH_KINDS = /(?:新收|新增|收到)[^结]*结转/;
// A verb of receiving alone before a 、, and one of handling after it: "全年共接收、办理政府信息公开申请14件".
const VERB_BEFORE = /^[^0-9]{0,8}(?:收到|受理|接到|接收)$/;
const HANDLING_VERB = /^(?:办理|办结|答复|处理)/;
// What befell some requests, said right after a count that comes first: "共有3件申请因内容不明确，经补正后予以答复".
const HANDLED = /^(?:因|由于|涉及|属于|经|被|需要?|在)/;
// Between the requests and the number, a change ("收到政府信息公开申请较上年减少2件", "…同比增加3件") or a part
// ("新收申请中有4件属于重复申请"), or counts given 分别 that could not be paired with their names ("2023年、2024年
// 收到申请分别为11件、14件"): not the count of them.
const NOT_THE_COUNT = /[较比增减降升中别]/;
const EXCEPT = /除[^。]*外/;
// What the request is for, around 申请: nothing, the disclosure it asks for ("申请公开…", "依申请"), or who and how
// ("公民、法人或者其他组织", the Regulations' name for every applicant; "群众网上申请": a channel, see CHANNEL).
// Any other kind ("受理行政许可申请120件", "收到营业执照申请30件", "收到各类申请200件") is not a disclosure request.
const DISCLOSURE_REQUEST = /^(?:|依|依法|.*公开.*|(?:群众|市民|公民|公众|个人|申请人|的|提交|提出|网上|网络|在线|当面|现场|信函|邮寄|传真|电子邮件|邮件)+|(?:公民|自然人)、法人(?:或者?|和|及|与)其他组织(?:提交|提出)?的?)$/;
// "未收到政府信息公开申请", "全年未接到信息公开申请", "本年度无政府信息公开申请", "未收到政府信息依申请公开事项" (a
// real 2025 report): a claim of none. The kind of request must be named: "未收到行政许可申请" is about something else.
// Between the verb and the request, the words 2025 reports put there ("全乡未受理任何形式的政府信息公开申请", "全镇未
// 接收到书面提交依申请公开事项"), who made none ("未收到任何单位和个人提出的政府信息公开申请", "未收到公民、法人或其他
// 组织提出的…": one applicant alone is a narrowing word, see NARROWING), and "政务" for 政府 ("未收到政务信息公开申请").
const NONE_BETWEEN = '(?:任何(?:形式的)?|书面提交)?(?:[^0-9,;。]{1,14}?(?:提出|提交)的)?';
const NONE = new RegExp(
  `(?:未|没有|无)(?:收到|受理|接到|接收到?|发生)?${NONE_BETWEEN}(?:政府|政务)?(?:信息公开|依申请公开)(?:的)?申请(?!人)|(?:未|没有)(?:收到|受理|接到|接收到?|发生)${NONE_BETWEEN}(?:政府信息)?依申请公开`,
);
// "通过网上平台收到申请10件，通过信函收到申请4件": counts by channel are parts, unless the clause says it is the
// whole after naming the channels ("通过网上、信函等方式共收到申请14件"). "共收到群众网上申请105件，快递17件，合计
// 122件" names the channel after 共: a part. Only the words up to the claim's count are looked at.
const CHANNEL = /网上|网络|在线|当面|现场|信函|邮寄|传真|邮件|电话/;
// "等多渠道" after the channels says they are all of them ("通过电子邮箱申请、当面申请、邮寄申请等多渠道受理依申请公开0件",
// a real 2023 report).
const WHOLE = /(?<!公)共|合计|总计|累计|等多(?:种|个)?(?:渠道|方式|途径)/;
// The whole after the channels' parts, later in their sentence: "…网上申请105件，快递17件，合计122件" (a real 2024 report).
const PART_OF_RECEIVED = new RegExp(`^[^0-9，]{0,10}?(?:${CHANNEL.source}|快递|来信|来访|其他|结转)[^0-9，]{0,6}?${NUMERAL}(?:件|宗|个|份|条|封)$`);
const WHOLE_AFTER_PARTS = new RegExp(`^(?:合计|共计|总计|累计|共)(?:为|收到|受理)?(${NUMERAL})(?:件|宗|个|份|条|封)$`);

// The requests counted by who made them, in the clauses after a claim that agrees with the table, in its sentence
// (or the next, where it opens with 其中): "共收到政府信息公开申请34件，其中自然人申请31件，法人或其他组织申请3件",
// "其中：自然人17件、商业企业1件" (real 2024 reports). A clause with a count and no applicant ends the list. Each
// applicant's words are a group of their own, in the order of COLUMNS: 法人或其他组织 (or 法人 alone, beside 自然人)
// are the five columns after 自然人 together; "其他" is those of them not named, only after another applicant was.
const APPLICANT = new RegExp(
  `^(?:其中)?(?:来自|由|以)?(?:(自然人|公民(?:个人)?|(?:群众)?个人)|(法人(?:(?:或者?|和|及)?其他组织)?)|(?:商业)?(企业)(?:法人)?|(科研机构)|(?:社会)?(公益组织|(?<=社会)组织)|(法律服务机构|律师(?:事务所)?)|(其他)(?:组织)?)(?:名义)?(?:提出|提交|申请|的)*(?:共|为)?(${NUMERAL})(?:件|宗|个|份|条)$`,
);
// The count first: "10件为自然人提出，4件为法人或其他组织提出", read as "自然人提出10件".
const COUNT_FIRST_APPLICANT = new RegExp(`^(?:其中)?((?:${NUMERAL})(?:件|宗))(?:为|是|系|由|来自)(.+)$`);
// A clause that opens with a change on an earlier year ("较2023年增加4件").
const CHANGE = new RegExp(`^${CHANGE_WORDS}`);
// A clause that opens a list by applicant: "按申请人类型分", "从申请人类别看", "按照申请人类型划分", "从申请主体看",
// "按照申请人类别"; or by channel ("从申请渠道看"), which a list by applicant may come after.
const BY_APPLICANT = /^(?:按照?|从)申请(?:人(?:的)?(?:类型|类别|身份|主体)?|主体)(?:分|划分|区分|统计|来看|看)?$/;
const BY_CHANNEL = /^(?:按照?|从)申请(?:渠道|方式|途径)(?:分|划分|区分|统计|来看|看)?$/;
const LEGAL_PERSONS_ALONE = /^(?:其中)?法人(?![或和及])/;
const ORGANISATIONS = ['commercial', 'research', 'nonprofit', 'legal', 'other'];
const COLUMNS = [['natural'], ORGANISATIONS, ...ORGANISATIONS.map((c) => [c])];
// Every request from one: "均为自然人提出", "申请人全部为自然人" (the count is then the claim's).
const ALL_NATURAL = /^(?:且|申请人)?(?:均|全部|全)(?:为|是|系|来自|由)(?:自然人|个人|公民)(?:提出|提交|申请)?(?:的)?(?:申请)?$/;

/** What TEXT-REQUESTS checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const textRequestsDescription: Bilingual = {
  zh: '正文给出的收到申请数（如“收到…申请4件”“登记…申请4件”、句首无动词的“政府信息公开申请4件”“依申请公开请求4件”，或按所列次序分别给出的“新收…分别为4件、0件”，或句中先讲申请、其后单列或括注的“其中新收4件”，或“未收到政府信息公开申请”即 0 件）与第三部分“一、本年新收”的总计不一致（句中包括上年结转时，与一加二比较）；“共需办理…件”“应办理…件”，以及其后列出新收与上年结转的“共办理…件”，与一加二比较。总数相符时，其后按申请人分列的件数（“其中自然人申请10件，法人或其他组织申请4件”“自然人、法人或其他组织分别为10件、4件”“均为自然人提出”）与相应列比较（法人或其他组织为其五列之和；列举中的“其他”为未单列各类之和，只列自然人时为法人或其他组织）；按渠道分列的件数不作比较（其后的“合计…件”与表比较）；正文别处给出的总数与表格一致时不报。其他年度或年内一段时间的件数（如“2023年…”“去年…”“上半年…”）不作比较；部门的报告中，全市、全区等整个地区的件数也不作比较；只计部分申请的件数（“有效申请13件”“除重复申请外…”）亦不比较。',
  en: 'The number of requests stated in the text ("收到…申请4件", "登记…申请4件", or with no verb opening its clause, "政府信息公开申请4件", "依申请公开请求4件"; or given in the order named, "新收…分别为4件、0件"; or "其中新收4件" after the requests are named in its sentence, alone or in brackets; or "未收到政府信息公开申请" for none) differs from part 3 "new this year" (total), or from new + carried over where the sentence includes them; "共需办理…件" and "应办理…件" (to be handled), and "共办理…件" followed by the new and the carried-over ones, are compared with new + carried over. Where the total agrees, the counts by applicant that follow it ("其中自然人申请10件，法人或其他组织申请4件", "自然人、法人或其他组织分别为10件、4件", "均为自然人提出") are compared with their columns (legal persons or other organisations: the sum of their five; "其他" in a list: the sum of the kinds it does not name, all five after 自然人 alone); counts for one channel are not compared (the "合计…件" after them is), and nothing is reported when the text states the table\'s figure elsewhere. Figures for other years or part of the year ("2023年…", "去年…", "上半年…") are not compared, nor, in a department\'s report, figures for a whole city or district ("全区…"), nor counts of some requests only ("有效申请13件", "除重复申请外…").',
};

export const textRequests: Rule = {
  id: 'TEXT-REQUESTS',
  severity: 'warning',
  group: 'text',
  title: { zh: '正文所述申请数与表格不符', en: 'Requests in the text ≠ table' },
  evaluate(ctx) {
    const fresh = ctx.cell('requests.newReceived.total');
    const carried = ctx.cell('requests.carriedOver.total');
    if (fresh.state === 'missing') return [];
    // New and carried over together, for a claim that includes both ("共收到申请1件（含上年结转1件）"); a dash or "无"
    // for the new ones is none of them.
    const withCarried = (fresh.state === 'number' || fresh.state === 'none') && carried.state === 'number' ? (fresh.value ?? 0) + carried.value! : null;
    // A text that states the table's figure anywhere agrees with it: a clause that disagrees is reported only then.
    let disagreeing = null as { said: number; claim: string; clause: string } | null;
    let agreed = false;
    // The first count of requests to handle that differs from new + carried over (TO_HANDLE).
    let toHandle = null as { said: number; claim: string } | null;
    // Per applicant (its rows and columns), the first count that disagrees, unless another agrees.
    const byApplicant = new Map<string, Said | 'agrees'>();
    const all = clauses(ctx);
    for (let i = 0; i < all.length; i++) {
      let clause = all[i];
      // "全年共受理、办结政府信息公开申请15件": the verb of receiving ends the clause before, cut at 、 (not a list given
      // 分别, whose names are paired one by one).
      if (i > sentenceStart(ctx, i) && VERB_BEFORE.test(all[i - 1]) && HANDLING_VERB.test(clause) && !clause.includes('分别') && cutAfter(ctx, i - 1) === '、') {
        clause = clauseSpan(ctx, i - 1, i);
      }
      // "新收、上年结转政府信息公开申请分别为15件、2件": the count of each name that says received, the list quoted whole.
      const pairs = clause.includes('分别') ? respectiveClaims(all, sentenceStart(ctx, i), i, clause) : null;
      const list = pairs && clauseSpan(ctx, pairs.from, pairs.to);
      const received = list?.includes('申请') ? pairs!.claims.filter((c) => RECEIVED_NAMED.test(c) && !NARROWING.test(c) && !CHANNEL.test(c)) : [];
      for (const c of received) {
        const said = aboutOtherScope(wordsBefore(ctx, i, c), ctx.meta) ? null : numeralValue(RECEIVED_NAMED.exec(c)![1]);
        const review = said === null ? null : weigh(said, list!, c, i);
        if (review) return review;
      }
      // "共办理申请16件，其中本年度新收14件，上年结转2件": 新收 alone, the requests named before it in the sentence.
      // The next two patterns run only on a clause holding their words (新, 办理): without that guard each would run on
      // every clause, the first unanchored.
      const alone = received.length || !clause.includes('新') ? null : NEW_ALONE.exec(clause);
      if (alone && /信息公开|依申请/.test(sentenceUpTo(ctx, i)) && !aboutOtherScope(wordsBefore(ctx, i, alone[1]), ctx.meta)) {
        const said = numeralValue(alone[2]);
        const review = said === null ? null : weigh(said, alone[0], clause, i);
        if (review) return review;
      }
      const handle = withCarried === null || !clause.includes('办理') ? null : TO_HANDLE.exec(clause);
      if (handle && (handle[1] || BOTH_KINDS.test(clause.slice(handle[0].length) + sentenceAfter(i))) && /申请|结转/.test(sentenceUpTo(ctx, i)) && !aboutOtherScope(wordsBefore(ctx, i, clause.slice(0, handle.index)), ctx.meta)) {
        const said = numeralValue(handle[2]);
        if (said !== null && said !== withCarried) toHandle ??= { said, claim: asPrinted(ctx, handle[0]) };
        continue;
      }
      // The claim names 申请: other clauses are passed over without running the pattern.
      if (received.length || !clause.includes('申请')) continue;
      let m = RECEIVED.exec(clause);
      if (m && m[1] !== undefined && ((!DISCLOSURE_REQUEST.test(m[1]) && !m[2].includes('公开')) || NOT_THE_COUNT.test(m[2]))) m = null;
      // The count first, then what befell those requests: some of them, not all received ("共有3件申请因内容不明确…").
      if (m && m[4] !== undefined && HANDLED.test(clause.slice(m.index + m[0].length))) m = null;
      const bare = m ? null : VERBLESS.exec(clause);
      const none = m || bare ? null : NONE.exec(clause);
      const found = m ?? bare ?? none;
      // Narrowing words count up to the claim's end: what follows it in the clause ("共受理36件政府信息公开申请（均为
      // 自然人提交）", "收到申请36件（其中自然人30件") says who made the requests counted, not that some were.
      if (!found) continue;
      // The clause up to the claim's end.
      const claimed = clause.slice(0, found.index + found[0].length);
      // Some of the requests only: the valid ones ("收到有效申请13件"), or all but some ("除重复申请外，共收到申请13件").
      // 其中 before 新收 lists the new requests among all handled ("共办理申请16件，其中新收申请14件"): no narrowing.
      if (NARROWING.test(claimed.replace(/^其中(?=(?:本年度?|今年|全年)?新收)/, '')) || claimed.includes('有效') || /行政复议|行政诉讼/.test(clause) || EXCEPT.test(sentenceUpTo(ctx, i))) continue;
      // Another period or a wider scope than the report's, in force in the clause or before the claim in it.
      if (aboutOtherScope(wordsBefore(ctx, i, bare ? bare[1] : clause.slice(0, found.index)), ctx.meta)) continue;
      // A channel named after the claim is its breakdown ("共收到申请15件（含网上申请10件）"), not the claim's scope.
      const channel = CHANNEL.exec(claimed);
      const aPart = channel !== null && !WHOLE.test(claimed.slice(channel.index));
      const partsThenWhole = aPart ? wholeAfterParts(ctx, all, i) : null;
      if (aPart && !partsThenWhole) continue;
      const said = partsThenWhole ? numeralValue(partsThenWhole[1]) : m ? numeralValue(m[3] ?? m[4]) : bare ? numeralValue(bare[2]) : 0;
      const review = said === null ? null : weigh(said, partsThenWhole ? partsThenWhole[0] : found[0], clause, i, partsThenWhole ? '' : clause.slice(found.index + found[0].length));
      if (review) return review;
    }
    /** The clauses after clause `i` in its sentence, joined (LOOK_BACK at most). */
    function sentenceAfter(i: number): string {
      let j = i + 1;
      while (j < all.length && j - i <= LOOK_BACK && sentenceStart(ctx, j) === sentenceStart(ctx, i)) j++;
      return all.slice(i + 1, j).join('');
    }
    /**
     * A claim of `said` received, in clause `i`: a finding to report at once (the cell unreadable), else null. `tail`:
     * the clause after the claim, where a list by applicant in brackets may begin ("14件（自然人12件，…）").
     */
    function weigh(said: number, claim: string, clause: string, i: number, tail = '') {
      // A dash or "无" in the cell is none: a claim of none agrees with it.
      if (fresh.state === 'none' && said === 0) return [];
      if (fresh.state !== 'number' && !(fresh.state === 'none' && said === withCarried)) {
        return [
          finding(textRequests, {
            severity: 'review',
            cells: ['requests.newReceived.total'],
            actual: said,
            ...quoting(asPrinted(ctx, claim), (q) => ({
              zh: `正文称收到申请 ${said} 件（“${q}”），但表中“一、本年新收·总计”为空白或无法读取，无法核对`,
              en: `The text says ${said} request(s) were received ("${q}"), but "new this year · total" is blank or unreadable`,
            })),
          }),
        ];
      }
      if (said === fresh.value || said === withCarried) {
        agreed = true;
        applicantsAfter(ctx, all, i, said, said === fresh.value ? ['newReceived'] : ['newReceived', 'carriedOver'], byApplicant, tail);
      } else disagreeing ??= { said, claim, clause };
      return null;
    }
    const handling = toHandle
      ? [
          finding(textRequests, {
            cells: ['requests.newReceived.total', 'requests.carriedOver.total'],
            expected: toHandle.said,
            actual: withCarried,
            quote: toHandle.claim,
            zh: `正文称办理申请共 ${toHandle.said} 件（含上年结转，“${toHandle.claim}”），表中本年新收与上年结转之和为 ${formatNumber(withCarried!)}`,
            en: `The text says ${toHandle.said} request(s) in all, new and carried over ("${toHandle.claim}"); new this year plus carried over in the table is ${formatNumber(withCarried!)}`,
          }),
        ]
      : [];
    if (agreed) return [...handling, ...[...byApplicant.values()].flatMap((v) => (v === 'agrees' ? [] : [applicantFinding(v)]))];
    if (!disagreeing) return handling;
    const { said, clause } = disagreeing;
    const claim = asPrinted(ctx, disagreeing.claim);
    // A count received that differs explains the total to handle that differs with it: reported alone.
    return [
      finding(textRequests, {
        cells: ['requests.newReceived.total'],
        related: withCarried !== null && /结转|上年/.test(clause) ? ['requests.carriedOver.total'] : [],
        expected: said,
        actual: fresh.value,
        quote: claim,
        zh: `正文称收到申请 ${said} 件（“${claim}”），表中“一、本年新收·总计”为 ${formatNumber(fresh.value!)}`,
        en: `The text says ${said} request(s) were received ("${claim}"); the table's "new this year · total" is ${formatNumber(fresh.value!)}`,
      }),
    ];
  },
};

/** The whole that closes a list of counts by channel begun in clause `i`, in the same sentence; null if none. */
function wholeAfterParts(ctx: AuditContext, all: string[], i: number): RegExpExecArray | null {
  const start = sentenceStart(ctx, i);
  for (let j = i + 1; j < all.length && sentenceStart(ctx, j) === start; j++) {
    const whole = WHOLE_AFTER_PARTS.exec(all[j]);
    if (whole) return whole;
    // Another channel's count, or the carried-over ones, go on with the list ("快递17件", "上年结转2件"); anything else
    // ends it ("办结10件" counts something else).
    if (!PART_OF_RECEIVED.test(all[j]) || /办|答复|回复|予以|处理/.test(all[j])) return null;
  }
  return null;
}

type Said = { said: number; claim: string; rows: string[]; columns: string[]; value: number };

/**
 * The counts by applicant in the clauses after clause `i`, in its sentence, each against its cells' sum; the first may
 * open brackets right after the claim, in its clause (`tail`).
 */
function applicantsAfter(ctx: AuditContext, all: string[], i: number, total: number, rows: string[], verdicts: Map<string, Said | 'agrees'>, tail: string) {
  let start = sentenceStart(ctx, i);
  // The kinds the list has named (自然人 among them): its "其他" is the kinds of organisation not named ("企业2件，其他
  // 组织2件": 其他 holds the 社会公益组织 too).
  const named = new Set<string>();
  // Brackets of something else ("（含上年结转2件）", "（不含咨询20件）") end no list that follows them.
  const bracketed = /^\((.*?)\)?$/.exec(tail);
  if (bracketed) weighApplicant(bracketed[1], bracketed[1]);
  // Past counts of something else (by channel), only a clause saying the list is by applicant takes it up again:
  // "…申请14件，按照申请方式划分，网上申请10件、信函申请4件；按照申请人类型划分，自然人10件…".
  let passed = false;
  for (let j = i + 1; j < all.length; j++) {
    // The list may go on in a sentence of its own that opens with 其中 ("…申请14件。其中，自然人申请10件…") or says it
    // is by applicant ("按申请人类型分，自然人10件…").
    if (sentenceStart(ctx, j) !== start) {
      // Or after a semicolon, an applicant's count: "自然人提出10件，占71.4%；法人或其他组织提出4件".
      const goesOn = !passed && APPLICANT.test(all[j]) && cutAfter(ctx, j - 1) === ';';
      if (sentenceStart(ctx, j) !== j || !((all[j].startsWith('其中') && !passed) || goesOn || BY_APPLICANT.test(all[j]) || BY_CHANNEL.test(all[j]))) return;
      start = j;
      if (BY_CHANNEL.test(all[j])) passed = true;
    }
    if (passed) {
      passed = !BY_APPLICANT.test(all[j]);
      continue;
    }
    // "法人3件，其他组织1件": 法人 alone is not all five kinds where 其他组织 follow it, counted apart in a split the
    // template does not have. Neither is weighed.
    if (LEGAL_PERSONS_ALONE.test(all[j]) && all[j + 1]?.startsWith('其他组织')) {
      j++;
      continue;
    }
    // "其中自然人、法人或其他组织分别为12件、2件": each applicant its count, the list quoted whole.
    const pairs = all[j].includes('分别') ? respectiveClaims(all, start, j, all[j]) : null;
    if (pairs) {
      for (const c of pairs.claims) if (!weighApplicant(c, clauseSpan(ctx, pairs.from, pairs.to))) return;
      j = pairs.to;
    } else {
      // The list's last count may close its brackets. A change on last year ("较2023年增加4件") ends no list.
      const text = all[j].replace(/\)$/, '');
      if (!weighApplicant(text, text) && /[\d一二两三四五六七八九十](?:件|宗)/.test(text) && !CHANGE.test(text)) passed = true;
    }
  }
  /** Checks one applicant's count; false if `text` is none (the list has ended if it holds a count). */
  function weighApplicant(text: string, quote: string): boolean {
    const whole = ALL_NATURAL.test(text);
    const m = whole ? null : APPLICANT.exec(text.replace(COUNT_FIRST_APPLICANT, '$2$1'));
    if (!whole && !m) return false;
    // The applicant's group: 1 自然人, 2 法人或其他组织, 3–7 one kind of organisation.
    const group = m ? m.findIndex((x, k) => k > 0 && x !== undefined) : 1;
    // "其他" after 自然人 alone is every kind of organisation ("自然人10件，其他4件"); at the list's head, nothing.
    if (group === 7 && !named.size) return false;
    const columns = group === 7 ? ORGANISATIONS.filter((c) => !named.has(c)) : COLUMNS[group - 1];
    if (group !== 2) named.add(COLUMNS[group - 1][0]);
    const said = m ? numeralValue(m[8]) : total;
    const cells = rows.flatMap((row) => columns.map((col) => ctx.cell(`requests.${row}.${col}`)));
    // A dash or "无" is none; a blank or unreadable cell leaves the count unchecked.
    if (said === null || cells.some((c) => c.state !== 'number' && c.state !== 'none')) return true;
    const value = cells.reduce((sum, c) => sum + (c.value ?? 0), 0);
    const key = rows.join() + columns.join();
    if (said === value) verdicts.set(key, 'agrees');
    else if (!verdicts.has(key)) verdicts.set(key, { said, claim: asPrinted(ctx, quote), rows, columns, value });
    return true;
  }
}

function applicantFinding({ said, claim, rows, columns, value }: Said) {
  const who =
    columns.length === ORGANISATIONS.length
      ? { zh: '法人或其他组织', en: 'legal persons or other organisations' }
      : columns.length > 1
        ? { zh: '未单列的其他组织', en: 'organisations of the kinds not listed' }
        : columnLabel(columns[0]);
  const sum = rows.length > 1;
  return finding(textRequests, {
    cells: rows.flatMap((row) => columns.map((col) => `requests.${row}.${col}`)),
    expected: said,
    actual: value,
    quote: claim,
    zh: `正文称${who.zh}申请 ${said} 件（“${claim}”），表中${sum ? '本年新收与上年结转' : '本年新收'}的${who.zh}申请为 ${formatNumber(value)}`,
    en: `The text says ${said} request(s) came from ${who.en} ("${claim}"); the table's ${sum ? 'new and carried-over' : 'new'} requests from them are ${formatNumber(value)}`,
  });
}
