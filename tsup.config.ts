import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'names/index': 'src/names/index.ts',
      'schema/index': 'src/schemas.ts',
      'vitest/index': 'src/vitest/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { moduleResolution: 'bundler', module: 'esnext' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['vitest'],
    // one shared chunk for the core in both formats, not a copy per entry
    splitting: true,
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
