import { DOMParser } from 'linkedom';
import { asWholePage } from '../../src/cli/main';

/**
 * A page as a DOM (linkedom), for tests that query it (querySelector, getElementById) or compare the CLI's page tree
 * against a DOM. The CLI itself reads its own tree (src/cli/tree.ts).
 */
export function parseDom(html: string): Document {
  return new DOMParser().parseFromString(asWholePage(html), 'text/html') as unknown as Document;
}
