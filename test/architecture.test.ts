import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { REPO_ROOT } from './helpers/paths.js';

const SRC = join(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports, packages included, type-only and dynamic imports too. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
}

const repoPath = (file: string) => relative(REPO_ROOT, file).split('\\').join('/');

/** Each source file's relative imports, type-only and dynamic ones included (they tie files together as much). */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map((imported) => imported.fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** The strongly connected groups of more than one file, or of a file importing itself (Tarjan's algorithm). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) groups.push(group);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups;
}

const describe = (group: string[]) =>
  group
    .map((file) => relative(REPO_ROOT, file).split('\\').join('/'))
    .sort()
    .join(' <-> ');

test('no source file imports itself through other files', () => {
  const found = cycles(importGraph(sourceFiles(SRC))).map(describe);
  assert.deepEqual(found, [], 'an import cycle: move what both sides need into a module of its own');
});

test('the cycle finder sees a cycle through type-only imports', () => {
  const a = join(SRC, 'a.ts');
  const b = join(SRC, 'b.ts');
  const c = join(SRC, 'c.ts');
  const graph = new Map([
    [a, [b]],
    [b, [a, c]],
    [c, []],
  ]);
  assert.deepEqual(cycles(graph).map(describe), ['src/a.ts <-> src/b.ts']);
  const { importedFiles } = ts.preProcessFile(
    "import type { X } from './b.js';\nconst y: import('./c.js').Y = 1;",
    true,
    true,
  );
  assert.deepEqual(
    importedFiles.map((imported) => imported.fileName),
    ['./b.js', './c.js'],
  );
});

// The rooms of the feed side (docs/architecture.md): state, scheduling and delivery know nothing of
// Discord's shapes, so they can run in a process with no gateway; the poster is the one way out.
const DISCORD_FREE = /^src\/services\/feeds\/(state|schedule|deliver)\//;
const POSTER = /^src\/services\/feeds\/deliver\/poster\//;

test('state, scheduling and delivery code imports nothing from discord.js; only the poster does', () => {
  const offenders = sourceFiles(SRC)
    .filter((file) => DISCORD_FREE.test(repoPath(file)) && !POSTER.test(repoPath(file)))
    .filter((file) => importsOf(file).some((name) => name === 'discord.js' || name.startsWith('@discordjs/')))
    .map(repoPath);
  assert.deepEqual(offenders, []);
});

test('only the composition root opens store namespaces, and no service imports it', () => {
  const root = 'src/create-services.ts';
  const opensNamespace = /\bstore\.ns\(|\.ns\(['"]/;
  const files = sourceFiles(SRC).filter(
    (file) => repoPath(file) !== root && repoPath(file) !== 'src/services/store.ts',
  );
  assert.deepEqual(
    files.filter((file) => opensNamespace.test(readFileSync(file, 'utf8'))).map(repoPath),
    [],
    'build the object in src/create-services.ts and hand it on',
  );
  const importsRoot = (file: string) =>
    importsOf(file).some((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')) === join(REPO_ROOT, root));
  assert.deepEqual(
    files.filter((file) => repoPath(file).startsWith('src/services/') && importsRoot(file)).map(repoPath),
    [],
  );
});
