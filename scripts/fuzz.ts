// npm run fuzz [cases]: the property tests of tests/property on many cases (default 10,000 each).
import { consistentNeverErrors, neverThrows, restatedTextAgrees } from '../tests/property/core.property';

const n = Number(process.argv[2] ?? 10_000);
const properties = [
  ['consistent reports raise no error', consistentNeverErrors],
  ['damaged pages never throw', neverThrows],
  ['text restating consistent tables draws no text finding', restatedTextAgrees],
] as const;
for (const [name, prop] of properties) {
  const t0 = Date.now();
  prop(n);
  console.log(`✔ ${name}: ${n} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(`${properties.length * n} passed, 0 failed`);
