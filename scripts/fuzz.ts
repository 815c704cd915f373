import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderTable } from './bench/table.js';
import { makeCase } from './fuzz/cases.js';
import { type CaseReport, describeCase, SLOW_MS } from './fuzz/report.js';
import { runCase } from './fuzz/run-case.js';
import { loadSeeds } from './fuzz/seeds.js';

/**
 * `npm run fuzz [-- --seed N --count N --budget SECONDS]`: mutated pages, feeds and odd texts
 * through decode → extract → summarize (and the feed parser), reporting crashes, hangs, inputs
 * over two seconds and peak memory. Seeded: the same seed runs the same inputs, and
 * `--case N` reruns one of them here, with its stack trace.
 */
const DEFAULTS = { seed: 20260401, count: 10_000, budget: 240 };
/** A case still running after this is a hang: its worker is stopped and a new one started. */
const HANG_MS = 30_000;
const LISTED = 20;

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

function runOne(seed: number, index: number): void {
  const input = makeCase(seed, index, loadSeeds());
  const outcome = runCase(input);
  console.log(
    describeCase({ ...input, bytes: 'bytes' in input ? input.bytes.length : input.input.text.length, outcome }),
  );
  console.log(outcome.crash ?? (outcome.failure ? `refused: ${outcome.failure}` : 'ok'));
}

interface Findings {
  run: CaseReport[];
  crashes: CaseReport[];
  hangs: number[];
  slow: CaseReport[];
}

/** Run cases 0..count-1 in a worker, one at a time, until done or out of time. */
async function runAll(seed: number, count: number, budgetMs: number): Promise<Findings> {
  const findings: Findings = { run: [], crashes: [], hangs: [], slow: [] };
  const workerFile = fileURLToPath(new URL('./fuzz/worker.js', import.meta.url));
  const deadline = Date.now() + budgetMs;
  let next = 0;
  while (next < count && Date.now() < deadline) {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    next = await new Promise<number>((resolve) => {
      let index = next;
      let timer: NodeJS.Timeout;
      const send = () => {
        if (index >= count || Date.now() >= deadline) return finish(index);
        timer = setTimeout(() => {
          findings.hangs.push(index);
          finish(index + 1);
        }, HANG_MS);
        worker.postMessage({ seed, index });
      };
      const finish = (resumeAt: number) => {
        clearTimeout(timer);
        worker.removeAllListeners();
        void worker.terminate();
        resolve(resumeAt);
      };
      worker.on('message', (report: CaseReport) => {
        clearTimeout(timer);
        findings.run.push(report);
        if (report.outcome.crash) findings.crashes.push(report);
        if (report.outcome.ms > SLOW_MS) findings.slow.push(report);
        index += 1;
        send();
      });
      // Out of memory or a native failure ends the thread: that case is a crash, the run goes on.
      worker.on('error', (error) => {
        findings.crashes.push({
          index,
          kind: '?',
          seed: '?',
          mutations: [],
          bytes: 0,
          outcome: { ms: 0, crash: String(error) },
        });
        finish(index + 1);
      });
      send();
    });
  }
  return findings;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seed = option(args, 'seed', DEFAULTS.seed);
  if (args.includes('--case')) return runOne(seed, option(args, 'case', 0));
  const count = option(args, 'count', DEFAULTS.count);
  const budget = option(args, 'budget', DEFAULTS.budget);
  const seeds = loadSeeds();
  const started = Date.now();
  const findings = await runAll(seed, count, budget * 1000);
  const seconds = (Date.now() - started) / 1000;
  const slowest = findings.run.reduce((worst, report) => Math.max(worst, report.outcome.ms), 0);
  const refused = findings.run.filter((report) => report.outcome.failure).length;
  console.log(
    renderTable({
      title: `Fuzz (seed ${seed}; seeds: ${seeds.html.fixtures.length} + ${seeds.html.bench.length} pages, ${seeds.xml.fixtures.length} + ${seeds.xml.bench.length} feeds)`,
      columns: [
        'inputs run',
        'refused (expected failures)',
        'crashes',
        'hangs',
        `over ${SLOW_MS / 1000} s`,
        'slowest (ms)',
        'peak RSS (MB)',
        'wall (s)',
      ],
      rows: [
        [
          findings.run.length,
          refused,
          findings.crashes.length,
          findings.hangs.length,
          findings.slow.length,
          Math.round(slowest),
          Math.round(process.resourceUsage().maxRSS / 1024),
          Math.round(seconds),
        ],
      ],
      note: findings.run.length < count ? `Stopped by the ${budget} s budget before ${count} inputs.` : undefined,
    }),
  );
  for (const report of findings.crashes.slice(0, LISTED))
    console.log(`\ncrash ${describeCase(report)}\n${report.outcome.crash}`);
  for (const index of findings.hangs.slice(0, LISTED)) console.log(`\nhang #${index} (over ${HANG_MS / 1000} s)`);
  for (const report of findings.slow.slice(0, LISTED)) console.log(`slow ${describeCase(report)}`);
  if (findings.crashes.length > 0 || findings.hangs.length > 0) process.exitCode = 1;
}

await main();
