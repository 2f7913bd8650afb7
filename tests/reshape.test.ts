// The real reports, reshaped the ways other sites publish the same thing (tests/support/reshape.ts): Word's markup in
// every cell, digits and labels broken by spaces, spans and <br>, full-width digits, a table cut in two at a page
// break, a layout table around the article. The reading must not depend on the shape: the same numbers, the same
// cell states, the same findings on the same cells, the same title, agency and year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../src/audit/audit';
import { REPORT_SPECS } from './fixtures/reports/specs';
import { auditHtml, brief } from './support/audit';
import { RESHAPES } from './support/reshape';
import { inCmsShell } from '../bench/page-shell';
import { parsePage } from '../src/cli/main';
import { mightHoldReport } from '../src/page/detect';

const PAGES = [
  ...Object.values(REPORT_SPECS).map(({ file }) => `tests/fixtures/reports/${file}`),
  '../shared/reports/html/shuyang-fgj-2023.html',
  '../shared/reports/html/pingtan-2019.html',
];

/** What a reader and the export get from a page, less the printed text of cells (a reshape may change it). */
function reading(res: AuditResult) {
  const { report, cells } = res.export;
  return {
    isReport: res.isReport,
    report,
    states: Object.fromEntries(Object.entries(cells).map(([path, c]) => [path, c.state])),
    findings: brief(res),
    title: res.export.source.title,
  };
}

// Each page as published, audited once: what every reshaped copy is compared with.
const originals = PAGES.map((path) => {
  const html = readFileSync(path, 'utf8');
  return { path, html, audited: auditHtml(html) };
});
const baseline = new Map(originals.map(({ path, audited }) => [path, reading(audited)]));

describe('the same report, reshaped as other sites publish it, reads the same', () => {
  for (const [name, reshape] of Object.entries(RESHAPES)) {
    it(name, () => {
      let changed = 0;
      for (const { path, html } of originals) {
        const reshaped = reshape(html);
        if (reshaped === html) continue;
        changed++;
        expect(reading(auditHtml(reshaped)), `${path}, ${name}`).toEqual(baseline.get(path));
        // The loader's first look, which decides whether the auditor comes at all, finds it too.
        expect(mightHoldReport(parsePage(reshaped)), `${path}, ${name}: the loader's look`).toBe(true);
      }
      // A reshape that touches no page would test nothing.
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('every page is a report with its cells read, so the comparisons are not of empty results', () => {
    for (const [path, r] of baseline) {
      expect(r.isReport, path).toBe(true);
      expect(Object.values(r.states).filter((s) => s !== 'missing').length, path).toBeGreaterThan(40);
    }
  });
});

describe('the same report inside a typical CMS page (the one bench:cli uses)', () => {
  // Sixty menu links, a list of 120 dated links (the dates outside the links), a breadcrumb, a footer and a page title
  // that names the column, not the report ("政府信息公开年度报告_示例市人民政府"). The article's own title then stands
  // far from the page's first blocks, just before the report's first part heading.
  // nankai-2019 prints its title only in the page's <title>, which the shell replaces: it is left out.
  const titledInBody = originals.filter(({ path }) => !path.includes('nankai-2019'));

  it('finds the title, agency and year in the article, and reads the same numbers and findings', () => {
    const seen = (res: AuditResult) => ({ title: res.export.source.title, report: res.export.report, findings: brief(res) });
    titledInBody.forEach(({ path, html, audited }, i) => {
      const after = auditHtml(inCmsShell(html, i));
      expect(seen(after), path).toEqual(seen(audited));
      expect(after.export.report.year, path).not.toBeNull();
    });
  });

  it("exports the report's text without the site's footer after it (主办…, 网站标识码…, ICP备…)", () => {
    originals.forEach(({ path, html, audited }, i) => {
      const after = auditHtml(inCmsShell(html, i)).export.text;
      expect(after, path).toEqual(audited.export.text);
      expect(JSON.stringify(after), path).not.toMatch(/网站标识码|ICP备|示例市大数据中心/);
    });
  });
});
