#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { type CliCommand, parseArgsReason, parseCommandArgs, usageText } from './cli/command.js';
import { dashboardLinkCommand } from './cli/dashboard-link.js';
import { extractCommand } from './cli/extract.js';
import { feedCommand } from './cli/feed.js';
import { feedsCommand } from './cli/feeds.js';
import { type CliIo, CliUsageError } from './cli/io.js';
import { migrateStoreCommand } from './cli/migrate-store.js';
import { previewCommand } from './cli/preview.js';
import { summarizeCommand } from './cli/summarize.js';
import { packageVersion } from './cli/version.js';
import { ConfigError, loadConfig, secretValues } from './config.js';
import { createServices } from './create-services.js';
import { createLogger } from './services/logger.js';

const COMMANDS: Record<string, CliCommand> = {
  preview: previewCommand,
  extract: extractCommand,
  summarize: summarizeCommand,
  feed: feedCommand,
  feeds: feedsCommand,
  'dashboard-link': dashboardLinkCommand,
  'migrate-store': migrateStoreCommand,
};

/** What a wrong top-level command line is answered with, after its reason. */
const SHORT_USAGE = 'Usage: newsdesk <command> [options]   (newsdesk --help lists the commands)';

/** `newsdesk --help`: every command's usage, from the commands themselves. */
function overview(): string {
  const lines = Object.entries(COMMANDS).flatMap(([name, command]) => [
    `  ${name.padEnd(10)} ${command.summary}`,
    ...command.usage.map((line) => `    ${line}`),
  ]);
  return [
    'Usage: newsdesk <command> [options]   (newsdesk <command> --help for one command)',
    '',
    'Commands:',
    ...lines,
    '',
    'Options: --help, -h   --version, -V',
  ].join('\n');
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** `newsdesk --help`, `newsdesk --version`, or a wrong top-level flag. */
function topLevel(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
      strict: true,
    });
    io.stdout(`${values.version ? packageVersion() : overview()}\n`);
    return 0;
  } catch (error) {
    io.stderr(`newsdesk: ${parseArgsReason(error)}\n${SHORT_USAGE}\n`);
    return 2;
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(`${overview()}\n`);
    return 2;
  }
  if (name.startsWith('-')) return topLevel(argv);
  if (name === 'help') return args[0] && COMMANDS[args[0]] ? main([args[0], '--help']) : topLevel(['--help']);
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`newsdesk: unknown command "${name}"\n${SHORT_USAGE}\n`);
    return 2;
  }
  try {
    // The command line is checked before any setting is read, so --help works with a broken .env.
    const parsed = parseCommandArgs(command, args);
    if (parsed.help) {
      io.stdout(`${usageText(command)}\n`);
      return 0;
    }
    const config = loadConfig();
    const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });
    // One-off runs keep nothing (the CLI's cache lives only as long as the process); operator
    // commands work on the bot's own store.
    const storeUrl = command.store === 'configured' ? config.storeUrl : 'memory://';
    const services = createServices(config, logger, { storeUrl });
    try {
      return await command.run(parsed, services, io);
    } finally {
      await services.store.close();
    }
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr(`newsdesk: ${error.message}\n${usageText(command)}\n`);
    return 2;
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
    const message = error instanceof ConfigError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`newsdesk: ${message}\n`);
    process.exitCode = 2;
  },
);
