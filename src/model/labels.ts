// Short labels for rows and columns, as a reader finds them in the printed table, in Chinese and English.
import { columnOf, rowOf } from './paths';
import type { Bilingual } from './schema';

const L = (zh: string, en: string): Bilingual => ({ zh, en });

export const ROW_LABELS: Record<string, Bilingual> = {
  // Part 二
  'activeDisclosure.regulations': L('规章', 'Regulations'),
  'activeDisclosure.normativeDocuments': L('行政规范性文件', 'Normative documents'),
  'activeDisclosure.licensing': L('行政许可', 'Administrative licensing'),
  'activeDisclosure.otherServices': L('其他对外管理服务事项', 'Other public services'),
  'activeDisclosure.penalty': L('行政处罚', 'Administrative penalties'),
  'activeDisclosure.coercion': L('行政强制', 'Administrative coercion'),
  'activeDisclosure.adminFees': L('行政事业性收费', 'Administrative fees'),
  'activeDisclosure.procurement': L('政府集中采购', 'Central procurement'),
  // Part 三
  'requests.newReceived': L('一、本年新收', '1. New requests this year'),
  'requests.carriedOver': L('二、上年结转', '2. Carried over from last year'),
  'requests.granted': L('（一）予以公开', '(1) Granted'),
  'requests.partiallyGranted': L('（二）部分公开', '(2) Partially granted'),
  // The outcome groups, for claims about a whole group ("不予公开3件").
  'requests.denied': L('（三）不予公开', '(3) Denied'),
  'requests.unavailable': L('（四）无法提供', '(4) Unavailable'),
  'requests.notProcessed': L('（五）不予处理', '(5) Not processed'),
  'requests.otherHandling': L('（六）其他处理', '(6) Other handling'),
  'requests.denied.stateSecret': L('（三）1.属于国家秘密', '(3)1 Denied: state secret'),
  'requests.denied.lawProhibited': L('（三）2.其他法律行政法规禁止公开', '(3)2 Denied: prohibited by law'),
  'requests.denied.securityStability': L('（三）3.危及“三安全一稳定”', '(3)3 Denied: security and stability'),
  'requests.denied.thirdParty': L('（三）4.保护第三方合法权益', '(3)4 Denied: third-party rights'),
  'requests.denied.internalAffairs': L('（三）5.属于三类内部事务信息', '(3)5 Denied: internal affairs'),
  'requests.denied.processInformation': L('（三）6.属于四类过程性信息', '(3)6 Denied: process information'),
  'requests.denied.enforcementFile': L('（三）7.属于行政执法案卷', '(3)7 Denied: enforcement file'),
  'requests.denied.administrativeQuery': L('（三）8.属于行政查询事项', '(3)8 Denied: administrative query'),
  'requests.unavailable.notHeld': L('（四）1.本机关不掌握', '(4)1 Unavailable: not held'),
  'requests.unavailable.needsCreation': L('（四）2.需要另行制作', '(4)2 Unavailable: would need creating'),
  'requests.unavailable.unclear': L('（四）3.补正后仍不明确', '(4)3 Unavailable: still unclear'),
  'requests.notProcessed.complaint': L('（五）1.信访举报投诉类', '(5)1 Not processed: complaint'),
  'requests.notProcessed.duplicate': L('（五）2.重复申请', '(5)2 Not processed: duplicate'),
  'requests.notProcessed.publication': L('（五）3.要求提供公开出版物', '(5)3 Not processed: publication'),
  'requests.notProcessed.excessive': L('（五）4.无正当理由大量反复申请', '(5)4 Not processed: excessive'),
  'requests.notProcessed.confirmation': L('（五）5.要求确认或重新出具', '(5)5 Not processed: confirmation'),
  'requests.otherHandling.noCorrection': L('（六）1.逾期不补正', '(6)1 Other: not corrected in time'),
  'requests.otherHandling.feeUnpaid': L('（六）2.逾期未缴费', '(6)2 Other: fee unpaid'),
  'requests.otherHandling.other': L('（六）3.其他', '(6)3 Other: other'),
  'requests.otherHandling.all': L('（六）其他处理', '(6) Other handling'),
  'requests.outcomesTotal': L('（七）总计', '(7) Outcomes total'),
  'requests.carriedForward': L('四、结转下年度', '4. Carried forward'),
  // Part 四
  'reviewLitigation.review': L('行政复议', 'Administrative review'),
  'reviewLitigation.litigationDirect': L('行政诉讼·未经复议直接起诉', 'Lawsuits filed directly'),
  'reviewLitigation.litigationAfterReview': L('行政诉讼·复议后起诉', 'Lawsuits after review'),
};

export const COLUMN_LABELS: Record<string, Bilingual> = {
  issued: L('本年制发件数', 'issued this year'),
  repealed: L('本年废止件数', 'repealed this year'),
  inForce: L('现行有效件数', 'in force'),
  decisions: L('处理决定数量', 'decisions'),
  amountWanYuan: L('本年收费金额（万元）', 'fees (10k yuan)'),
  newlyMade: L('本年新制作数量', 'newly made'),
  newlyPublished: L('本年新公开数量', 'newly published'),
  publishedTotal: L('对外公开总数量', 'published in total'),
  previousItems: L('上一年项目数量', 'items last year'),
  change: L('本年增/减', 'change this year'),
  projects: L('采购项目数量', 'procurement projects'),
  amount: L('采购总金额', 'procurement amount'),
  natural: L('自然人', 'natural persons'),
  commercial: L('商业企业', 'businesses'),
  research: L('科研机构', 'research institutions'),
  nonprofit: L('社会公益组织', 'non-profits'),
  legal: L('法律服务机构', 'legal services'),
  // `other` is the applicant column in part 三 and the result column in part 四; the part decides.
  other: L('其他', 'other'),
  total: L('总计', 'total'),
  upheld: L('结果维持', 'upheld'),
  corrected: L('结果纠正', 'corrected'),
  pending: L('尚未审结', 'pending'),
};

const CASE_OTHER = L('其他结果', 'other result');

/** A cell's column by name: part 四's "other" is a result, not the applicants' "other". */
export function cellColumnLabel(path: string): Bilingual {
  const colKey = columnOf(path);
  return path.startsWith('reviewLitigation.') && colKey === 'other' ? CASE_OTHER : (COLUMN_LABELS[colKey] ?? L(colKey, colKey));
}

/** "（七）总计·自然人" / "(7) Outcomes total · natural persons" */
export function cellLabel(path: string): Bilingual {
  const row = ROW_LABELS[rowOf(path)] ?? L(rowOf(path), rowOf(path));
  const col = cellColumnLabel(path);
  return { zh: `${row.zh}·${col.zh}`, en: `${row.en} · ${col.en}` };
}

export const rowLabel = (row: string): Bilingual => ROW_LABELS[row] ?? L(row, row);
export const columnLabel = (col: string): Bilingual => COLUMN_LABELS[col] ?? L(col, col);
