import type { Outcome } from './run-case.js';

/** What the worker sends back for one case. */
export interface CaseReport {
  index: number;
  kind: string;
  seed: string;
  mutations: string[];
  bytes: number;
  outcome: Outcome;
}

/** Slower than this is a finding: the target for any one input on a shared two-core machine. */
export const SLOW_MS = 2000;

/** One case as a line a person can reproduce it from (`npm run fuzz -- --seed S --case N`). */
export function describeCase(report: CaseReport): string {
  return `#${report.index} ${report.kind} ${report.seed} [${report.mutations.join(', ')}] ${report.bytes} bytes, ${Math.round(report.outcome.ms)} ms`;
}
