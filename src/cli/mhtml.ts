// Pages saved as one file: "Save as… Webpage, Single File" in Chrome and Edge (.mhtml), and IE's or Word's .mht.
// Either is a MIME multipart/related message: the page is a text/html part, its frames more text/html parts, its
// images and styles the rest. The HTML is quoted-printable (Chrome) or base64 (IE), in the page's own charset.

export interface SavedPage {
  /** The HTML's bytes, transfer encoding undone. */
  bytes: Uint8Array;
  /** The charset the part declares, if it does (IE does; Chrome leaves it to the page's <meta>). */
  charset: string | null;
  /** Where the page was saved from (the part's Content-Location), when the file says. */
  url: string | null;
}

// Bytes as a string of code units 0–255 and back: the MIME structure is ASCII, and the parts' bytes pass through
// untouched until their charset is known.
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** Header fields of a header block, lower-cased names, folded lines joined. */
function headers(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) out.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return out;
}

function param(value: string | undefined, name: string): string | null {
  const m = value ? new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value) : null;
  return m ? (m[1] ?? m[2]) : null;
}

/** The header block and the rest: they part at the first empty line. */
function splitHead(s: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(s);
  return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] : [s, ''];
}

/** Whether the bytes are a saved single-file page rather than HTML: its first header block says multipart/related. */
export function isSavedPage(bytes: Uint8Array): boolean {
  const [head] = splitHead(latin1(bytes.subarray(0, 16384)));
  const fields = headers(head);
  return /^multipart\/related\b/i.test(fields.get('content-type') ?? '') && (fields.has('mime-version') || fields.has('from'));
}

function undoTransfer(body: string, encoding: string): Uint8Array {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return bytesOf(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    case 'base64':
      return new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    default:
      return bytesOf(body);
  }
}

/**
 * The HTML pages of a saved single-file page: the page itself first (the part saved from the snapshot's own
 * address, else the first HTML part), then its frames in the file's order. Empty when the file holds no HTML part.
 */
export function savedPages(bytes: Uint8Array): SavedPage[] {
  const [head, body] = splitHead(latin1(bytes));
  const top = headers(head);
  const boundary = param(top.get('content-type'), 'boundary');
  if (!boundary) return [];
  const pages: SavedPage[] = [];
  // Each part follows a delimiter line "--boundary"; the last delimiter is "--boundary--".
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const [partHead, content] = splitHead(chunk.replace(/^[ \t]*\r?\n/, ''));
    const fields = headers(partHead);
    const type = fields.get('content-type') ?? 'text/plain';
    if (!/^text\/html\b/i.test(type)) continue;
    pages.push({
      bytes: undoTransfer(content.replace(/\r?\n$/, ''), fields.get('content-transfer-encoding') ?? '7bit'),
      charset: param(type, 'charset'),
      url: fields.get('content-location') ?? null,
    });
  }
  const snapshot = top.get('snapshot-content-location');
  const main = snapshot ? pages.findIndex((p) => p.url === snapshot) : -1;
  if (main > 0) pages.unshift(...pages.splice(main, 1));
  return pages;
}
