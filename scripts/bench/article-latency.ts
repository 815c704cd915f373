import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestBot } from '../../test/helpers/bot.js';
import { type FakeDiscord, startFakeDiscord } from '../../test/helpers/fake-discord/index.js';
import { startFixtureSite } from '../../test/helpers/http-server.js';
import { type BenchTable, percentile } from './table.js';

const REQUESTS = 50;

interface Timing {
  ackMs: number;
  finalMs: number;
}

/** One /article through the fake Discord, timed from the dispatch to the acknowledgement and to the final answer. */
async function timeAnswer(fake: FakeDiscord, url: string): Promise<Timing & { card: boolean; answered: boolean }> {
  const start = performance.now();
  const interaction = fake.slashCommand('article', { url });
  await interaction.acknowledged();
  const ackMs = performance.now() - start;
  try {
    // Long enough for a page that hits the fetch deadline (FETCH_TIMEOUT_MS, 15 s by default).
    const reply = await interaction.reply(ANSWER_WAIT_MS);
    return { ackMs, finalMs: performance.now() - start, card: reply.embeds.length === 1, answered: true };
  } catch {
    return { ackMs, finalMs: performance.now() - start, card: false, answered: false };
  }
}

/** A member still without an answer after this is counted as not answered. */
const ANSWER_WAIT_MS = 30_000;

/** As timeAnswer, for pages that must give a card. */
async function timeOne(fake: FakeDiscord, url: string): Promise<Timing> {
  const timing = await timeAnswer(fake, url);
  if (!timing.card) throw new Error(`no card for ${url}`);
  return timing;
}

/**
 * Pages a stranger could pick to hold the bot up: CPU (deep nesting, a megabyte of short sentences),
 * time (a body dripped a byte at a time) and not-HTML served as HTML.
 */
const HOSTILE_PAGES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/hostile/deep': (_req, res) =>
    void res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<title>Deep</title>${'<div>'.repeat(5000)}<p>The council agreed a budget for the harbor.</p>`),
  '/hostile/sentences': (_req, res) =>
    void res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<title>Many</title><article><p>${Array.from({ length: 60_000 }, (_, i) => `Item ${i} is here.`).join(' ')}</p></article>`,
      ),
  '/hostile/drip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const drip = setInterval(() => res.write('<p>a'), 200);
    res.on('close', () => clearInterval(drip));
  },
  '/hostile/binary': (_req, res) =>
    void res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(200_000, 7)])),
};

const CONCURRENT = { cached: 20, uncached: 20, hostile: 10 };

function row(label: string, timings: Timing[]): (string | number)[] {
  const acks = timings.map((t) => t.ackMs);
  const finals = timings.map((t) => t.finalMs);
  const fmt = (value: number) => value.toFixed(1);
  return [
    label,
    timings.length,
    fmt(percentile(acks, 50)),
    fmt(percentile(acks, 95)),
    fmt(Math.max(...acks)),
    fmt(percentile(finals, 50)),
    fmt(percentile(finals, 95)),
  ];
}

/** `/article` latency on loopback: the real bot, the fake Discord and the fixture site, with the SQLite store. */
export async function run(): Promise<BenchTable[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  const fake = await startFakeDiscord();
  const site = await startFixtureSite(HOSTILE_PAGES);
  const bot = await startTestBot({
    fake,
    sites: [site],
    env: { STORE_URL: `sqlite://${join(dir, 'bench.sqlite')}`, ARTICLE_COOLDOWN_PER_MINUTE: '1000', LOG_LEVEL: 'warn' },
  });
  try {
    const pages = [
      '/ai/openai-aws-turn',
      '/cloud/bedrock-adds-model-providers',
      '/chips/hbm-supply-tightens',
      '/ai/microsoft-openai-terms-unchanged',
      '/ko/ai/openai-aws-turn',
    ];
    await timeOne(fake, `${site.url}${pages[0]}?warmup=1`);
    const uncached: Timing[] = [];
    // A distinct query string makes each request a different cache key, so every one is fetched, extracted and summarized.
    for (let i = 0; i < REQUESTS; i++)
      uncached.push(await timeOne(fake, `${site.url}${pages[i % pages.length]}?n=${i}`));
    const cached: Timing[] = [];
    for (let i = 0; i < REQUESTS; i++) cached.push(await timeOne(fake, `${site.url}${pages[i % pages.length]}?n=${i}`));
    const load = await concurrentMembers(fake, `${site.url}`, pages);
    if (fake.violations.length > 0) throw new Error(`fake Discord saw violations: ${fake.violations.join('; ')}`);
    return [
      {
        title: '/article latency through the fake Discord (ms, loopback pages)',
        columns: ['requests', 'n', 'ack p50', 'ack p95', 'ack max', 'final p50', 'final p95'],
        rows: [row('uncached', uncached), row('cached', cached)],
        note: 'Targets: uncached final p95 < 300 ms, cached final p95 < 30 ms, acknowledgement always < 1500 ms.',
      },
      load,
    ];
  } finally {
    await bot.stop();
    await fake.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * 50 members at once: cached pages, uncached ones, and hostile ones (each answered with a card or a
 * polite refusal). The hostile pages must not hold up the others' answers.
 */
async function concurrentMembers(fake: FakeDiscord, base: string, pages: string[]): Promise<BenchTable> {
  const hostile = Object.keys(HOSTILE_PAGES);
  const requests = [
    ...Array.from({ length: CONCURRENT.cached }, (_, i) => ({
      kind: 'cached',
      url: `${base}${pages[i % pages.length]}?n=${i}`,
    })),
    ...Array.from({ length: CONCURRENT.uncached }, (_, i) => ({
      kind: 'uncached',
      url: `${base}${pages[i % pages.length]}?load=${i}`,
    })),
    ...Array.from({ length: CONCURRENT.hostile }, (_, i) => ({
      kind: 'hostile',
      url: `${base}${hostile[i % hostile.length]}?n=${i}`,
    })),
  ];
  const results = await Promise.all(
    requests.map(async (request) => ({ ...request, ...(await timeAnswer(fake, request.url)) })),
  );
  const rows = ['cached', 'uncached', 'hostile'].map((kind) => {
    const mine = results.filter((result) => result.kind === kind);
    return [
      ...row(kind, mine),
      mine.filter((result) => result.card).length,
      mine.filter((result) => !result.answered).length,
    ];
  });
  return {
    title: `/article with ${requests.length} members at once (ms): cached, uncached and hostile pages together`,
    columns: [
      'requests',
      'n',
      'ack p50',
      'ack p95',
      'ack max',
      'final p50',
      'final p95',
      'cards',
      'unanswered in 30 s',
    ],
    rows,
    note: 'Targets: ack p95 < 1500 ms for everyone; cached final p95 < 30 ms and uncached < 300 ms while the hostile pages are being read. Hostile pages end in a card or a refusal, never a hang.',
  };
}
