import { withCoveredBy } from '../../present/covered-by.js';
import type { Amendment } from '../../state/types.js';
import type { Poster } from './rest-poster.js';

/**
 * Add an amendment's sources to the message it names: read the message, grow its card's field, and
 * edit it only when something changed, so a replay after a crash is harmless.
 */
export async function amendPost(poster: Poster, channelId: string, amendment: Amendment): Promise<void> {
  const found = await poster.fetchMessage(channelId, amendment.messageId);
  const [card, ...rest] = found.embeds;
  const amended = card ? withCoveredBy(card, amendment.links) : null;
  if (amended) await poster.edit(channelId, amendment.messageId, { ...found, embeds: [amended, ...rest] });
}
