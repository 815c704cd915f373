import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

const PREVIEW_USAGE = 'Usage: newsdesk preview [--sentences 2|3|5] [--url URL] <url|file>';

test('--version prints the version in package.json', async () => {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const result = await runCli(['--version']);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, `${version}\n`);
});

test('--help lists every command with its usage; <command> --help prints that command’s usage', async () => {
  const all = await runCli(['--help']);
  assert.equal(all.code, 0, all.stderr);
  for (const name of ['preview', 'extract', 'summarize', 'feed'])
    assert.match(all.stdout, new RegExp(`newsdesk ${name} `));
  assert.ok(all.stdout.includes('newsdesk extract --jsonl --stdin'));
  const preview = await runCli(['preview', '--help']);
  assert.equal(preview.code, 0, preview.stderr);
  assert.equal(preview.stdout, `${PREVIEW_USAGE}\n`);
  assert.equal(preview.stderr, '');
});

test('an unknown flag is one line of reason plus the command’s usage on stderr, exit 2, no stack trace', async () => {
  const result = await runCli(['preview', '--sentence', '2', 'page.html']);
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `newsdesk: Unknown option '--sentence'\n${PREVIEW_USAGE}\n`);
});

test('a flag without its value is a usage error too', async () => {
  const result = await runCli(['preview', 'page.html', '--url']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr, `newsdesk: Option '--url <value>' argument missing\n${PREVIEW_USAGE}\n`);
});

test('preview --sentences takes only the lengths /article offers', async () => {
  const result = await runCli(['preview', '--sentences', '4', 'page.html']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr, `newsdesk: --sentences must be 2, 3 or 5 (got "4").\n${PREVIEW_USAGE}\n`);
});

test('a batch flag on the wrong command, or a top-level typo, is a usage error', async () => {
  const extract = await runCli(['extract', '--jsonl', '--base', 'https://x.example/', 'page.html']);
  assert.equal(extract.code, 2);
  assert.match(extract.stderr, /^newsdesk: Unknown option '--base'\nUsage: newsdesk extract --jsonl/);
  const top = await runCli(['--verison']);
  assert.equal(top.code, 2);
  assert.match(top.stderr, /^newsdesk: Unknown option '--verison'\nUsage: newsdesk <command>/);
  assert.doesNotMatch(extract.stderr + top.stderr, /\n\s+at /);
});

test('preview --url with something that is not a web address is a usage error', async () => {
  const result = await runCli(['preview', '--url', 'not a url', 'page.html']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr, `newsdesk: --url takes a web address (got "not a url").\n${PREVIEW_USAGE}\n`);
});
