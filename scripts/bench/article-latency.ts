import { mkdtempSync, rmSync } from 'node:fs';
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

/** One /article through the fake Discord, timed from the dispatch to the acknowledgement and to the final card. */
async function timeOne(fake: FakeDiscord, url: string): Promise<Timing> {
  const start = performance.now();
  const interaction = fake.slashCommand('article', { url });
  await interaction.acknowledged();
  const ackMs = performance.now() - start;
  const reply = await interaction.reply();
  const finalMs = performance.now() - start;
  if (reply.embeds.length !== 1) throw new Error(`no card for ${url}: ${reply.content}`);
  return { ackMs, finalMs };
}

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
  const site = await startFixtureSite();
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
    if (fake.violations.length > 0) throw new Error(`fake Discord saw violations: ${fake.violations.join('; ')}`);
    return [
      {
        title: '/article latency through the fake Discord (ms, loopback pages)',
        columns: ['requests', 'n', 'ack p50', 'ack p95', 'ack max', 'final p50', 'final p95'],
        rows: [row('uncached', uncached), row('cached', cached)],
        note: 'Targets: uncached final p95 < 300 ms, cached final p95 < 30 ms, acknowledgement always < 1500 ms.',
      },
    ];
  } finally {
    await bot.stop();
    await fake.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
