import { clamp } from '../../../format/escape.js';
import type { TemplateToken } from './parse.js';
import { isPlaceholder, PLACEHOLDERS, type PlaceholderName } from './placeholders.js';

/**
 * A token's text, or null for `{summary}` (filled in last). A placeholder the renderer does not
 * know (a template saved before one was retired) shows as typed.
 */
function piece(token: TemplateToken, values: Record<PlaceholderName, string>): string | null {
  if ('text' in token) return token.text;
  if (token.placeholder === 'summary') return null;
  return isPlaceholder(token.placeholder) ? values[token.placeholder] : `{${token.placeholder}}`;
}

/**
 * One part of a template filled in and kept within `limit`. The admin's text and every placeholder
 * but `{summary}` are bounded (checked when saved), so `{summary}` takes the room that is left and
 * is cut there; the admin's own text is never cut.
 */
export function renderPart(tokens: TemplateToken[], values: Record<PlaceholderName, string>, limit: number): string {
  const pieces = tokens.map((token) => piece(token, values));
  const fixed = pieces.reduce((sum, text) => sum + (text?.length ?? 0), 0);
  const summaries = pieces.filter((text) => text === null).length;
  const room = summaries ? Math.min(PLACEHOLDERS.summary, Math.floor((limit - fixed) / summaries)) : 0;
  const summary = clamp(values.summary, Math.max(0, room));
  // A last guard only: a saved template's worst case fits, so this never cuts.
  return clamp(pieces.map((text) => text ?? summary).join(''), limit);
}
