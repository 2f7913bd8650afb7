// The rule catalogue: every rule, registered once, in the order of shared/spec/rules.md.
import { cellBlank } from './cell-blank';
import { cellNonNegativeInteger } from './cell-nonnegative-integer';
import { cellNumber } from './cell-number';
import { cellUnit } from './cell-unit';
import { docFormat } from './doc-format';
import { docPlaceholder } from './doc-placeholder';
import { docRows } from './doc-rows';
import { docSections } from './doc-sections';
import { docTableMissing } from './doc-table-missing';
import { docYear } from './doc-year';
import { t2InForceFloor } from './t2-in-force-floor';
import { t2ItemsChange } from './t2-items-change';
import { t2PublishedTotal } from './t2-published-total';
import { t3Balance } from './t3-balance';
import { t3CarryForward } from './t3-carry-forward';
import { t3FeeLink } from './t3-fee-link';
import { t3OutcomesSum } from './t3-outcomes-sum';
import { t3RowTotal } from './t3-row-total';
import { t4Sum } from './t4-sum';
import { textFees } from './text-fees';
import { textOutcomes } from './text-outcomes';
import { textRequests } from './text-requests';
import { textReviewLitigation } from './text-review-litigation';
import { textSum } from './text-sum';
import type { Rule } from './types';
import { yearCarryOver } from './year-carry-over';
import { yearCopy } from './year-copy';
import { yearInForce } from './year-in-force';

export const RULES: readonly Rule[] = [
  cellNumber,
  cellBlank,
  cellNonNegativeInteger,
  cellUnit,
  docSections,
  docTableMissing,
  docRows,
  docFormat,
  docYear,
  docPlaceholder,
  t2InForceFloor,
  t2PublishedTotal,
  t2ItemsChange,
  t3RowTotal,
  t3OutcomesSum,
  t3Balance,
  t3CarryForward,
  t3FeeLink,
  t4Sum,
  textRequests,
  textOutcomes,
  textReviewLitigation,
  textFees,
  textSum,
  yearCarryOver,
  yearInForce,
  yearCopy,
];

export type { Rule } from './types';
