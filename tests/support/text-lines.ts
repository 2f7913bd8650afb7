// A report page's tables laid out as lines of text, in the shapes pages converted from a PDF or pasted as plain text
// show them: each table row a line, its cells' texts apart by spaces.
// - 'rows': a merged label printed on the first line of the rows it spans (as the HTML source orders it);
// - 'centered': a merged label printed on the middle line of its rows, as a PDF centres a merged cell's text;
// - 'wrapped': centered, and a long row label wrapped, its counts on the line after the label's first half;
// - 'br': centered, the lines one paragraph's, apart by <br> (a table pasted into a plain-text editor);
// - 'cells': centered, each cell's text a positioned block of its own, those of a row at the same top.
// The lines are positioned blocks (a flipbook's "basic-html" page) except for 'br'.

export type LinesShape = 'rows' | 'centered' | 'wrapped' | 'br' | 'cells';

const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** A table's lines: each row's cells' texts (none empty), merged labels placed as `shape` says. */
export function tableLines(table: string, shape: LinesShape): string[] {
  const rows = (table.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? []).map((tr) =>
    (tr.match(/<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi) ?? []).map((td) => ({ text: decode(td), rowspan: Number(/rowspan="?(\d+)/i.exec(td)?.[1] ?? 1) })),
  );
  const moved: string[][] = rows.map(() => []);
  const lines = rows.map((cells, r) => {
    const words: string[] = [];
    for (const { text, rowspan } of cells) {
      if (!text) continue;
      const at = shape === 'rows' ? r : Math.min(rows.length - 1, r + Math.floor((rowspan - 1) / 2));
      if (at === r) words.push(text);
      else moved[at].push(text);
    }
    return words;
  });
  const out: string[] = [];
  lines.forEach((words, r) => {
    const all = [...moved[r], ...words];
    if (!all.length) return;
    // The row's own label, before its first count: wrapped when long.
    const firstCount = all.findIndex((w) => /^\d+$/.test(w));
    const label = firstCount > 0 ? all[firstCount - 1] : '';
    if (shape === 'wrapped' && label.length > 16) {
      const cut = Math.ceil(label.length / 2);
      out.push([...all.slice(0, firstCount - 1), label.slice(0, cut)].join(' '));
      out.push([label.slice(cut), ...all.slice(firstCount)].join(' '));
      return;
    }
    out.push(all.join(' '));
  });
  return out;
}

/** The page with each of its tables laid out as lines of text (see LinesShape). */
export function tablesAsLines(html: string, shape: LinesShape): string {
  return html.replace(/<table\b[\s\S]*?<\/table>/gi, (t) => {
    const lines = tableLines(t, shape);
    if (shape === 'br') return `<p>${lines.join('<br>')}</p>`;
    if (shape === 'cells') {
      return `<div class="page" style="position:relative;height:${lines.length * 22}px">${lines
        .flatMap((l, i) => l.split(' ').map((w, k) => `<div class="cell" style="position:absolute;left:${72 + k * 64}px;top:${i * 22}px">${w}</div>`))
        .join('')}</div>`;
    }
    return `<div class="page" style="position:relative;height:${lines.length * 22}px">${lines
      .map((l, i) => `<div class="line" style="position:absolute;left:72px;top:${i * 22}px">${l}</div>`)
      .join('')}</div>`;
  });
}
