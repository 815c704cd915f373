import { clamp } from './escape.js';
import { LIMITS } from './limits.js';

const more = (count: number) => `…and ${count} more`;

/**
 * Lines joined into one message's content, within Discord's 2000-character limit (discord-api-docs
 * resources/message, `content`): whole lines while they fit, then "…and N more" for the rest; only
 * a first line too long on its own is cut.
 */
export function fitLines(lines: readonly string[], max: number = LIMITS.content): string {
  const text = lines.join('\n');
  if (text.length <= max) return text;
  for (let keep = lines.length - 1; keep > 0; keep -= 1) {
    const fitted = [...lines.slice(0, keep), more(lines.length - keep)].join('\n');
    if (fitted.length <= max) return fitted;
  }
  const first = lines[0] ?? '';
  if (lines.length === 1) return clamp(first, max);
  const note = more(lines.length - 1);
  return `${clamp(first, max - note.length - 1)}\n${note}`;
}
