import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingDataMessage, PARTS_NEEDING_DATA } from './bench/data-dir.js';
import { type BenchTable, renderTable } from './bench/table.js';

/**
 * `npm run bench`: every speed and quality target, one table per part. `npm run bench -- extraction`
 * runs one part. Run without arguments, each part gets a process of its own, so one part's memory
 * high-water mark or warm caches never show up in another's numbers.
 */
const PARTS = [
  'extraction',
  'bullets',
  'metadata',
  'summaries',
  'feeds',
  'article-latency',
  'polling',
  'scale',
] as const;

async function runPart(part: string): Promise<boolean> {
  try {
    const module = (await import(`./bench/${part}.js`)) as { run(): Promise<BenchTable[]> };
    for (const table of await module.run()) console.log(`${renderTable(table)}\n`);
    return true;
  } catch (error) {
    console.error(`bench ${part} failed:`, error);
    return false;
  }
}

/** `--data DIR` is handed to every part (and its own process) as BENCH_DATA. */
function takeDataOption(args: string[]): string[] {
  const at = args.indexOf('--data');
  if (at === -1) return args;
  const dir = args[at + 1];
  if (!dir) throw new Error('--data needs a folder');
  process.env.BENCH_DATA = resolve(dir);
  return [...args.slice(0, at), ...args.slice(at + 2)];
}

async function main(): Promise<void> {
  let wanted: string[];
  try {
    wanted = takeDataOption(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const unknown = wanted.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) {
    console.error(`unknown bench part: ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
    process.exitCode = 2;
    return;
  }
  const missing = missingDataMessage();
  if (missing && (wanted.length === 0 ? PARTS : wanted).some((part) => PARTS_NEEDING_DATA.includes(part))) {
    console.error(missing);
    process.exitCode = 1;
    return;
  }
  if (wanted.length === 1) {
    if (!(await runPart(wanted[0]!))) process.exitCode = 1;
    return;
  }
  const self = fileURLToPath(import.meta.url);
  for (const part of wanted.length > 0 ? wanted : PARTS) {
    const child = spawnSync(process.execPath, [self, part], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = 1;
  }
}

await main();
