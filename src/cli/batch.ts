import { type CliIo, CliUsageError, describeError, InputError } from './io.js';
import { parseObjectLine, stringField } from './json-lines.js';

/** One input of a `--jsonl` batch: what its output line calls it, and how to turn it into fields. */
export interface BatchInput {
  input: string | null;
  read: () => Promise<Record<string, unknown>>;
}

/**
 * Print one JSON line per input, `{input, ...fields}` or `{input, error}`, going on past failures
 * (a batch of a thousand pages should not stop at the first dead link); exit 1 if any failed.
 */
export async function runBatch(inputs: BatchInput[], io: CliIo): Promise<number> {
  let failed = false;
  for (const { input, read } of inputs) {
    let line: Record<string, unknown>;
    try {
      line = { input, ...(await read()) };
    } catch (error) {
      failed = true;
      line = { input, error: describeError(error) };
    }
    io.stdout(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

/**
 * Batch inputs from stdin lines `{"file": "...", "<key>": "..."}` (`key` optional in each line);
 * a line that is not such an object becomes a failed input that names its line number.
 */
export function stdinFileInputs(
  lines: string[],
  key: string,
  toInput: (file: string, value: string | undefined) => BatchInput,
): BatchInput[] {
  return lines.map((line, index) => {
    try {
      const record = parseObjectLine(line, index + 1);
      const file = stringField(record, 'file');
      if (file === undefined) throw new InputError(`Line ${index + 1} needs a "file" string.`);
      return toInput(file, stringField(record, key));
    } catch (error) {
      return { input: null, read: () => Promise.reject(error) };
    }
  });
}

/** A batch reads its inputs from the arguments or from `--stdin`: exactly one of the two. */
export function checkInputSource(stdin: boolean | undefined, positionals: string[]): void {
  if (stdin && positionals.length > 0) throw new CliUsageError('Give inputs as arguments or with --stdin, not both.');
  if (!stdin && positionals.length === 0) throw new CliUsageError('Give at least one input, or --stdin.');
}
