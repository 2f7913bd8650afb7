// A text finding's words, found in the page where they stand (src/highlight/quotes.ts), and marked there by the
// content side (src/agent): through the splits, spaces and full-width characters of real pages.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAgent } from '../src/agent/agent';
import { auditDocument } from '../src/audit/audit';
import { ATTR } from '../src/highlight/marks';
import { PageText, blockOf } from '../src/highlight/quotes';
import { makeT } from '../src/i18n/messages';
import { compact } from '../src/text/normalize';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function docOf(html: string): Document {
  const w = new Window({ url: 'https://www.example.gov.cn/report.html' });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}

const find = (doc: Document, quote: string) => new PageText(doc.body).find(quote);

describe('finding a quote in the page', () => {
  it('reads through tags, &nbsp;, spaces, full-width digits and punctuation, as the text rules read', () => {
    const doc = docOf('<div><p><span>（二）依申请公开情况。本年度共收到政府</span><span>信息公开 申请</span><b>１５</b>&nbsp;件，予以公开6件。</p></div>');
    const range = find(doc, '收到政府信息公开申请15件')!;
    expect(range).not.toBeNull();
    expect(range.toString()).toBe('收到政府信息公开 申请１５\u00a0件');
    // Starts and ends inside the text nodes that hold the first and last of the words.
    expect(range.startContainer.textContent).toContain('本年度共收到政府');
    expect(range.endContainer.textContent).toBe('\u00a0件，予以公开6件。');
    expect(blockOf(range)!.tagName).toBe('P');
  });

  it('finds the words of a quote that leaves out the page\'s quote marks, and Traditional characters folded alike', () => {
    const doc = docOf('<p>對“予以公開”6件，“不予公开”0件。</p>');
    expect(find(doc, '予以公開6件')!.toString()).toBe('予以公開”6件');
    expect(find(doc, '予以公开6件')!.toString()).toBe('予以公開”6件');
    expect(find(doc, '不予公开"0件')!.toString()).toBe('不予公开”0件');
  });

  it('reads a text node that needs the real NFKC (a circled number, a character beyond the BMP) a character at a time', () => {
    const doc = docOf('<p>附件①：𠮷野家分店收到申请\u3000１２件；ﾃｽﾄ收到申请3件</p>');
    expect(find(doc, '收到申请12件')!.toString()).toBe('收到申请\u3000１２件');
    expect(find(doc, '附件1:𠮷野家')!.toString()).toBe('附件①：𠮷野家');
    expect(find(doc, 'テスト收到申请3件')!.toString()).toBe('ﾃｽﾄ收到申请3件');
  });

  it('steps over a table longer than 200 rows, and reads on after it; reads a short (layout) table\'s prose', () => {
    const rows = (n: number, text: string) => `<table>${Array.from({ length: n }, (_, i) => `<tr><td>${i === 5 ? text : i}</td></tr>`).join('')}</table>`;
    const doc = docOf(`${rows(201, '收到申请7件')}<p>其后收到申请8件</p><table><tr><td><p>版式表格中收到申请9件</p></td></tr></table>${rows(200, '收到申请6件')}`);
    expect(find(doc, '收到申请7件')).toBeNull();
    expect(find(doc, '收到申请8件')!.toString()).toBe('收到申请8件');
    expect(find(doc, '收到申请9件')!.toString()).toBe('收到申请9件');
    expect(find(doc, '收到申请6件')!.toString()).toBe('收到申请6件');
    // A long table inside another: both stepped over, the text after them read.
    const nested = docOf(`<table><tr><td>${rows(300, '收到申请5件')}收到申请4件</td></tr>${'<tr><td>x</td></tr>'.repeat(200)}</table><p>收到申请3件</p>`);
    expect(find(nested, '收到申请5件')).toBeNull();
    expect(find(nested, '收到申请4件')).toBeNull();
    expect(find(nested, '收到申请3件')).not.toBeNull();
  });

  it('passes over the words in an element not shown (a hidden print copy before the report shown)', () => {
    const doc = docOf('<div class="print" hidden><p>收到申请8件</p></div><div><p id="shown">本年度收到申请8件</p></div>');
    const shown = (el: Element) => !el.closest('[hidden]');
    expect(find(doc, '收到申请8件')!.startContainer.parentElement!.id).toBe('');
    expect(new PageText(doc.body).find('收到申请8件', shown)!.startContainer.parentElement!.id).toBe('shown');
    expect(new PageText(doc.body).find('收到申请8件', () => false)).toBeNull();
  });

  it('takes the nearest shown words to the report\'s tables, asking the rendering only of the places it must', () => {
    // The words before the tables, hidden and shown, in the tables' span, and repeated 1,000 times after them.
    const doc = docOf(`<p hidden>未发生行政复议</p><p id="before">未发生行政复议</p><table><tr><td id="first">1</td></tr><tr><td id="last">2</td></tr></table><p id="after">${'未发生行政复议，'.repeat(1000)}</p>`);
    const text = new PageText(doc.body);
    const span = text.spanOf([doc.getElementById('first')!, doc.getElementById('last')!]);
    const asked: Element[] = [];
    const shown = (el: Element) => (asked.push(el), !el.hasAttribute('hidden'));
    const holder = (quote: string) => text.find(quote, shown, span)!.startContainer.parentElement!.id;
    // The first of the 1,000 after is nearer than the one before; past it the rest only stand farther away.
    expect(holder('未发生行政复议')).toBe('after');
    expect(asked.map((el) => el.id)).toEqual(['', 'before', 'after']);
    // Nothing shown after the tables: the one before, and past the first after it the rest are farther still.
    asked.length = 0;
    const onlyBefore = (el: Element) => (asked.push(el), el.id === 'before');
    expect(text.find('未发生行政复议', onlyBefore, span)!.startContainer.parentElement!.id).toBe('before');
    expect(asked.map((el) => el.id)).toEqual(['', 'before', 'after']);
  });

  it('gives null for words the page does not print, and for text in scripts and styles', () => {
    const doc = docOf('<script>var s = "收到申请9件";</script><style>p::after{content:"收到申请9件"}</style><p>收到申请8件</p>');
    expect(find(doc, '收到申请9件')).toBeNull();
    expect(find(doc, '')).toBeNull();
    expect(find(doc, '收到申请8件')).not.toBeNull();
  });

  it('marks a paragraph-sized element only: not a whole article of one block, nor across paragraphs', () => {
    const long = '本机关认真贯彻落实政府信息公开条例。'.repeat(60);
    const doc = docOf(`<div id="article">${long}<br>全年共收到申请15件。<br>${long}</div><div><p>第一段收到</p><p>申请4件</p></div>`);
    const inLong = find(doc, '全年共收到申请15件')!;
    expect(inLong).not.toBeNull();
    expect(blockOf(inLong)).toBeNull();
    const across = find(doc, '收到申请4件')!;
    expect(across.toString()).toBe('收到申请4件');
    // The two paragraphs' common block is the div that holds them, short enough, but it is not the paragraph.
    expect(blockOf(across)!.tagName).toBe('DIV');
  });

  it('finds the words of every text finding of the rules\' failing fixtures in those pages', () => {
    let quotes = 0;
    const rules = ['TEXT-REQUESTS', 'TEXT-OUTCOMES', 'TEXT-SUM', 'TEXT-REVIEW-LITIGATION', 'DOC-PLACEHOLDER'];
    // And the reports whose text disagrees with itself or its tables: a Word page and a real site's.
    const pages = [...rules.map((rule) => `tests/fixtures/rules/${rule}/fail.html`), 'tests/fixtures/reports/nankai-2019.html', '../shared/reports/html/pingtan-2019.html'];
    for (const [i, path] of pages.entries()) {
      const doc = docOf(readFileSync(path, 'utf8'));
      const res = auditDocument(doc);
      const quoted = res.findings.filter((f) => f.quote !== null);
      expect(quoted.some((f) => f.rule === (rules[i] ?? (path.includes('nankai') ? 'TEXT-REQUESTS' : 'TEXT-SUM'))), path).toBe(true);
      for (const f of quoted) {
        // The message quotes the same words, so what the reader reads is what is highlighted.
        expect(f.message.zh, f.rule).toContain(f.quote);
        const range = find(doc, f.quote!);
        expect(range, `${f.rule} ${f.quote}`).not.toBeNull();
        expect(compact(range!.toString()).replace(/"/g, ''), f.rule).toBe(compact(f.quote!).replace(/"/g, ''));
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(8);
  });

  it('the findings about cells quote nothing', () => {
    const doc = docOf(readFileSync('tests/fixtures/reports/sanmenxia-2024.html', 'utf8'));
    const res = auditDocument(doc);
    const cellRules = res.findings.filter((f) => !f.rule.startsWith('TEXT-') && f.rule !== 'DOC-PLACEHOLDER');
    expect(cellRules.length).toBeGreaterThan(3);
    expect(cellRules.every((f) => f.quote === null)).toBe(true);
    expect(res.export.findings.map((f) => f.quote)).toEqual(res.findings.map((f) => f.quote));
  });
});

describe('marking the words in the page', () => {
  function agentOn(doc: Document) {
    const agent = new PageAgent(doc, {
      t: makeT(),
      loadPrevious: async () => null,
      savePrevious: async () => undefined,
      notify: () => undefined,
      signal: new AbortController().signal,
    });
    return agent;
  }

  it('marks the paragraph that says something else than the table, and takes the mark away with the others', async () => {
    const doc = docOf(readFileSync('tests/fixtures/rules/TEXT-REQUESTS/fail.html', 'utf8'));
    const agent = agentOn(doc);
    await agent.audit(false);
    const claim = [...doc.querySelectorAll('p')].find((p) => p.textContent!.includes('收到政府信息公开申请15件'))!;
    // The cells are marked with the audit; the words are looked for once the page is idle.
    expect(doc.querySelectorAll(`td[${ATTR}]`).length).toBeGreaterThan(0);
    expect(claim.hasAttribute(ATTR)).toBe(false);
    await vi.waitFor(() => expect(claim.getAttribute(ATTR)).toBe('warning'));
    expect(claim.getAttribute('tabindex')).toBe('0');
    // The table's cell the sentence disagrees with is marked too, as before.
    expect(doc.querySelectorAll(`td[${ATTR}="warning"]`).length).toBeGreaterThan(0);
    // The page rewrites the paragraph (new nodes, the same words): the re-audit marks the words that stand now.
    const rewritten = claim.cloneNode(true) as Element;
    claim.replaceWith(rewritten);
    await agent.audit(false);
    await vi.waitFor(() => expect(rewritten.getAttribute(ATTR)).toBe('warning'));
    rewritten.replaceWith(claim);
    await agent.audit(false);
    await vi.waitFor(() => expect(claim.getAttribute(ATTR)).toBe('warning'));
    // Re-audited with the words where they were, they stay marked through the audit: nothing to look for again.
    await agent.audit(false);
    expect(claim.getAttribute(ATTR)).toBe('warning');
    expect(agent.revealQuote('收到政府信息公开申请15件')).toBe(true);
    expect(agent.revealQuote('收到政府信息公开申请99件')).toBe(false);
    agent.setMarks(false);
    expect(claim.hasAttribute(ATTR)).toBe(false);
    expect(claim.hasAttribute('tabindex')).toBe(false);
  });

  it('on a page of two reports saying the same words, marks the words of the report checked', async () => {
    const html = readFileSync('tests/fixtures/rules/TEXT-REQUESTS/fail.html', 'utf8');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1];
    const doc = docOf(html.replace('</body>', `${body}</body>`));
    const agent = agentOn(doc);
    const claims = () => [...doc.querySelectorAll('p')].filter((p) => p.textContent!.includes('收到政府信息公开申请15件'));
    const marked = () => claims().map((p) => p.getAttribute(ATTR));
    await agent.audit(false);
    expect(agent.state().moreReports).toBe(1);
    await vi.waitFor(() => expect(marked()).toEqual(['warning', null]));
    await agent.selectReport(1);
    expect(agent.state().report).toBe(1);
    await vi.waitFor(() => expect(marked()).toEqual([null, 'warning']));
  });
});
