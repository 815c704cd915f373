import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { createLogger } from '../../../src/services/logger.js';
import { summarizeExtractive } from '../../../src/services/summarize/extractive.js';
import { parseReply } from '../../../src/services/summarize/openai.js';
import { createSummarizer, SUMMARY_LENGTHS } from '../../../src/services/summarize/provider.js';
import type { SummaryInput } from '../../../src/services/summarize/summarizer.js';
import { type Handler, startServer } from '../../helpers/http-server.js';

const API_KEY = 'sk-test-secret-123456';
const INPUT: SummaryInput = {
  title: 'Council approves river bridge',
  text:
    'The city council voted on Tuesday to build a new bridge across the river. The bridge will cost 40 million dollars.\n\n' +
    'Construction starts next spring. The mayor said it would cut commuting times by a third. A bakery sold bridge cakes.',
  lang: 'en',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });
}

function reply(content: unknown): Handler {
  return async (req, res) => {
    await readBody(req);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
  };
}

async function withProvider(
  handler: Handler,
  run: (summarize: (input: SummaryInput, n: number) => Promise<string[]>, logs: string[]) => Promise<void>,
  timeoutMs = 5000,
): Promise<void> {
  const server = await startServer(handler);
  const logs: string[] = [];
  try {
    const summarizer = createSummarizer({
      provider: 'openai',
      openaiBaseUrl: `${server.url}/v1`,
      openaiApiKey: API_KEY,
      openaiModel: 'test-model',
      timeoutMs,
      logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
    });
    await run((input, n) => summarizer.summarize(input, n), logs);
  } finally {
    await server.close();
  }
}

test('the OpenAI-compatible provider posts a chat completion and returns the reply as sentences', async () => {
  let seen: { url?: string; auth?: string; body?: { model: string; messages: { role: string; content: string }[] } } =
    {};
  const handler: Handler = async (req, res) => {
    seen = { url: req.url, auth: req.headers.authorization, body: JSON.parse(await readBody(req)) };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        choices: [{ message: { content: '1. The council approved a bridge.\n2. It costs 40 million dollars.' } }],
      }),
    );
  };
  await withProvider(handler, async (summarize) => {
    assert.deepEqual(await summarize(INPUT, 2), ['The council approved a bridge.', 'It costs 40 million dollars.']);
  });
  assert.equal(seen.url, '/v1/chat/completions');
  assert.equal(seen.auth, `Bearer ${API_KEY}`);
  assert.equal(seen.body?.model, 'test-model');
  const prompt = seen.body?.messages.at(-1)?.content ?? '';
  assert.match(prompt, /exactly 2 sentences/);
  assert.ok(prompt.includes(INPUT.text) && prompt.includes(INPUT.title ?? '-'));
});

const failures: [name: string, handler: Handler][] = [
  ['an HTTP error', (_req, res) => void res.writeHead(500).end('{"error":{"message":"boom"}}')],
  [
    'a reply that is not JSON',
    (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('<html>'),
  ],
  ['a reply without message content', reply(null)],
  ['an empty reply', reply('  \n ')],
];

for (const [name, handler] of failures) {
  test(`the provider falls back to the extractive summary on ${name}, logging no secret`, async () => {
    await withProvider(handler, async (summarize, logs) => {
      assert.deepEqual(await summarize(INPUT, 3), summarizeExtractive(INPUT, 3));
      assert.equal(logs.length, 1);
      assert.ok(!logs[0]!.includes(API_KEY));
    });
  });
}

test('the provider falls back when the API does not answer within the timeout', async () => {
  // The handler never answers, so only the timeout can end the call.
  await withProvider(
    () => undefined,
    async (summarize, logs) => {
      assert.deepEqual(await summarize(INPUT, 2), summarizeExtractive(INPUT, 2));
      assert.match(logs[0] ?? '', /TimeoutError|aborted/i);
    },
    150,
  );
});

test('the provider falls back when nothing listens at the address', async () => {
  const server = await startServer(() => undefined);
  await server.close();
  const summarizer = createSummarizer({
    provider: 'openai',
    openaiBaseUrl: server.url,
    openaiApiKey: API_KEY,
    timeoutMs: 2000,
  });
  assert.deepEqual(await summarizer.summarize(INPUT, 3), summarizeExtractive(INPUT, 3));
});

test('the extractive provider is the default choice and needs no network', async () => {
  assert.deepEqual(
    await createSummarizer({ provider: 'extractive' }).summarize(INPUT, 2),
    summarizeExtractive(INPUT, 2),
  );
});

test('summary lengths map to sentence counts', () => {
  assert.deepEqual(SUMMARY_LENGTHS, { short: 2, medium: 3, long: 5 });
});

const replies: [name: string, content: string, sentences: number, expected: string[]][] = [
  ['numbered lines', '1. First.\n2) Second.\n3. Third.', 3, ['First.', 'Second.', 'Third.']],
  ['bullets', '- First.\n* Second.\n• Third.', 2, ['First.', 'Second.']],
  ['several sentences on one line', 'First one. Second one. Third one.', 2, ['First one.', 'Second one.']],
  ['blank lines between sentences', 'First.\n\n\nSecond.', 3, ['First.', 'Second.']],
];

for (const [name, content, sentences, expected] of replies) {
  test(`parseReply: ${name}`, () => assert.deepEqual(parseReply(content, sentences), expected));
}
