import type { AuditContext } from '../audit/context';
import type { Bilingual, Finding } from '../model/schema';
import { NUMERAL, numeralValue } from '../text/numerals';
import { aboutOtherScope, asPrinted, carryPeriod, cutsClause, LOOK_BACK, quoting, scopeBefore, sentences } from './text-util';
import { finding, type Rule } from './types';

// "未发生行政复议", "没有因政府信息公开工作被申请行政复议或提起行政诉讼", "本年度未发生因政府信息公开引起的行政诉讼":
// a negation, then within the clause 行政复议 and/or 行政诉讼. Not a negation: 未经 (复议), 未审结/未结案 (pending
// cases), 未予 (公开), 无法 (提供).
// Global: "未被申请行政复议，也未被提起行政诉讼" denies each in its own clause.
const NONE = /(?:未(?!经|审结|结案|办结|予)|没有|无(?!法))[^。;,]{0,18}?(?:行政复议(?:[^。;,]{0,8}?行政诉讼)?|行政诉讼)/g;
// A count in the same clause ("对未予公开决定不服申请行政复议2件") means the clause is not saying there were none.
const ANY_COUNT = new RegExp(`(?:行政复议|行政诉讼)(?:案件)?(?:${NUMERAL})(?:件|起|宗|次)`);

// How far a claim's clause is read either side of it, and its sentence before it, in characters. The longest clause
// of the fixtures' real reports has 425, the longest sentence about 300. Without a bound, one endless clause
// repeating a denial ("未发生行政复议" 16,000 times, 0.11 MB) was read whole for each of them: 45 s.
const CLAUSE_REACH = 500;
const SENTENCE_REACH = 2000;
// A clause's end going forward: its comma or colon (by character code, read at every character a clause is walked
// over), not a 、: "未发生行政复议、行政诉讼" goes on past it to the case it also denies.
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * The clause of `s` from `at`: back to where it starts (clauseStart), on to the comma or colon after it;
 * CLAUSE_REACH at most each way. `from` is the clause's start, when the caller has it already.
 */
function clauseAt(s: string, at: number, from = clauseStart(s, at)): string {
  const end = Math.min(s.length, at + CLAUSE_REACH);
  let to = at;
  while (to < end && s.charCodeAt(to) !== COMMA && s.charCodeAt(to) !== COLON) to++;
  return s.slice(from, to);
}
/** Where the clause of `s` holding `at` starts, its clauses cut as splitText cuts them (CLAUSE_REACH at most back). */
function clauseStart(s: string, at: number): number {
  const limit = Math.max(0, at - CLAUSE_REACH);
  let from = at;
  while (from > limit && !cutsClause(s, from - 1)) from--;
  return from;
}
/**
 * The words before `at` that set its period and scope: the period in force in its clause (a time the clause opens
 * with, else one an earlier clause of the sentence opened with), the whole area an earlier clause counted for
 * (scopeBefore), and the clause's words. `from` is the clause's start, when the caller has it already.
 */
