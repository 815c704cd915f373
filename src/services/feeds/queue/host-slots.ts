/** Gives back a slot taken with `HostSlots.acquire`. */
export type ReleaseSlot = () => Promise<void>;

/** Fetches of one host at once, across every process that checks feeds (the politeness limit). */
export interface HostSlots {
  /** Wait for a free slot of the host; call what it returns when the fetch is over. */
  acquire(host: string): Promise<ReleaseSlot>;
}

/** One process: its worker pool already keeps SCHEDULER_PER_HOST, so nothing more to count. */
export const processHostSlots: HostSlots = {
  acquire: async () => async () => undefined,
};
