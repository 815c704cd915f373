import type { PostMode, PostTemplate } from '../../state/types.js';

/** A template in `/feed list`'s settings line, briefly. */
export function templateSetting(template: PostTemplate | undefined): string | undefined {
  if (!template) return undefined;
  return template.textOnly ? 'custom template (text only)' : 'custom template';
}

/**
 * What `/feed add` and `/feed edit` say about a template: that posts use it, or, in digest mode,
 * that digests keep their own layout (a digest lists many items; a template shapes one).
 */
export function templateNote(subscription: { template?: PostTemplate; mode: PostMode }): string | undefined {
  if (!subscription.template) return undefined;
  if (subscription.mode === 'digest')
    return 'Note: digests keep their own layout, so the template is not used in digest mode; it is kept for when the mode is cards.';
  return 'Each post uses your template; `/feed test` shows how the next one will look.';
}
