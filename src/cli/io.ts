import { isFailure, userMessage } from '../services/errors.js';

/** Where a CLI command writes; tests and the real process both pass one in. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The command line itself is wrong (unknown flag, missing value): one line plus the usage, exit 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** One input can't be read (no such file, a bad stdin line): its message names the input, exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A failure as one line for a person at a terminal (never a stack trace). */
export function describeError(error: unknown): string {
  if (isFailure(error)) return userMessage(error);
  if (error instanceof InputError || error instanceof CliUsageError) return error.message;
  return 'Something went wrong reading that input.';
}

/** Read all of stdin as lines (the batch commands' input). */
export async function readStdinLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}
