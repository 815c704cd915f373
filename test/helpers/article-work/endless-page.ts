/** A page carrying this attribute never finishes extracting in the endless worker, like a pathological DOM. */
export const ENDLESS_PAGE_MARKER = 'data-endless-extraction';

/** The compiled worker that spins on such a page and does every other job as the real worker does. */
export const ENDLESS_WORKER_SCRIPT = new URL('./endless-worker.js', import.meta.url);
