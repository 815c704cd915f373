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
const bullets = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('  • '));

before(async () => {
  site = await startFixtureSite();
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-saved-'));
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

test('preview --sentences 2 and 5 give that many bullets, as /article short and long do', async () => {
  const short = await runCli(['preview', '--sentences', '2', seedFile]);
  assert.equal(short.code, 0, short.stderr);
  assert.equal(bullets(short.stdout).length, 2);
  const long = await runCli(['preview', '--sentences', '5', seedFile]);
  assert.equal(long.code, 0, long.stderr);
  assert.equal(bullets(long.stdout).length, 5);
});

test('preview --url reads a saved page as if fetched from that address: its canonical rule and its links', async () => {
  // The page names insights.example as canonical; from another host that claim is not trusted.
  const result = await runCli(['preview', '--url', 'https://mirror.example/ai/aws-turn?utm_source=feed', seedFile]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.split('\n')[2], 'https://mirror.example/ai/aws-turn', 'the address, canonicalized');
  assert.match(result.stdout, /Related:\n {2}- .* — https:\/\/mirror\.example\/ai\/microsoft-openai-terms-unchanged/);
  const sameHost = await runCli(['preview', '--url', 'https://insights.example/ai/aws-turn', seedFile]);
  assert.equal(
    sameHost.stdout.split('\n')[2],
    'https://insights.example/ai/openai-aws-turn',
    'canonical on its own host',
  );
});

test('extract --jsonl --stdin with {"file","url"} gives what fetching that URL gives', async () => {
  const address = `${site.url}/ai/openai-aws-turn`;
  const stdin = [JSON.stringify({ file: seedFile, url: address }), JSON.stringify({ file: seedFile })].join('\n');
  const [fromFile, withoutUrl] = (await runCli(['extract', '--jsonl', '--stdin'], { stdin })).stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const fetched = await runCli(['extract', '--jsonl', address], { env: loopbackEnv(site.port) });
  assert.equal(fetched.code, 0, fetched.stdout);
  const { input: _fetchedInput, ...fromFetch } = JSON.parse(fetched.stdout);
  const { input, ...fromSaved } = fromFile;
  assert.equal(input, seedFile);
  assert.deepEqual(fromSaved, fromFetch);
  assert.equal(withoutUrl.url, 'https://insights.example/ai/openai-aws-turn', 'a file alone trusts its canonical');
});

test('extract --stdin: a bad line is a failed line that names its number, and the rest go on', async () => {
  const stdin = ['not json', JSON.stringify({ url: 'https://x.example/' }), JSON.stringify({ file: seedFile })].join(
    '\n',
  );
  const result = await runCli(['extract', '--jsonl', '--stdin'], { stdin });
  assert.equal(result.code, 1);
  const [bad, noFile, good] = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.deepEqual(bad, { input: null, error: 'Line 1 is not valid JSON.' });
  assert.deepEqual(noFile, { input: null, error: 'Line 2 needs a "file" string.' });
  assert.equal(good.title, 'OpenAI’s AWS turn shows how fast the Microsoft alliance is bending');
});

test('a missing file, relative or absolute, is "No such file", not a network error', async () => {
  const relative = await runCli(['preview', 'missing.html']);
  assert.equal(relative.code, 1);
  assert.equal(relative.stderr, 'newsdesk: No such file: missing.html\n');
  const absolute = await runCli(['preview', join(dir, 'missing.html')]);
  assert.equal(absolute.code, 1);
  assert.equal(absolute.stderr, `newsdesk: No such file: ${join(dir, 'missing.html')}\n`);
});

test('a gzip bomb is refused at the fetch cap with a clear message and a non-zero exit', async () => {
  const bomb = join(dir, 'bomb.html.gz');
  writeFileSync(bomb, gzipSync(Buffer.alloc(3 * 1024 * 1024)));
  const preview = await runCli(['preview', bomb]);
  assert.equal(preview.code, 1);
  assert.equal(preview.stdout, '');
  assert.equal(preview.stderr, `newsdesk: ${bomb}: That page is too large to read.\n`);
  const extract = await runCli(['extract', '--jsonl', bomb]);
  assert.equal(extract.code, 1);
  assert.deepEqual(JSON.parse(extract.stdout), { input: bomb, error: 'That page is too large to read.' });
});

test('the cap is the fetcher’s setting, FETCH_MAX_HTML_BYTES; a page under it that is not HTML is refused too', async () => {
  const capped = await runCli(['preview', seedFile], { env: { FETCH_MAX_HTML_BYTES: '1024' } });
  assert.equal(capped.code, 1);
  assert.match(capped.stderr, /That page is too large to read/);
  const zeros = join(dir, 'zeros.html.gz');
  writeFileSync(zeros, gzipSync(Buffer.alloc(64 * 1024)));
  const blank = await runCli(['preview', zeros]);
  assert.equal(blank.code, 1);
  assert.equal(blank.stdout, '');
  assert.match(blank.stderr, /That page isn't an article/);
});

test('a .gz file that is not gzip says so', async () => {
  const fake = join(dir, 'fake.html.gz');
  writeFileSync(fake, readFileSync(seedFile));
  const result = await runCli(['preview', fake]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr, `newsdesk: Not valid gzip: ${fake}\n`);
});
