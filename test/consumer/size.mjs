// Bundle size budgets: what an app pays, minified and gzipped, for one function of the built package
// (esbuild, tree-shaken as a bundler would). Run by `npm run test:package` after the build; exits 1 over budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const dist = new URL('../../dist/index.js', import.meta.url).pathname;
// [what is imported, budget in KB gzip, why]
// dist/ is split into chunks along the entries (root, names, schema, vitest) and declares no side effects, and
// module-level schemas and tables are built in calls marked pure, so a bundler drops the chunks an import does not
// reach. Before that split compareNames cost 37.8 KB and normalizeName 31.0 KB; analyze dropped date-fns (6 KB).
// analyze was 93.1 KB after that; the facts layer's readers of session 14 (who said it, contract terms, bail,
// grades, delays, spans, profiles) brought it to 95.1 KB, and its budget moved from 95 to 97 KB with them. The
// issue's goal (60 KB) is not met: the word tables and the HTML report are most of it.
const budgets = [
  ['compareNames', 25, 'name matching alone: its own chunk, no zod, no extraction or report tables'],
  ['normalizeName', 15, 'name keys alone'],
  ['analyze', 97, 'every stage and the HTML report (its notebook display), as analyze uses them'],
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
