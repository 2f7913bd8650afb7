import type { AuditContext } from '../audit/context';
import type { Bilingual, Finding, Severity } from '../model/schema';

export type RuleGroup = 'cell' | 'structure' | 'activeDisclosure' | 'requests' | 'reviewLitigation' | 'text' | 'years';

/**
 * A rule: metadata beside a pure evaluate function over the page's reading (axe-core's shape). What it checks, in
 * words, is its file's other export (`…Description`, gathered by ruleDescriptions), kept out of the object so that
 * the auditor on the page, which never shows it, does not carry it.
 */
export interface Rule {
  id: string;
  /** The severity of a failure; an undecidable check reports "review" instead. */
  severity: Severity;
  group: RuleGroup;
  title: Bilingual;
  evaluate(ctx: AuditContext): Finding[];
}

export interface FindingInit {
  severity?: Severity;
  cells: string[];
  related?: string[];
  expected?: number | string | null;
  actual?: number | string | null;
  /** The words of the text the finding is about, as printed (see Finding.quote). */
  quote?: string;
  zh: string;
  en: string;
}

export function finding(rule: Rule, f: FindingInit): Finding {
  return {
    rule: rule.id,
    severity: f.severity ?? rule.severity,
    cells: f.cells,
    related: f.related ?? [],
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    message: { zh: f.zh, en: f.en },
    quote: f.quote ?? null,
  };
}
