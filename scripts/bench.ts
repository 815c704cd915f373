import { renderTable, type BenchTable } from './bench/table.js';

/**
 * `npm run bench`: every speed and quality target, one table per part. Parts are loaded by name so
 * one part can be run alone: `npm run bench -- extraction`.
 */
const PARTS = ['extraction', 'summaries', 'feeds', 'article-latency', 'polling'] as const;

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const parts = wanted.length > 0 ? PARTS.filter((part) => wanted.includes(part)) : PARTS;
  let failed = false;
  for (const part of parts) {
    try {
      const module = (await import(`./bench/${part}.js`)) as { run(): Promise<BenchTable[]> };
      for (const table of await module.run()) console.log(renderTable(table) + '\n');
    } catch (error) {
      failed = true;
      if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(`bench/${part}.js`)) {
        console.log(`### ${part}\n\n(not built yet)\n`);
        continue;
      }
      console.error(`bench ${part} failed:`, error);
    }
  }
  if (failed) process.exitCode = 1;
}

await main();
