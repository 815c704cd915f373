// `npm run build`: compile without ever leaving dist/ missing or half-written, so a `npx newsdesk`
// (or a bot) started while `npm test` or `npm run bench` rebuilds still finds every file whole.
// tsc writes into a fresh folder; each file then replaces its old copy with a rename (atomic for a
// file on one disk), and files the build no longer makes are deleted, so a test whose source was
// removed is not left in dist/test for `npm test` to run. Plain JavaScript: it runs before tsc has.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// Per process, so two builds at once (npm test beside npm run bench) do not write into one folder.
const staging = join(root, `dist.build-${process.pid}`);

/** Every file under `dir`, as paths relative to it ([] if it does not exist). */
function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

/** Remove the folders under `dir` that pruning left empty, deepest first. */
function removeEmptyFolders(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

function build() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', staging], {
    cwd: root,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) return compiled.status ?? 1;
  const built = filesUnder(staging);
  for (const file of built) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    renameSync(join(staging, file), join(dist, file));
  }
  const current = new Set(built);
  for (const file of filesUnder(dist)) if (!current.has(file)) rmSync(join(dist, file), { force: true });
  removeEmptyFolders(dist);
  return 0;
}

try {
  process.exitCode = build();
} finally {
  rmSync(staging, { recursive: true, force: true });
}
