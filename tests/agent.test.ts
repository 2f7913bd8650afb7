// The content side (src/agent) in a real DOM implementation (happy-dom), with the extension APIs replaced by a
// recording platform: what it reads, remembers, writes to the page and to storage.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAgent, type AgentPlatform } from '../src/agent/agent';
import { readDocument } from '../src/audit/audit';
import type { PreviousReport } from '../src/audit/context';
import { makeT } from '../src/i18n/messages';
import type { PageSummary } from '../src/messaging/protocol';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function pageOf(file: string) {
  const w = new Window({ url: 'https://www.example.gov.cn/report.html' });
  windows.push(w);
  w.document.write(readFileSync(file, 'utf8'));
  return w.document as unknown as Document;
}

function platform(remembered: PreviousReport[] = []) {
  const calls = { load: [] as [string, number][], saved: [] as PreviousReport[], notified: [] as PageSummary[] };
  const p: AgentPlatform = {
    t: makeT(),
    async loadPrevious(agency, year) {
      calls.load.push([agency, year]);
      return remembered.find((r) => r.agency === agency && r.year === year) ?? null;
    },
    async savePrevious(report) {
      calls.saved.push(report);
    },
    notify: (summary) => void calls.notified.push(summary),
    signal: new AbortController().signal,
  };
  return { p, calls };
}

/** Attribute writes on the page's own elements (our UI host aside). */
function recordWrites(doc: Document) {
  const records: MutationRecord[] = [];
  const win = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
  const mo = new win.MutationObserver((rs) => records.push(...rs));
  mo.observe(doc.body, { attributes: true, subtree: true, childList: true });
  return async () => {
    await new Promise((r) => setTimeout(r, 0));
    records.push(...mo.takeRecords());
    mo.disconnect();
    return records.length;
  };
}

