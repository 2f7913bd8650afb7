/**
 * Adds CSS to a document or a shadow root and returns what takes it away again. A constructed stylesheet adds no
 * node and is not subject to the page's style-src CSP; older engines get a <style> element instead.
 */
export function adoptStyles(target: Document | ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const doc = 'documentElement' in target ? target : target.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = css;
    style.setAttribute('data-disclosure-lens-style', '');
    ('documentElement' in target ? (target.head ?? target.documentElement) : target).appendChild(style);
    return () => style.remove();
  }
}
