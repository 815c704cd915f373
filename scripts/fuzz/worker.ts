import { parentPort } from 'node:worker_threads';
import { makeCase } from './cases.js';
import { runCase } from './run-case.js';
import { loadSeeds } from './seeds.js';

/**
 * Runs cases in a thread of its own, so the main thread can stop one that hangs. Only case
 * numbers cross over: the worker makes each case itself from the seed.
 */
const seeds = loadSeeds();

parentPort?.on('message', ({ seed, index }: { seed: number; index: number }) => {
  const input = makeCase(seed, index, seeds);
  const outcome = runCase(input);
  const bytes = input.kind === 'text' ? input.input.text.length : input.bytes.length;
  parentPort?.postMessage({ index, kind: input.kind, seed: input.seed, mutations: input.mutations, bytes, outcome });
});
