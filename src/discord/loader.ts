import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Logger } from '../services/logger.js';
import type { BotEvent, Command } from './types.js';

const SRC_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

async function loadModules(folder: string): Promise<{ file: string; module: Record<string, unknown> }[]> {
  const dir = join(SRC_DIR, folder);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.js')).sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      module: (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>,
    })),
  );
}

/** Every command in src/commands, checked for shape; adding a command is adding a file. */
export async function loadCommands(logger: Logger): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  for (const { file, module } of await loadModules('commands')) {
    const command = module as Partial<Command>;
    if (command.data && typeof command.data.toJSON === 'function' && typeof command.execute === 'function') {
      commands.set(command.data.name, command as Command);
    } else {
      logger.warn('command module is missing "data" or "execute"; skipped', { file });
    }
  }
  return commands;
}

/** Every event handler in src/events, checked for shape. */
export async function loadEvents(logger: Logger): Promise<BotEvent[]> {
  const events: BotEvent[] = [];
  for (const { file, module } of await loadModules('events')) {
    const event = module as Partial<BotEvent>;
    if (typeof event.name === 'string' && typeof event.execute === 'function') events.push(event as BotEvent);
    else logger.warn('event module is missing "name" or "execute"; skipped', { file });
  }
  return events;
}
