import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // the examples import the package by its name, as a user would; here that name is the source
  resolve: {
    alias: [
      { find: /^corroborate\/vitest$/, replacement: src('vitest/index.ts') },
      { find: /^corroborate$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
