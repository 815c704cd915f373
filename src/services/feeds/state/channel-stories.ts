import type Keyv from 'keyv';
import type { PostedStory } from './types.js';

/** Stories remembered per channel. */
const STORIES_PER_CHANNEL = 300;

/** Stories already posted per channel, in the `seen` namespace under `channel:<id>`, bounded by count and age. */
export class ChannelStories {
  constructor(
    private readonly keyv: Keyv<PostedStory[]>,
    private readonly maxAgeMs: number,
  ) {}

  async recent(channelId: string, now: number): Promise<PostedStory[]> {
    return ((await this.keyv.get(`channel:${channelId}`)) ?? []).filter((story) => now - story.at <= this.maxAgeMs);
  }

  async add(channelId: string, stories: PostedStory[], now: number): Promise<void> {
    if (stories.length === 0) return;
    const kept = [...(await this.recent(channelId, now)), ...stories].slice(-STORIES_PER_CHANNEL);
    await this.keyv.set(`channel:${channelId}`, kept);
  }
}
