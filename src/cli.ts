#!/usr/bin/env node
import { extractCommand } from './cli/extract.js';
import { type CliIo, CliUsageError } from './cli/io.js';
import { previewCommand } from './cli/preview.js';
import { summarizeCommand } from './cli/summarize.js';
import { ConfigError, loadConfig, secretValues } from './config.js';
import { createServices, type Services } from './create-services.js';
import { createLogger } from './services/logger.js';

type Command = (args: string[], services: Services, io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  preview: previewCommand,
  extract: extractCommand,
  summarize: summarizeCommand,
};

const USAGE = `Usage:
  newsdesk preview <url|file>                      the summary, as a person would read it
  newsdesk extract --jsonl <url|file>...           one JSON object per input
  newsdesk summarize --jsonl [--sentences N]       stdin {"id","text"|"html"} lines → {"id","summary"}
  newsdesk feed <site page or feed URL>            what a subscription would post
  newsdesk feed --jsonl [--base URL] FILE... | --stdin`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = name === 'feed' ? (await import('./cli/feed.js')).feedCommand : COMMANDS[name];
  if (!command) {
    process.stderr.write(`newsdesk: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
  // One-off runs keep nothing: the CLI's cache lives only as long as the process.
  const services = createServices(config, logger, { storeUrl: 'memory://' });
  try {
    return await command(args, services, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  } finally {
    await services.store.close();
  }
}

// A reader that stops early (`newsdesk extract --jsonl … | head -1`) closes the pipe: end quietly,
// as command-line tools do on SIGPIPE, instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof CliUsageError || error instanceof ConfigError
        ? error.message
        : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`newsdesk: ${message}\n`);
    process.exitCode = 2;
  },
);
