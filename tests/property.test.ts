import { describe, it } from 'vitest';
import { consistentNeverErrors, neverThrows, restatedTextAgrees } from './property/core.property';

// A sample in every `npm test`; `npm run fuzz` runs the same properties on ≥ 10,000 cases.
describe('properties (sample)', () => {
  it('a report consistent by construction raises no error, and every cell reads back', () => consistentNeverErrors(150), 120_000);
  it('the core always answers, with a valid export, on damaged pages', () => neverThrows(150), 120_000);
  it('a report whose text restates its consistent tables draws no text finding', () => restatedTextAgrees(150), 120_000);
});
