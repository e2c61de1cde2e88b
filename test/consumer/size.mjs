// Bundle size budgets: what an app pays, minified and gzipped, for one function of the built package
// (esbuild, tree-shaken as a bundler would). Run by `npm run test:package` after the build; exits 1 over budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../../dist/index.js', import.meta.url).pathname;
// [what is imported, budget in KB gzip, why]
// Budgets guard what is reached today from dist/ (compareNames 118 KB before zod/mini). The goals are lower
// (compareNames 25 KB, the core 60 KB): dist/ keeps the core in one chunk whose top-level tables a bundler
// cannot drop, so one function still carries some of the others.
const budgets = [
  [
    'compareNames',
    40,
    'name matching alone: zod/mini, no classic zod; tables of other stages built in calls marked pure',
  ],
  ['normalizeName', 35, 'name keys alone'],
  ['analyze', 100, 'every stage, as analyze uses them'],
];

let failed = false;
for (const [name, budget, why] of budgets) {
  const result = await build({
    stdin: { contents: `import { ${name} } from ${JSON.stringify(dist)}; globalThis.x = ${name};`, resolveDir: '.' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  const kb = gzipSync(bytes, { level: 9 }).length / 1024;
  const ok = kb <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${kb.toFixed(1)} KB gzip (${(bytes.length / 1024).toFixed(0)} KB minified), budget ${budget} KB: ${why}`,
  );
}
process.exitCode = failed ? 1 : 0;
