import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Services } from '../create-services.js';
import { type CliIo, CliUsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type StrictConfig<O extends Options> = { args: string[]; options: O; strict: true; allowPositionals: true };
type ParsedResults<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** A command's flags and positionals as `parseArgs` read them. */
export type ParsedArgs<O extends Options> = Pick<ParsedResults<StrictConfig<O>>, 'values' | 'positionals'>;

/** One `newsdesk` subcommand: its usage text lives here and nowhere else (help and errors both print it). */
export interface CliCommand<O extends Options = Options> {
  /** One line for `newsdesk --help`. */
  summary: string;
  /** The usage lines, each starting with "newsdesk <name>". */
  usage: string[];
  /** The flags `parseArgs` accepts, besides --help. */
  options: O;
  /**
   * 'configured': the command works on the bot's own store (STORE_URL), as an operator's tool does.
   * Default 'memory': a one-off run keeps nothing.
   */
  store?: 'memory' | 'configured';
  run(args: ParsedArgs<O>, services: Services, io: CliIo): Promise<number>;
}

/** Lets each command's `run` see its own flags' types. */
export function defineCommand<O extends Options>(command: CliCommand<O>): CliCommand<O> {
  return command;
}

export function usageText(command: CliCommand): string {
  return command.usage.map((line, index) => `${index === 0 ? 'Usage: ' : '       '}${line}`).join('\n');
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Read a command's arguments strictly: an unknown flag or a flag without its value is a usage error
 * (one line; the caller adds the usage). `help` is true when the user asked for the usage instead.
 */
export function parseCommandArgs<O extends Options>(
  command: CliCommand<O>,
  args: string[],
): ParsedArgs<O> & { help: boolean } {
  let parsed: ParsedResults<StrictConfig<O & typeof HELP>>;
  try {
    parsed = parseArgs({ args, options: { ...command.options, ...HELP }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliUsageError(parseArgsReason(error));
  }
  const { help, ...values } = parsed.values as ParsedResults<StrictConfig<O>>['values'] & { help?: boolean };
  return { values: values as ParsedArgs<O>['values'], positionals: parsed.positionals, help: help === true };
}

/**
 * parseArgs explains itself in a paragraph ("To specify a positional argument starting with a '-'…");
 * the first sentence is the reason a person needs.
 */
export function parseArgsReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\n[\s\S]*$/, '')
    .replace(/\. To specify[\s\S]*$/, '')
    .replace(/\.$/, '');
}
