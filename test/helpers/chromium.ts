import { existsSync } from 'node:fs';

/** Where a system Chromium or Chrome usually lives on Linux and macOS. */
const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The Chromium the browser tests launch: `CHROMIUM_PATH` when set, else a system Chromium, else the one that
 * ships inside the `@sparticuz/chromium` npm package (unpacked into the temporary folder on first use), so that
 * `npm ci && npm test` needs nothing beyond npm.
 */
export async function chromiumPath(): Promise<string> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist`);
    return explicit;
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return system;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}
