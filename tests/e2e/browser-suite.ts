// One browser and one fixture server for a test file's tests: started before them, closed after them.
import { afterAll, beforeAll } from 'vitest';
import { launch, serve, type Browser, type Served } from './harness';

/**
 * Serves the fixtures and launches Chromium (with the built extension unless `opts` says otherwise) before the file's
 * tests; `ready` gets them, for the file to keep and set up further. Both are closed after the tests, whatever failed.
 */
export function browserSuite(opts: Parameters<typeof launch>[0], ready: (srv: Served, b: Browser) => void | Promise<void>): void {
  let srv: Served | undefined;
  let b: Browser | undefined;
  beforeAll(async () => {
    srv = await serve();
    b = await launch(opts);
    await ready(srv, b);
  });
  afterAll(async () => {
    await b?.close();
    srv?.server.close();
  });
}
