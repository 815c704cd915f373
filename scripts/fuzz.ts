import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderTable } from './bench/table.js';
import { makeCase } from './fuzz/cases.js';
import { type CaseReport, describeCase, SLOW_MS } from './fuzz/report.js';
import { runCase } from './fuzz/run-case.js';
import { loadSeeds } from './fuzz/seeds.js';

/**
 * `npm run fuzz [-- --seed N --count N --budget SECONDS --workers N]`: mutated pages, feeds and odd texts
 * through decode → extract → summarize (and the feed parser), reporting crashes, hangs, inputs
 * over two seconds and peak memory. Seeded: the same seed makes the same inputs (a run cut short by
 * the time budget runs a prefix of them; with two workers a case's time shares the cores), and
 * `--case N` reruns one of them here, with its stack trace.
 */
const DEFAULTS = { seed: 20260401, count: 10_000, budget: 300, workers: Math.min(2, availableParallelism()) };
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

/** One run's shared state: the workers take case numbers from `next` until done or out of time. */
interface Run {
  seed: number;
  count: number;
  deadline: number;
  next: number;
  findings: Findings;
}

const WORKER_FILE = fileURLToPath(new URL('./fuzz/worker.js', import.meta.url));

function record(findings: Findings, report: CaseReport): void {
  findings.run.push(report);
  if (report.outcome.crash) findings.crashes.push(report);
  if (report.outcome.ms > SLOW_MS) findings.slow.push(report);
}

/** Feed cases to one worker thread at a time; a hang or a dead thread is recorded and a new one started. */
async function drive(run: Run): Promise<void> {
  while (run.next < run.count && Date.now() < run.deadline) {
    await new Promise<void>((resolve) => {
      const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      let index = -1;
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        clearTimeout(timer);
        worker.removeAllListeners();
        void worker.terminate();
        resolve();
      };
      const send = () => {
        if (run.next >= run.count || Date.now() >= run.deadline) return finish();
        index = run.next++;
        timer = setTimeout(() => {
          run.findings.hangs.push(index);
          finish();
        }, HANG_MS);
        worker.postMessage({ seed: run.seed, index });
      };
      worker.on('message', (report: CaseReport) => {
        clearTimeout(timer);
        record(run.findings, report);
        send();
      });
      // Out of memory or a native failure ends the thread: that case is a crash, the run goes on.
      worker.on('error', (error) => {
        const outcome = { ms: 0, crash: String(error) };
        record(run.findings, { index, kind: '?', seed: '?', mutations: [], bytes: 0, outcome });
        finish();
      });
      send();
    });
  }
}

/** Run cases 0..count-1 on `workers` threads until done or out of time; findings in case order. */
async function runAll(seed: number, count: number, budgetMs: number, workers: number): Promise<Findings> {
  const run: Run = {
    seed,
    count,
    deadline: Date.now() + budgetMs,
    next: 0,
    findings: { run: [], crashes: [], hangs: [], slow: [] },
  };
  await Promise.all(Array.from({ length: workers }, () => drive(run)));
  const byIndex = (a: CaseReport, b: CaseReport) => a.index - b.index;
  const { findings } = run;
  return {
    run: findings.run,
    crashes: findings.crashes.sort(byIndex),
    hangs: findings.hangs.sort((a, b) => a - b),
    slow: findings.slow.sort(byIndex),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seed = option(args, 'seed', DEFAULTS.seed);
  if (args.includes('--case')) return runOne(seed, option(args, 'case', 0));
  const count = option(args, 'count', DEFAULTS.count);
  const budget = option(args, 'budget', DEFAULTS.budget);
  const workers = Math.max(1, option(args, 'workers', DEFAULTS.workers));
  const seeds = loadSeeds();
  const started = Date.now();
  const findings = await runAll(seed, count, budget * 1000, workers);
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
