import { checkTemplate } from '../present/template/validate.js';
import type { PostTemplate } from '../state/types.js';

/** The template options a member gave to `/feed add` or `/feed edit`; anything left out stays as it is. */
export interface TemplateOptions {
  content?: string;
  title?: string;
  description?: string;
  footer?: string;
  /** As typed: `#5865F2` or `5865f2`. */
  color?: string;
  textOnly?: boolean;
  /** Start from no template before applying the rest (only `true` means it). */
  clear?: true;
}

/**
 * The template to save: `undefined` when nothing was asked, `null` when the subscription goes back
 * to the plain card, or the refusal with its reason.
 */
export type TemplateChoice = { ok: true; template?: PostTemplate | null } | { ok: false; refusal: string };

const HEX_COLOR = /^#?([0-9a-f]{6})$/i;

/** Whether any template option was given. */
export function asksForTemplate(options: TemplateOptions): boolean {
  return Object.values(options).some((value) => value !== undefined);
}

/**
 * Merge a member's template options into the current template and check the result (known
 * placeholders, within Discord's limits whatever the feed says); refused with the reason.
 */
export function chooseTemplate(current: PostTemplate | undefined, options: TemplateOptions): TemplateChoice {
  if (!asksForTemplate(options)) return { ok: true };
  const next: PostTemplate = { ...(options.clear ? {} : current) };
  for (const part of ['content', 'title', 'description', 'footer'] as const) {
    const text = options[part];
    if (text !== undefined) next[part] = text;
  }
  if (options.color !== undefined) {
    const hex = HEX_COLOR.exec(options.color.trim())?.[1];
    if (!hex)
      return {
        ok: false,
        refusal: `Sorry, \`${options.color}\` isn't a colour I can use: give it in hex, like #5865F2.`,
      };
    next.color = Number.parseInt(hex, 16);
  }
  if (options.textOnly !== undefined) next.textOnly = options.textOnly || undefined;
  const kept = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) as PostTemplate;
  if (Object.keys(kept).length === 0) return { ok: true, template: null };
  const check = checkTemplate(kept);
  if (!check.ok) return { ok: false, refusal: `Sorry, I can't save that template. ${check.reason}` };
  return { ok: true, template: kept };
}
