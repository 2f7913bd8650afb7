// Bundles the command-line auditor into one ES module for Node 20.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/cli/disclosure-lens.mjs',
  logLevel: 'warning',
});
