// Traditional characters read as their Simplified forms. Many government sites have a 繁體 button that converts
// the page's text in place, and a reader who once pressed it sees every report in Traditional characters; the
// template's words must still be found ("申請人情況", "結轉下年度繼續辦理").
//
// The pairs: every character that OpenCC's Traditional-to-Simplified tables (opencc-js: tw, hk and t to cn) turn
// into a character the code in src/ uses, left out where the Traditional form is also a character of GB2312 (後, 於,
// 著, 覆: Simplified text uses them, so folding them would change Simplified pages; the few patterns that meet them
// accept both forms). Derived by scripts/traditional-table.ts; `npm run traditional` rewrites it, and
// tests/normalize.test.ts fails when it is out of date.
// Traditional, Simplified, Traditional, Simplified, …
export const TRADITIONAL_PAIRS =
  '並并佈布併并來来侷局係系個个備备傢家傳传內内兩两別别劃划動动務务區区協协厤历員员問问單单噹当國国埰采執执報报場场寀采實实審审寫写專专對对導导屬属師师幫帮幷并廢废廣广廳厅張张強强彆别彔录徑径從从復复態态應应捲卷採采擊击據据敗败數数旂旗昇升時时暫暂曆历書书會会朮术枱台査查條条棄弃業业構构標标樣样機机檯台權权歷历氣气決决沒没況况減减滿满瀏浏為为無无熱热爲为狀状獲获現现環环產产産产當当發发眞真眾众確确碼码祕秘種种稱称穩稳穫获箇个範范糾纠納纳級级組组結结絡络統统經经綫线維维網网線线編编縣县總总織织繫系繳缴繼继續续纍累罰罚羣群義义臺台與与舉举舊旧舘馆萬万處处號号衆众術术衕同衹只補补製制複复覈核見见規规視视覽览計计記记訟讼訪访許许訴诉註注詢询話话認认語语誤误說说説说請请諮咨識识議议護护讀读變变財财責责費费購购踰逾較较輯辑輸输轉转辦办迴回逕径週周進进過过違违遞递適适選选還还郵邮鄉乡鄰邻銷销錄录錯错録录錶表鎭镇鎮镇鏈链長长門门開开間间閤合閱阅閲阅闆板關关陞升隊队隻只電电韆千頁页項项預预題题額额顏颜顔颜類类颱台餘余館馆體体髮发麪面麫面麵面點点齣出';

const BLOCK = 0x4e00;
/** Simplified form by Traditional character (looked up only for the characters that fold). */
const SIMPLIFIED = new Map<number, string>();
// Which CJK characters fold, a bit each (bit `c & 31` of word `(c - 0x4e00) >> 5`): normalisation asks for every
// ideograph of the page, and 2.6 kB of bits stay in the processor's cache (measured: a 42 kB table of codes made
// normalising 80% slower, the bits 14%).
export const FOLDS = new Uint32Array((0xa000 - BLOCK) >> 5);
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2) {
  const c = TRADITIONAL_PAIRS.charCodeAt(i);
  SIMPLIFIED.set(c, TRADITIONAL_PAIRS[i + 1]);
  FOLDS[(c - BLOCK) >> 5] |= 1 << (c & 31);
}

/** The Simplified form of a character that folds. */
export function simplified(c: number): string {
  return SIMPLIFIED.get(c)!;
}

const TRADITIONAL = new RegExp(`[${TRADITIONAL_PAIRS.replace(/(.)./gu, '$1')}]`, 'g');

/** Traditional characters of the table replaced by their Simplified forms. */
export function foldTraditional(s: string): string {
  return s.replace(TRADITIONAL, (t) => simplified(t.charCodeAt(0)));
}
