// Saved pages come as UTF-8 or GBK/GB2312: honour a BOM, then the page's declared charset, then try UTF-8 strictly.

const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', 'utf8': 'utf-8' };

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** `charset`: what the file says outside the HTML (a single-file page's part header), which goes first. */
export function decodeHtml(bytes: Uint8Array, charset: string | null = null): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  const declared = charset?.toLowerCase() ?? declaredCharset(bytes);
  const label = declared ? (ALIASES[declared] ?? declared) : null;
  if (label) {
    try {
      return { text: new TextDecoder(label).decode(bytes), charset: label };
    } catch {
      // An unknown label: fall through to sniffing.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
  }
}

/** Rejects what is plainly not an HTML page: binary data, or text without a single HTML element. */
export function notHtmlReason(bytes: Uint8Array, text: string): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return 'binary file, not an HTML page / 二进制文件，不是网页';
  if (!/<(?:html|body|head|p|div|table|span|h[1-6])\b/i.test(text)) return 'no HTML markup found / 不是 HTML 网页';
  return null;
}
