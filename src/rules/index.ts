// The rule catalogue: every rule, registered once, in the order of shared/spec/rules.md.
import { cellBlank, cellBlankDescription } from './cell-blank';
import { cellNonNegativeInteger, cellNonNegativeIntegerDescription } from './cell-nonnegative-integer';
import { cellNumber, cellNumberDescription } from './cell-number';
import { cellUnit, cellUnitDescription } from './cell-unit';
import { docFormat, docFormatDescription } from './doc-format';
import { docPlaceholder, docPlaceholderDescription } from './doc-placeholder';
import { docRows, docRowsDescription } from './doc-rows';
import { docSections, docSectionsDescription } from './doc-sections';
import { docTableMissing, docTableMissingDescription } from './doc-table-missing';
import { docYear, docYearDescription } from './doc-year';
import { t2InForceFloor, t2InForceFloorDescription } from './t2-in-force-floor';
import { t2ItemsChange, t2ItemsChangeDescription } from './t2-items-change';
import { t2PublishedTotal, t2PublishedTotalDescription } from './t2-published-total';
import { t3Balance, t3BalanceDescription } from './t3-balance';
import { t3CarryForward, t3CarryForwardDescription } from './t3-carry-forward';
import { t3FeeLink, t3FeeLinkDescription } from './t3-fee-link';
import { t3OutcomesSum, t3OutcomesSumDescription } from './t3-outcomes-sum';
import { t3RowTotal, t3RowTotalDescription } from './t3-row-total';
import { t4Sum, t4SumDescription } from './t4-sum';
import { textFees, textFeesDescription } from './text-fees';
import { textOutcomes, textOutcomesDescription } from './text-outcomes';
import { textRequests, textRequestsDescription } from './text-requests';
import { textReviewLitigation, textReviewLitigationDescription } from './text-review-litigation';
import { textSum, textSumDescription } from './text-sum';
import type { Bilingual } from '../model/schema';
import type { Rule } from './types';
import { yearCarryOver, yearCarryOverDescription } from './year-carry-over';
import { yearCopy, yearCopyDescription } from './year-copy';
import { yearInForce, yearInForceDescription } from './year-in-force';

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

/**
 * What each rule checks, in words, by rule id: for the catalogue and the popup's help. Built on call and apart from
 * RULES, so that a bundle that never calls it (the auditor on the page) is left without the words (3 kB of gzip).
 */
export function ruleDescriptions(): ReadonlyMap<string, Bilingual> {
  return new Map([
    [cellNumber.id, cellNumberDescription],
    [cellBlank.id, cellBlankDescription],
    [cellNonNegativeInteger.id, cellNonNegativeIntegerDescription],
    [cellUnit.id, cellUnitDescription],
    [docSections.id, docSectionsDescription],
    [docTableMissing.id, docTableMissingDescription],
    [docRows.id, docRowsDescription],
    [docFormat.id, docFormatDescription],
    [docYear.id, docYearDescription],
    [docPlaceholder.id, docPlaceholderDescription],
    [t2InForceFloor.id, t2InForceFloorDescription],
    [t2PublishedTotal.id, t2PublishedTotalDescription],
    [t2ItemsChange.id, t2ItemsChangeDescription],
    [t3RowTotal.id, t3RowTotalDescription],
    [t3OutcomesSum.id, t3OutcomesSumDescription],
    [t3Balance.id, t3BalanceDescription],
    [t3CarryForward.id, t3CarryForwardDescription],
    [t3FeeLink.id, t3FeeLinkDescription],
    [t4Sum.id, t4SumDescription],
    [textRequests.id, textRequestsDescription],
    [textOutcomes.id, textOutcomesDescription],
    [textReviewLitigation.id, textReviewLitigationDescription],
    [textFees.id, textFeesDescription],
    [textSum.id, textSumDescription],
    [yearCarryOver.id, yearCarryOverDescription],
    [yearInForce.id, yearInForceDescription],
    [yearCopy.id, yearCopyDescription],
  ]);
}

export type { Rule } from './types';
