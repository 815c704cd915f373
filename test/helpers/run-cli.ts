import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built `newsdesk` CLI as a user would, from an empty folder (so no .env is read), with
 * only the given environment. Asynchronous, so loopback servers in the test process keep serving.
 */
export function runCli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliResult> {
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'src', 'cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(cwd, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

/** Environment that lets the CLI fetch from loopback test servers. */
export function loopbackEnv(...ports: number[]): Record<string, string> {
  return { FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1', FETCH_ALLOW_PORTS: ports.join(',') };
}
