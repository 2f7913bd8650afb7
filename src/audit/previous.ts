// This year's record for next year, when an article is split over several pages: each page holds some of the
// report, and the record kept is what the pages hold together.
import type { PreviousReport } from '../model/schema';

/**
 * The record of one page of a paged article joined with what another page of the same report left: a number this
 * page does not have keeps the other page's, and the prose of both is kept (each once).
 */
export function joinPages(kept: PreviousReport | null, page: PreviousReport): PreviousReport {
  if (!kept || kept.year !== page.year || kept.agency !== page.agency || kept.format !== page.format) return page;
  const values = { ...kept.values };
  for (const [path, value] of Object.entries(page.values)) if (value !== null || !(path in values)) values[path] = value;
  // Each page's prose once: a text that holds the other stands for both.
  let text = `${kept.text}\n${page.text}`;
  if (page.text.includes(kept.text)) text = page.text;
  else if (kept.text.includes(page.text)) text = kept.text;
  return { ...page, values, text };
}
