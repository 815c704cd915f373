/** A page carrying this attribute never finishes extracting in the endless worker, like a pathological DOM. */
export const ENDLESS_PAGE_MARKER = 'data-endless-extraction';

/** A page carrying this attribute makes the endless worker's thread exit mid-job, like a crash. */
export const CRASH_PAGE_MARKER = 'data-crash-extraction';

/** The compiled worker that spins on an endless page, exits on a crash page, and does every other job as the real worker does. */
export const ENDLESS_WORKER_SCRIPT = new URL('./endless-worker.js', import.meta.url);
