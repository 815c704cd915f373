import type { Services } from '../create-services.js';
import { extractArticle } from '../services/extract/index.js';
import { type CliIo, CliUsageError, describeError, readStdinLines } from './io.js';

/** `newsdesk summarize --jsonl [--sentences N]`: stdin lines {id, text} or {id, html} → {id, summary}. */
export async function summarizeCommand(
  args: string[],
  services: Services,
  io: CliIo,
  readLines = readStdinLines,
): Promise<number> {
  const sentences = parseSentences(args);
  if (!args.includes('--jsonl'))
    throw new CliUsageError(
      'Usage: newsdesk summarize --jsonl [--sentences N] < lines of {"id", "text"} or {"id", "html"}',
    );
  let failed = false;
  for (const [index, line] of (await readLines()).entries()) {
    let id: unknown = null;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new CliUsageError(`Line ${index + 1} is not a JSON object.`);
      const record = parsed as { id?: unknown; text?: unknown; html?: unknown; title?: unknown };
      id = record.id ?? null;
      const input =
        typeof record.html === 'string'
          ? extractArticle(record.html, 'https://input.invalid/')
          : { title: typeof record.title === 'string' ? record.title : '', text: record.text };
      if (typeof input.text !== 'string') throw new CliUsageError('Each line needs a "text" or "html" string.');
      io.stdout(
        JSON.stringify({
          id,
          summary: await services.summarizer.summarize({ title: input.title, text: input.text }, sentences),
        }) + '\n',
      );
    } catch (error) {
      failed = true;
      const message = error instanceof SyntaxError ? `Line ${index + 1} is not valid JSON.` : describeError(error);
      io.stdout(JSON.stringify({ id, error: message }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

function parseSentences(args: string[]): number {
  const at = args.indexOf('--sentences');
  if (at === -1) return 3;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 20)
    throw new CliUsageError('--sentences takes a whole number from 1 to 20.');
  return value;
}
