import { availableParallelism } from 'node:os';
import dotenv from 'dotenv';
import cron from 'node-cron';

/**
 * The only reader of process.env. Every setting is declared once below with its default, its
 * meaning (the README table mirrors these) and how it is parsed; secrets are flagged so nothing
 * prints them.
 */
type Parser<T> = (raw: string) => T;

interface Setting<T> {
  env: string;
  default: string;
  description: string;
  parse: Parser<T>;
  secret?: boolean;
}

const text: Parser<string> = (raw) => raw.trim();

const list: Parser<string[]> = (raw) =>
  raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function integer(min: number, max = Number.MAX_SAFE_INTEGER): Parser<number> {
  return (raw) => {
    const value = Number(raw.trim());
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

const boolean: Parser<boolean> = (raw) => {
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(value)) return false;
  throw new Error('must be true or false');
};

const ports: Parser<number[]> = (raw) => list(raw).map((part) => integer(1, 65535)(part));

function oneOf<T extends string>(...choices: T[]): Parser<T> {
  return (raw) => {
    const value = raw.trim() as T;
    if (!choices.includes(value)) throw new Error(`must be one of ${choices.join(', ')}`);
    return value;
  };
}

const storeUrl: Parser<string> = (raw) => {
  const value = raw.trim();
  if (!/^(sqlite|redis|rediss|memory):\/\//.test(value))
    throw new Error('must start with sqlite://, redis:// or memory://');
  return value;
};

const queueUrl: Parser<string> = (raw) => {
  const value = raw.trim();
  if (value !== '' && !/^rediss?:\/\//.test(value)) throw new Error('must be empty or start with redis://');
  return value;
};

// Checked here with the rest, so a bad expression stops the bot before it logs in, not after.
const cronExpression: Parser<string> = (raw) => {
  const value = raw.trim();
  if (!cron.validate(value))
    throw new Error('must be a cron expression such as "* * * * *" (a leading seconds field is allowed)');
  return value;
};

const httpUrl: Parser<string> = (raw) => {
  const value = raw.trim().replace(/\/+$/, '');
  if (!/^https?:\/\//.test(value)) throw new Error('must be an http:// or https:// address');
  return value;
};

/** Empty means off: the setting is optional. */
function optional<T>(parse: Parser<T>): Parser<T | undefined> {
  return (raw) => (raw.trim() === '' ? undefined : parse(raw));
}
/** A port, or nothing (the empty default) for a server that stays off. */
const optionalPort = optional(integer(0, 65535));

const shardCount: Parser<number | 'auto'> = (raw) => (raw.trim() === 'auto' ? 'auto' : integer(1, 10_000)(raw));

function setting<T>(
  env: string,
  defaultValue: string,
  parse: Parser<T>,
  description: string,
  secret = false,
): Setting<T> {
  return { env, default: defaultValue, parse, description, secret };
}

export const SETTINGS = {
  discordToken: setting(
    'DISCORD_TOKEN',
    '',
    text,
    'Bot token from the Discord developer portal (Bot → Reset Token). Needed to run the bot.',
    true,
  ),
  discordClientId: setting(
    'DISCORD_CLIENT_ID',
    '',
    text,
    'Application ID (General Information → Application ID). Needed by deploy-commands.',
  ),
  discordGuildId: setting(
    'DISCORD_GUILD_ID',
    '',
    text,
    'Register commands in this one server only (instant, for development). Empty: register globally.',
  ),
  discordApiUrl: setting(
    'DISCORD_API_URL',
    'https://discord.com/api',
    httpUrl,
    "Discord's REST base, without the version. Point every process at the REST proxy here (`http://host:8787/api`); tests point it at a local fake.",
  ),
  storeUrl: setting(
    'STORE_URL',
    'sqlite://data/newsdesk.sqlite',
    storeUrl,
    'Where state lives: sqlite://path (embedded, default), redis://host:6379 (shared by several processes) or memory:// (nothing kept; for trials).',
  ),
  logLevel: setting('LOG_LEVEL', 'info', oneOf('debug', 'info', 'warn', 'error'), 'Least severe log level printed.'),
  articleCacheHours: setting(
    'ARTICLE_CACHE_HOURS',
    '24',
    integer(1, 24 * 30),
    'How long a summarized article is served from the cache.',
  ),
  failureCacheSeconds: setting(
    'FAILURE_CACHE_SECONDS',
    '300',
    integer(0, 86400),
    'How long a failed fetch is remembered, so a dead link is not fetched again and again.',
  ),
  fetchTimeoutMs: setting(
    'FETCH_TIMEOUT_MS',
    '15000',
    integer(100, 120000),
    'Deadline for one whole fetch, redirects and body included.',
  ),
  fetchMaxHtmlBytes: setting(
    'FETCH_MAX_HTML_BYTES',
    String(2 * 1024 * 1024),
    integer(1024),
    'Largest article page read, counted after decompression.',
  ),
  fetchMaxFeedBytes: setting(
    'FETCH_MAX_FEED_BYTES',
    String(5 * 1024 * 1024),
    integer(1024),
    'Largest feed read, counted after decompression.',
  ),
  fetchAllowPorts: setting('FETCH_ALLOW_PORTS', '', ports, 'Ports allowed besides 80 and 443 (comma list).'),
  fetchAllowPrivateHosts: setting(
    'FETCH_ALLOW_PRIVATE_HOSTS',
    '',
    list,
    'Hosts or CIDRs that may resolve to private addresses (comma list). Empty is safest.',
  ),
  summaryProvider: setting(
    'SUMMARY_PROVIDER',
    'extractive',
    oneOf('extractive', 'openai'),
    'extractive (offline, default) or openai (any OpenAI-compatible API).',
  ),
  openaiBaseUrl: setting(
    'OPENAI_BASE_URL',
    'https://api.openai.com/v1',
    httpUrl,
    'Base URL of the OpenAI-compatible API, when SUMMARY_PROVIDER=openai.',
  ),
  openaiApiKey: setting('OPENAI_API_KEY', '', text, 'API key for the OpenAI-compatible provider.', true),
  openaiModel: setting('OPENAI_MODEL', 'gpt-4o-mini', text, 'Model name for the OpenAI-compatible provider.'),
  summaryMaxInputChars: setting(
    'SUMMARY_MAX_INPUT_CHARS',
    '100000',
    integer(1000),
    'Characters of an article the extractive summarizer reads; longer texts are cut (the key facts come first).',
  ),
  summaryMaxSentences: setting(
    'SUMMARY_MAX_SENTENCES',
    '1000',
    integer(10),
    'Sentences of an article the extractive summarizer scores; later ones are not considered.',
  ),
  extractMaxDepth: setting(
    'EXTRACT_MAX_DEPTH',
    '64',
    integer(8, 1024),
    'Deepest tag nesting of a page the extractor builds; deeper tags are dropped, their text kept.',
  ),
  extractMaxNodes: setting(
    'EXTRACT_MAX_NODES',
    '10000',
    integer(1000, 1_000_000),
    'Tags, text runs and comments of a page the extractor builds; the page is read up to there.',
  ),
  articleWorkers: setting(
    'ARTICLE_WORKERS',
    String(Math.min(2, availableParallelism())),
    integer(1, 64),
    'Worker threads that extract and summarize fetched pages (default 2, or 1 on a one-core machine).',
  ),
  articleWorkTimeoutMs: setting(
    'ARTICLE_WORK_TIMEOUT_MS',
    '10000',
    integer(100, 120000),
    'Deadline for extracting one fetched page, and for one summary; past it the worker is stopped and the member told the page took too long to read.',
  ),
  articleCooldownPerMinute: setting(
    'ARTICLE_COOLDOWN_PER_MINUTE',
    '5',
    integer(1, 1000),
    'How many /article requests one member may make per minute.',
  ),
  schedulerCron: setting(
    'SCHEDULER_CRON',
    '* * * * *',
    cronExpression,
    'How often the scheduler looks for due feeds (cron; a seconds field is allowed).',
  ),
  feedIntervalMinutes: setting(
    'FEED_INTERVAL_MINUTES',
    '10',
    integer(1, 1440),
    'Default time between checks of one feed.',
  ),
  feedMinIntervalMinutes: setting(
    'FEED_MIN_INTERVAL_MINUTES',
    '2',
    integer(1, 1440),
    'Shortest interval a subscription may ask for.',
  ),
  feedFirstPostCount: setting(
    'FEED_FIRST_POST_COUNT',
    '1',
    integer(0, 20),
    'Items posted on the first check of a new subscription (the newest ones).',
  ),
  feedMaxItemAgeHours: setting(
    'FEED_MAX_ITEM_AGE_HOURS',
    '72',
    integer(1, 24 * 365),
    'Items older than this are never posted.',
  ),
  feedMaxPostsPerTick: setting(
    'FEED_MAX_POSTS_PER_TICK',
    '5',
    integer(1, 50),
    'Posts per subscription per check; the rest wait for the next check.',
  ),
  feedFailureLimit: setting(
    'FEED_FAILURE_LIMIT',
    '10',
    integer(1, 1000),
    'Consecutive failures after which a subscription is paused.',
  ),
  schedulerConcurrency: setting('SCHEDULER_CONCURRENCY', '16', integer(1, 256), 'Feeds checked at once.'),
  schedulerPerHost: setting('SCHEDULER_PER_HOST', '2', integer(1, 64), 'Feeds of one host checked at once.'),
  queueUrl: setting(
    'QUEUE_URL',
    '',
    queueUrl,
    'Redis for the shared feed queue (BullMQ), so several processes split the checks. Empty: the Redis of STORE_URL if it is one, else an in-process queue.',
    true,
  ),
  queuePrefix: setting('QUEUE_PREFIX', 'newsdesk', text, 'Prefix of the feed queue keys in Redis.'),
  queueLockSeconds: setting(
    'QUEUE_LOCK_SECONDS',
    '30',
    integer(1, 3600),
    'How long a process that stopped answering holds a feed check before another process takes it over.',
  ),
  enableMessageContent: setting(
    'ENABLE_MESSAGE_CONTENT',
    'false',
    boolean,
    'Ask for the privileged Message Content intent (needed for auto-summaries of shared links).',
  ),
  dashboardPort: setting(
    'DASHBOARD_PORT',
    '',
    optionalPort,
    'Port of the web dashboard (sign in with /dashboard). Empty: no dashboard. 0: any free port.',
  ),
  dashboardHost: setting(
    'DASHBOARD_HOST',
    '127.0.0.1',
    text,
    'Address the dashboard listens on; the default keeps it on this machine, behind a reverse proxy.',
  ),
  dashboardUrl: setting(
    'DASHBOARD_URL',
    '',
    optional(httpUrl),
    'Public address of the dashboard, used in sign-in links (https:// makes its cookie Secure). Empty: http://DASHBOARD_HOST:port.',
  ),
  metricsPort: setting(
    'METRICS_PORT',
    '',
    optionalPort,
    'Port of the /metrics (Prometheus) and /healthz server. Empty: no server. Sharded gateway processes add their first shard id to it.',
  ),
  metricsHost: setting(
    'METRICS_HOST',
    '127.0.0.1',
    text,
    'Address the metrics server listens on; 127.0.0.1 keeps it on this machine, 0.0.0.0 opens it to the network.',
  ),
  shardCount: setting(
    'SHARD_COUNT',
    'auto',
    shardCount,
    "Gateway shards `npm run start:gateway` runs (one process each); auto asks Discord's GET /gateway/bot.",
  ),
  restProxyPort: setting(
    'REST_PROXY_PORT',
    '8787',
    integer(0, 65535),
    'Port `npm run start:rest-proxy` listens on; point every process at it with DISCORD_API_URL=http://host:port/api.',
  ),
  restProxyHost: setting(
    'REST_PROXY_HOST',
    '127.0.0.1',
    text,
    'Address the REST proxy listens on (0.0.0.0 when the bot processes run on other machines).',
  ),
  restProxyUpstream: setting(
    'REST_PROXY_UPSTREAM',
    'https://discord.com/api',
    httpUrl,
    "Discord's REST base the REST proxy forwards to, without the version.",
  ),
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
export type Config = { [K in keyof Settings]: Settings[K] extends Setting<infer T> ? T : never };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parse settings from an environment (process.env plus .env by default). Every problem is reported
 * at once, one line per variable, and never with a secret's value.
 */
export function loadConfig(env: Record<string, string | undefined> = readEnvironment()): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(SETTINGS) as [string, Setting<unknown>][]) {
    const raw = env[spec.env] ?? spec.default;
    try {
      config[key] = spec.parse(raw);
    } catch (error) {
      const shown = spec.secret ? '' : ` (got "${raw}")`;
      problems.push(`${spec.env} ${(error as Error).message}${shown}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config as Config;
}

function readEnvironment(): Record<string, string | undefined> {
  dotenv.config({ quiet: true });
  return process.env;
}

/** Values that must never appear in logs; the logger masks them. */
export function secretValues(config: Config): string[] {
  return (Object.entries(SETTINGS) as [keyof Config, Setting<unknown>][])
    .filter(([, spec]) => spec.secret)
    .map(([key]) => String(config[key] ?? ''))
    .filter((value) => value.length >= 6);
}
