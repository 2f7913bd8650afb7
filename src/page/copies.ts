// A hidden copy of the report (a print version, a mobile layout) beside the one shown: which elements are shown,
// by the rendering (the extension) or by the markup (the CLI), and leaving the hidden copy out of the page's items.
import { HIDING_STYLE, hiddenByOwnMarkup } from '../grid/grid';
import type { PageItem } from './items';

/**
 * The classes and ids (".print-version", "#mobile") that the page's own style sheets hide on screen: rules of one
 * simple selector at the sheet's top level (rules inside @media print and the like hide nothing on screen).
 */
function hiddenSelectors(root: Element): Set<string> {
  const hidden = new Set<string>();
  for (const style of root.ownerDocument.getElementsByTagName('style')) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    let start = 0;
    let selector = '';
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '{') {
        if (depth === 0) selector = css.slice(start, i).trim();
        depth++;
        start = i + 1;
      } else if (c === '}') {
        depth--;
        if (depth === 0 && !selector.startsWith('@') && HIDING_STYLE.test(css.slice(start, i))) {
          for (const one of selector.split(',')) if (/^[.#][\w-]+$/.test(one.trim())) hidden.add(one.trim());
        }
        depth = Math.max(depth, 0);
        start = i + 1;
      }
    }
  }
  return hidden;
}

/**
 * Whether the markup shows an element, for a reader without a rendering (the CLI): no ancestor up to `root` is
 * hidden by the hidden attribute, an inline display: none / visibility: hidden, or a class or id the page's style
 * sheets hide.
 */
export function shownByMarkup(root: Element): (el: Element) => boolean {
  let hidden: Set<string> | null = null;
  return (el) => {
    hidden ??= hiddenSelectors(root);
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
      if (hiddenByOwnMarkup(e)) return false;
      if (hidden.size && ((e.id && hidden.has(`#${e.id}`)) || [...e.classList].some((c) => hidden!.has(`.${c}`)))) return false;
    }
    return true;
  };
}

/**
 * A page can hold a hidden copy of its report (a print version, a mobile layout) beside the one shown: a hidden
 * container whose tables start a part 三 ("本年新收") while a shown table starts one too is left out, so the shown
 * copy is the one checked and marked. A hidden container without its own part 三 start (the rest of a report behind
 * a "展开全文" button) is read, and so is a report whose every table is hidden (a collapsed tab). Nothing is asked of
 * the rendering unless two tables start a part 三.
 */
export function leaveOutHiddenCopies<R extends { items: PageItem[]; titles: Element[] }>(read: R, starts: Element[], root: Element, isShown: (el: Element) => boolean): R {
  if (starts.length < 2) return read;
  const hidden = starts.filter((t) => !isShown(t));
  if (!hidden.length || hidden.length === starts.length) return read;
  const roots: Element[] = [];
  for (const table of hidden) {
    if (roots.some((r) => r.contains(table))) continue;
    let top = table;
    while (top.parentElement && top.parentElement !== root && !isShown(top.parentElement)) top = top.parentElement;
    roots.push(top);
  }
  const outside = (el: Element) => !roots.some((r) => r.contains(el));
  return {
    ...read,
    items: read.items.filter((it) => outside(it.kind === 'table' ? it.table : it.el)),
    titles: read.titles.filter(outside),
  };
}