function periodBefore(s: string, at: number, from = clauseStart(s, at)): string {
  let period = '';
  // At most LOOK_BACK clauses back, as splitText looks back, and SENTENCE_REACH characters: a sentence of thousands
  // of claims stays linear.
  // A clause cut short at CLAUSE_REACH has no earlier clause within reach.
  const floor = from > 0 && !cutsClause(s, from - 1) ? from : Math.max(0, from - SENTENCE_REACH);
  let start = from;
  for (let cut = 0; start > floor; start--) if (cutsClause(s, start - 1) && ++cut > LOOK_BACK) break;
  const earlier: string[] = [];
  let piece = start;
  for (let i = start; i < from; i++) {
    if (!cutsClause(s, i)) continue;
    earlier.push(s.slice(piece, i));
    piece = i + 1;
  }
  earlier.push(s.slice(piece, from));
  // Cut short inside a clause, its piece is no clause's opening.
  if (start === floor && floor > 0 && floor < from) earlier.shift();
  for (const clause of earlier) if (clause) period = carryPeriod(period, clause);
  const inClause = s.slice(from, at);
  return carryPeriod(period, inClause) + scopeBefore(earlier, inClause) + inClause;
}
// "全年因政府信息公开申请引起的行政复议93件" (a real 2024 report) counts them too.
// So does a count that opens its clause ("行政复议144件，120件做了复议决定，行政诉讼97件", "信息公开行政复议案件3件",
// "信息公开类行政复议7件", a real 2019 provincial office's report).
// (The clause's opening punctuation is looked behind, not matched: the quoted claim starts at its first word.)
// Counts may be written in Chinese numerals ("被申请行政复议两件").
// The verb may name the cases' kind before them ("发生政府信息公开行政复议案件3件", "涉及政府信息公开的行政复议2起"),
// and may be 产生 or 涉及 ("产生行政复议案件2件", "共涉及行政复议2件"); "提起行政复议的有2件" counts them too.
// After 涉及 the cases may go by their short names ("涉及复议0件，诉讼0件", a real 2024 township report), and so may a
// lawsuits' count that opens the clause after a reviews' count.
// The kind may be 政府信息公开类 after the verb ("发生政府信息公开类行政复议案件3件"), the verb may be 共有, and the
// count without a verb may follow the year that opens its clause ("本年度政府信息公开行政复议案件3件"): the year is
// looked behind, so that it stays in the words before the claim that set its period.
const OPENING = '(?<=(?:^|[,;、])(?:(?:全年|本年度?|今年|\\d{4}年度?)(?:共有|共)?)?)';
const REVIEW_COUNT = new RegExp(`(?:(?:(?:被申请|申请|提起|发生|共有|引起的?|引发的?|产生的?|涉及)(?:政府信息公开(?:的|类)?)?|${OPENING}(?:(?:政府)?信息公开类?)?)行政复议|涉及(?:政府信息公开的?)?复议)(?:案件?)?(?:的?有)?(${NUMERAL})(?:件|起|宗|次)`);
const SUIT_COUNT = new RegExp(`(?:(?:(?:提起|发生|被提起|共有|引起的?|引发的?|产生的?|涉及)(?:政府信息公开(?:的|类)?)?|${OPENING}(?:(?:政府)?信息公开类?)?)行政诉讼|涉及(?:政府信息公开的?)?诉讼|(?<=复议(?:案件?)?(?:${NUMERAL})(?:件|起|宗|次)[,;、])诉讼)(?:案件?)?(?:的?有)?(${NUMERAL})(?:件|起|宗|次)`);
const BOTH_COUNT = new RegExp(`(?:行政复议[^。;,]{0,12}?行政诉讼|行政诉讼[^。;,]{0,12}?行政复议)(?:案件)?(?:数量?)?(?:均为|各)(${NUMERAL})(?:件|起|宗|次)?`);
// Both kinds counted together: "涉及政府信息公开的行政复议和行政诉讼案件共3件", "行政复议、行政诉讼合计3起", and, the
// two joined directly, without 共: "发生政府信息公开行政复议、行政诉讼案件3件". Against the sum.
const TOGETHER_COUNT = new RegExp(
  `(?:(?:行政复议[^。;,]{0,12}?行政诉讼|行政诉讼[^。;,]{0,12}?行政复议)(?:案件)?(?:数量?)?(?:共|共计|合计|总计|累计)|(?:行政复议[、和及与]行政诉讼|行政诉讼[、和及与]行政复议)(?:案件)?(?:数量?)?)(?:发生了?|有|为)?(${NUMERAL})(?:件|起|宗|次)`,
);
// The count first: "共有2件政府信息公开行政复议案件", "发生3起涉及政府信息公开的行政诉讼".
const countFirst = (kind: string) => new RegExp(`(?:共有|共发生|发生了?)(${NUMERAL})(?:件|起|宗|次)(?:(?:政府)?信息公开(?:的|类)?|涉及政府信息公开的?|因政府信息公开(?:引起|引发)的?)?${kind}`);
const REVIEW_FIRST = countFirst('行政复议');
const SUIT_FIRST = countFirst('行政诉讼');
// "行政复议和行政诉讼分别为3件和1件", "被申请行政复议、提起行政诉讼分别为2件、0件": each kind its count, in the order
// the clause names them. The first count is set off by its unit or a separator, so that "分别为31件" is no pair.
const RESPECTIVE = new RegExp(`(行政复议|行政诉讼)[^。;,]{0,12}?(行政复议|行政诉讼)(?:案件)?(?:数量?)?分别(?:为|是|有)?(${NUMERAL})(?:(?:件|起|宗|次)[、和及与,]?|[、和及与,])(${NUMERAL})(?:件|起|宗|次)`);
// "未发生因答复不及时引起的行政复议", "无因政府信息公开被纠错的行政复议案件": none of one cause or one outcome, not
// none at all (the template's "未发生因政府信息公开申请行政复议" names the whole of it).
const ONE_KIND = /不及时|超期|逾期|不到位|不规范|不当|错误|违法|失误|瑕疵|不满意|纠错|纠正|败诉|撤销|被改变/;
// "未发生行政复议纠错案件", "没有行政诉讼败诉": a statement about outcomes, not that there were no cases.
const ABOUT_OUTCOMES = /^[^。;,]{0,6}?(?:纠错|纠正|败诉|撤销|确认违法|被改变)/;

