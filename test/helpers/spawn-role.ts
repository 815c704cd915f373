import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

/** A role's process as `npm run start:<role>` starts it, in a directory of its own. */
export interface RoleProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything it logged so far (JSON lines on stderr). */
  logs(): string;
  /** Resolves with the first log line matching `pattern`; rejects if the process exits first or after `timeoutMs`. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then the exit code. */
  terminate(): Promise<number | null>;
  /** Kill it if still running and remove its directory. */
  cleanup(): void;
}

/** Start `entry` (relative to dist/src, e.g. `start/worker.js`) with only `env` (and PATH). */
export function spawnRole(entry: string, env: Record<string, string>): RoleProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-role-'));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'src', entry)], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  child.stdout.resume();
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    child,
    logs: () => stderr,
    waitForLog(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const find = () => stderr.split('\n').find((line) => pattern.test(line));
        const timer = setTimeout(
          () => done(new Error(`no log line ${pattern} within ${timeoutMs} ms:\n${stderr}`)),
          timeoutMs,
        );
        const onData = () => {
          const line = find();
          if (line) done(undefined, line);
        };
        const onExit = (code: number | null) =>
          done(new Error(`${entry} exited (${code}) before ${pattern}:\n${stderr}`));
        const done = (error?: Error, line?: string) => {
          clearTimeout(timer);
          child.stderr.off('data', onData);
          child.off('exit', onExit);
          if (error) reject(error);
          else resolve(line ?? '');
        };
        child.stderr.on('data', onData);
        child.once('exit', onExit);
        onData();
      });
    },
    async terminate() {
      child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
    cleanup() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
