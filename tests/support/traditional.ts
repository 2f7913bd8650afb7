// A page as a site's 繁體 button shows it: every character converted to Traditional, one by one, by OpenCC (cn → tw).
import * as OpenCC from 'opencc-js';

export const toTraditional: (html: string) => string = OpenCC.Converter({ from: 'cn', to: 'tw' });
