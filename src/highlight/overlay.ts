// The injected UI — a small chip with the counts and a switch, and the popover that explains a marked cell —
// lives in one shadow root: the page's styles cannot reach it and its styles cannot reach the page.
// Everything from the page is inserted as text, never as HTML.
import type { MessageKey } from '../i18n/messages';
import { cellLabel } from '../model/labels';
import type { Finding } from '../model/schema';
import type { Counts } from '../messaging/protocol';
import { RULES } from '../rules';
import { adoptStyles } from './styles';

type T = (key: MessageKey, ...subs: string[]) => string;

// A rule's name says what it checks ("收到与办结不平衡"), where its id (T3-BALANCE) says only which rule it is.
const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

const UI_CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
/* A printed page is the report's: the chip and the explanation, fixed on the screen, would stand on every sheet. */
@media print { :host { display: none !important; } }
* { box-sizing: border-box; }
.chip, .pop { font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #101828; }
.chip { position: fixed; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 12px; border-radius: 999px;
  background: #ffffff; border: 1px solid #d0d5dd; box-shadow: 0 4px 16px rgba(16,24,40,.18); pointer-events: auto; }
.brand { font-weight: 600; white-space: nowrap; }
.count { display: inline-flex; align-items: center; gap: 3px; font-variant-numeric: tabular-nums; font-weight: 600; }
.e { color: #d92d20; } .w { color: #b54708; } .r { color: #0e7090; } .ok { color: #067647; }
button { font: inherit; cursor: pointer; border: 1px solid #d0d5dd; background: #f9fafb; color: inherit; border-radius: 999px; padding: 3px 10px; }
button:hover { background: #f2f4f7; }
button:focus-visible { outline: 2px solid #1570ef; outline-offset: 2px; }
.pop { position: fixed; max-width: min(420px, calc(100vw - 16px)); padding: 10px 12px; border-radius: 8px; background: #ffffff; border: 1px solid #d0d5dd;
  box-shadow: 0 8px 24px rgba(16,24,40,.22); pointer-events: none; }
.pop[hidden], .chip[hidden] { display: none; }
.item + .item { margin-top: 8px; padding-top: 8px; border-top: 1px solid #eaecf0; }
.head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; border-radius: 4px; padding: 0 5px; color: #fff; }
.sev.error { background: #d92d20; } .sev.warning { background: #dc6803; } .sev.review { background: #0e7090; } .sev.info { background: #475467; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 11px; color: #475467; }
.name { font-size: 12px; font-weight: 600; }
.zh { margin-top: 4px; font-size: 14px; }
.en { color: #475467; font-size: 12px; }
.meta { margin-top: 4px; font-size: 12px; color: #344054; }
@media (prefers-color-scheme: dark) {
  .chip, .pop { background: #1d2939; color: #f2f4f7; border-color: #475467; }
  button { background: #344054; border-color: #475467; }
  button:hover { background: #475467; }
  .en, .rule { color: #d0d5dd; } .meta { color: #eaecf0; } .item + .item { border-top-color: #344054; }
  .e { color: #f97066; } .w { color: #fdb022; } .r { color: #22ccee; } .ok { color: #47cd89; }
}
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly chip: HTMLDivElement;
  private readonly pop: HTMLDivElement;
  private toggle: HTMLButtonElement;
  /** What the chip shows now, so an identical update is skipped. */
  private shown = '';

  constructor(
    private readonly doc: Document,
    private readonly t: T,
    private readonly onToggle: (on: boolean) => void,
  ) {
    this.host = doc.createElement('disclosure-lens-ui');
    this.root = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.root, UI_CSS);
    this.chip = el(doc, 'div', 'chip');
    this.chip.setAttribute('role', 'status');
    this.chip.setAttribute('aria-label', t('chipLabel'));
    this.chip.hidden = true;
    this.toggle = el(doc, 'button');
    this.toggle.type = 'button';
    this.pop = el(doc, 'div', 'pop');
    this.pop.setAttribute('role', 'tooltip');
    this.pop.id = 'disclosure-lens-popover';
    this.pop.hidden = true;
    this.root.append(this.chip, this.pop);
    this.toggle.addEventListener('click', () => this.onToggle(this.toggle.getAttribute('aria-pressed') !== 'true'));
    // Outside <body>: the page's layout never sees it.
    doc.documentElement.appendChild(this.host);
  }

  showChip(counts: Counts, marksOn: boolean): void {
    // A re-audit with the same outcome leaves the chip as it is.
    const key = `${counts.error}/${counts.warning}/${counts.review}/${marksOn}`;
    if (key === this.shown && !this.chip.hidden) return;
    this.shown = key;
    const d = this.doc;
    this.chip.replaceChildren(el(d, 'span', 'brand', this.t('extName')));
    const parts: [number, string, string, MessageKey][] = [
      [counts.error, 'e', '✖', 'errors'],
      [counts.warning, 'w', '▲', 'warnings'],
      [counts.review, 'r', '?', 'reviews'],
    ];
    if (!counts.error && !counts.warning && !counts.review) {
      this.chip.append(el(d, 'span', 'count ok', '✓'));
    } else {
      for (const [n, cls, mark, key] of parts) {
        if (!n) continue;
        const c = el(d, 'span', `count ${cls}`, `${mark} ${n}`);
        c.title = `${n} ${this.t(key)}`;
        this.chip.append(c);
      }
    }
    this.toggle.textContent = marksOn ? this.t('marksOff') : this.t('marksOn');
    this.toggle.setAttribute('aria-pressed', String(marksOn));
    if (counts.error || counts.warning || counts.review) this.chip.append(this.toggle);
    this.chip.hidden = false;
  }

  showPopover(target: Element, findings: Finding[]): void {
    const d = this.doc;
    const items = findings.slice(0, 4).map((f) => {
      const item = el(d, 'div', 'item');
      const head = el(d, 'div', 'head');
      head.append(el(d, 'span', `sev ${f.severity}`, f.severity), el(d, 'span', 'rule', f.rule));
      const name = RULE_TITLES.get(f.rule);
      if (name) head.append(el(d, 'span', 'name', `${name.zh} · ${name.en}`));
      item.append(head, el(d, 'div', 'zh', f.message.zh), el(d, 'div', 'en', f.message.en));
      if (f.expected !== null || f.actual !== null) {
        item.append(el(d, 'div', 'meta', `${this.t('expected')} ${f.expected ?? '—'} · ${this.t('printed')} ${f.actual ?? '—'}`));
      }
      const others = [...f.cells, ...f.related].filter((p, i, a) => a.indexOf(p) === i).slice(0, 8);
      if (others.length > 1) item.append(el(d, 'div', 'meta', `${this.t('relatedCells')}: ${others.map((p) => cellLabel(p).zh).join('、')}`));
      return item;
    });
    this.pop.replaceChildren(...items);
    this.pop.hidden = false;
    this.place(target);
  }

  /** Keeps the popover beside its cell, inside the viewport. */
  place(target: Element): void {
    if (this.pop.hidden) return;
    const r = target.getBoundingClientRect();
    const vw = this.doc.documentElement.clientWidth || 800;
    const vh = this.doc.documentElement.clientHeight || 600;
    const pw = this.pop.offsetWidth || 320;
    const ph = this.pop.offsetHeight || 120;
    const left = Math.max(8, Math.min(r.left, vw - pw - 8));
    const below = r.bottom + 6;
    const top = below + ph > vh && r.top - ph - 6 > 0 ? r.top - ph - 6 : Math.min(below, Math.max(8, vh - ph - 8));
    this.pop.style.left = `${left}px`;
    this.pop.style.top = `${top}px`;
  }

  hidePopover(): void {
    this.pop.hidden = true;
  }

  destroy(): void {
    this.host.remove();
  }
}
