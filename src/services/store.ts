import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';

/**
 * The Keyv namespaces of DESIGN.md, plus `failure` (briefly remembered fetch failures) and `log`
 * (the last decisions per feed subscription, for `/feed log`), and `dashboard` (the web dashboard's
 * sign-in links and sessions).
 */
export type Namespace =
  | 'article'
  | 'failure'
  | 'feed'
  | 'seen'
  | 'sub'
  | 'guild'
  | 'outbox'
  | 'autosummary'
  | 'log'
  | 'dashboard';

/**
 * What moving to another store carries (`newsdesk migrate-store`): everything that is not a cache
 * or a short-lived secret — subscriptions, seen items, feed state, the outbox, server settings, the
 * shared-link memory and the delivery log. Cached articles and failures are fetched again;
 * dashboard links and sessions are signed in again.
 */
export const DURABLE_NAMESPACES: Namespace[] = ['sub', 'seen', 'feed', 'outbox', 'guild', 'autosummary', 'log'];

/** One Keyv per namespace over the store chosen by STORE_URL. */
export interface Store {
  ns<T = unknown>(name: Namespace): Keyv<T>;
  close(): Promise<void>;
}

function sqliteAdapter(url: string, table: Namespace): KeyvSqlite {
  const path = url.replace(/^sqlite:\/\//, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // A table per namespace keeps `clear()` and iteration cheap; busyTimeout lets the several
  // connections to one file wait for each other instead of failing with SQLITE_BUSY.
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table, busyTimeout: 10_000, iterationLimit: 1000 });
  if (path !== ':memory:') {
    // WAL lets readers and the writer work at once, and synchronous=NORMAL commits without an
    // fsync per write; a killed process loses nothing, a power cut at most the last commits
    // (sqlite.org/wal.html). Without these every set() is its own fsync'd transaction.
    void adapter.query('PRAGMA journal_mode=WAL').catch(() => undefined);
    void adapter.query('PRAGMA synchronous=NORMAL').catch(() => undefined);
  }
  return adapter;
}

/** Whether STORE_URL names a Redis server (redis:// or rediss://). */
export function isRedisUrl(url: string): boolean {
  return /^rediss?:\/\//.test(url);
}

/**
 * Open the store named by a URL: `sqlite://path` (embedded, the default), `redis://host:port`
 * (shared between processes) or `memory://` (tests and one-off CLI runs).
 */
export function openStore(url: string): Store {
  const open = new Map<Namespace, Keyv<any>>();
  const create = (name: Namespace): Keyv<any> => {
    if (url.startsWith('sqlite://')) return new Keyv({ store: sqliteAdapter(url, name), namespace: name });
    // No colon in the namespace: Keyv strips it from iterated keys by splitting at the first colon.
    if (isRedisUrl(url)) return new Keyv({ store: new KeyvRedis(url), namespace: `newsdesk.${name}` });
    if (url.startsWith('memory://')) return new Keyv({ namespace: name });
    throw new Error(`Unsupported STORE_URL scheme: ${url.split(':')[0]}`);
  };
  return {
    ns<T>(name: Namespace): Keyv<T> {
      let keyv = open.get(name);
      if (!keyv) {
        keyv = create(name);
        open.set(name, keyv);
      }
      return keyv as Keyv<T>;
    },
    async close() {
      await Promise.all([...open.values()].map((keyv) => keyv.disconnect().catch(() => undefined)));
      open.clear();
    },
  };
}

/** Every [key, value] in a namespace (keys without the namespace prefix). */
export async function* entries<T>(keyv: Keyv<T>): AsyncGenerator<[string, T]> {
  if (!keyv.iterator) return;
  for await (const [key, value] of keyv.iterator(keyv.namespace) as AsyncGenerator<[string, T]>) {
    if (value !== undefined) yield [key, value];
  }
}

/** Namespaces whose entries expire: cached articles, remembered failures, shared-link memory. */
export const EXPIRING_NAMESPACES: Namespace[] = ['article', 'failure', 'autosummary'];

/**
 * Delete expired entries. Keyv only notices expiry when a key is read again, so without this an
 * SQLite file keeps every article ever fetched; listing a namespace deletes what has expired.
 * Returns how many live entries remain.
 */
export async function purgeExpired(store: Store, namespaces: Namespace[] = EXPIRING_NAMESPACES): Promise<number> {
  let live = 0;
  for (const name of namespaces) {
    for await (const _entry of entries(store.ns(name))) live += 1;
  }
  return live;
}

/**
 * Copy the durable namespaces from one store to another, key by key. Setting a key to the value it
 * already has changes nothing, so a run cut short is finished by running it again. Keyv's iteration
 * does not say how long an entry has left, so entries that expire get `ttlMs` of their namespace.
 * Returns the count per namespace.
 */
export async function copyDurable(
  from: Store,
  to: Store,
  /** Life given to copied entries of a namespace whose entries expire (iteration does not say how much is left). */
  ttlMs: Partial<Record<Namespace, number>> = {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of DURABLE_NAMESPACES) {
    const target = to.ns(name);
    let count = 0;
    for await (const [key, value] of entries(from.ns(name))) {
      await target.set(key, value, ttlMs[name]);
      count += 1;
    }
    counts[name] = count;
  }
  return counts;
}
