import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds dist/ once before the tests that run the built CLI and package, when it is missing (`npm test` builds
 * it first; a lone `npx vitest` does not).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  if (!existsSync(join(root, 'dist', 'cli', 'index.js')) || !existsSync(join(root, 'dist', 'index.js')))
    execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'ignore' });
}