describe('PageAgent', () => {
  it('reads once, asks for last year by agency and year, and raises the cross-year finding from it', async () => {
    const lastYear = platform();
    const lastAgent = new PageAgent(pageOf('tests/fixtures/rules/YEAR-CARRY-OVER/fail.previous.html'), lastYear.p);
    await lastAgent.audit(false);
    const lastState = lastAgent.state();
    const remembered = lastYear.calls.saved[0];
    expect(remembered.year).toBe(lastState.export!.report.year);

    const { p, calls } = platform([remembered]);
    const agent = new PageAgent(pageOf('tests/fixtures/rules/YEAR-CARRY-OVER/fail.html'), p);
    await agent.audit(false);
    const state = agent.state();
    expect(calls.load).toEqual([[remembered.agency, remembered.year]]);
    expect(state.export!.findings.map((f) => f.rule)).toContain('YEAR-CARRY-OVER');
  });

  it("marks the page while last year's report is on its way, and stores this year's after marking", async () => {
    const doc = pageOf('tests/fixtures/reports/sanmenxia-2024.html');
    const order: string[] = [];
    let answer: (r: PreviousReport | null) => void = () => undefined;
    const { p } = platform();
    p.loadPrevious = () => {
      order.push('asked');
      return new Promise((resolve) => (answer = resolve));
    };
    p.savePrevious = async () => void order.push(`stored, ${doc.querySelectorAll('[data-disclosure-lens="error"]').length} marks`);
    const agent = new PageAgent(doc, p);
    const checksBefore = performance.getEntriesByName('disclosure-lens:check').length;
    const done = agent.audit(false);
    // Checked and marked while the answer is still awaited; nothing stored yet.
    expect(order).toEqual(['asked']);
    expect(performance.getEntriesByName('disclosure-lens:check')).toHaveLength(checksBefore + 1);
    expect(doc.querySelectorAll('[data-disclosure-lens="error"]')).toHaveLength(8);
    answer(null);
    await done;
    // No report kept from last year: the rules ran once.
    expect(order).toEqual(['asked', 'stored, 8 marks']);
    expect(performance.getEntriesByName('disclosure-lens:check')).toHaveLength(checksBefore + 1);
    expect(agent.state().counts.error).toBe(4);
  });

  it("runs the rules again when last year's report comes, and its findings join the marks", async () => {
    const lastYear = platform();
    await new PageAgent(pageOf('tests/fixtures/rules/YEAR-CARRY-OVER/fail.previous.html'), lastYear.p).audit(false);
    const remembered = lastYear.calls.saved[0];
    const doc = pageOf('tests/fixtures/rules/YEAR-CARRY-OVER/fail.html');
    let answer: (r: PreviousReport | null) => void = () => undefined;
    const { p, calls } = platform();
    p.loadPrevious = () => new Promise((resolve) => (answer = resolve));
    const agent = new PageAgent(doc, p);
    const done = agent.audit(false);
    const carried = readDocument(doc).mapping.cells['requests.carriedOver.total'].el!;
    expect(agent.state().export!.findings.map((f) => f.rule)).not.toContain('YEAR-CARRY-OVER');
    expect(carried.hasAttribute('data-disclosure-lens')).toBe(false);
    answer(remembered);
    await done;
    expect(agent.state().export!.findings.map((f) => f.rule)).toContain('YEAR-CARRY-OVER');
    expect(carried.hasAttribute('data-disclosure-lens')).toBe(true);
    // The badge is told once, with the findings that include last year's.
    expect(calls.notified).toHaveLength(1);
    expect(calls.notified[0].counts).toEqual(agent.state().counts);
  });

  it('an audit that waited for last year\'s report does not replace a newer one', async () => {
    const lastYear = platform();
    await new PageAgent(pageOf('tests/fixtures/rules/YEAR-CARRY-OVER/fail.previous.html'), lastYear.p).audit(false);
    const remembered = lastYear.calls.saved[0];
    const doc = pageOf('tests/fixtures/rules/YEAR-CARRY-OVER/fail.html');
    const answers: ((r: PreviousReport | null) => void)[] = [];
    const { p } = platform();
    p.loadPrevious = () => new Promise((resolve) => answers.push(resolve));
    const agent = new PageAgent(doc, p);
    const first = agent.audit(false);
    // The page changes while the first audit waits; a second audit reads it.
    const cell = readDocument(doc).mapping.cells['requests.newReceived.natural'].el!;
    const before = Number(cell.textContent);
    cell.textContent = String(before + 7);
    const second = agent.audit(false);
    answers[1](remembered);
    await second;
    answers[0](remembered);
    await first;
    expect(agent.state().export!.cells['requests.newReceived.natural'].raw).toBe(String(before + 7));
  });

  // Twenty re-audits a minute at most; a change past them was dropped until stop 41, so the last of a long PDF's
  // pages, drawn one by one as the reader scrolled, went unread.
  it('audits the last change once the minute\'s re-audits are spent, when one is free again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const agent = new PageAgent(pageOf('tests/fixtures/reports/sanmenxia-2024.html'), platform().p);
      const audit = vi.spyOn(agent, 'audit').mockResolvedValue();
      const reaudit = () => (agent as unknown as { reaudit(): Promise<void> }).reaudit();
      for (let i = 0; i < 25; i++) {
        await reaudit();
        vi.advanceTimersByTime(1000);
      }
      expect(audit).toHaveBeenCalledTimes(20);
      // One audit put off, not five: when the first of the twenty is a minute old.
      await vi.advanceTimersByTimeAsync(36_000);
      expect(audit).toHaveBeenCalledTimes(21);
      await vi.advanceTimersByTimeAsync(120_000);
      expect(audit).toHaveBeenCalledTimes(21);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the badge what was found, without the export, which the popup gets when it asks', async () => {
    const doc = pageOf('tests/fixtures/reports/sanmenxia-2024.html');
    const { p, calls } = platform();
    const agent = new PageAgent(doc, p);
    await agent.audit(false);
    const state = agent.state();
    expect(calls.notified).toEqual([{ status: 'report', counts: state.counts, title: '三门峡市文化广电和旅游局2024年政府信息公开工作年度报告' }]);
    expect(state.counts).toEqual({ error: 4, warning: 0, review: 0, info: 0 });
    expect(state.export!.findings).toHaveLength(4);
    expect(state.export!.cells['requests.outcomesTotal.natural']).toEqual({ raw: '0', state: 'number' });
  });

  it('writes an unchanged report to storage once, and again when a number changes', async () => {
    const doc = pageOf('tests/fixtures/reports/sanmenxia-2024.html');
    const { p, calls } = platform();
    const agent = new PageAgent(doc, p);
    await agent.audit(false);
    await agent.audit(false);
    await agent.audit(false);
    expect(calls.saved).toHaveLength(1);
    const cell = [...doc.querySelectorAll('td')].find((td) => /^\s*\d+\s*$/.test(td.textContent ?? ''))!;
    cell.textContent = String(Number(cell.textContent) + 7);
    await agent.audit(false);
    expect(calls.saved).toHaveLength(2);
  });

  it('marks the wrong cells, and a re-audit that finds the same writes nothing to the page', async () => {
    const doc = pageOf('tests/fixtures/reports/sanmenxia-2024.html');
    const agent = new PageAgent(doc, platform().p);
    await agent.audit(false);
    const state = agent.state();
    // Two sums and two balances broken: the totals and the four cells of each balance are marked.
    expect(state.counts.error).toBe(4);
    expect(doc.querySelectorAll('[data-disclosure-lens="error"]').length).toBe(8);
    const writes = recordWrites(doc);
    await agent.audit(false);
    expect(await writes()).toBe(0);
    expect(doc.querySelectorAll('[data-disclosure-lens="error"]').length).toBe(8);
  });

  it('takes a mark away when its problem is fixed, and leaves the others', async () => {
    const doc = pageOf('tests/fixtures/reports/sanmenxia-2024.html');
    const agent = new PageAgent(doc, platform().p);
    await agent.audit(false);
    expect(doc.querySelectorAll('[data-disclosure-lens="error"]')).toHaveLength(8);
    // （七）总计·自然人 says 0 where the outcomes add up to 4: print 4, and the natural-persons column's sum and
    // balance hold again; the total column's errors stay.
    const natural = readDocument(doc).mapping.cells['requests.outcomesTotal.natural'].el!;
    expect(natural.getAttribute('data-disclosure-lens')).toBe('error');
    natural.textContent = '4';
    await agent.audit(false);
    const state = agent.state();
    const errors = state.export!.findings.filter((f) => f.severity === 'error');
    // The (still 0) total column now also disagrees with its row: 4 natural persons, total 0.
    expect(errors.map((f) => `${f.rule} ${f.cells.join(' ')}`)).toEqual([
      'T3-ROW-TOTAL requests.outcomesTotal.total',
      'T3-OUTCOMES-SUM requests.outcomesTotal.total',
      'T3-BALANCE requests.newReceived.total requests.carriedOver.total requests.outcomesTotal.total requests.carriedForward.total',
    ]);
    expect(natural.hasAttribute('data-disclosure-lens')).toBe(false);
    expect(natural.hasAttribute('tabindex')).toBe(false);
    expect(doc.querySelectorAll('[data-disclosure-lens="error"]')).toHaveLength(4);
  });
});
