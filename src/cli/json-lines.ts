import { InputError } from './io.js';

/** One stdin line of a batch command as a JSON object, or an InputError that names the line. */
export function parseObjectLine(line: string, lineNumber: number): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new InputError(`Line ${lineNumber} is not valid JSON.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InputError(`Line ${lineNumber} is not a JSON object.`);
  return parsed as Record<string, unknown>;
}

/** A field that is a string, else undefined (a number or null where a string belongs counts as absent). */
export function stringField(record: Record<string, unknown>, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}
