import { clamp } from '../../../format/escape.js';
import type { TemplateToken } from './parse.js';
import {
  ELASTIC,
  type ElasticName,
  isElastic,
  isPlaceholder,
  PLACEHOLDERS,
  type PlaceholderName,
} from './placeholders.js';

/**
 * A token's text, or its name for an elastic placeholder (filled in once the room is known). A
 * placeholder the renderer does not know (a template saved before one was retired) shows as typed.
 */
function piece(token: TemplateToken, values: Record<PlaceholderName, string>): string | { elastic: ElasticName } {
  if ('text' in token) return token.text;
  if (isElastic(token.placeholder)) return { elastic: token.placeholder };
  return isPlaceholder(token.placeholder) ? values[token.placeholder] : `{${token.placeholder}}`;
}

/**
 * One part of a template filled in and kept within `limit`. The admin's text and the bounded
 * placeholders are put in whole (their worst case was checked when saved); the elastic ones share
 * what is left, in ELASTIC's order, each keeping the room promised to those after it, and are cut
 * there. So the admin's own text is never cut.
 */
export function renderPart(tokens: TemplateToken[], values: Record<PlaceholderName, string>, limit: number): string {
  const pieces = tokens.map((token) => piece(token, values));
  let left = limit - pieces.reduce((sum, text) => sum + (typeof text === 'string' ? text.length : 0), 0);
  const elastic = pieces.flatMap((text, at) => (typeof text === 'string' ? [] : [{ at, name: text.elastic }]));
  const order = Object.keys(ELASTIC) as ElasticName[];
  elastic.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name) || a.at - b.at);
  const filled = new Map<number, string>();
  elastic.forEach(({ at, name }, i) => {
    const promised = elastic.slice(i + 1).reduce((sum, later) => sum + ELASTIC[later.name], 0);
    const value = clamp(values[name], Math.max(0, Math.min(PLACEHOLDERS[name], left - promised)));
    filled.set(at, value);
    left -= value.length;
  });
  const text = pieces.map((piece, at) => (typeof piece === 'string' ? piece : (filled.get(at) ?? ''))).join('');
  // A last guard only: a saved template's worst case fits, so this never cuts.
  return clamp(text, limit);
}
