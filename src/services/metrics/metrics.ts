import type { TickReport } from '../feeds/schedule/scheduler.js';
import type { FetchKind } from '../fetcher/index.js';

/** Which REST client met a rate limit: the gateway client's, the scheduler's poster's, or the REST proxy's. */
export type RestClientName = 'gateway' | 'poster' | 'proxy';

/**
 * What the bot counts, as the parts that count see it. Built once by the composition root; tests
 * and a bot without METRICS_PORT get `noMetrics`.
 */
export interface Metrics {
  /** One scheduler tick ended with this report. */
  tickEnded(report: TickReport): void;
  /** One fetch of a page or feed took `seconds`, whatever came of it. */
  fetchTimed(kind: FetchKind, seconds: number): void;
  /** Discord answered 429 (`limited`), or REST held a request back for a rate limit (`waited`). */
  restRateLimit(client: RestClientName, event: 'limited' | 'waited'): void;
  /** Read at each scrape: how many posts wait in the outbox. */
  watchOutbox(depth: () => Promise<number>): void;
}

/** Counts nothing. */
export const noMetrics: Metrics = {
  tickEnded() {},
  fetchTimed() {},
  restRateLimit() {},
  watchOutbox() {},
};
