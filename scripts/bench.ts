import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BenchTable, renderTable } from './bench/table.js';

/**
 * `npm run bench`: every speed and quality target, one table per part. `npm run bench -- extraction`
 * runs one part. Run without arguments, each part gets a process of its own, so one part's memory
 * high-water mark or warm caches never show up in another's numbers.
 */
const PARTS = ['extraction', 'summaries', 'feeds', 'article-latency', 'polling'] as const;

async function runPart(part: string): Promise<boolean> {
  try {
    const module = (await import(`./bench/${part}.js`)) as { run(): Promise<BenchTable[]> };
    for (const table of await module.run()) console.log(renderTable(table) + '\n');
    return true;
  } catch (error) {
    console.error(`bench ${part} failed:`, error);
    return false;
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) {
    console.error(`unknown bench part: ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
    process.exitCode = 2;
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
