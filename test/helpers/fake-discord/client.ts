import { Client, type ClientOptions, Events } from 'discord.js';
import type { FakeDiscord } from './api.js';

/** A logged-in discord.js client and the errors it emitted. */
export interface TestClient {
  client: Client;
  /** Everything the client emitted as 'error' (e.g. a rejected async handler, notes §8). */
  errors: Error[];
}

/**
 * Logs a real discord.js Client in to the fake and resolves at `clientReady` (not at login(),
 * which resolves on READY before the guild arrives, notes §2.2). Destroys the client if login fails.
 */
export async function loginTestClient(fake: FakeDiscord, extra: Partial<ClientOptions> = {}): Promise<TestClient> {
  const client = new Client(fake.clientOptions(extra));
  const errors: Error[] = [];
  client.on(Events.Error, (error) => errors.push(error));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(fake.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return { client, errors };
}
