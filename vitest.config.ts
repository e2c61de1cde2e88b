import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// Two projects: 'unit' needs only this checkout; 'data' reads ../shared/data (ECB+, the Book and Flight
// benchmarks) in files named *.data.test.ts. `npm test` runs the first, `npm run test:data` the second.
const DATA = '**/*.data.test.ts';

export default defineConfig({
  // the examples import the package by its name, as a user would; here that name is the source
  resolve: {
    alias: [
      { find: /^corroborate\/vitest$/, replacement: src('vitest/index.ts') },
      { find: /^corroborate$/, replacement: src('index.ts') },
    ],
  },
  test: {
    testTimeout: 60_000,
    globalSetup: ['test/globalSetup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: [DATA, '**/node_modules/**'],
        },
      },
      { extends: true, test: { name: 'data', include: [`test/${DATA}`] } },
    ],
  },
});
