import { readFileSync } from 'node:fs';
import { auditDocument, type AuditOptions, type AuditResult } from '../../src/audit/audit';
import { parsePage } from '../../src/cli/main';
import { treeShortcuts } from '../../src/cli/tree';
import { parseDom } from './dom';
import { shownByMarkup } from '../../src/page/copies';

export const FIXED_NOW = new Date('2026-01-31T00:00:00Z');

/** A saved page as a DOM (linkedom), for tests that change its cells or query it. */
export function loadPage(path: string): Document {
  return parseDom(readFileSync(path, 'utf8'));
}

/**
 * A page audited as the CLI reads it: hidden copies told by the markup, tables and cells read along the CLI's page
 * tree (src/cli/tree.ts). (Characters are classified by comparisons, as in the extension; the CLI's table of them is held to the same
 * definition in tests/normalize.test.ts.)
 */
export function auditHtml(html: string, opts: AuditOptions = {}): AuditResult {
  const doc = parsePage(html);
  return auditDocument(doc, { now: FIXED_NOW, isShown: shownByMarkup(doc.body), shortcuts: treeShortcuts, ...opts });
}

export function auditFile(path: string, opts: AuditOptions = {}): AuditResult {
  return auditHtml(readFileSync(path, 'utf8'), opts);
}

/** Findings reduced to what a test asserts on: rule, severity and the cells at fault. */
export const brief = (r: AuditResult) => r.export.findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells }));
export const rulesOf = (r: AuditResult) => r.export.findings.map((f) => `${f.rule}:${f.severity}`).sort();
