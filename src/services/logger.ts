/** Structured, levelled logging with stable keys; secrets and URL credentials are masked. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SENSITIVE_QUERY = /([?&](?:token|access_token|api_key|apikey|key|secret|password|sig|signature)=)[^&#\s]*/gi;
const URL_USERINFO = /\b(https?:\/\/)[^/@\s]+@/gi;
// Interaction and webhook tokens sit in these paths and are bearer secrets.
const WEBHOOK_TOKEN = /(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9._-]{20,}/g;

/** Mask what must not be logged: known secret values, URL userinfo, token-like query values, webhook tokens. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out
    .replace(URL_USERINFO, '$1[redacted]@')
    .replace(SENSITIVE_QUERY, '$1[redacted]')
    .replace(WEBHOOK_TOKEN, '$1[redacted]');
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  return value;
}

/** A logger writing one JSON line per event to `write` (stderr by default). */
export function createLogger(
  options: { level?: LogLevel; secrets?: readonly string[]; write?: (line: string) => void } = {},
): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const log =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (ORDER[level] < threshold) return;
      const entry: LogFields = { time: new Date().toISOString(), level, msg: message };
      for (const [key, value] of Object.entries(fields)) entry[key] = describe(value);
      write(redact(JSON.stringify(entry), options.secrets));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
