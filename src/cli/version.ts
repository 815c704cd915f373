import { readFileSync } from 'node:fs';

/**
 * The version in package.json, read at run time (dist/src/cli/ is three levels below it, as
 * src/cli/ is two below it in the sources' layout plus dist/), so a release never prints a stale number.
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
