import { refuseBinary, SNIFF_CHARS } from '../services/binary-sniff.js';
import { extractArticle } from '../services/extract/index.js';
import { defineCommand } from './command.js';
import { CliUsageError, describeError, InputError, readStdinLines } from './io.js';
import { parseObjectLine } from './json-lines.js';

/** `newsdesk summarize --jsonl [--sentences N]`: stdin lines {id, text} or {id, html} → {id, summary}. */
export const summarizeCommand = defineCommand({
  summary: 'stdin {"id","text"|"html"} lines → {"id","summary"}',
  usage: ['newsdesk summarize --jsonl [--sentences N] < lines of {"id", "text"} or {"id", "html"}'],
  options: { jsonl: { type: 'boolean' }, sentences: { type: 'string' } },
  async run({ values, positionals }, services, io) {
    const sentences = parseSentences(values.sentences);
    if (!values.jsonl) throw new CliUsageError('summarize prints JSON lines: give --jsonl.');
    if (positionals.length > 0) throw new CliUsageError('summarize reads its input from stdin only.');
    let failed = false;
    for (const [index, line] of (await readStdinLines()).entries()) {
      let id: unknown = null;
      try {
        const record = parseObjectLine(line, index + 1);
        id = record.id ?? null;
        // A JSON string can carry a binary file too; it is refused as a fetched one would be.
        const given = typeof record.html === 'string' ? record.html : record.text;
        if (typeof given === 'string') refuseBinary(Buffer.from(given.slice(0, SNIFF_CHARS)), given);
        const input =
          typeof record.html === 'string'
            ? extractArticle(record.html, 'https://input.invalid/')
            : { title: typeof record.title === 'string' ? record.title : '', text: record.text };
        if (typeof input.text !== 'string') throw new InputError('Each line needs a "text" or "html" string.');
        const summary = await services.summarizer.summarize({ title: input.title, text: input.text }, sentences);
        io.stdout(`${JSON.stringify({ id, summary })}\n`);
      } catch (error) {
        failed = true;
        io.stdout(`${JSON.stringify({ id, error: describeError(error) })}\n`);
      }
    }
    return failed ? 1 : 0;
  },
});

function parseSentences(raw: string | undefined): number {
  if (raw === undefined) return 3;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 20)
    throw new CliUsageError('--sentences takes a whole number from 1 to 20.');
  return value;
}
