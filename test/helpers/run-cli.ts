import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

/** How a built entry point ended and what it wrote. */
export interface EntryResult {
  code: number | null;
  /** Set when the process was killed (e.g. 'SIGKILL'), else null. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The CLI's result (kept as a name for the CLI tests). */
export type CliResult = EntryResult;

export interface EntryOptions {
  /** The whole environment besides PATH, as a user would set it. */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (default: nothing). */
  stdin?: string;
  /** SIGKILL the child this long after it starts, like a power cut (the soak run; tests kill at hooks instead). */
  killAfterMs?: number;
}

/**
 * Only bounds a test that is failing anyway (a hung child); a passing run ends on its own. Generous,
 * because test files run in parallel on a busy machine.
 */
const HUNG_AFTER_MS = 60_000;

/**
 * Run a built entry point (`entry` is a path under dist/, e.g. 'src/index.js') in its own Node
 * process as a user would: from an empty folder (so no .env is read), with only PATH and `env`.
 * Asynchronous, so loopback servers in the test process keep serving while it runs.
 */
export function runEntry(entry: string, args: string[] = [], options: EntryOptions = {}): Promise<EntryResult> {
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-entry-'));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', entry), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    timeout: HUNG_AFTER_MS,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  // A child that exits without reading stdin must not fail the run with EPIPE.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');
  const killer =
    options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
  child.on('exit', () => clearTimeout(killer));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      rmSync(cwd, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code, signal) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Run the built `newsdesk` CLI (see runEntry). */
export function runCli(args: string[], options: EntryOptions = {}): Promise<CliResult> {
  return runEntry('src/cli.js', args, options);
}
