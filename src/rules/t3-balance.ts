import { columnLabel } from '../model/labels';
import { REQUEST_COLUMNS } from '../model/keys';
import type { Bilingual, Finding } from '../model/schema';
import { checkIdentity, formatNumber, holds, holdsWithBlanksAsZero, places } from './identity';
import { finding, type Rule } from './types';

// received (new + carried over) = handled (outcomes total + carried forward), column by column.
const SIDES = Object.fromEntries(
  REQUEST_COLUMNS.map((col) => [
    col,
    { lhs: [`requests.newReceived.${col}`, `requests.carriedOver.${col}`], rhs: [`requests.outcomesTotal.${col}`, `requests.carriedForward.${col}`] },
  ]),
);

/** What T3-BALANCE checks, for the catalogue and the popup's help (see ruleDescriptions). */
export const t3BalanceDescription: Bilingual = {
  zh: '第三部分每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（表格角上印着的勾稽关系）。',
  en: 'In every column of part 3: new this year + carried over = outcomes total + carried forward (the identity printed in the table\'s corner).',
};

export const t3Balance: Rule = {
  id: 'T3-BALANCE',
  severity: 'error',
  group: 'requests',
  title: { zh: '收到与办结不平衡', en: 'Requests do not balance' },
  evaluate(ctx) {
    const out: Finding[] = [];
    for (const col of REQUEST_COLUMNS) {
      const { lhs, rhs } = SIDES[col];
      if (holds(ctx, places(ctx.format, lhs), places(ctx.format, rhs))) continue;
      const res = checkIdentity(ctx, lhs, rhs);
      if (res.status === 'pass' || res.status === 'skip') continue;
      const c = columnLabel(col);
      const v = (p: string) => {
        const cell = ctx.cell(p);
        return cell.state === 'number' ? formatNumber(cell.value!) : cell.state === 'none' ? '0' : '?';
      };
      const [n, o] = lhs.map(v);
      const [t, f] = rhs.map(v);
      if (res.status === 'review') {
        const blanks = [...res.left.unknown, ...res.right.unknown];
        // With its blanks read as 0 (see holdsWithBlanksAsZero): whether the blanks alone keep it from balancing.
        const asZero = holdsWithBlanksAsZero(ctx, res);
        const [l, r] = [formatNumber(res.left.known), formatNumber(res.right.known)];
        const note =
          asZero === null
            ? { zh: '', en: '' }
            : { zh: `；空白按 0 计${asZero ? '则平衡' : `也不平衡（${l} ≠ ${r}）`}`, en: `; with the blanks read as 0, it ${asZero ? 'balances' : `still does not (${l} vs ${r})`}` };
        out.push(
          finding(t3Balance, {
            severity: 'review',
            cells: blanks,
            related: [...lhs, ...rhs].filter((p) => !blanks.includes(p)),
            zh: `${c.zh}列的勾稽关系无法核对：本年新收 ${n} + 上年结转 ${o} 与 总计 ${t} + 结转下年度 ${f} 中有空白${note.zh}`,
            en: `The ${c.en} column cannot be balanced: new ${n} + carried over ${o} vs outcomes ${t} + carried forward ${f} has blanks${note.en}`,
          }),
        );
        continue;
      }
      out.push(
        finding(t3Balance, {
          cells: [...lhs, ...rhs],
          expected: res.left.known,
          actual: res.right.known,
          zh: `${c.zh}列不平衡：本年新收 ${n} + 上年结转 ${o} = ${formatNumber(res.left.known)}，而（七）总计 ${t} + 结转下年度 ${f} = ${formatNumber(res.right.known)}`,
          en: `The ${c.en} column does not balance: new ${n} + carried over ${o} = ${formatNumber(res.left.known)}, but outcomes total ${t} + carried forward ${f} = ${formatNumber(res.right.known)}`,
        }),
      );
    }
    return out;
  },
};