// A sentence about the agency's legal work at large, without naming disclosure: its cases are not part 四's ("负责人
// 出庭应诉率100%，行政诉讼案件30件", "推进行政复议体制改革，全年发生行政复议案件120件", "作为复议机关…").
const LEGAL_WORK = /应诉|复议机关|复议体制|复议委员会/;
// Disclosure named: "因依申请公开答复引起行政复议2件，…经复议机关和法院审理" is about it.
const NAMES_DISCLOSURE = /信息公开|依申请/;

// The cases' outcomes, stated after their count and before the other kind of case in the sentence: "信息公开行政复议
// 案件3件，维持1件，纠正1件" (a real 2025 district office's report), "因不服答复引起行政复议3件，1件结果维持，2件结果纠正"
// (a real 2025 city office's), "发生行政诉讼2件，1件维持，1件尚未审结" (a real 2025 city's), "行政复议2件（维持1件，尚未审结
// 1件）". The count beside its outcome, either way round; a lawsuit's outcome is the sum of both kinds of lawsuit.
const outcome = (words: string) => new RegExp(`(?:结果|被)?(?:${words})(${NUMERAL})(?:件|起)|(${NUMERAL})(?:件|起)(?:结果|被)?(?:${words})`);
// "维持原行政行为1件", "作出维持决定1件", "尚在审理中1件" (words of 2024 reports).
const OUTCOMES: [RegExp, string, string, string][] = [
  [outcome('维持(?:原(?:具体)?行政行为|原答复|原?决定)?'), 'upheld', '结果维持', 'upheld'],
  [outcome('纠正|纠错'), 'corrected', '结果纠正', 'corrected'],
  [outcome('尚未审结|(?:尚|正)在审理中?|审理中'), 'pending', '尚未审结', 'pending'],
];

// Every case upheld, of each kind counted before it in the sentence: "信息公开类行政复议7件，诉讼9件，均获维持" (a real 2019
// provincial office's report, whose table had 3 of them pending), "均维持原答复". Not the cases decided alone ("已审结的
// 均获维持").
const ALL_UPHELD = /(?<!审结的?)(?:均|全部|都)(?:为|获|被|予以|予)?(?:结果)?维持/;
// Words before such a claim in its clause that make it about some cases only ("除1件尚未审结外，均获维持", "已作出
// 复议决定的均获维持", "审结的1件…", "其余均获维持"), or an alternative after it ("均为维持或尚在审理").
const SOME_CASES = new RegExp(`除|的|其余|外|(?:${NUMERAL})(?:件|起)`);

/** Whether the claim about every case is limited to some, or names only the other kind (`other`: 诉讼 or 复议). */
function limited(s: string, claim: RegExpExecArray, other: string): boolean {
  const from = clauseStart(s, claim.index);
  const before = s.slice(from, claim.index);
  // "除…外" may be the clause before: "除1件尚未审结外，均获维持".
  const exception = from > 0 && /^除.*外.$/.test(s.slice(clauseStart(s, from - 1), from));
  return exception || SOME_CASES.test(before) || before.includes(other) || s[claim.index + claim[0].length] === '或';
}

// Every case concluded, none pending: "行政复议2件，均已审结", "已全部审结", "均已结案".
const ALL_CONCLUDED = /(?:均|全部|都)已?(?:审结|结案)|已全部(?:审结|结案)/;

// One kind of lawsuit, as part 四's columns name them: "复议后起诉1件" (a real 2025 city office's report), "未经复议直接
// 起诉2件". Compared with that kind's row alone.
const SUIT_KINDS: [RegExp, string, string, string][] = [
  [new RegExp(`(?:未经复议)?直接(?:提起)?(?:行政)?(?:起诉|诉讼)(?:案件?)?(${NUMERAL})(?:件|起|宗|次)`), 'reviewLitigation.litigationDirect.total', '未经复议直接起诉', 'filed directly'],
  [new RegExp(`复议后(?:提起)?(?:行政)?(?:起诉|诉讼)(?:案件?)?(${NUMERAL})(?:件|起|宗|次)`), 'reviewLitigation.litigationAfterReview.total', '复议后起诉', 'filed after review'],
];

