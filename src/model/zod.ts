// Every module that builds a schema imports `z` from here, so jitless mode is set before the first schema exists.
// zod's JIT parser uses `new Function`, which a page's or the extension's CSP forbids.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
