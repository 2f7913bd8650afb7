import { readFileSync } from 'node:fs';
import { auditDocument, type AuditOptions, type AuditResult } from '../../src/audit/audit';
import { chainShortcuts } from '../../src/cli/chain';
import { parsePage } from '../../src/cli/main';
import { shownByMarkup } from '../../src/page/copies';

export const FIXED_NOW = new Date('2026-01-31T00:00:00Z');

export function loadPage(path: string): Document {
  return parsePage(readFileSync(path, 'utf8'));
}

/**
 * A page audited as the CLI reads it: hidden copies told by the markup, tables and cells read along linkedom's node
 * chain. (Characters are classified by comparisons, as in the extension; the CLI's table of them is held to the same
 * definition in tests/normalize.test.ts.)
 */
export function auditHtml(html: string, opts: AuditOptions = {}): AuditResult {
  const doc = parsePage(html);
  return auditDocument(doc, { now: FIXED_NOW, isShown: shownByMarkup(doc.body), shortcuts: chainShortcuts, ...opts });
}

export function auditFile(path: string, opts: AuditOptions = {}): AuditResult {
  return auditHtml(readFileSync(path, 'utf8'), opts);
}

/** Findings reduced to what a test asserts on: rule, severity and the cells at fault. */
export const brief = (r: AuditResult) => r.export.findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells }));
export const rulesOf = (r: AuditResult) => r.export.findings.map((f) => `${f.rule}:${f.severity}`).sort();