// Each kind of case, as part 四's rows: lawsuits are of two kinds, counted together.
const CASES = {
  review: ['reviewLitigation.review'],
  litigation: ['reviewLitigation.litigationDirect', 'reviewLitigation.litigationAfterReview'],
};
const REVIEW_TOTALS = CASES.review.map((row) => `${row}.total`);
const SUIT_TOTALS = CASES.litigation.map((row) => `${row}.total`);
const TOTALS = { review: REVIEW_TOTALS, litigation: SUIT_TOTALS, both: [...REVIEW_TOTALS, ...SUIT_TOTALS] };

/**
 * Whether the count at `at` is of all the agency's cases, those about disclosure a part given after it: "共有行政复议
 * 案件30件，其中政府信息公开类2件". Its clause does not name disclosure, a later one opening with 其中 does.
 */
function ofAllCases(s: string, at: number): boolean {
  const part = s.indexOf('其中', at);
  return part >= 0 && !clauseAt(s, at).includes('信息公开') && clauseAt(s, part).includes('信息公开');
}

/** The sum of the table's cells at `paths`, or null when one is not a number. */
function sumOf(ctx: AuditContext, paths: string[]): number | null {
  const vs = paths.map((p) => ctx.value(p));
  return vs.some((v) => v === null) ? null : vs.reduce<number>((a, b) => a + b!, 0);
}

/** What TEXT-REVIEW-LITIGATION checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const textReviewLitigationDescription: Bilingual = {
  zh: '正文称未发生行政复议或行政诉讼，而第四部分有案件；或正文给出的件数与表格不一致（件数一致时，也核对正文随后给出的维持、纠正、尚未审结件数（句中未给该类件数时，“行政复议结果：维持1件”亦核对），以及“均获维持”是否与表中“结果维持”相符、“均已审结”是否与“尚未审结”为 0 相符（“除…外”“其余”“已作出决定的”等只讲部分案件的不核对）；诉讼为两类诉讼之和；“复议后起诉1件”“未经复议直接起诉2件”与该类诉讼的总计比较；“行政复议和行政诉讼分别为2件和1件”按所列次序各自比较；“行政复议和行政诉讼案件共3件”与两者之和比较）。其他年度或年内一段时间的件数（如“2023年…”“去年…”“上半年…”）不作比较；部门的报告中，全市、全区等整个地区的件数也不作比较；未提及信息公开或依申请而讲出庭应诉、复议机关等法治工作的句子亦不比较；全部案件数其后以“其中”给出信息公开类的（“共有行政复议案件30件，其中政府信息公开类2件”），全部案件数亦不比较。',
  en: 'The text says there was no administrative review or lawsuit while part 4 has cases, or gives counts that disagree (where the number of cases agrees, the upheld, corrected and pending cases the text gives after it are checked too, as are those after "行政复议结果" in a sentence giving no count of that kind, and a claim that every case was upheld, "均获维持", or concluded, "均已审结", unless limited to some, "除…外", "其余"; for lawsuits, both kinds together; "复议后起诉1件" or "未经复议直接起诉2件" against that kind\'s total; "行政复议和行政诉讼分别为2件和1件" each in the order named; "行政复议和行政诉讼案件共3件" against both together). Figures for other years or part of the year ("2023年…", "去年…", "上半年…") are not compared, nor, in a department\'s report, figures for a whole city or district ("全区…"), nor a sentence about the agency\'s legal work at large (appearing in court, deciding reviews) that does not name disclosure (信息公开, 依申请), nor a count of all the agency\'s cases followed by its disclosure ones ("共有行政复议案件30件，其中政府信息公开类2件").',
};

/**
 * The outcomes stated in `after` (the sentence after a count of cases) up to `other` (the other kind of case), where
 * the table's rows `rows` (their cells summed) differ. `zh`, `en`: the kind of case.
 */
