import { LIMITS } from '../../../format/limits.js';
import type { PostTemplate } from '../../state/types.js';
import { parseTemplate, type TemplateToken } from './parse.js';
import { TEMPLATE_PARTS, type TemplatePart } from './parts.js';
import { ELASTIC, isElastic, isPlaceholder, PLACEHOLDER_LIST, PLACEHOLDERS } from './placeholders.js';
import { closestPlaceholder } from './suggest.js';

export type TemplateCheck = { ok: true } | { ok: false; reason: string };

// The card's own footer at its longest: "Summary from the feed's own text · " and a 253-character host.
const CARD_FOOTER_MAX = 35 + 253;

/** The longest a part can render: its text, each placeholder at its maximum, an elastic one at the room it is promised. */
function worstLength(tokens: TemplateToken[]): number {
  return tokens.reduce((sum, token) => {
    if ('text' in token) return sum + token.text.length;
    if (isElastic(token.placeholder)) return sum + ELASTIC[token.placeholder];
    return sum + (isPlaceholder(token.placeholder) ? PLACEHOLDERS[token.placeholder] : 0);
  }, 0);
}

/** What a part adds to the embed's 6000 at most: an elastic placeholder grows up to its maximum, within the part. */
function worstShare(part: TemplatePart, tokens: TemplateToken[]): number {
  const grown = tokens.reduce((sum, token) => {
    if ('text' in token) return sum + token.text.length;
    return sum + (isPlaceholder(token.placeholder) ? PLACEHOLDERS[token.placeholder] : 0);
  }, 0);
  return Math.min(TEMPLATE_PARTS[part].limit, grown);
}

function unknownPlaceholder(tokens: TemplateToken[]): string | undefined {
  for (const token of tokens) {
    if (!('placeholder' in token) || isPlaceholder(token.placeholder)) continue;
    const near = closestPlaceholder(token.placeholder);
    const hint = near ? ` Did you mean \`{${near}}\`?` : '';
    return `\`{${token.placeholder}}\` isn't a placeholder I know.${hint} The placeholders are: ${PLACEHOLDER_LIST}.`;
  }
  return undefined;
}

/**
 * Whether a template may be saved: every placeholder is known, and no post it renders can break a
 * Discord limit. The rule: each placeholder renders at most its maximum (placeholders.ts), and the
 * elastic ones (`{title}`, `{summary}`) are promised a minimum and take whatever room is left. So a
 * part's worst case is its own text plus those maxima and minima, and it must fit the part's limit;
 * and the embed's title, description, footer and site name at their longest must fit 6000 together
 * (the card's fields are then fitted as on any card: the description shortened, then fields dropped).
 */
export function checkTemplate(template: PostTemplate): TemplateCheck {
  const parts = Object.keys(TEMPLATE_PARTS) as TemplatePart[];
  const tokens = Object.fromEntries(parts.map((part) => [part, parseTemplate(template[part] ?? '')])) as Record<
    TemplatePart,
    TemplateToken[]
  >;
  for (const part of parts) {
    const unknown = unknownPlaceholder(tokens[part]);
    if (unknown) return { ok: false, reason: `In ${TEMPLATE_PARTS[part].label}: ${unknown}` };
    const worst = worstLength(tokens[part]);
    const { limit, label } = TEMPLATE_PARTS[part];
    if (worst > limit)
      return {
        ok: false,
        reason: `${capitalized(label)} could reach ${worst} characters, and ${limit} fit there. Shorten its text or use fewer long placeholders (${longOnes(tokens[part])}).`,
      };
  }
  if (template.textOnly) return { ok: true };
  const share = (part: 'title' | 'description' | 'footer', unset: number) =>
    template[part] === undefined ? unset : worstShare(part, tokens[part]);
  const total =
    share('title', LIMITS.title) +
    share('description', LIMITS.description) +
    share('footer', CARD_FOOTER_MAX) +
    LIMITS.author;
  if (total > LIMITS.embedTotal)
    return {
      ok: false,
      reason: `The embed's title, description, footer and site name could reach ${total} characters together, and Discord allows ${LIMITS.embedTotal}. Shorten the footer or the description's text.`,
    };
  return { ok: true };
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The placeholders of a part with their maxima, longest first, for the refusal. */
function longOnes(tokens: TemplateToken[]): string {
  const names = [
    ...new Set(
      tokens.flatMap((token) =>
        'placeholder' in token && isPlaceholder(token.placeholder) ? [token.placeholder] : [],
      ),
    ),
  ];
  if (names.length === 0) return 'it has none: the text alone is too long';
  return names
    .map((name) => ({ name, max: isElastic(name) ? ELASTIC[name] : PLACEHOLDERS[name] }))
    .sort((a, b) => b.max - a.max)
    .map(({ name, max }) => (isElastic(name) ? `{${name}} needs at least ${max}` : `{${name}} up to ${max}`))
    .join(', ');
}
