import { readFileSync } from 'node:fs';

/**
 * The version in package.json, read when asked rather than copied into the build, so it is never
 * stale. This file runs as dist/src/cli/version.js, three folders below package.json.
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