function outcomesOf(ctx: AuditContext, after: string, other: string, rows: string[], zh: string, en: string): Finding[] {
  const end = after.indexOf(other);
  const told = end < 0 ? after : after.slice(0, end);
  const out: Finding[] = [];
  for (const [re, column, zhOutcome, enOutcome] of OUTCOMES) {
    const m = re.exec(told);
    if (!m) continue;
    const cells = rows.map((row) => `${row}.${column}`);
    const table = sumOf(ctx, cells);
    if (table === null) continue;
    const said = numeralValue(m[1] ?? m[2]);
    if (said === null || said === table) continue;
    out.push(
      finding(textReviewLitigation, {
        cells,
        expected: said,
        actual: table,
        ...quoting(asPrinted(ctx, m[0]), (q) => ({
          zh: `正文称“${q}”，第四部分${zh}“${zhOutcome}”为 ${table}`,
          en: `The text says "${q}" (${said}); part 4 ${en} ${enOutcome} ${rows.length > 1 ? 'come to' : 'is'} ${table}`,
        })),
      }),
    );
  }
  return out;
}

export const textReviewLitigation: Rule = {
  id: 'TEXT-REVIEW-LITIGATION',
  severity: 'warning',
  group: 'text',
  title: { zh: '正文与复议诉讼表不符', en: 'Review/litigation text ≠ table' },
  evaluate(ctx) {
    const review = sumOf(ctx, TOTALS.review);
    const suits = sumOf(ctx, TOTALS.litigation);
    const out: Finding[] = [];
    for (const s of sentences(ctx)) {
      // Every pattern names 复议 or 诉讼: most sentences are passed over without running them.
      if ((!s.includes('复议') && !s.includes('诉讼')) || (LEGAL_WORK.test(s) && !NAMES_DISCLOSURE.test(s))) continue;
      // Each clause that says there were none, with what it covers.
      const denials: string[] = [];
      let coversReview = false;
      let coversSuits = false;
      for (const none of s.matchAll(NONE)) {
        const from = clauseStart(s, none.index);
        if (ANY_COUNT.test(clauseAt(s, none.index, from)) || ONE_KIND.test(none[0]) || ABOUT_OUTCOMES.test(s.slice(none.index + none[0].length))) continue;
        const before = periodBefore(s, none.index, from);
        if (aboutOtherScope(before, ctx.meta)) continue;
        denials.push(asPrinted(ctx, none[0]));
        coversReview ||= none[0].includes('行政复议');
        coversSuits ||= none[0].includes('行政诉讼');
      }
      if (denials.length) {
        const cases = (coversReview ? (review ?? 0) : 0) + (coversSuits ? (suits ?? 0) : 0);
        if (cases > 0) {
          // Each wording once, and no more than three: a page repeating one denial thousands of times in a sentence
          // once made a message as long as the page.
          const said = [...new Set(denials)];
          const more = said.length > 3;
          out.push(
            finding(textReviewLitigation, {
              cells: [...(coversReview ? TOTALS.review : []), ...(coversSuits ? TOTALS.litigation : [])].filter((p) => (ctx.value(p) ?? 0) > 0),
              expected: 0,
              actual: cases,
              quote: denials[0],
              zh: `正文称“${said.slice(0, 3).join('”“')}”${more ? '等' : ''}，但第四部分记有 ${cases} 件`,
              en: `The text says "${said.slice(0, 3).join('", "')}"${more ? ' and more' : ''} (none), but part 4 records ${cases} case(s)`,
            }),
          );
        }
        continue;
      }
      // "行政复议、行政诉讼均为0件", "…案件各1件": one count for both; "…分别为3件和1件": one each, in one claim.
      const respective = RESPECTIVE.exec(s);
      const each = respective && respective[1] !== respective[2] ? respective : null;
      const shared = BOTH_COUNT.exec(s) ?? each;
      const countOf = (m: RegExpExecArray, kind: string) => (m !== each ? m[1] : each[1] === kind ? each[3] : each[4]);
      const together = shared ? null : TOGETHER_COUNT.exec(s);
      // A count of one kind inside the count of both ("行政复议、行政诉讼案件3件" holds "行政诉讼案件3件") is not that kind's.
      const own = (m: RegExpExecArray | null) => (m && together && m.index >= together.index && m.index < together.index + together[0].length ? null : m);
      const claims: [RegExpExecArray | null, number | null, keyof typeof TOTALS, string, string, string][] = [
        [shared ?? own(REVIEW_COUNT.exec(s) ?? REVIEW_FIRST.exec(s)), review, 'review', '行政复议', 'administrative review', '诉讼'],
        [shared ?? own(SUIT_COUNT.exec(s) ?? SUIT_FIRST.exec(s)), suits, 'litigation', '行政诉讼', 'lawsuits', '复议'],
        [together, review === null || suits === null ? null : review + suits, 'both', '行政复议与行政诉讼', 'reviews and lawsuits', ''],
      ];
      // A claim that every case was upheld covers each kind counted before it: looked for once per sentence.
      const all = ALL_UPHELD.exec(s);
      const concluded = ALL_CONCLUDED.exec(s);
      for (const [m, table, kind, zh, en, other] of claims) {
        if (!m || table === null || ofAllCases(s, m.index)) continue;
        const before = periodBefore(s, m.index);
        if (aboutOtherScope(before, ctx.meta)) continue;
        const said = numeralValue(countOf(m, zh));
        if (said === null) continue;
        // Where the text and the table agree on the cases, the outcomes the text gives for them are checked too; not
        // after the other kind of case was named ("被申请行政复议2件，提起行政诉讼1件，维持2件": whose 2?).
        if (said === table) {
          // Both kinds together: their outcomes are each kind's to check.
          if (kind === 'both') continue;
          // Outcomes in brackets right after the count are its own, whatever was named before ("被申请行政复议2件（维持
          // 1件…），被提起行政诉讼1件（维持1件）").
          const after = s.slice(m.index + m[0].length);
          const told = s.slice(0, m.index).includes(other) ? /^\([^()]*\)/.exec(after)?.[0] : after;
          if (!shared && told) out.push(...outcomesOf(ctx, told, other, CASES[kind], zh, en));
          // A claim about every case counted before it: "均已审结" leaves none pending, "均获维持" all upheld.
          const everyCase = (claim: RegExpExecArray | null, column: 'pending' | 'upheld', expected: number, zhColumn: string, enClaim: string) => {
            if (!claim || claim.index < m.index || limited(s, claim, other)) return;
            const cells = CASES[kind].map((row) => `${row}.${column}`);
            const actual = sumOf(ctx, cells);
            if (actual === null || actual === expected) return;
            out.push(
              finding(textReviewLitigation, {
                cells,
                related: TOTALS[kind],
                expected,
                actual,
                ...quoting(asPrinted(ctx, claim[0]), (q) => ({
                  zh: `正文称${zh} ${table} 件“${q}”，第四部分${zh}“${zhColumn}”为 ${actual}`,
                  en: `The text says every case was ${enClaim} ("${q}"; ${en}: ${table}); part 4 ${en} ${column} ${cells.length > 1 ? 'come to' : 'is'} ${actual}`,
                })),
              }),
            );
          };
          if (table > 0) everyCase(concluded, 'pending', 0, '尚未审结', 'concluded');
          everyCase(all, 'upheld', table, '结果维持', 'upheld');
          continue;
        }
        out.push(
          finding(textReviewLitigation, {
            cells: TOTALS[kind],
            expected: said,
            actual: table,
            ...quoting(asPrinted(ctx, m[0]), (q) => ({
              zh: `正文称“${q}”，第四部分${zh}总计为 ${table}`,
              en: `The text says "${q}" (${said}); part 4 ${en} total is ${table}`,
            })),
          }),
        );
      }
      // Outcomes after the words "…结果" where the sentence counts none of that kind: "行政复议结果：维持1件，尚未审结1件".
      for (const [m, , kind, zh, en, other] of claims) {
        if (m || kind === 'both') continue;
        const words = `${zh.slice(2)}结果`;
        const at = s.indexOf(words);
        if (at >= 0 && !aboutOtherScope(periodBefore(s, at), ctx.meta)) out.push(...outcomesOf(ctx, s.slice(at + words.length), other, CASES[kind], zh, en));
      }
      // Each kind of lawsuit the sentence counts on its own.
      if (!s.includes('起诉') && !s.includes('诉讼')) continue;
      for (const [re, total, zh, en] of SUIT_KINDS) {
        const m = re.exec(s);
        const table = m ? ctx.value(total) : null;
        if (!m || table === null || aboutOtherScope(periodBefore(s, m.index), ctx.meta)) continue;
        const said = numeralValue(m[1]);
        if (said === null || said === table) continue;
        out.push(
          finding(textReviewLitigation, {
            cells: [total],
            expected: said,
            actual: table,
            ...quoting(asPrinted(ctx, m[0]), (q) => ({
              zh: `正文称“${q}”，第四部分行政诉讼“${zh}”总计为 ${table}`,
              en: `The text says "${q}" (${said}); part 4 lawsuits ${en} total is ${table}`,
            })),
          }),
        );
      }
    }
    return out.slice(0, 3);
  },
};
