import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { loopbackEnv, startFixtureSite, type TestServer } from '../helpers/http-server.js';
import { FIXTURE_SITE_DIR } from '../helpers/paths.js';
import { runCli } from '../helpers/run-cli.js';

let site: TestServer;
let dir: string;
const seedFile = join(FIXTURE_SITE_DIR, 'ai', 'openai-aws-turn.html');

before(async () => {
  site = await startFixtureSite();
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-files-'));
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

test('preview shows the summary of a local file as a person would read it', async () => {
  const result = await runCli(['preview', seedFile]);
  assert.equal(result.code, 0, result.stderr);
  const lines = result.stdout.split('\n');
  assert.equal(lines[0], 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
  assert.equal(lines.filter((line) => line.startsWith('  • ')).length, 3);
  assert.match(result.stdout, /Original: .*https:\/\/www\.geekwire\.com\//);
  assert.match(
    result.stdout,
    /Related:\n {2}- .* — https:\/\/insights\.example\/ai\/microsoft-openai-terms-unchanged/,
    'relative links resolve against the page’s own address',
  );
});

test('extract --jsonl gives one object per input; a failed input is a line too and the exit is non-zero', async () => {
  const gz = join(dir, 'seed.html.gz');
  writeFileSync(gz, gzipSync(readFileSync(seedFile)));
  const result = await runCli(['extract', '--jsonl', `${site.url}/ai/openai-aws-turn`, gz, join(dir, 'missing.html')], {
    env: loopbackEnv(site.port),
  });
  assert.equal(result.code, 1);
  const [fromUrl, fromGz, missing] = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  for (const record of [fromUrl, fromGz]) {
    assert.equal(record.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
    assert.equal(record.section, 'AI');
    assert.equal(record.readingMinutes, 2);
    assert.deepEqual(Object.keys(record), [
      'input',
      'url',
      'title',
      'siteName',
      'byline',
      'publishedAt',
      'section',
      'lang',
      'image',
      'readingMinutes',
      'text',
      'source',
      'related',
      'alternates',
    ]);
  }
  assert.equal(fromUrl.input, `${site.url}/ai/openai-aws-turn`);
  assert.deepEqual(missing, { input: join(dir, 'missing.html'), error: `No such file: ${join(dir, 'missing.html')}` });
});

test('a blocked address is one line on stderr and a non-zero exit', async () => {
  const result = await runCli(['preview', `${site.url}/ai/openai-aws-turn`], {
    env: { FETCH_ALLOW_PORTS: String(site.port) },
  });
  assert.equal(result.code, 1);
  assert.equal(result.stderr.trim().split('\n').length, 1);
  assert.match(result.stderr, /isn't allowed/);
  assert.equal(result.stdout, '');
});

test('only an http(s):// input is fetched: a missing file is "No such file", with a hint when it looks like a host', async () => {
  const relative = await runCli(['preview', 'saved/missing-story.html']);
  assert.equal(relative.code, 1);
  assert.equal(relative.stderr, 'newsdesk: No such file: saved/missing-story.html\n');
  const hostLike = await runCli(['extract', '--jsonl', 'localhost:1/story']);
  assert.equal(hostLike.code, 1);
  assert.deepEqual(JSON.parse(hostLike.stdout), {
    input: 'localhost:1/story',
    error: 'No such file: localhost:1/story (a web address starts with https://)',
  });
});

test('summarize --jsonl refuses a line whose text is a binary file, as a fetched one is, and goes on', async () => {
  const stdin = [
    JSON.stringify({ id: 'bin', text: `%PDF-1.7\n${'\u0000'.repeat(50)}stream` }),
    JSON.stringify({
      id: 'ok',
      text: 'The council met on Tuesday. It approved the harbor budget after a long debate.',
    }),
  ].join('\n');
  const result = await runCli(['summarize', '--jsonl', '--sentences', '2'], { stdin });
  const [bin, ok] = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(bin.id, 'bin');
  assert.match(bin.error, /isn't an article/);
  assert.equal(ok.id, 'ok');
  assert.ok(ok.summary.length > 0);
  assert.equal(result.code, 1);
});

test('summarize --jsonl reads text or html lines and keeps going past a bad one', async () => {
  const text =
    'The council approved the budget on Monday. It adds money for schools. Critics said the plan was rushed. A vote on taxes comes next month.';
  const stdin = [
    JSON.stringify({ id: 'a', text }),
    'not json',
    JSON.stringify({ id: 'b', html: readFileSync(seedFile, 'utf8') }),
    'null',
  ].join('\n');
  const result = await runCli(['summarize', '--jsonl', '--sentences', '2'], { stdin });
  assert.equal(result.code, 1);
  const [a, bad, b, notObject] = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(a.id, 'a');
  assert.equal(a.summary.length, 2);
  for (const sentence of a.summary) assert.ok(text.includes(sentence));
  assert.match(bad.error, /not valid JSON/);
  assert.equal(b.summary.length, 2);
  assert.equal(notObject.error, 'Line 4 is not a JSON object.');
});

test('an unknown command or a bad option is a clear error, not a stack trace', async () => {
  const unknown = await runCli(['summarise']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "summarise"/);
  const badOption = await runCli(['summarize', '--jsonl', '--sentences', 'many']);
  assert.equal(badOption.code, 2);
  assert.match(badOption.stderr, /--sentences takes a whole number/);
  assert.doesNotMatch(unknown.stderr + badOption.stderr, /\n\s+at /);
});
